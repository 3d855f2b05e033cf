import { randomBytes } from 'node:crypto';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { RECORD_SIGNER, type RecordSigner } from '@landsea/auth';
import type { EblEnvelope } from '@landsea/bills';
import { canonicalJson, sha256Hex } from '@landsea/signing';
import type { TestNode } from '@landsea/testing';
import { corridorParties, fileShipment } from './support/corridor.js';
import { approvedOrganisation } from './support/identity.js';
import { startNode } from './support/node.js';

/** DCSA PINT 3.0.0 between two nodes on loopback: Chongqing sends a bill, Guangxi receives it. */
describe('bills moving between eBL platforms as DCSA PINT envelopes', () => {
  let cq: TestNode;
  let gx: TestNode;
  let parties: Awaited<ReturnType<typeof corridorParties>>;
  let gxConsignee: Awaited<ReturnType<typeof approvedOrganisation>>;
  beforeAll(async () => {
    cq = await startNode({}, { listen: true });
    gx = await startNode({ NODE_PROVINCE: 'GX', NODE_OPERATOR_EMAIL: 'operator@gx.landsea.test' }, { listen: true, database: 'pint' });
    // Each node trusts the other's record keys.
    for (const [node, partner, provinceCode] of [[cq, gx, 'GX'], [gx, cq, 'CQ']] as const) {
      const url = partner.env.PUBLIC_BASE_URL;
      await request(node.server)
        .post('/identity/partners')
        .set('authorization', `Bearer ${await node.operatorToken()}`)
        .send({ provinceCode, baseUrl: url, jwksUrl: `${url}/.well-known/record-keys.json` })
        .expect(201);
    }
    parties = await corridorParties(cq);
    gxConsignee = await approvedOrganisation(gx, { country: 'TH', uscc: undefined, nationalId: parties.thaiId, provinceCode: undefined, nameZh: undefined, nameEn: 'Siam Digital Trading Co., Ltd.' });
  });
  afterAll(async () => {
    await gx.close();
    await cq.close();
  });

  let n = 0;
  const issueStraight = async () => {
    const dossierId = await fileShipment(cq, parties, `PINT-${Date.now()}-${n}`);
    const number = `PINT${Date.now()}${n++}`;
    const res = await request(cq.server).post('/bills').set('authorization', `Bearer ${parties.carrier.token}`).send({ dossierId, number, kind: 'STRAIGHT' }).expect(201);
    return { id: res.body.id as string, number };
  };
  const sendToGx = (billId: string, recipient: object) =>
    request(cq.server)
      .post(`/bills/${billId}/pint-transfer`)
      .set('authorization', `Bearer ${parties.exporter.token}`)
      .send({ platformUrl: gx.env.PUBLIC_BASE_URL, recipient, recipientName: 'Siam Digital Trading Co., Ltd.' });
  const post = (body: unknown) => request(gx.server).post('/v3/envelopes').send(body as object);
  /** The payload of the signed answer PINT gives, checked to be a compact JWS. */
  const answer = (res: request.Response) => {
    expect(res.body).toMatch(/^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+$/);
    return JSON.parse(Buffer.from((res.body as string).split('.')[1], 'base64url').toString()) as { responseCode: string; reason?: string; duplicateOfAcceptedEnvelopeTransferChainEntrySignedContent?: string };
  };
  const sentEnvelope = async (billId: string) =>
    ((await cq.app.get(DataSource).query(`SELECT envelope FROM bills.pint_envelope WHERE bill_id = $1 AND direction = 'OUT'`, [billId])) as Array<{ envelope: EblEnvelope }>)[0].envelope;
  const billsAtGx = async (number: string) => Number(((await gx.app.get(DataSource).query(`SELECT count(*) FROM bills.bill WHERE number = $1`, [number])) as Array<{ count: string }>)[0].count);
  /** Signs as Chongqing does, to build envelopes a trusted platform could send. */
  const signAsCq = (value: unknown) => cq.app.get<RecordSigner>(RECORD_SIGNER).sign(new TextEncoder().encode(canonicalJson(value)));
  const payloadOf = (jws: string) => JSON.parse(Buffer.from(jws.split('.')[1], 'base64url').toString()) as Record<string, unknown>;

  it('sends a straight bill to its consignee on the other platform: RECE there, transferred out here, held and verifiable there', async () => {
    const { id, number } = await issueStraight();
    const sent = await sendToGx(id, { country: 'TH', nationalId: parties.thaiId }).expect(200);
    expect(sent.body).toMatchObject({ state: 'TRANSFERRED_OUT', sequence: 2 });
    const again = await sendToGx(id, { country: 'TH', nationalId: parties.thaiId }).expect(409);
    expect(again.body.code).toBe('BILL_STATE_CONFLICT');

    const held = await request(gx.server).get('/bills?holding=true').set('authorization', `Bearer ${gxConsignee.token}`).expect(200);
    const arrived = held.body.find((b: { number: string }) => b.number === number);
    expect(arrived).toMatchObject({ state: 'HELD', kind: 'STRAIGHT', holder: { party: `TH:${parties.thaiId}`, organisationId: gxConsignee.organisationId }, sequence: 1 });
    expect(arrived.document.route.legs.map((l: { mode: string }) => l.mode)).toEqual(['RAIL', 'SEA']);
    const verified = await request(gx.server).get(`/bills/verify?number=${number}`).expect(200);
    expect(verified.body).toMatchObject({ valid: true, entries: [{ action: 'IMPORT', to: `TH:${parties.thaiId}` }] });
    const dcsa = await request(gx.server).get(`/bills/${arrived.id}/dcsa`).set('authorization', `Bearer ${gxConsignee.token}`).expect(200);
    expect(dcsa.body).toMatchObject({ transportDocumentReference: number, isToOrder: false });

    // The same envelope again is a replay: DUPE, naming the entry accepted before, and nothing new.
    const envelope = await sentEnvelope(id);
    const dupe = await post(envelope).expect(200);
    expect(answer(dupe)).toMatchObject({ responseCode: 'DUPE', duplicateOfAcceptedEnvelopeTransferChainEntrySignedContent: envelope.envelopeTransferChain.at(-1) });
    expect(await billsAtGx(number)).toBe(1);

    // A signature that does not verify: BSIG.
    const [h, p, s] = envelope.envelopeManifestSignedContent.split('.');
    const forged = `${h}.${p}.${s.startsWith('A') ? 'B' : 'A'}${s.slice(1)}`;
    expect(answer(await post({ ...envelope, envelopeManifestSignedContent: forged }).expect(422))).toMatchObject({ responseCode: 'BSIG' });

    // A chain whose next entry links to something else (a fork), correctly signed: BENV.
    const first = envelope.envelopeTransferChain[0];
    const fork = await signAsCq({ ...payloadOf(first), previousEnvelopeTransferChainEntrySignedContentChecksum: randomBytes(32).toString('hex'), issuanceManifestSignedContent: undefined });
    const forkManifest = await signAsCq({ transportDocumentChecksum: payloadOf(first).transportDocumentChecksum, lastEnvelopeTransferChainEntrySignedContentChecksum: sha256Hex(fork) });
    const forked = await post({ ...envelope, envelopeTransferChain: [first, fork], envelopeManifestSignedContent: forkManifest }).expect(422);
    expect(answer(forked)).toMatchObject({ responseCode: 'BENV', reason: expect.stringContaining('does not link') });

    // Another chain for the same document that leaves out the transfer Guangxi accepted: DISE.
    const other = await signAsCq({ ...payloadOf(first), transactions: [(payloadOf(first).transactions as unknown[])[0], { ...(payloadOf(first).transactions as Array<Record<string, unknown>>).at(-1), actionDateTime: new Date().toISOString() }] });
    const otherManifest = await signAsCq({ transportDocumentChecksum: payloadOf(first).transportDocumentChecksum, lastEnvelopeTransferChainEntrySignedContentChecksum: sha256Hex(other) });
    const disputed = await post({ ...envelope, envelopeTransferChain: [other], envelopeManifestSignedContent: otherManifest }).expect(409);
    expect(answer(disputed)).toMatchObject({ responseCode: 'DISE' });
    expect(await billsAtGx(number)).toBe(1);
  });

  it('keeps the bill when the other platform refuses it: a recipient not approved there is BENV', async () => {
    const { id, number } = await issueStraight();
    // A straight bill goes to its consignee only, whatever platform.
    const notConsignee = await sendToGx(id, { uscc: parties.bank.uscc }).expect(422);
    expect(notConsignee.body.code).toBe('STRAIGHT_BILL_NOT_NEGOTIABLE');
    await gx.app.get(DataSource).query(`UPDATE identity.organisation SET status = 'PENDING' WHERE id = $1`, [gxConsignee.organisationId]);
    // The organisation directory keeps its answers a second.
    await new Promise((r) => setTimeout(r, 1100));
    try {
      const refused = await sendToGx(id, { country: 'TH', nationalId: parties.thaiId }).expect(409);
      expect(refused.body).toMatchObject({ code: 'PINT_TRANSFER_REFUSED', details: [{ field: 'responseCode', message: 'BENV' }] });
    } finally {
      await gx.app.get(DataSource).query(`UPDATE identity.organisation SET status = 'APPROVED' WHERE id = $1`, [gxConsignee.organisationId]);
    }
    const kept = await request(cq.server).get(`/bills/${id}`).set('authorization', `Bearer ${parties.exporter.token}`).expect(200);
    expect(kept.body).toMatchObject({ state: 'HELD', sequence: 1 });
    expect(await billsAtGx(number)).toBe(0);
    const untrusted = await request(cq.server)
      .post(`/bills/${id}/pint-transfer`)
      .set('authorization', `Bearer ${parties.exporter.token}`)
      .send({ platformUrl: 'http://127.0.0.1:9', recipient: { country: 'TH', nationalId: parties.thaiId }, recipientName: 'Siam' })
      .expect(422);
    expect(untrusted.body.code).toBe('PINT_PLATFORM_NOT_TRUSTED');
  });

  it('answers a body that is no envelope with the error body, and a malformed envelope with a signed BENV', async () => {
    const none = await post({}).expect(400);
    expect(none.body.code).toBe('NOT_A_PINT_ENVELOPE');
    const malformed = await post({ envelopeTransferChain: ['a.b.c'] }).expect(422);
    expect(answer(malformed)).toMatchObject({ responseCode: 'BENV', reason: expect.stringContaining('PINT schema') });
  });
});
