import { Column, CreateDateColumn, Entity, PrimaryColumn, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import type { Finding } from './checks/finding.js';
import type { Dossier } from './dossier.js';

@Entity({ name: 'dossier', schema: 'declarations' })
export class DossierEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ name: 'owner_organisation_id', type: 'uuid' }) ownerOrganisationId: string;
  @Column({ name: 'reference', type: 'text' }) reference: string;
  @Column({ name: 'current_version', type: 'integer' }) currentVersion: number;
  @Column({ name: 'created_by', type: 'text' }) createdBy: string;
  /** For a dossier taken over from another province's node: that node, and the dossier's id there. */
  @Column({ name: 'origin_node', type: 'text', nullable: true }) originNode: string | null;
  @Column({ name: 'origin_dossier_id', type: 'uuid', nullable: true }) originDossierId: string | null;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' }) updatedAt: Date;
}

@Entity({ name: 'dossier_version', schema: 'declarations' })
export class DossierVersionEntity {
  @PrimaryColumn({ name: 'dossier_id', type: 'uuid' }) dossierId: string;
  @PrimaryColumn({ name: 'version', type: 'integer' }) version: number;
  @Column({ name: 'document', type: 'jsonb' }) document: Dossier;
  @Column({ name: 'findings', type: 'jsonb' }) findings: Finding[];
  @Column({ name: 'error_count', type: 'integer' }) errorCount: number;
  @Column({ name: 'created_by', type: 'text' }) createdBy: string;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
}
