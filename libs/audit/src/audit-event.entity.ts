import { Column, Entity, PrimaryColumn } from 'typeorm';

export type AuditOutcome = 'SUCCESS' | 'FAILURE';

/** One audited write, in any context: who, for which organisation, what, when, from where, with what result. */
@Entity({ name: 'audit_event', schema: 'audit' })
export class AuditEventEntity {
  @PrimaryColumn({ name: 'id', type: 'bigint', generated: 'identity' }) id: string;
  @Column({ name: 'at', type: 'timestamptz' }) at: Date;
  /** `<context>.<what happened>`, from the context's own audit action enum. */
  @Column({ name: 'action', type: 'text' }) action: string;
  @Column({ name: 'outcome', type: 'text' }) outcome: AuditOutcome;
  @Column({ name: 'actor_subject', type: 'text', nullable: true }) actorSubject: string | null;
  @Column({ name: 'actor_organisation_id', type: 'uuid', nullable: true }) actorOrganisationId: string | null;
  /** The organisation the change concerns, when it is not only the actor's own. */
  @Column({ name: 'organisation_id', type: 'uuid', nullable: true }) organisationId: string | null;
  @Column({ name: 'target_type', type: 'text', nullable: true }) targetType: string | null;
  @Column({ name: 'target_id', type: 'text', nullable: true }) targetId: string | null;
  @Column({ name: 'address', type: 'text', nullable: true }) address: string | null;
  @Column({ name: 'correlation_id', type: 'text', nullable: true }) correlationId: string | null;
  @Column({ name: 'details', type: 'jsonb' }) details: Record<string, unknown>;
}
