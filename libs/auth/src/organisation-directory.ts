/** How the corridor names an organisation across nodes: its USCC, or its country and national id. */
export type PartyId = { readonly uscc: string } | { readonly country: string; readonly nationalId: string };

/** An organisation as other contexts see it: enough to name it and check what it is. */
export interface DirectoryOrganisation {
  readonly id: string;
  readonly uscc: string | null;
  readonly country: string;
  readonly nationalId: string | null;
  readonly name: string;
  readonly kinds: readonly string[];
  readonly approved: boolean;
  /** Its standing on this node: PENDING, APPROVED, REJECTED or SUSPENDED. */
  readonly status: string;
}

/** Identity's answer to "who is this organisation?", for contexts that may not read its tables. */
export interface OrganisationDirectory {
  byId(id: string): Promise<DirectoryOrganisation | undefined>;
  byParty(party: PartyId): Promise<DirectoryOrganisation | undefined>;
}

export const ORGANISATION_DIRECTORY = Symbol('ORGANISATION_DIRECTORY');

/** The stable text form of a party id, as it appears in signed records: `USCC:…` or `TH:…`. */
export function partyIdText(party: { uscc?: string | null; country: string; nationalId?: string | null }): string {
  return party.uscc ? `USCC:${party.uscc}` : `${party.country}:${party.nationalId ?? ''}`;
}

/** The party a text form names (the inverse of partyIdText); undefined when it names none. */
export function partyIdFromText(text: string): PartyId | undefined {
  const [prefix, ...rest] = text.split(':');
  const value = rest.join(':');
  if (!prefix || !value) return undefined;
  return prefix === 'USCC' ? { uscc: value } : { country: prefix, nationalId: value };
}
