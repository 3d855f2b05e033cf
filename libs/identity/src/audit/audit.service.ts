import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { Principal } from '@landsea/auth';
import { RequestContext } from '@landsea/observability';
import type { AuditEventEntity } from './audit-event.entity.js';
import { type AuditFilter, AuditRepository } from './audit.repository.js';

export enum AuditAction {
  ORGANISATION_REGISTERED = 'ORGANISATION_REGISTERED',
  ORGANISATION_APPROVED = 'ORGANISATION_APPROVED',
  ORGANISATION_REJECTED = 'ORGANISATION_REJECTED',
  ORGANISATION_SUSPENDED = 'ORGANISATION_SUSPENDED',
  PERSON_INVITED = 'PERSON_INVITED',
  INVITATION_ACCEPTED = 'INVITATION_ACCEPTED',
  ROLES_CHANGED = 'ROLES_CHANGED',
  PERSON_DISABLED = 'PERSON_DISABLED',
  SIGN_IN = 'SIGN_IN',
  TOKEN_REFRESHED = 'TOKEN_REFRESHED',
  REFRESH_TOKEN_REUSED = 'REFRESH_TOKEN_REUSED',
  TOKENS_REVOKED = 'TOKENS_REVOKED',
  SIGNING_KEY_CREATED = 'SIGNING_KEY_CREATED',
  SIGNING_KEY_ROTATED = 'SIGNING_KEY_ROTATED',
  PARTNER_REGISTERED = 'PARTNER_REGISTERED',
  CLIENT_REGISTERED = 'CLIENT_REGISTERED',
  OPERATOR_PASSWORD_RESET = 'OPERATOR_PASSWORD_RESET',
}

export interface AuditEntry {
  readonly action: AuditAction;
  readonly outcome?: 'SUCCESS' | 'FAILURE';
  /** Who did it: a principal, a known subject (a person signing in), or nobody (the node itself). */
  readonly actor?: Principal | { subject: string; organisationId: string | null };
  /** The organisation the change concerns. */
  readonly organisationId?: string | null;
  readonly target?: { type: string; id: string };
  readonly details?: Record<string, unknown>;
}

/** Writes identity's audit trail, with the request's address and correlation id. */
@Injectable()
export class AuditService {
  constructor(private readonly audit: AuditRepository) {}

  /** Pass the change's EntityManager so the audit entry commits (or not) with the change. */
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

  find(filter: AuditFilter): Promise<AuditEventEntity[]> {
    return this.audit.find(filter);
  }
}
