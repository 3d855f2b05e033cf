import { Inject, Injectable } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { RECORD_SIGNER, type RecordSigner } from '@landsea/auth';
import type { AppConfig } from '@landsea/config';
import { BillsErrors } from '../bills.errors.js';
import type { BillEntryPayload } from '../chain/bill-entry.js';
import { documentChecksum, sha256Hex } from '@landsea/signing';
import { type ChainProblem, verifyChain } from '../chain/verify-chain.js';
import type { BillEntity, BillEntryEntity } from '../bills/bill.entity.js';
import { BillRepository } from '../bills/bill.repository.js';

export interface BillVerification {
  readonly bill: BillEntity;
  readonly valid: boolean;
  readonly problems: readonly ChainProblem[];
  readonly entries: ReadonlyArray<BillEntryPayload & { jws: string; checksum: string }>;
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
  ) {}

  async byNumber(number: string, carrier?: string): Promise<BillVerification> {
    const found = await this.bills.findByNumber(number, carrier);
    if (found.length === 0) throw BillsErrors.notFound(number);
    if (found.length > 1) throw BillsErrors.ambiguousNumber(number);
    return this.verify(found[0]);
  }

  async verify(bill: BillEntity): Promise<BillVerification> {
    const rows = await this.bills.entries(bill.id);
    const chain = await verifyChain(rows, await this.signer.recordKeys(), { bill: bill.number, carrier: bill.carrierParty });
    const problems: ChainProblem[] = [...chain.problems];
    chain.payloads.forEach((payload, index) => problems.push(...rowProblems(rows[index], payload)));
    problems.push(...billProblems(bill, chain));
    return {
      bill,
      valid: problems.length === 0,
      problems,
      entries: chain.payloads.map((payload, index) => ({ ...payload, jws: rows[index].jws, checksum: rows[index].checksum })),
      keys: `${this.config.get('PUBLIC_BASE_URL', { infer: true })}/.well-known/record-keys.json`,
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
