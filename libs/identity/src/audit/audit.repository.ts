import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { EntityManager, Repository } from 'typeorm';
import { AuditEventEntity } from './audit-event.entity.js';

export type NewAuditEvent = Omit<AuditEventEntity, 'id' | 'at'>;

export interface AuditFilter {
  readonly organisationId?: string;
  readonly action?: string;
  readonly from?: Date;
  readonly to?: Date;
  readonly limit: number;
}

@Injectable()
export class AuditRepository {
  constructor(@InjectRepository(AuditEventEntity) private readonly events: Repository<AuditEventEntity>) {}

  /** A plain INSERT: audit writes sit on the sign-in path, where the ORM's bookkeeping shows. */
  async insert(event: NewAuditEvent, manager?: EntityManager): Promise<void> {
    await (manager ?? this.events.manager).query(
      `INSERT INTO identity.audit_event
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

  find(filter: AuditFilter): Promise<AuditEventEntity[]> {
    const query = this.events.createQueryBuilder('a').orderBy('a.at', 'DESC').addOrderBy('a.id', 'DESC').limit(filter.limit);
    if (filter.organisationId) {
      query.andWhere('(a.organisation_id = :org OR a.actor_organisation_id = :org)', { org: filter.organisationId });
    }
    if (filter.action) query.andWhere('a.action = :action', { action: filter.action });
    if (filter.from) query.andWhere('a.at >= :from', { from: filter.from });
    if (filter.to) query.andWhere('a.at < :to', { to: filter.to });
    return query.getMany();
  }
}
