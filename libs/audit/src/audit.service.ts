import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { type Principal, Role } from '@landsea/auth';
import { RequestContext } from '@landsea/observability';
import type { AuditEventEntity, AuditOutcome } from './audit-event.entity.js';
import { AuditErrors } from './audit.errors.js';
import { type AuditFilter, AuditRepository } from './audit.repository.js';

export interface AuditEntry {
  /** `<context>.<what happened>`, from the context's own audit action enum. */
  readonly action: string;
  readonly outcome?: AuditOutcome;
  /** Who did it: a principal, a known subject (a person signing in, a partner node), or nobody (the node itself). */
  readonly actor?: Pick<Principal, 'subject' | 'organisationId'>;
  /** The organisation the change concerns. */
  readonly organisationId?: string | null;
  readonly target?: { type: string; id: string };
  /** A few facts worth keeping; never a whole document. */
  readonly details?: Record<string, unknown>;
}

export interface AuditPage {
  readonly items: AuditEventEntity[];
  /** Pass as `before` for the next page; null on the last one. */
  readonly next: string | null;
}

/** The node's audit trail: every context's writes, with the request's address and correlation id. */
@Injectable()
export class AuditService {
  constructor(private readonly audit: AuditRepository) {}

  /** Pass the change's EntityManager so the entry commits, or rolls back, with the change. */
  record(entry: AuditEntry, manager?: EntityManager): Promise<void> {
    return this.audit.insert(
      {
        action: entry.action,
        outcome: entry.outcome ?? 'SUCCESS',
        actorSubject: entry.actor?.subject ?? null,
        actorOrganisationId: entry.actor?.organisationId ?? null,
        organisationId: entry.organisationId ?? null,
        targetType: entry.target?.type ?? null,
        targetId: entry.target?.id ?? null,
        address: RequestContext.address() ?? null,
        correlationId: RequestContext.correlationId() ?? null,
        details: entry.details ?? {},
      },
      manager,
    );
  }

  /**
   * A page of the trail as the reader may see it: the node operator everything, an organisation's
   * administrator what its organisation did or what concerns it. Partner nodes' tokens read nothing.
   */
  async page(reader: Principal, filter: AuditFilter): Promise<AuditPage> {
    if (!reader.local) throw AuditErrors.localOnly();
    const scoped = reader.roles.includes(Role.NODE_OPERATOR) ? filter : { ...filter, organisationId: this.ownOrganisation(reader, filter.organisationId) };
    const items = await this.audit.find(scoped);
    return { items, next: items.length === filter.limit ? items[items.length - 1].id : null };
  }

  private ownOrganisation(reader: Principal, asked: string | undefined): string {
    if (!reader.organisationId || (asked !== undefined && asked !== reader.organisationId)) throw AuditErrors.notYours();
    return reader.organisationId;
  }
}
