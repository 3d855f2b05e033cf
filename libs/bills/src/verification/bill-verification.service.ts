import { Inject, Injectable, Optional } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { PARTNER_KEYS, type PartnerKeys, RECORD_SIGNER, type RecordSigner } from '@landsea/auth';
import type { AppConfig } from '@landsea/config';
import { RECEIVED_RECORDS, type ReceivedRecords, type SharedRecordView } from '@landsea/exchange';
import { BillsErrors } from '../bills.errors.js';
import type { BillEntryPayload } from '../chain/bill-entry.js';
import { documentChecksum, sha256Hex } from '@landsea/signing';
import { type ChainProblem, type SignedHead, verifyChain } from '../chain/verify-chain.js';
import type { BillEntity, BillEntryEntity } from '../bills/bill.entity.js';
import { BillRepository } from '../bills/bill.repository.js';

export interface BillVerification {
  readonly number: string;
  readonly carrier: string;
  readonly state: string;
  readonly documentChecksum: string;
  /** The node that recorded the history: this one, or the partner node that shared it. */
  readonly node: string;
  readonly valid: boolean;
  readonly problems: readonly ChainProblem[];
  readonly entries: ReadonlyArray<BillEntryPayload & { jws: string; checksum: string }>;
  /** The signed head served with the history, and what it says once verified. */
  readonly head: { readonly jws: string; readonly verified: SignedHead | null } | null;
  readonly keys: string;
}

/**
 * Checks a bill against its signed history: the chain itself (signatures, links, rules), every
 * stored row against what was signed, and the bill's current position and document against
 * where the history leaves it. Any tampering in the database shows, naming the entry.
 */
@Injectable()
export class BillVerificationService {
  constructor(
    private readonly bills: BillRepository,
    private readonly config: ConfigService<AppConfig, true>,
    @Inject(RECORD_SIGNER) private readonly signer: RecordSigner,
    @Inject(PARTNER_KEYS) private readonly partners: PartnerKeys,
    // Absent when bills is served alone, without the exchange.
    @Optional() @Inject(RECEIVED_RECORDS) private readonly received?: ReceivedRecords,
  ) {}

  /** A bill kept here, or else one whose history a partner node shared with this one. */
  async byNumber(number: string, carrier?: string): Promise<BillVerification> {
    const found = await this.bills.findByNumber(number, carrier);
    if (found.length > 1) throw BillsErrors.ambiguousNumber(number);
    if (found.length === 1) return this.verify(found[0]);
    const shared = await this.sharedHistories(number, carrier);
    if (shared.size === 0) throw BillsErrors.notFound(number);
    if (shared.size > 1) throw BillsErrors.ambiguousNumber(number);
    return this.verifyShared([...shared.values()][0]);
  }

  async verify(bill: BillEntity): Promise<BillVerification> {
    const rows = await this.bills.entries(bill.id);
    const chain = await verifyChain(rows, await this.signer.recordKeys(), { bill: bill.number, carrier: bill.carrierParty, head: bill.headJws });
    const problems: ChainProblem[] = [...chain.problems];
    chain.payloads.forEach((payload, index) => problems.push(...rowProblems(rows[index], payload)));
    problems.push(...billProblems(bill, chain));
    return {
      number: bill.number,
      carrier: bill.carrierParty,
      state: bill.state,
      documentChecksum: bill.documentChecksum,
      node: this.config.get('NODE_PROVINCE', { infer: true }),
      valid: problems.length === 0,
      problems,
      entries: chain.payloads.map((payload, index) => ({ ...payload, jws: rows[index].jws, checksum: rows[index].checksum })),
      head: bill.headJws ? { jws: bill.headJws, verified: chain.head } : null,
      keys: `${this.config.get('PUBLIC_BASE_URL', { infer: true })}/.well-known/record-keys.json`,
    };
  }

