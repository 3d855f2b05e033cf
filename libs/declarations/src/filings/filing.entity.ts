import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import type { Finding } from '../dossiers/checks/finding.js';
import type { GeneratedFiling, Provenance } from './filing-builder.js';

export type FilingStatus = 'DRAFT' | 'SUBMITTED' | 'ACCEPTED' | 'REJECTED' | 'RELEASED';

@Entity({ name: 'filing', schema: 'declarations' })
export class FilingEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ name: 'dossier_id', type: 'uuid' }) dossierId: string;
  @Column({ name: 'dossier_version', type: 'integer' }) dossierVersion: number;
  @Column({ name: 'owner_organisation_id', type: 'uuid' }) ownerOrganisationId: string;
  @Column({ name: 'kind', type: 'text' }) kind: string;
  @Column({ name: 'key', type: 'text' }) key: string;
  @Column({ name: 'status', type: 'text' }) status: FilingStatus;
  @Column({ name: 'title', type: 'jsonb' }) title: GeneratedFiling['title'];
  @Column({ name: 'content', type: 'jsonb' }) content: Record<string, unknown>;
  @Column({ name: 'provenance', type: 'jsonb' }) provenance: Record<string, Provenance>;
  @Column({ name: 'problems', type: 'jsonb' }) problems: Finding[];
  @Column({ name: 'stale', type: 'boolean' }) stale: boolean;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' }) updatedAt: Date;
}
