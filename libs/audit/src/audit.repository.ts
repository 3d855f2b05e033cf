import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { EntityManager, Repository } from 'typeorm';
import { AuditEventEntity } from './audit-event.entity.js';

export type NewAuditEvent = Omit<AuditEventEntity, 'id' | 'at'>;

export interface AuditFilter {
  /** Entries this organisation did or that concern it. */
  readonly organisationId?: string;
  /** Exact action, or every action of a context (`bills.`). */
  readonly action?: string;
  readonly actionPrefix?: string;
  readonly targetType?: string;
  readonly targetId?: string;
  readonly actorSubject?: string;
  readonly correlationId?: string;
  readonly from?: Date;
  readonly to?: Date;
  /** Entries older than this id: the cursor of the page before. */
  readonly before?: string;
  readonly limit: number;
}

@Injectable()
export class AuditRepository {
  constructor(@InjectRepository(AuditEventEntity) private readonly events: Repository<AuditEventEntity>) {}

  /** A plain INSERT: audit writes sit on the sign-in path, where the ORM's bookkeeping shows. */
  async insert(event: NewAuditEvent, manager?: EntityManager): Promise<void> {
    await (manager ?? this.events.manager).query(
      `INSERT INTO audit.audit_event
         (action, outcome, actor_subject, actor_organisation_id, organisation_id, target_type, target_id, address, correlation_id, details)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)`,
      [
        event.action,
        event.outcome,
        event.actorSubject,
        event.actorOrganisationId,
        event.organisationId,
        event.targetType,
        event.targetId,
        event.address,
        event.correlationId,
        JSON.stringify(event.details),
      ],
    );
  }

  /** Newest first by id, which the table's identity column hands out in insertion order. */
  find(filter: AuditFilter): Promise<AuditEventEntity[]> {
    const query = this.events.createQueryBuilder('a').orderBy('a.id', 'DESC').limit(filter.limit);
    if (filter.organisationId) {
      query.andWhere('(a.organisation_id = :org OR a.actor_organisation_id = :org)', { org: filter.organisationId });
    }
    if (filter.action) query.andWhere('a.action = :action', { action: filter.action });
    if (filter.actionPrefix) query.andWhere(`starts_with(a.action, :prefix)`, { prefix: filter.actionPrefix });
    if (filter.targetType) query.andWhere('a.target_type = :targetType', { targetType: filter.targetType });
    if (filter.targetId) query.andWhere('a.target_id = :targetId', { targetId: filter.targetId });
    if (filter.actorSubject) query.andWhere('a.actor_subject = :actor', { actor: filter.actorSubject });
    if (filter.correlationId) query.andWhere('a.correlation_id = :correlationId', { correlationId: filter.correlationId });
    if (filter.from) query.andWhere('a.at >= :from', { from: filter.from });
    if (filter.to) query.andWhere('a.at < :to', { to: filter.to });
    if (filter.before) query.andWhere('a.id < :before', { before: filter.before });
    return query.getMany();
  }
}
