import { partyIdText } from '@landsea/auth';
import type { DomainEventJob } from '@landsea/outbox';

/** The kinds of data a data-sharing agreement can name. */
export const EXCHANGE_KINDS = ['DOSSIER', 'BILL_EVENT'] as const;
export type ExchangeKind = (typeof EXCHANGE_KINDS)[number];

/** The domain events the exchange turns into records for partners. */
export const SHARED_EVENT_TYPES = ['declarations.dossier-saved', 'declarations.dossier-amended', 'bills.entry-recorded'] as const;

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

/** The outgoing record an event makes, and the organisation whose consent it needs (null: follows its dossier). */
export interface SharedRecord {
  readonly record: ExchangeRecord;
  readonly owner: string | null;
  readonly dossierId: string;
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
