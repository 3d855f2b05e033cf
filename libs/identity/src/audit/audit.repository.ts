import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { EntityManager, Repository } from 'typeorm';
import type { QueryDeepPartialEntity } from 'typeorm/query-builder/QueryPartialEntity.js';
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

  async insert(event: NewAuditEvent, manager?: EntityManager): Promise<void> {
    const target = manager ? manager.getRepository(AuditEventEntity) : this.events;
    await target.insert(event as QueryDeepPartialEntity<AuditEventEntity>);
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
