import { Inject, Injectable, Optional } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { HOME_DIRECTORY, type HomeDirectory, OrganisationKind, partyIdText, type Principal, Role } from '@landsea/auth';
import type { AppConfig } from '@landsea/config';
import { OutboxService } from '@landsea/outbox';
import { AuditService } from '@landsea/audit';
import { AuditAction } from '../identity.audit.js';
import { IdentityErrors } from '../identity.errors.js';
import { PasswordService } from '../passwords/password.service.js';
import type { PersonEntity } from '../people/person.entity.js';
import { RevocationService } from '../tokens/revocation.service.js';
import { PersonRepository } from '../people/person.repository.js';
import { usccProblem } from '@landsea/reference';
import type { RegisterOrganisationDto, ReviewOrganisationDto } from './dto/organisation.dto.js';
import type { OrganisationEntity, OrganisationStatus } from './organisation.entity.js';
import { OrganisationRepository } from './organisation.repository.js';

/** Registration and review of the organisations this node knows. */
@Injectable()
export class OrganisationsService {
  constructor(
    private readonly organisations: OrganisationRepository,
    private readonly people: PersonRepository,
    private readonly passwords: PasswordService,
    private readonly audit: AuditService,
    private readonly outbox: OutboxService,
    private readonly revocations: RevocationService,
    private readonly config: ConfigService<AppConfig, true>,
    @Optional() @Inject(HOME_DIRECTORY) private readonly homes?: HomeDirectory,
  ) {}

  async register(dto: RegisterOrganisationDto): Promise<{ organisation: OrganisationEntity; admin: PersonEntity }> {
    const country = dto.country.toUpperCase();
    if (country === 'CN') {
      if (!dto.uscc) throw IdentityErrors.organisationIdRequired();
      const problem = usccProblem(dto.uscc);
      if (problem) throw IdentityErrors.usccInvalid('uscc', problem.message);
    } else if (!dto.nationalId) {
      throw IdentityErrors.organisationIdRequired();
    }
    const isCustoms = dto.kinds.includes(OrganisationKind.CUSTOMS);
    if (isCustoms !== Boolean(dto.customsOffice)) throw IdentityErrors.customsOfficeMismatch();
    for (const kind of [OrganisationKind.NODE_OPERATOR]) {
      if (dto.kinds.includes(kind)) throw IdentityErrors.kindNotRegisterable(kind);
    }
    // One home per organisation: one a partner's directory lists is registered there, not here.
    const party = partyIdText({ uscc: dto.uscc, country, nationalId: dto.nationalId });
    const [home] = (await this.homes?.homesOf(party)) ?? [];
    if (home) throw IdentityErrors.homedElsewhere(party, home.node);
    const passwordHash = await this.passwords.hashAcceptable(dto.admin.password, dto.admin.email);
    const autoApprove = this.config.get('IDENTITY_AUTO_APPROVE', { infer: true });
    return this.organisations.transaction(async (manager) => {
      const organisation = await this.organisations.insert(
        {
          uscc: country === 'CN' ? (dto.uscc ?? null) : null,
          country,
          nationalId: country === 'CN' ? null : (dto.nationalId ?? null),
          customsCode: dto.customsCode ?? null,
          customsOffice: dto.customsOffice ?? null,
          nameZh: dto.nameZh ?? null,
          nameEn: dto.nameEn,
          provinceCode: dto.provinceCode ?? null,
          address: dto.address ?? null,
          contactName: dto.contactName ?? null,
          contactEmail: dto.contactEmail ?? null,
          contactPhone: dto.contactPhone ?? null,
          kinds: dto.kinds,
          status: autoApprove ? 'APPROVED' : 'PENDING',
          statusVersion: 1,
        },
        manager,
      );
      if (organisation === 'duplicate') {
        throw IdentityErrors.alreadyRegistered(
          country === 'CN'
            ? { en: `USCC ${dto.uscc}`, 'zh-CN': `统一社会信用代码 ${dto.uscc}` }
            : { en: `${country} national id ${dto.nationalId}`, 'zh-CN': `${country} 登记号码 ${dto.nationalId}` },
        );
      }
      const admin = await this.people.insert(
        { organisationId: organisation.id, email: dto.admin.email, displayName: dto.admin.displayName, roles: [Role.ORG_ADMIN], status: 'ACTIVE', passwordHash },
        manager,
      );
      if (admin === 'duplicate') throw IdentityErrors.emailTaken(dto.admin.email);
      await this.audit.record(
        {
          action: AuditAction.ORGANISATION_REGISTERED,
          actor: { subject: admin.id, organisationId: organisation.id },
          organisationId: organisation.id,
          target: { type: 'organisation', id: organisation.id },
          details: { uscc: organisation.uscc, country, kinds: organisation.kinds, autoApproved: autoApprove },
        },
        manager,
      );
      await this.outbox.record(manager, 'identity', {
        type: 'identity.organisation-registered',
        aggregateType: 'organisation',
        aggregateId: organisation.id,
        payload: { organisationId: organisation.id, uscc: organisation.uscc, country, status: organisation.status },
      });
      return { organisation, admin };
    });
  }

