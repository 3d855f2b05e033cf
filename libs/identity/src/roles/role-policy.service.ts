import { Injectable } from '@nestjs/common';
import { ALL_ROLES, Role, roleFitsOrganisation } from '@landsea/auth';
import { IdentityErrors } from '../identity.errors.js';
import { OrganisationRepository } from '../organisations/organisation.repository.js';

/** Which roles a person or system of an organisation may hold. */
@Injectable()
export class RolePolicyService {
  constructor(private readonly organisations: OrganisationRepository) {}

  /** The roles, checked: known ones only, and kind-specific ones only for that kind of organisation. */
  async check(organisationId: string, roles: readonly string[]): Promise<Role[]> {
    const unknown = roles.filter((role) => !ALL_ROLES.includes(role));
    if (unknown.length) throw IdentityErrors.unknownRole(unknown);
    const organisation = await this.organisations.findById(organisationId);
    const misfit = (roles as Role[]).find((role) => !roleFitsOrganisation(role, organisation?.kinds ?? []));
    if (misfit) throw IdentityErrors.roleNotAllowed(misfit);
    return roles as Role[];
  }
}
