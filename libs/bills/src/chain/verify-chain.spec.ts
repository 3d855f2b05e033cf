import { CompactSign, exportJWK, generateKeyPair, type JSONWebKeySet } from 'jose';
import { canonicalJson, sha256Hex } from '@landsea/signing';
import { BILL_ENTRY_TYPE, BILL_HEAD_TYPE, type BillEntryPayload, type BillHeadPayload, type SignedBillEntry } from './bill-entry.js';
import { verifyChain } from './verify-chain.js';

const CARRIER = 'USCC:91500000MA5U7K8B3E';
const SHIPPER = 'USCC:91500000202815306C';
const BANK = 'USCC:91500000202869004Q';

type Signer = { sign(payload: object, typ: string): Promise<string>; jwks: JSONWebKeySet };

async function signer(kid: string): Promise<Signer> {
  const { privateKey, publicKey } = await generateKeyPair('ES256', { extractable: true });
  return {
    sign: (payload, typ) => new CompactSign(new TextEncoder().encode(canonicalJson(payload))).setProtectedHeader({ alg: 'ES256', typ, kid }).sign(privateKey),
    jwks: { keys: [{ ...(await exportJWK(publicKey)), kid, alg: 'ES256' }] },
  };
}

/** Issue, pledge, release: three entries, and the head the node signs after each. */
async function history(node: Signer): Promise<{ entries: SignedBillEntry[]; heads: string[] }> {
  const steps: Array<Pick<BillEntryPayload, 'action' | 'actor' | 'from' | 'to'> & { state: BillHeadPayload['state'] }> = [
    { action: 'ISSUE', actor: CARRIER, from: null, to: SHIPPER, state: 'HELD' },
    { action: 'PLEDGE', actor: SHIPPER, from: SHIPPER, to: BANK, state: 'PLEDGED' },
    { action: 'RELEASE_PLEDGE', actor: BANK, from: BANK, to: SHIPPER, state: 'HELD' },
  ];
  const entries: SignedBillEntry[] = [];
  const heads: string[] = [];
  let previous: string | null = null;
  for (const [index, { state, ...step }] of steps.entries()) {
    const sequence = index + 1;
    const time = new Date(Date.UTC(2026, 2, 18, 8, sequence)).toISOString();
    const payload: BillEntryPayload = {
      bill: 'CQLS2026000142',
      carrier: CARRIER,
      sequence,
      ...step,
      time,
      documentChecksum: 'a'.repeat(64),
      previousChecksum: previous,
      node: 'CQ',
      ...(sequence === 1 ? { kind: 'TO_ORDER' as const, consignee: null } : {}),
    };
    const jws = await node.sign(payload, BILL_ENTRY_TYPE);
    previous = sha256Hex(jws);
    entries.push({ sequence, jws });
    const head: BillHeadPayload = { bill: payload.bill, carrier: CARRIER, sequence, checksum: previous, state, signedAt: time, node: 'CQ' };
    heads.push(await node.sign(head, BILL_HEAD_TYPE));
  }
  return { entries, heads };
}

describe('verifying a bill history offline against its signed head', () => {
  let node: Signer;
  let full: { entries: SignedBillEntry[]; heads: string[] };
  beforeAll(async () => {
    node = await signer('cq-record-1');
    full = await history(node);
  });

  it('passes a whole history that reaches its signed head, and says where and when the head was signed', async () => {
    const result = await verifyChain(full.entries, node.jwks, { bill: 'CQLS2026000142', head: full.heads[2] });
    expect(result).toMatchObject({ valid: true, problems: [], head: { sequence: 3, state: 'HELD', node: 'CQ', keyId: 'cq-record-1' } });
  });

  it('fails a history cut short after any entry, though every entry it keeps verifies', async () => {
    for (const kept of [1, 2]) {
      const result = await verifyChain(full.entries.slice(0, kept), node.jwks, { head: full.heads[2] });
      expect(result.valid).toBe(false);
      expect(result.problems).toContainEqual({ sequence: null, problem: `The history has been cut short: it ends at entry ${kept}, the signed head at entry 3` });
    }
  });

  it('fails a history served without its head, or with the head of an earlier step that does not match the state', async () => {
    const headless = await verifyChain(full.entries, node.jwks);
    expect(headless.valid).toBe(false);
    expect(headless.problems).toEqual([{ sequence: null, problem: expect.stringContaining('no signed head') }]);
    const stale = await verifyChain(full.entries, node.jwks, { head: full.heads[1] });
    expect(stale.problems).toEqual([{ sequence: null, problem: 'The history goes on past its signed head, which ends at entry 2' }]);
  });

  it('fails a head signed by a key the node never published, and a head for another bill', async () => {
    const stranger = await signer('someone-else');
    const forged = await stranger.sign({ bill: 'CQLS2026000142', carrier: CARRIER, sequence: 2, checksum: sha256Hex(full.entries[1].jws), state: 'PLEDGED', signedAt: new Date().toISOString(), node: 'CQ' }, BILL_HEAD_TYPE);
    const byStranger = await verifyChain(full.entries.slice(0, 2), node.jwks, { head: forged });
    expect(byStranger.valid).toBe(false);
    expect(byStranger.problems).toEqual([{ sequence: null, problem: 'The signed head does not verify: no published key has kid someone-else' }]);

    const other = await node.sign({ bill: 'CQLS2026000999', carrier: CARRIER, sequence: 3, checksum: sha256Hex(full.entries[2].jws), state: 'HELD', signedAt: new Date().toISOString(), node: 'CQ' }, BILL_HEAD_TYPE);
    const otherBill = await verifyChain(full.entries, node.jwks, { head: other });
    expect(otherBill.problems).toEqual([{ sequence: null, problem: `The signed head is for bill CQLS2026000999 of ${CARRIER}` }]);
  });

  it('does not take an entry for a head: the JWS types differ', async () => {
    const result = await verifyChain(full.entries, node.jwks, { head: full.entries[2].jws });
    expect(result.problems).toEqual([{ sequence: null, problem: `The signed head does not verify: its type is ${BILL_ENTRY_TYPE}, not ${BILL_HEAD_TYPE}` }]);
  });
});
