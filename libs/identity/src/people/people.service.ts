import { createHash, randomBytes } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { type Principal, Role } from '@landsea/auth';
import { AuditService } from '@landsea/audit';
import { AuditAction } from '../identity.audit.js';
import { IdentityErrors } from '../identity.errors.js';
import { OrganisationRepository } from '../organisations/organisation.repository.js';
import { PasswordService } from '../passwords/password.service.js';
import { RolePolicyService } from '../roles/role-policy.service.js';
import { RevocationService } from '../tokens/revocation.service.js';
import type { PersonEntity } from './person.entity.js';
import { PersonRepository } from './person.repository.js';

const INVITATION_DAYS = 7;
const hash = (token: string): string => createHash('sha256').update(token).digest('base64url');

/** The people of an organisation, managed by its administrators. */
@Injectable()
export class PeopleService {
  constructor(
    private readonly people: PersonRepository,
    private readonly organisations: OrganisationRepository,
    private readonly passwords: PasswordService,
    private readonly audit: AuditService,
    private readonly rolePolicy: RolePolicyService,
    private readonly revocations: RevocationService,
  ) {}

  list(admin: Principal): Promise<PersonEntity[]> {
    return this.people.listByOrganisation(ownOrganisation(admin));
  }

  async me(caller: Principal): Promise<PersonEntity> {
    const person = caller.subjectKind === 'person' && caller.local ? await this.people.findById(caller.subject) : null;
    if (!person) throw IdentityErrors.personNotFound(caller.subject);
    return person;
  }

  async invite(admin: Principal, email: string, displayName: string, roles: string[]): Promise<{ person: PersonEntity; token: string; expiresAt: Date }> {
    const organisationId = ownOrganisation(admin);
    const checked = await this.rolePolicy.check(organisationId, roles);
    const token = randomBytes(32).toString('base64url');
    const expiresAt = new Date(Date.now() + INVITATION_DAYS * 24 * 3600 * 1000);
    return this.organisations.transaction(async (manager) => {
      const person = await this.people.insert(
        { organisationId, email, displayName, roles: checked, status: 'INVITED', invitationHash: hash(token), invitationExpiresAt: expiresAt },
        manager,
      );
      if (person === 'duplicate') throw IdentityErrors.emailTaken(email);
      await this.audit.record(
        { action: AuditAction.PERSON_INVITED, actor: admin, organisationId, target: { type: 'person', id: person.id }, details: { roles: checked } },
        manager,
      );
      return { person, token, expiresAt };
    });
  }

  async acceptInvitation(token: string, password: string): Promise<void> {
    const passwordHash = await this.passwords.hashAcceptable(password);
    await this.organisations.transaction(async (manager) => {
      const person = await this.people.claimInvitation(hash(token), passwordHash, manager);
      if (!person) throw IdentityErrors.invitationInvalid();
      await this.audit.record(
        {
          action: AuditAction.INVITATION_ACCEPTED,
          actor: { subject: person.id, organisationId: person.organisationId },
          organisationId: person.organisationId,
          target: { type: 'person', id: person.id },
        },
        manager,
      );
    });
  }

  async changeRoles(admin: Principal, personId: string, roles: string[]): Promise<PersonEntity> {
    const organisationId = ownOrganisation(admin);
    const checked = await this.rolePolicy.check(organisationId, roles);
    if (personId === admin.subject && !checked.includes(Role.ORG_ADMIN)) throw IdentityErrors.cannotChangeSelf();
    return this.organisations.transaction(async (manager) => {
      const person = await this.people.lockInOrganisation(personId, organisationId, manager);
      if (!person) throw IdentityErrors.personNotFound(personId);
      await this.people.update(personId, { roles: checked }, manager);
      await this.audit.record(
        { action: AuditAction.ROLES_CHANGED, actor: admin, organisationId, target: { type: 'person', id: personId }, details: { from: person.roles, to: checked } },
        manager,
      );
      return { ...person, roles: checked };
    });
  }

  async disable(admin: Principal, personId: string): Promise<PersonEntity> {
    const organisationId = ownOrganisation(admin);
    if (personId === admin.subject) throw IdentityErrors.cannotChangeSelf();
    const disabled = await this.organisations.transaction(async (manager) => {
      const person = await this.people.lockInOrganisation(personId, organisationId, manager);
      if (!person) throw IdentityErrors.personNotFound(personId);
      await this.people.update(personId, { status: 'DISABLED' }, manager);
      await this.audit.record({ action: AuditAction.PERSON_DISABLED, actor: admin, organisationId, target: { type: 'person', id: personId } }, manager);
      return { ...person, status: 'DISABLED' as const };
    });
    // Their access tokens stop working now, not when they expire.
    await this.revocations.revokeSubject(personId);
    return disabled;
  }
}

/** Administrators act within the organisation this node knows them by; a partner's unknown one has none. */
export function ownOrganisation(principal: Principal): string {
  if (!principal.organisationId) throw IdentityErrors.organisationNotFound('of this token');
  return principal.organisationId;
}
