import { compactVerify, createLocalJWKSet, type JSONWebKeySet } from 'jose';
import { type BillPosition, type BillTerms, decide, issuedPosition } from '../bills/bill-state-machine.js';
import { BILL_ENTRY_TYPE, type BillEntryPayload, type SignedBillEntry } from './bill-entry.js';
import { sha256Hex } from './canonical.js';

export interface ChainProblem {
  /** The entry at fault, or null for the bill as a whole. */
  readonly sequence: number | null;
  readonly problem: string;
}

export interface ChainVerification {
  readonly valid: boolean;
  readonly entries: number;
  readonly problems: readonly ChainProblem[];
  /** What the history says, once replayed: where the bill stands and the document it ends on. */
  readonly payloads: readonly BillEntryPayload[];
  readonly position: BillPosition | null;
  readonly documentChecksum: string | null;
  readonly headChecksum: string | null;
}

export interface ChainExpectations {
  readonly bill?: string;
  readonly carrier?: string;
}

/**
 * Verifies a bill's history with nothing but the signer's public keys: every signature, the
 * sequence, the hash links, and that each step was one the bill's rules allowed.
 */
export async function verifyChain(entries: readonly SignedBillEntry[], jwks: JSONWebKeySet, expect: ChainExpectations = {}): Promise<ChainVerification> {
  const keys = createLocalJWKSet(jwks);
  const problems: ChainProblem[] = [];
  const payloads: BillEntryPayload[] = [];
  const decoder = new TextDecoder();
  let previous: string | null = null;
  let position: BillPosition | null = null;
  let terms: BillTerms | null = null;
  if (entries.length === 0) problems.push({ sequence: null, problem: 'The history is empty' });
  for (const [index, entry] of entries.entries()) {
    const sequence = index + 1;
    let payload: BillEntryPayload;
    try {
      const verified = await compactVerify(entry.jws, keys, { algorithms: ['ES256'] });
      if (verified.protectedHeader.typ !== BILL_ENTRY_TYPE) throw new Error(`its type is ${verified.protectedHeader.typ}`);
      payload = JSON.parse(decoder.decode(verified.payload)) as BillEntryPayload;
    } catch (error) {
      problems.push({ sequence, problem: `The signature does not verify: ${(error as Error).message}` });
      break;
    }
    payloads.push(payload);
    const wrong = (problem: string) => problems.push({ sequence, problem });
    if (entry.sequence !== sequence || payload.sequence !== sequence) wrong(`Expected entry ${sequence}, found ${payload.sequence}`);
    if (payload.previousChecksum !== previous) wrong('It does not link to the entry before it');
    if (expect.bill !== undefined && payload.bill !== expect.bill) wrong(`It belongs to bill ${payload.bill}`);
    if (expect.carrier !== undefined && payload.carrier !== expect.carrier) wrong(`It names carrier ${payload.carrier}`);
    previous = sha256Hex(entry.jws);
    if (sequence === 1) {
      const issued = payload.action === 'ISSUE' && payload.actor === payload.carrier;
      const imported = payload.action === 'IMPORT' && Boolean(payload.envelope);
      if (!(issued || imported) || !payload.to) wrong('A history starts with the carrier issuing the bill to the shipper, or with its arrival from another platform');
      if (!payload.kind) wrong('The first entry does not say whether the bill is straight or to order');
      terms = { kind: payload.kind ?? 'TO_ORDER', consignee: payload.consignee ?? null, carrier: payload.carrier };
      position = issuedPosition(payload.to ?? '');
      continue;
    }
    if (!terms || !position || payload.action === 'ISSUE' || payload.action === 'IMPORT') {
      wrong('The bill is issued, or arrives, only once');
      continue;
    }
    try {
      const step = decide(terms, position, { action: payload.action, actor: payload.actor, to: payload.to ?? undefined });
      if (step.from !== payload.from || step.to !== payload.to) wrong(`It records ${payload.from} → ${payload.to}, the rules give ${step.from} → ${step.to}`);
      position = step.next;
    } catch (error) {
      wrong(`The rules do not allow ${payload.action} by ${payload.actor} here: ${(error as Error).message}`);
    }
  }
  const last = payloads.at(-1);
  return {
    valid: problems.length === 0,
    entries: entries.length,
    problems,
    payloads,
    position,
    documentChecksum: last?.documentChecksum ?? null,
    headChecksum: previous,
  };
}