  /** An organisation as its own members or a node operator see it; anyone else is told it does not exist. */
  async get(id: string, caller: Principal): Promise<OrganisationEntity> {
    const organisation = await this.organisations.findById(id);
    if (!organisation || !(caller.organisationId === id || isOperator(caller))) throw IdentityErrors.organisationNotFound(id);
    return organisation;
  }

  list(status: OrganisationStatus | undefined): Promise<OrganisationEntity[]> {
    return this.organisations.list(status, 500);
  }

  async review(id: string, dto: ReviewOrganisationDto, reviewer: Principal): Promise<OrganisationEntity> {
    if (dto.decision === 'REJECT' && !dto.reason) throw IdentityErrors.reasonRequired();
    const reviewed = await this.organisations.transaction(async (manager) => {
      const organisation = await this.organisations.lockById(id, manager);
      if (!organisation) throw IdentityErrors.organisationNotFound(id);
      if (organisation.status !== 'PENDING') throw IdentityErrors.alreadyReviewed(organisation.status);
      organisation.status = dto.decision === 'APPROVE' ? 'APPROVED' : 'REJECTED';
      organisation.statusVersion += 1;
      organisation.reviewReason = dto.reason ?? null;
      organisation.reviewedAt = new Date();
      organisation.reviewedBy = reviewer.subject;
      const saved = await this.organisations.saveReview(organisation, manager);
      await this.audit.record(
        {
          action: dto.decision === 'APPROVE' ? AuditAction.ORGANISATION_APPROVED : AuditAction.ORGANISATION_REJECTED,
          actor: reviewer,
          organisationId: id,
          target: { type: 'organisation', id },
          details: { reason: dto.reason ?? null },
        },
        manager,
      );
      await this.outbox.record(manager, 'identity', standingChanged('identity.organisation-reviewed', saved));
      return saved;
    });
    await this.revocations.organisationChanged();
    return reviewed;
  }

  /** Suspends an approved organisation: its standing changes here and, by its directory entry, at partner nodes. */
  async suspend(id: string, reason: string, operator: Principal): Promise<OrganisationEntity> {
    const suspended = await this.organisations.transaction(async (manager) => {
      const organisation = await this.organisations.lockById(id, manager);
      if (!organisation) throw IdentityErrors.organisationNotFound(id);
      if (organisation.status !== 'APPROVED') throw IdentityErrors.notApproved(organisation.status);
      organisation.status = 'SUSPENDED';
      organisation.statusVersion += 1;
      organisation.reviewReason = reason;
      const saved = await this.organisations.saveReview(organisation, manager);
      await this.audit.record(
        { action: AuditAction.ORGANISATION_SUSPENDED, actor: operator, organisationId: id, target: { type: 'organisation', id }, details: { reason } },
        manager,
      );
      await this.outbox.record(manager, 'identity', standingChanged('identity.organisation-suspended', saved));
      return saved;
    });
    // Its people are refused changes from their next request, in every process of the node.
    await this.revocations.organisationChanged();
    return suspended;
  }
}

/** An organisation's standing changed: the event carries its directory entry, at its version. */
function standingChanged(type: string, organisation: OrganisationEntity) {
  const { id, uscc, country, nationalId, nameZh, nameEn, kinds, status, statusVersion } = organisation;
  return {
    type,
    aggregateType: 'organisation',
    aggregateId: id,
    payload: { organisationId: id, uscc, country, nationalId, nameZh, nameEn, kinds, status, version: statusVersion },
  };
}

export function isOperator(principal: Principal): boolean {
  return principal.local && principal.roles.includes(Role.NODE_OPERATOR);
}
