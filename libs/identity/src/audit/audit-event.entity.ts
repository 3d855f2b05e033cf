import { Column, Entity, PrimaryColumn } from 'typeorm';

@Entity({ name: 'audit_event', schema: 'identity' })
export class AuditEventEntity {
  @PrimaryColumn({ name: 'id', type: 'bigint', generated: 'identity' }) id: string;
  @Column({ name: 'at', type: 'timestamptz' }) at: Date;
  @Column({ name: 'action', type: 'text' }) action: string;
  @Column({ name: 'outcome', type: 'text' }) outcome: 'SUCCESS' | 'FAILURE';
  @Column({ name: 'actor_subject', type: 'text', nullable: true }) actorSubject: string | null;
  @Column({ name: 'actor_organisation_id', type: 'uuid', nullable: true }) actorOrganisationId: string | null;
  @Column({ name: 'organisation_id', type: 'uuid', nullable: true }) organisationId: string | null;
  @Column({ name: 'target_type', type: 'text', nullable: true }) targetType: string | null;
  @Column({ name: 'target_id', type: 'text', nullable: true }) targetId: string | null;
  @Column({ name: 'address', type: 'text', nullable: true }) address: string | null;
  @Column({ name: 'correlation_id', type: 'text', nullable: true }) correlationId: string | null;
  @Column({ name: 'details', type: 'jsonb' }) details: Record<string, unknown>;
}
