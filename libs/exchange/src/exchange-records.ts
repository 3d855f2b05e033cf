import { partyIdText } from '@landsea/auth';
import type { DomainEventJob } from '@landsea/outbox';

/** The kinds of data a data-sharing agreement can name. */
export const EXCHANGE_KINDS = ['DOSSIER', 'BILL_EVENT', 'FILING', 'ORGANISATION'] as const;
export type ExchangeKind = (typeof EXCHANGE_KINDS)[number];

/** The domain events the exchange turns into records for partners. */
export const SHARED_EVENT_TYPES = [
  'declarations.dossier-saved',
  'declarations.dossier-amended',
  'bills.entry-recorded',
  'declarations.filing-submitted',
  'declarations.filing-summary-submitted',
  'declarations.filing-complete-submitted',
  'declarations.filing-receipt-posted',
  'identity.organisation-reviewed',
  'identity.organisation-suspended',
] as const;

/** An organisation's standing in its home node's directory, as partners see it. */
const DIRECTORY_STATUSES = ['APPROVED', 'SUSPENDED'];

/** The event a delivery records, once a partner's signed receipt says it took the records. */
export const RECORDS_DELIVERED = 'exchange.records-delivered';

/** One record as it travels: what it is, whose version, and the parties who may read it at the other end. */
export interface ExchangeRecord {
  readonly kind: ExchangeKind;
  readonly id: string;
  readonly version: number;
  readonly parties: readonly string[];
  readonly payload: Record<string, unknown>;
}

/**
 * The outgoing record an event makes, and whose consent it needs: its owner's, else its dossier's
 * (it goes where the dossier went), else none beyond the agreement. An organisation's directory
 * entry has neither: by being approved on a corridor node, it is listed for the corridor.
 */
export interface SharedRecord {
  readonly record: ExchangeRecord;
  readonly owner: string | null;
  readonly dossierId: string | null;
}

type Party = { uscc?: string; country: string; nationalId?: string };

export function recordOf(event: DomainEventJob): SharedRecord | undefined {
  const p = event.payload;
  if (event.type === 'bills.entry-recorded') {
    if (!p.dossierId) return undefined;
    const parties = [p.carrier, p.holder].filter((x): x is string => typeof x === 'string');
    return {
      record: { kind: 'BILL_EVENT', id: `${p.billId as string}:${p.sequence as number}`, version: 1, parties, payload: p },
      owner: null,
      dossierId: p.dossierId as string,
    };
  }
  if (event.type.startsWith('declarations.filing-')) {
    // Each step of a filing is a record of its own, as a bill's are: applied once, never replaced.
    return {
      record: { kind: 'FILING', id: `${p.filingId as string}:${event.eventId}`, version: 1, parties: [], payload: { ...p, event: event.type, at: event.occurredAt } },
      owner: null,
      dossierId: p.dossierId as string,
    };
  }
  if (event.type.startsWith('identity.organisation-')) {
    if (!DIRECTORY_STATUSES.includes(p.status as string)) return undefined;
    const party = partyIdText(p as unknown as Party);
    return { record: { kind: 'ORGANISATION', id: party, version: p.version as number, parties: [party], payload: p }, owner: null, dossierId: null };
  }
  const document = p.document as { parties: Record<string, Party | undefined> } | undefined;
  if (!document) return undefined;
  const parties = Object.values(document.parties)
    .filter((party): party is Party => !!party)
    .map((party) => partyIdText(party));
  return {
    record: { kind: 'DOSSIER', id: p.dossierId as string, version: p.version as number, parties: [...new Set(parties)], payload: p },
    owner: p.ownerOrganisationId as string,
    dossierId: p.dossierId as string,
  };
}
