/** What an organisation is in the corridor; one organisation may be several. */
export enum OrganisationKind {
  TRADER = 'TRADER',
  CUSTOMS_BROKER = 'CUSTOMS_BROKER',
  CARRIER = 'CARRIER',
  BANK = 'BANK',
  PORT_OPERATOR = 'PORT_OPERATOR',
  CUSTOMS = 'CUSTOMS',
  NODE_OPERATOR = 'NODE_OPERATOR',
}

/** What a person or system may do within its organisation. */
export enum Role {
  ORG_ADMIN = 'ORG_ADMIN',
  DECLARANT = 'DECLARANT',
  VIEWER = 'VIEWER',
  CARRIER_AGENT = 'CARRIER_AGENT',
  BANK_OFFICER = 'BANK_OFFICER',
  CUSTOMS_OFFICER = 'CUSTOMS_OFFICER',
  NODE_OPERATOR = 'NODE_OPERATOR',
}

/** Kind-specific roles belong to organisations of that kind only; the rest to any. */
const ROLE_REQUIRES_KIND: Partial<Record<Role, OrganisationKind>> = {
  [Role.CARRIER_AGENT]: OrganisationKind.CARRIER,
  [Role.BANK_OFFICER]: OrganisationKind.BANK,
  [Role.CUSTOMS_OFFICER]: OrganisationKind.CUSTOMS,
  [Role.NODE_OPERATOR]: OrganisationKind.NODE_OPERATOR,
};

export function roleFitsOrganisation(role: Role, kinds: readonly string[]): boolean {
  const needed = ROLE_REQUIRES_KIND[role];
  return needed === undefined || kinds.includes(needed);
}

export const ALL_ROLES: readonly string[] = Object.values(Role);
export const ALL_ORGANISATION_KINDS: readonly string[] = Object.values(OrganisationKind);