  /** Shared bill events by number, one history per source node and bill. */
  private async sharedHistories(number: string, carrier?: string): Promise<Map<string, SharedRecordView[]>> {
    const events = (await this.received?.matching('BILL_EVENT', 'number', number)) ?? [];
    const histories = new Map<string, SharedRecordView[]>();
    for (const event of events) {
      if (carrier !== undefined && event.payload.carrier !== carrier) continue;
      const key = `${event.sourceNode}:${String(event.payload.billId)}`;
      histories.set(key, [...(histories.get(key) ?? []), event]);
    }
    return histories;
  }

  /**
   * Verifies a history recorded at another node with that node's keys as this node's operator
   * registered them: the partner's own word is not taken for where the bill stands. Each event
   * carries the head signed with it; the newest one received must be reached by the entries.
   */
  private async verifyShared(events: readonly SharedRecordView[]): Promise<BillVerification> {
    const source = events[0].sourceNode;
    const partner = (await this.partners.trusted()).find((p) => p.provinceCode === source);
    const entries = events
      .map((e) => ({ sequence: Number(e.payload.sequence), jws: String(e.payload.jws) }))
      .sort((a, b) => a.sequence - b.sequence);
    const first = events[0].payload;
    const newest = events.reduce((a, b) => (Number(b.payload.sequence) > Number(a.payload.sequence) ? b : a)).payload;
    const head = typeof newest.head === 'string' ? newest.head : null;
    const chain = await verifyChain(entries, partner?.keys ?? { keys: [] }, { bill: String(first.number), carrier: String(first.carrier), head });
    const problems: ChainProblem[] = [...chain.problems];
    if (!partner) problems.push({ sequence: null, problem: `${source} is no longer a trusted partner node, so its keys are unknown here` });
    return {
      number: String(first.number),
      carrier: String(first.carrier),
      state: chain.position?.state ?? 'UNKNOWN',
      documentChecksum: chain.documentChecksum ?? '',
      node: source,
      valid: problems.length === 0,
      problems,
      entries: chain.payloads.map((payload, index) => ({ ...payload, jws: entries[index].jws, checksum: sha256Hex(entries[index].jws) })),
      head: head ? { jws: head, verified: chain.head } : null,
      keys: partner ? `${partner.baseUrl}/.well-known/jwks.json` : '',
    };
  }
}

/** A stored row must say what its signed entry says; the columns are for querying, the JWS is the record. */
function rowProblems(row: BillEntryEntity, payload: BillEntryPayload): ChainProblem[] {
  const differs: string[] = [];
  if (row.action !== payload.action) differs.push('action');
  if (row.actorParty !== payload.actor) differs.push('actor');
  if (row.fromParty !== payload.from) differs.push('from');
  if (row.toParty !== payload.to) differs.push('to');
  if (new Date(row.at).toISOString() !== payload.time) differs.push('time');
  if (row.documentChecksum !== payload.documentChecksum) differs.push('document checksum');
  if (row.previousChecksum !== payload.previousChecksum) differs.push('previous checksum');
  if (row.checksum !== sha256Hex(row.jws)) differs.push('checksum');
  return differs.length ? [{ sequence: row.sequence, problem: `The stored entry differs from what was signed: ${differs.join(', ')}` }] : [];
}

function billProblems(bill: BillEntity, chain: Awaited<ReturnType<typeof verifyChain>>): ChainProblem[] {
  const problems: ChainProblem[] = [];
  const whole = (problem: string) => problems.push({ sequence: null, problem });
  if (documentChecksum(bill.document) !== bill.documentChecksum) whole('The stored document does not match its checksum');
  if (chain.documentChecksum !== null && chain.documentChecksum !== bill.documentChecksum) whole('The document checksum differs from the one the history signed');
  if (chain.entries !== bill.sequence || chain.headChecksum !== bill.headChecksum) whole('The history does not end where the bill says it does');
  const position = chain.position;
  if (position) {
    const stored = [bill.state, bill.holderParty, bill.pendingParty, bill.pledgeeParty].join('|');
    const replayed = [position.state, position.holder, position.pending, position.pledgee].join('|');
    if (stored !== replayed) whole(`The bill says ${stored}; its history gives ${replayed}`);
  }
  return problems;
}
