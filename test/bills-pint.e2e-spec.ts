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
  const thai = () => ({ country: 'TH', nationalId: parties.thaiId });
  const putDocument = (reference: string, checksum: string, content: Buffer) =>
    request(gx.server).put(`/v3/envelopes/${reference}/additional-documents/${checksum}`).set('content-type', 'application/json').send(JSON.stringify(content.toString('base64')));
  /**
   * Runs `run` with the nodes' outgoing HTTP calls (both share this process's fetch) passed
   * through `hook`, which may act before the real call, after it, or instead of it.
   */
  const intercepting = async <T>(hook: (url: string, init: RequestInit | undefined, real: typeof fetch) => Promise<Response>, run: () => Promise<T>): Promise<T> => {
    const real = globalThis.fetch;
    globalThis.fetch = ((input: string | URL | Request, init?: RequestInit) => hook(input instanceof Request ? input.url : String(input), init, real)) as typeof fetch;
    try {
      return await run();
    } finally {
      globalThis.fetch = real;
    }
  };
  const outgoingRows = async (billId: string) =>
    (await cq.app.get(DataSource).query(`SELECT last_entry_checksum, response_code FROM bills.pint_envelope WHERE bill_id = $1 AND direction = 'OUT'`, [billId])) as Array<{
      last_entry_checksum: string;
      response_code: string | null;
    }>;

  it('sends a straight bill to its consignee on the other platform: RECE there, transferred out here, held and verifiable there', async () => {
    const { id, number } = await issueStraight();
    const sent = await sendToGx(id, { country: 'TH', nationalId: parties.thaiId }).expect(200);
    expect(sent.body).toMatchObject({ state: 'TRANSFERRED_OUT', sequence: 2 });
    const audit = async (node: TestNode, query: object) => (await request(node.server).get('/audit').query(query).set('authorization', `Bearer ${await node.operatorToken()}`).expect(200)).body.items;
    expect(await audit(cq, { context: 'bills', targetId: id })).toEqual([
      expect.objectContaining({ action: 'bills.exported', actorOrganisationId: parties.exporter.organisationId, details: expect.objectContaining({ to: `TH:${parties.thaiId}` }) }),
      expect.objectContaining({ action: 'bills.issued' }),
    ]);
    const again = await sendToGx(id, { country: 'TH', nationalId: parties.thaiId }).expect(409);
    expect(again.body.code).toBe('BILL_STATE_CONFLICT');

    const held = await request(gx.server).get('/bills?holding=true').set('authorization', `Bearer ${gxConsignee.token}`).expect(200);
    const arrived = held.body.find((b: { number: string }) => b.number === number);
    expect(await audit(gx, { action: 'bills.imported', targetId: arrived.id })).toEqual([
      expect.objectContaining({ actorSubject: 'pint:CQ', actorOrganisationId: null, organisationId: gxConsignee.organisationId, details: expect.objectContaining({ number }) }),
    ]);
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

  it('sends the bill’s attachments as supporting documents: started 201, a wrong document INCD, an early finish MDOC, then RECE with the attachment and its SHA-256 there', async () => {
    const { id, number } = await issueStraight();
    const pdf = Buffer.from(`%PDF-1.7\n% packing list ${number}\n%%EOF\n`);
    await request(cq.server).post(`/bills/${id}/attachments`).set('authorization', `Bearer ${parties.exporter.token}`).attach('file', pdf, 'packing list.pdf').expect(201);
    const checksum = sha256Hex(pdf);
    const calls: string[] = [];
    let started: Record<string, unknown> | undefined;
    let checked = false;
    const sent = await intercepting(
      async (url, init, real) => {
        const path = new URL(url).pathname;
        if (!path.startsWith('/v3/envelopes')) return real(url, init);
        calls.push(`${init?.method} ${path.replace(/[0-9a-f-]{36}/, ':ref').replace(/[0-9a-f]{64}/, ':checksum')}`);
        if (path.includes('/additional-documents/') && !checked) {
          checked = true;
          const reference = path.split('/')[3];
          // Before the document is there, finishing is MDOC, naming it.
          const early = await request(gx.server).put(`/v3/envelopes/${reference}/finish-transfer`).expect(409);
          expect(answer(early)).toMatchObject({ responseCode: 'MDOC', missingAdditionalDocumentChecksums: [checksum] });
          // Other bytes of the same size under the declared checksum: INCD, and the transfer stays open.
          const wrong = Buffer.from(pdf.toString().replace('packing', 'PACKING'));
          expect(wrong.length).toBe(pdf.length);
          expect(answer(await putDocument(reference, checksum, wrong).expect(409))).toMatchObject({ responseCode: 'INCD', reason: expect.stringContaining('SHA-256') });
          // A document the manifest does not declare: INCD.
          expect(answer(await putDocument(reference, sha256Hex(wrong), wrong).expect(409))).toMatchObject({ responseCode: 'INCD', reason: expect.stringContaining('declares no') });
          // A body that is no Base64 string: our error body.
          const notBase64 = await request(gx.server).put(path).send({ content: 'x' }).expect(400);
          expect(notBase64.body.code).toBe('PINT_DOCUMENT_NOT_BASE64');
          expect((await request(gx.server).put(`/v3/envelopes/${randomBytes(16).toString('hex')}/finish-transfer`).expect(404)).body.code).toBe('PINT_ENVELOPE_NOT_FOUND');
        }
        const res = await real(url, init);
        if (res.status === 201) started = (await res.clone().json()) as Record<string, unknown>;
        return res;
      },
      () => sendToGx(id, thai()).expect(200),
    );
    expect(sent.body).toMatchObject({ state: 'TRANSFERRED_OUT', sequence: 2 });
    expect(calls).toEqual(['POST /v3/envelopes', 'PUT /v3/envelopes/:ref/additional-documents/:checksum', 'PUT /v3/envelopes/:ref/finish-transfer']);
    expect(checked).toBe(true);
    const envelope = await sentEnvelope(id);
    expect(payloadOf(envelope.envelopeManifestSignedContent).supportingDocuments).toEqual([{ name: 'packing list.pdf', size: pdf.length, mediaType: 'application/pdf', documentChecksum: checksum }]);
    expect(started).toMatchObject({ missingAdditionalDocumentChecksums: [checksum], lastEnvelopeTransferChainEntrySignedContentChecksum: sha256Hex(envelope.envelopeTransferChain.at(-1) as string) });

    const held = await request(gx.server).get('/bills?holding=true').set('authorization', `Bearer ${gxConsignee.token}`).expect(200);
    const arrived = held.body.find((b: { number: string }) => b.number === number);
    expect(arrived).toMatchObject({ state: 'HELD' });
    const attachments = await request(gx.server).get(`/bills/${arrived.id}/attachments`).set('authorization', `Bearer ${gxConsignee.token}`).expect(200);
    expect(attachments.body).toEqual([expect.objectContaining({ name: 'packing list.pdf', mediaType: 'application/pdf', sizeBytes: pdf.length, sha256: checksum })]);
    const content = await request(gx.server)
      .get(`/bills/${arrived.id}/attachments/${attachments.body[0].id}`)
      .set('authorization', `Bearer ${gxConsignee.token}`)
      .buffer(true)
      .parse((res, done) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => done(null, Buffer.concat(chunks)));
      })
      .expect(200);
    expect(sha256Hex(content.body as Buffer)).toBe(checksum);
    // The documents wait no longer once they are the bill's; the same envelope again is DUPE, confirming them.
    expect(Number(((await gx.app.get(DataSource).query(`SELECT count(*) FROM bills.pint_document`)) as Array<{ count: string }>)[0].count)).toBe(0);
    expect(answer(await post(envelope).expect(200))).toMatchObject({ responseCode: 'DUPE', receivedAdditionalDocumentChecksums: [checksum] });
  });

  it('carries a 3 MB supporting document, three times the JSON body limit, in its own PUT: RECE there with every byte', async () => {
    const { id, number } = await issueStraight();
    const scan = Buffer.concat([Buffer.from('%PDF-1.7\n'), randomBytes(3 * 1024 * 1024)]);
    await request(cq.server).post(`/bills/${id}/attachments`).set('authorization', `Bearer ${parties.exporter.token}`).attach('file', scan, 'scan.pdf').expect(201);
    expect((await sendToGx(id, thai()).expect(200)).body).toMatchObject({ state: 'TRANSFERRED_OUT' });
    const held = await request(gx.server).get('/bills?holding=true').set('authorization', `Bearer ${gxConsignee.token}`).expect(200);
    const arrived = held.body.find((b: { number: string }) => b.number === number);
    const attachments = await request(gx.server).get(`/bills/${arrived.id}/attachments`).set('authorization', `Bearer ${gxConsignee.token}`).expect(200);
    expect(attachments.body).toEqual([expect.objectContaining({ name: 'scan.pdf', sizeBytes: scan.length, sha256: sha256Hex(scan) })]);
    const stored = (await gx.app.get(DataSource).query('SELECT content FROM bills.bill_attachment WHERE id = $1', [attachments.body[0].id])) as Array<{ content: Buffer }>;
    expect(sha256Hex(stored[0].content)).toBe(sha256Hex(scan));
  });

  it('refuses an additional document over ATTACHMENT_MAX_BYTES with 413 naming the limit, before reading it', async () => {
    const tooLarge = JSON.stringify('A'.repeat(8 * 1024 * 1024));
    const res = await request(gx.server).put(`/v3/envelopes/${randomBytes(16).toString('hex')}/additional-documents/${'0'.repeat(64)}`).set('content-type', 'application/json').send(tooLarge).expect(413);
    expect(res.body).toMatchObject({ code: 'ATTACHMENT_TOO_LARGE', details: [{ limitBytes: expect.any(Number) }] });
    expect(res.body.details[0].limitBytes).toBeGreaterThan((4 * 5 * 1024 * 1024) / 3);
  });

  it('refuses at the start, BENV, an envelope whose manifest declares a document larger than ATTACHMENT_MAX_BYTES', async () => {
    const { id } = await issueStraight();
    await request(cq.server).post(`/bills/${id}/attachments`).set('authorization', `Bearer ${parties.exporter.token}`).attach('file', Buffer.from('%PDF-1.7\n%%EOF\n'), 'small.pdf').expect(201);
    let refused: { responseCode: string; reason?: string } | undefined;
    const res = await intercepting(
      async (url, init, real) => {
        if (new URL(url).pathname !== '/v3/envelopes') return real(url, init);
        // The manifest as a platform taking larger documents would sign it.
        const envelope = JSON.parse(init?.body as string) as EblEnvelope;
        const manifest = payloadOf(envelope.envelopeManifestSignedContent) as { supportingDocuments: Array<{ size: number }> };
        manifest.supportingDocuments[0].size = 6 * 1024 * 1024;
        const forged = { ...envelope, envelopeManifestSignedContent: await signAsCq(manifest) };
        const answered = await real(url, { ...init, body: JSON.stringify(forged) });
        refused = answer({ body: await answered.clone().json() } as request.Response);
        return answered;
      },
      () => sendToGx(id, thai()),
    );
    expect(res.status).toBeGreaterThanOrEqual(400);
    expect(refused).toMatchObject({ responseCode: 'BENV', reason: expect.stringContaining('at most 5242880 bytes') });
    expect(Number(((await gx.app.get(DataSource).query(`SELECT count(*) FROM bills.pint_document`)) as Array<{ count: string }>)[0].count)).toBe(0);
  });

  it('sends the same envelope again after its answer was lost: DUPE there, and the bill transferred out here', async () => {
    const { id, number } = await issueStraight();
    // Guangxi takes the envelope, but its RECE never reaches Chongqing.
    const lost = await intercepting(
      async (url, init, real) => {
        const res = await real(url, init);
        if (new URL(url).pathname === '/v3/envelopes') throw new TypeError('socket hang up');
        return res;
      },
      () => sendToGx(id, thai()).expect(502),
    );
    expect(lost.body.code).toBe('PINT_NO_SIGNED_ANSWER');
    expect(await billsAtGx(number)).toBe(1);
    const kept = await request(cq.server).get(`/bills/${id}`).set('authorization', `Bearer ${parties.exporter.token}`).expect(200);
    expect(kept.body).toMatchObject({ state: 'HELD', sequence: 1 });
    const pending = await outgoingRows(id);
    expect(pending).toEqual([{ last_entry_checksum: expect.any(String), response_code: null }]);

    // The retry sends the envelope kept, not a newly signed one: DUPE, which commits the export.
    const retried = await sendToGx(id, thai()).expect(200);
    expect(retried.body).toMatchObject({ state: 'TRANSFERRED_OUT', sequence: 2 });
    expect(await outgoingRows(id)).toEqual([{ last_entry_checksum: pending[0].last_entry_checksum, response_code: 'DUPE' }]);
    expect(await billsAtGx(number)).toBe(1);
    const verified = await request(cq.server).get(`/bills/verify?number=${number}`).expect(200);
    expect(verified.body).toMatchObject({ valid: true, entries: [{ action: 'ISSUE' }, { action: 'EXPORT', to: `TH:${parties.thaiId}` }] });
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
      // Other specs on this worker's database register partners at http://127.0.0.1:9; no partner has this address.
      .send({ platformUrl: `http://127.0.0.1:9/not-a-partner-${number}`, recipient: { country: 'TH', nationalId: parties.thaiId }, recipientName: 'Siam' })
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
