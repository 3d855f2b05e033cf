import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import type { Finding } from '../dossiers/checks/finding.js';
import type { GeneratedFiling } from './filing-builder.js';

/** One step: DRAFT → SUBMITTED → ACCEPTED or REJECTED → RELEASED. Two steps put the summary's answer before SUBMITTED. */
export type FilingStatus = 'DRAFT' | 'SUMMARY_SUBMITTED' | 'SUMMARY_ACCEPTED' | 'SUMMARY_REJECTED' | 'SUBMITTED' | 'ACCEPTED' | 'REJECTED' | 'RELEASED';
export const FILING_STATUSES: readonly FilingStatus[] = [
  'DRAFT',
  'SUMMARY_SUBMITTED',
  'SUMMARY_ACCEPTED',
  'SUMMARY_REJECTED',
  'SUBMITTED',
  'ACCEPTED',
  'REJECTED',
  'RELEASED',
];

/** The authority's answer to a filing. */
export interface Receipt {
  readonly receiptNo: string;
  readonly decision: 'ACCEPT' | 'REJECT' | 'RELEASE';
  /** Set when the answer is to a summary declaration (概要申报). */
  readonly step?: 'SUMMARY';
  readonly reasons: ReadonlyArray<{ code: string; message: string }>;
  readonly officer: string;
  readonly at: string;
}

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
  /** Frozen at submission: what was filed. Drafts are derived from their dossier version. */
  @Column({ name: 'content', type: 'jsonb', nullable: true }) content: Record<string, unknown> | null;
  /** Values the filer keyed for fields the dossier could not fill, by JSON pointer. */
  @Column({ name: 'keyed_values', type: 'jsonb' }) keyedValues: Record<string, unknown>;
  @Column({ name: 'problems', type: 'jsonb' }) problems: Finding[];
  @Column({ name: 'stale', type: 'boolean' }) stale: boolean;
  /** The customs office (关区代码) the filing goes to, once submitted. */
  @Column({ name: 'addressed_to', type: 'char', length: 4, nullable: true }) addressedTo: string | null;
  @Column({ name: 'submitted_at', type: 'timestamptz', nullable: true }) submittedAt: Date | null;
  /** Who submitted it: the person or system, by subject. */
  @Column({ name: 'submitted_by', type: 'text', nullable: true }) submittedBy: string | null;
  @Column({ name: 'receipts', type: 'jsonb' }) receipts: Receipt[];
  /** 两步申报: the summary declared first, frozen when it was submitted. */
  @Column({ name: 'summary', type: 'jsonb', nullable: true }) summary: Record<string, unknown> | null;
  @Column({ name: 'summary_submitted_at', type: 'timestamptz', nullable: true }) summarySubmittedAt: Date | null;
  @Column({ name: 'summary_submitted_by', type: 'text', nullable: true }) summarySubmittedBy: string | null;
  /** The last day (China time) for the complete declaration that follows a summary. */
  @Column({ name: 'complete_due_by', type: 'date', nullable: true }) completeDueBy: string | null;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' }) updatedAt: Date;
}
