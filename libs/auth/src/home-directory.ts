/** A partner node's directory entry for an organisation: that node is its home, and says its standing. */
export interface HomeEntry {
  /** Province code of the node that registered and reviewed the organisation. */
  readonly node: string;
  /** Its standing there: APPROVED or SUSPENDED. */
  readonly status: string;
}

/**
 * The directory corridor nodes share (the exchange's ORGANISATION records), for identity: which
 * partner node is an organisation's home. Every organisation has one home, and only that node
 * speaks for it; an organisation registered on this node is homed here and appears in no entry.
 */
export interface HomeDirectory {
  /** The partner nodes whose shared entries list this party (`USCC:…` or `TH:…`); normally one. */
  homesOf(partyId: string): Promise<HomeEntry[]>;
}

export const HOME_DIRECTORY = Symbol('HOME_DIRECTORY');
