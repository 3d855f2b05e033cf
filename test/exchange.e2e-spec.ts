import { randomUUID } from 'node:crypto';
import { decodeJwt } from 'jose';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { verifyChain } from '@landsea/bills';
import { ENVELOPE_TYPE, type Envelope } from '@landsea/exchange';
import type { TcpProxy, TestNode } from '@landsea/testing';
import { corridorParties, fileShipment } from './support/corridor.js';
import { approvedOrganisation, customsOfficer } from './support/identity.js';
import { eventually, exchangeHandled, type PartnerNodePair, receivedAt, signedBy, startPartnerNodes } from './support/exchange-pair.js';
import { sampleDossier } from '../examples/sample-dossier.js';

/** Chongqing and Guangxi, each a node of its own with its database, keys and Redis prefix. */
describe('exchange between corridor nodes: signed, queued, applied once', () => {
  let pair: PartnerNodePair;
  let chongqing: TestNode;
  let guangxi: TestNode;
  let toGuangxi: TcpProxy;
  beforeAll(async () => {
    pair = await startPartnerNodes('exchange');
    ({ chongqing, guangxi, toGuangxi } = pair);
  });
  afterAll(() => pair.close());

  const received = (kind: string, id: string) => receivedAt(guangxi, kind, id);
  const signed = (node: TestNode, envelope: Envelope) => signedBy(node, envelope, ENVELOPE_TYPE);
  const envelope = (records: Envelope['records'], overrides: Partial<Envelope> = {}): Envelope => ({ messageId: randomUUID(), from: 'CQ', to: 'GX', sentAt: new Date().toISOString(), records, ...overrides });
  const dossierRecord = (id: string, version: number) => ({ kind: 'DOSSIER' as const, id, version, parties: ['USCC:91500000202815306C'], payload: { version } });
  const deliver = (jws: string) => request(guangxi.server).post('/exchange/envelopes').send({ envelope: jws });

  it('shares a dossier only with consent, and its bill events follow it, verifiable with Chongqing’s keys', async () => {
    const parties = await corridorParties(chongqing);
    const shared = await fileShipment(chongqing, parties, `EX-SHARED-${Date.now()}`);
    const kept = await fileShipment(chongqing, parties, `EX-KEPT-${Date.now()}`);
    await request(chongqing.server).post('/exchange/consents').set('authorization', `Bearer ${parties.exporter.token}`).send({ partnerNode: 'GX', kind: 'DOSSIER', recordId: shared }).expect(201);
    // The consent comes after the first save; the amendment is what flows, and bills follow.
    const amended = sampleDossier({ exporterUscc: parties.exporter.uscc, carrierUscc: parties.carrier.uscc, importerNationalId: parties.thaiId, reference: 'EX-AMENDED' });
    await request(chongqing.server).put(`/declarations/dossiers/${shared}`).set('authorization', `Bearer ${parties.exporter.token}`).send(amended).expect(200);
    const [dossier] = await eventually(async () => ((await received('DOSSIER', shared)).length ? received('DOSSIER', shared) : undefined));
    expect(dossier).toMatchObject({ version: 2, payload: { reference: expect.any(String), document: { reference: 'EX-AMENDED' } } });

    const bill = await request(chongqing.server).post('/bills').set('authorization', `Bearer ${parties.carrier.token}`).send({ dossierId: shared, number: `EXBL${Date.now()}`, kind: 'TO_ORDER' }).expect(201);
    await request(chongqing.server).post(`/bills/${bill.body.id}/pledge`).set('authorization', `Bearer ${parties.exporter.token}`).send({ bank: { uscc: parties.bank.uscc } }).expect(200);
    const events = await eventually(async () => {
      const got = await received('BILL_EVENT', bill.body.id);
      return got.length === 2 ? got : undefined;
    });
    const entries = events.map((e) => ({ sequence: e.payload.sequence as number, jws: e.payload.jws as string })).sort((a, b) => a.sequence - b.sequence);
    const keys = await request(chongqing.env.PUBLIC_BASE_URL).get('/.well-known/record-keys.json').expect(200);
    const head = events.find((e) => e.payload.sequence === 2)?.payload.head as string;
    expect(await verifyChain(entries, keys.body, { head })).toMatchObject({ valid: true, position: { state: 'PLEDGED' }, head: { sequence: 2, node: 'CQ' } });
    expect(await verifyChain(entries.slice(0, 1), keys.body, { head })).toMatchObject({ valid: false });

    // 一键跟踪 at Chongqing: the bill's steps and the deliveries to Guangxi, on the dossier's timeline.
    const timeline = await eventually(async () => {
      const res = await request(chongqing.server).get(`/declarations/dossiers/${shared}/timeline`).set('authorization', `Bearer ${parties.exporter.token}`).expect(200);
      const kinds = (res.body as Array<{ kind: string; ref: { action?: string; partner?: string } }>).map((e) => `${e.kind}:${e.ref.action ?? e.ref.partner ?? ''}`);
      return kinds.includes('BILL_EVENT:PLEDGE') && kinds.filter((k) => k === 'EXCHANGE_DELIVERY:GX').length >= 2 ? kinds : undefined;
    });
    expect(timeline.indexOf('BILL_EVENT:ISSUE')).toBeLessThan(timeline.indexOf('BILL_EVENT:PLEDGE'));
    expect(timeline.indexOf('DOSSIER_VERSION:')).toBe(0);

    expect(await received('DOSSIER', kept)).toEqual([]);
    const log = await request(guangxi.server).get('/exchange/messages/verify?partner=CQ').set('authorization', `Bearer ${await guangxi.operatorToken()}`).expect(200);
    expect(log.body).toMatchObject({ valid: true });
    expect(log.body.entries).toBeGreaterThan(0);
  });

  it("lets Qinzhou's port operator take over the shared dossier and file the sea manifest at Guangxi without keying it again", async () => {
    const parties = await corridorParties(chongqing);
    const shared = await fileShipment(chongqing, parties, `EX-QZ-${Date.now()}`);
    await request(chongqing.server).post('/exchange/consents').set('authorization', `Bearer ${parties.exporter.token}`).send({ partnerNode: 'GX', kind: 'DOSSIER', recordId: shared }).expect(201);
    await request(chongqing.server).put(`/declarations/dossiers/${shared}`).set('authorization', `Bearer ${parties.exporter.token}`)
      .send(sampleDossier({ exporterUscc: parties.exporter.uscc, carrierUscc: parties.carrier.uscc, importerNationalId: parties.thaiId, reference: `EX-QZ-${Date.now()}` })).expect(200);
    await eventually(async () => ((await received('DOSSIER', shared)).length ? true : undefined));

    const port = await approvedOrganisation(guangxi, { kinds: ['PORT_OPERATOR'], nameEn: 'Beibu Gulf Port Qinzhou', nameZh: '北部湾港钦州码头' });
    const stranger = await approvedOrganisation(guangxi);
    const refused = await request(guangxi.server).post('/declarations/dossiers/adopt').set('authorization', `Bearer ${stranger.token}`).send({ sourceNode: 'CQ', dossierId: shared }).expect(403);
    expect(refused.body.code).toBe('DOSSIER_NOT_A_PARTY');
    const adopted = await request(guangxi.server).post('/declarations/dossiers/adopt').set('authorization', `Bearer ${port.token}`).send({ sourceNode: 'CQ', dossierId: shared }).expect(201);
    expect(adopted.body).toMatchObject({ status: 'READY', version: 1 });
    const audited = await request(guangxi.server).get(`/audit?action=declarations.dossier_adopted&targetId=${adopted.body.id}`).set('authorization', `Bearer ${port.token}`).expect(200);
    expect(audited.body.items).toEqual([expect.objectContaining({ actorOrganisationId: port.organisationId, details: { sourceNode: 'CQ', sourceDossierId: shared, version: 1 } })]);
    expect(adopted.body.reuse.keyed).toBeLessThan(adopted.body.reuse.filledFromDossier);

    const filings = (await request(guangxi.server).get(`/declarations/dossiers/${adopted.body.id}/filings`).set('authorization', `Bearer ${port.token}`).expect(200)).body as Array<{ id: string; kind: string; key: string; content: { route: { loadingPlace: string } } }>;
    const seaManifest = filings.find((f) => f.kind === 'CARGO_MANIFEST' && f.key === 'leg-2');
    expect(seaManifest?.content.route.loadingPlace).toBe('CNQZH');
    const submitted = await request(guangxi.server).post(`/declarations/filings/${seaManifest?.id}/submit`).set('authorization', `Bearer ${port.token}`).expect(200);
    expect(submitted.body).toMatchObject({ status: 'SUBMITTED', addressedTo: '7211' });
    const qinzhouCustoms = await customsOfficer(guangxi, '7211');
    const inbox = await request(guangxi.server).get('/declarations/authority/filings').set('authorization', `Bearer ${qinzhouCustoms.token}`).expect(200);
    expect(inbox.body.map((f: { id: string }) => f.id)).toContain(seaManifest?.id);
  });

  it('delivers everything exactly once after a partner was down for a while', async () => {
    const parties = await corridorParties(chongqing);
    await request(chongqing.server).post('/exchange/consents').set('authorization', `Bearer ${parties.exporter.token}`).send({ partnerNode: 'GX', kind: 'DOSSIER' }).expect(201);
    await toGuangxi.cut();
    const ids = [];
    for (let i = 0; i < 3; i += 1) ids.push(await fileShipment(chongqing, parties, `EX-DOWN-${Date.now()}-${i}`));
    const failed = await eventually(async () => {
      const res = await request(chongqing.server).get('/exchange/messages?partner=GX&direction=OUT&limit=5000').set('authorization', `Bearer ${await chongqing.operatorToken()}`).expect(200);
      return (res.body as Array<{ outcome: string }>).some((m) => m.outcome === 'FAILED') ? true : undefined;
    });
    expect(failed).toBe(true);
    await toGuangxi.start();
    for (const id of ids) {
      const got = await eventually(async () => ((await received('DOSSIER', id)).length ? received('DOSSIER', id) : undefined), 30_000);
      expect(got).toHaveLength(1);
    }
    const chain = await request(chongqing.server).get('/exchange/messages/verify?partner=GX').set('authorization', `Bearer ${await chongqing.operatorToken()}`).expect(200);
    expect(chain.body.valid).toBe(true);
  });

  it('applies a replayed envelope once and answers it as a duplicate', async () => {
    const id = randomUUID();
    const message = envelope([dossierRecord(id, 1)]);
    const jws = await signed(chongqing, message);
    const first = await deliver(jws).expect(200);
    expect(decodeJwt(first.body.receipt)).toMatchObject({ duplicate: false, records: [{ id, outcome: 'APPLIED' }] });
    const again = await deliver(jws).expect(200);
    expect(decodeJwt(again.body.receipt)).toMatchObject({ duplicate: true, records: [{ id, outcome: 'APPLIED' }] });
    expect(await received('DOSSIER', id)).toHaveLength(1);
    const audit = await request(guangxi.server).get(`/audit?targetId=${message.messageId}`).set('authorization', `Bearer ${await guangxi.operatorToken()}`).expect(200);
    expect(audit.body.items).toEqual([expect.objectContaining({ action: 'exchange.envelope_received', actorSubject: 'node:CQ', details: { records: 1, applied: 1 } })]);
  });

  it('ends records arriving out of order at their newest version', async () => {
    const id = randomUUID();
    await deliver(await signed(chongqing, envelope([dossierRecord(id, 3)]))).expect(200);
    const older = await deliver(await signed(chongqing, envelope([dossierRecord(id, 2)]))).expect(200);
    expect(decodeJwt(older.body.receipt)).toMatchObject({ records: [{ id, outcome: 'STALE' }] });
    expect(await received('DOSSIER', id)).toEqual([expect.objectContaining({ version: 3 })]);
  });

  it('refuses a forged envelope, an unknown partner, a wrong addressee and a far-off clock, applying nothing', async () => {
    const id = randomUUID();
    const jws = await signed(chongqing, envelope([dossierRecord(id, 1)]));
    const [header, , signature] = jws.split('.');
    const altered = Buffer.from(JSON.stringify(envelope([dossierRecord(id, 9)]))).toString('base64url');
    const forged = await deliver(`${header}.${altered}.${signature}`).expect(401);
    expect(forged.body.code).toBe('ENVELOPE_SIGNATURE_INVALID');
    const stranger = await deliver(await signed(chongqing, envelope([dossierRecord(id, 1)], { from: 'GZ' }))).expect(403);
    expect(stranger.body.code).toBe('PARTNER_UNKNOWN');
    const misaddressed = await deliver(await signed(chongqing, envelope([dossierRecord(id, 1)], { to: 'YN' }))).expect(400);
    expect(misaddressed.body.code).toBe('ENVELOPE_NOT_FOR_THIS_NODE');
    const stale = await deliver(await signed(chongqing, envelope([dossierRecord(id, 1)], { sentAt: '2020-01-01T00:00:00Z' }))).expect(400);
    expect(stale.body.code).toBe('ENVELOPE_CLOCK_SKEW');
    const garbage = await deliver('not-a-jws').expect(400);
    expect(garbage.body.code).toBe('ENVELOPE_MALFORMED');
    expect(await received('DOSSIER', id)).toEqual([]);
    const refusals = await request(guangxi.server).get('/exchange/messages?partner=CQ&direction=IN&limit=5000').set('authorization', `Bearer ${await guangxi.operatorToken()}`).expect(200);
    expect(refusals.body.some((m: { outcome: string; detail: { reason?: string } }) => m.outcome === 'REFUSED')).toBe(true);
  });

  it('refuses an envelope over the body limit or holding too many records as a whole, with the one error body', async () => {
    const id = randomUUID();
    const bulky = { ...dossierRecord(id, 1), payload: { note: 'x'.repeat(1024 * 1024) } };
    const tooLarge = await deliver(await signed(chongqing, envelope([dossierRecord(`${id}-small`, 1), bulky]))).expect(413);
    expect(tooLarge.body).toEqual({
      statusCode: 413,
      code: 'ENVELOPE_TOO_LARGE',
      message: expect.stringContaining('body limit'),
      details: [{ limitBytes: 1024 * 1024 }],
      correlationId: tooLarge.headers['x-correlation-id'],
    });
    const many = Array.from({ length: 2001 }, (_, i) => dossierRecord(`${id}-${i}`, 1));
    const tooMany = await deliver(await signed(chongqing, envelope(many))).expect(413);
    expect(tooMany.body).toMatchObject({ statusCode: 413, code: 'ENVELOPE_TOO_MANY_RECORDS', details: [{ records: 2001, maxRecords: 2000 }] });
    expect(await received('DOSSIER', id)).toEqual([]);
  });

  it('rejects records outside the agreement and applies the rest of the batch', async () => {
    const good = randomUUID();
    const receipt = await deliver(
      await signed(chongqing, envelope([dossierRecord(good, 1), { kind: 'CARGO_PHOTO' as never, id: 'x', version: 1, parties: [], payload: {} }])),
    ).expect(200);
    expect(decodeJwt(receipt.body.receipt)).toMatchObject({
      records: [
        { id: good, outcome: 'APPLIED' },
        { id: 'x', outcome: 'REJECTED', reason: expect.stringContaining('UNKNOWN_KIND') },
      ],
    });
    expect(await received('DOSSIER', good)).toHaveLength(1);
  });

  it("lists an organisation approved at Chongqing in Guangxi's directory only under an ORGANISATION agreement, and updates it when suspended", async () => {
    const operator = async (node: TestNode) => `Bearer ${await node.operatorToken()}`;
    const kinds = ['DOSSIER', 'BILL_EVENT', 'FILING', 'ORGANISATION'];
    await request(chongqing.server).put('/exchange/agreements/GX').set('authorization', await operator(chongqing)).send({ kinds }).expect(200);
    const viewer = await approvedOrganisation(guangxi);
    const lookUp = (uscc: string) => request(guangxi.server).get(`/exchange/directory/USCC:${uscc}`).set('authorization', `Bearer ${viewer.token}`);

    // Guangxi's agreement does not take ORGANISATION yet: the entry is sent and refused there.
    const unlisted = await approvedOrganisation(chongqing);
    await eventually(async () => {
      const res = await request(chongqing.server).get('/exchange/messages?partner=GX&direction=OUT&limit=5000').set('authorization', await operator(chongqing)).expect(200);
      const rejected = (res.body as Array<{ detail: { rejected?: Array<{ id: string; reason: string }> } }>).flatMap((m) => m.detail.rejected ?? []);
      return rejected.find((r) => r.id === `USCC:${unlisted.uscc}` && r.reason.startsWith('NO_AGREEMENT')) ? true : undefined;
    });
    const missing = await lookUp(unlisted.uscc).expect(404);
    expect(missing.body).toMatchObject({ statusCode: 404, code: 'DIRECTORY_ENTRY_NOT_FOUND' });

    await request(guangxi.server).put('/exchange/agreements/CQ').set('authorization', await operator(guangxi)).send({ kinds }).expect(200);
    const firm = await approvedOrganisation(chongqing, { kinds: ['TRADER', 'CARRIER'] });
    const listed = await eventually(async () => {
      const res = await lookUp(firm.uscc);
      return res.status === 200 ? res.body : undefined;
    });
    expect(listed).toMatchObject({
      sourceNode: 'CQ',
      kind: 'ORGANISATION',
      version: 2,
      payload: { uscc: firm.uscc, country: 'CN', nameEn: 'Chongqing Test Electronics Co., Ltd.', kinds: ['TRADER', 'CARRIER'], status: 'APPROVED' },
    });
    await request(chongqing.server).post(`/identity/organisations/${firm.organisationId}/suspend`).set('authorization', await operator(chongqing)).send({ reason: 'Licence withdrawn' }).expect(200);
    const suspended = await eventually(async () => {
      const res = await lookUp(firm.uscc).expect(200);
      return res.body.payload.status === 'SUSPENDED' ? res.body : undefined;
    });
    expect(suspended).toMatchObject({ version: 3 });
    await lookUp(unlisted.uscc).expect(404);
  });

  it('sends a filing step to Guangxi only when its dossier was shared there', async () => {
    const parties = await corridorParties(chongqing);
    const [shared, kept] = [await fileShipment(chongqing, parties, `EX-FILE-${Date.now()}`), await fileShipment(chongqing, parties, `EX-FILE-KEPT-${Date.now()}`)];
    await request(chongqing.server).post('/exchange/consents').set('authorization', `Bearer ${parties.exporter.token}`).send({ partnerNode: 'GX', kind: 'DOSSIER', recordId: shared }).expect(201);
    await request(chongqing.server).put(`/declarations/dossiers/${shared}`).set('authorization', `Bearer ${parties.exporter.token}`)
      .send(sampleDossier({ exporterUscc: parties.exporter.uscc, carrierUscc: parties.carrier.uscc, importerNationalId: parties.thaiId, reference: `EX-FILE-${Date.now()}` })).expect(200);
    await eventually(async () => ((await received('DOSSIER', shared)).length ? true : undefined));
    const submit = async (dossier: string) => {
      const filings = (await request(chongqing.server).get(`/declarations/dossiers/${dossier}/filings`).set('authorization', `Bearer ${parties.exporter.token}`).expect(200)).body as Array<{ id: string; kind: string }>;
      const id = filings.find((f) => f.kind === 'CN_EXPORT_DECLARATION')?.id as string;
      await request(chongqing.server).post(`/declarations/filings/${id}/submit`).set('authorization', `Bearer ${parties.exporter.token}`).expect(200);
      return id;
    };
    const keptFiling = await submit(kept);
    const sharedFiling = await submit(shared);
    const [step] = await eventually(async () => ((await received('FILING', sharedFiling)).length ? received('FILING', sharedFiling) : undefined));
    expect(step.payload).toMatchObject({ filingId: sharedFiling, dossierId: shared, status: 'SUBMITTED', addressedTo: '8001', event: 'declarations.filing-submitted' });
    // Once the exchange has handled the kept dossier's filing event, nothing was queued for it.
    const cq = chongqing.app.get(DataSource);
    const [event] = (await cq.query(`SELECT id FROM platform.outbox_event WHERE event_type = 'declarations.filing-submitted' AND payload->>'filingId' = $1`, [keptFiling])) as Array<{ id: string }>;
    await exchangeHandled(chongqing, [event.id]);
    expect(await cq.query(`SELECT 1 FROM exchange.outbound_record WHERE kind = 'FILING' AND payload->'payload'->>'filingId' = $1`, [keptFiling])).toEqual([]);
    expect(await received('FILING', keptFiling)).toEqual([]);
  });

  it('ends an envelope carrying one record several times at its newest version, with each copy’s outcome in order', async () => {
    const fresh = randomUUID();
    const known = randomUUID();
    await deliver(await signed(chongqing, envelope([dossierRecord(known, 2)]))).expect(200);
    const receipt = await deliver(
      await signed(chongqing, envelope([dossierRecord(fresh, 1), dossierRecord(known, 1), dossierRecord(fresh, 3), dossierRecord(known, 4), dossierRecord(fresh, 2), dossierRecord(fresh, 3)])),
    ).expect(200);
    expect(decodeJwt(receipt.body.receipt).records).toEqual([
      { kind: 'DOSSIER', id: fresh, version: 1, outcome: 'APPLIED' },
      { kind: 'DOSSIER', id: known, version: 1, outcome: 'STALE', reason: expect.any(String) },
      { kind: 'DOSSIER', id: fresh, version: 3, outcome: 'APPLIED' },
      { kind: 'DOSSIER', id: known, version: 4, outcome: 'APPLIED' },
      { kind: 'DOSSIER', id: fresh, version: 2, outcome: 'STALE', reason: expect.any(String) },
      { kind: 'DOSSIER', id: fresh, version: 3, outcome: 'STALE', reason: expect.any(String) },
    ]);
    expect(await received('DOSSIER', fresh)).toEqual([expect.objectContaining({ version: 3, payload: { version: 3 } })]);
    expect(await received('DOSSIER', known)).toEqual([expect.objectContaining({ version: 4 })]);
    // One record-received event per applied copy, as the node's other contexts expect.
    const events = (await guangxi.app.get(DataSource).query(
      `SELECT payload->>'id' AS id, (payload->>'version')::int AS version FROM platform.outbox_event WHERE event_type = 'exchange.record-received' AND payload->>'id' = ANY($1) ORDER BY seq`,
      [[fresh, known]],
    )) as Array<{ id: string; version: number }>;
    expect(events).toEqual([
      { id: known, version: 2 },
      { id: fresh, version: 1 },
      { id: fresh, version: 3 },
      { id: known, version: 4 },
    ]);
  });

  it('keeps each record’s outcome in order when valid and invalid records are mixed', async () => {
    const [a, b, c] = [randomUUID(), randomUUID(), randomUUID()];
    await deliver(await signed(chongqing, envelope([dossierRecord(b, 5)]))).expect(200);
    const receipt = await deliver(
      await signed(chongqing, envelope([
        { ...dossierRecord(a, 0) },
        dossierRecord(b, 4),
        { kind: 'CARGO_PHOTO' as never, id: c, version: 1, parties: [], payload: {} },
        dossierRecord(c, 1),
        { ...dossierRecord(a, 1), parties: 'everyone' as never },
        dossierRecord(a, 2),
      ])),
    ).expect(200);
    expect((decodeJwt(receipt.body.receipt).records as Array<{ id: string; outcome: string; reason?: string }>).map((r) => [r.id, r.outcome, r.reason?.split(':')[0]])).toEqual([
      [a, 'REJECTED', 'MALFORMED'],
      [b, 'STALE', 'A newer version is already here'],
      [c, 'REJECTED', 'UNKNOWN_KIND'],
      [c, 'APPLIED', undefined],
      [a, 'REJECTED', 'MALFORMED'],
      [a, 'APPLIED', undefined],
    ]);
    expect(await received('DOSSIER', a)).toEqual([expect.objectContaining({ version: 2 })]);
  });

  it('matches events committed together to each owner’s own consent, sharing nothing else', async () => {
    const [standing, none, one] = [await approvedOrganisation(chongqing), await approvedOrganisation(chongqing), await approvedOrganisation(chongqing)];
    // A consent names a dossier its owner has.
    const named = (await request(chongqing.server).post('/declarations/dossiers').set('authorization', `Bearer ${one.token}`).send(sampleDossier({ exporterUscc: one.uscc })).expect(201)).body.id as string;
    await request(chongqing.server).post('/exchange/consents').set('authorization', `Bearer ${standing.token}`).send({ partnerNode: 'GX', kind: 'DOSSIER' }).expect(201);
    await request(chongqing.server).post('/exchange/consents').set('authorization', `Bearer ${one.token}`).send({ partnerNode: 'GX', kind: 'DOSSIER', recordId: named }).expect(201);
    const dossiers = [
      ...Array.from({ length: 20 }, () => ({ id: randomUUID(), owner: standing.organisationId, shared: true })),
      ...Array.from({ length: 20 }, () => ({ id: randomUUID(), owner: none.organisationId, shared: false })),
      { id: named, owner: one.organisationId, shared: true },
      ...Array.from({ length: 5 }, () => ({ id: randomUUID(), owner: one.organisationId, shared: false })),
    ];
    // All in one commit, so the relay hands them to the exchange together and they are matched in batches.
    const events = dossiers.map((d) => ({ id: randomUUID(), dossierId: d.id, payload: { dossierId: d.id, version: 1, ownerOrganisationId: d.owner, document: { parties: { exporter: { uscc: standing.uscc, country: 'CN' } } } } }));
    await chongqing.app.get(DataSource).query(
      `INSERT INTO platform.outbox_event (id, context, event_type, aggregate_type, aggregate_id, payload)
       SELECT (e->>'id')::uuid, 'declarations', 'declarations.dossier-saved', 'dossier', e->>'dossierId', e->'payload' FROM jsonb_array_elements($1::jsonb) AS e`,
      [JSON.stringify(events)],
    );
    await exchangeHandled(chongqing, events.map((e) => e.id));
    for (const d of dossiers.filter((x) => x.shared)) await eventually(async () => ((await received('DOSSIER', d.id)).length ? true : undefined));
    const queued = (await chongqing.app.get(DataSource).query(`SELECT record_id FROM exchange.outbound_record WHERE event_id = ANY($1)`, [events.map((e) => e.id)])) as Array<{ record_id: string }>;
    expect(queued.map((r) => r.record_id).sort()).toEqual(dossiers.filter((d) => d.shared).map((d) => d.id).sort());
  });

  it("verifies a bill shared from Chongqing at Guangxi by its number, with Chongqing's keys, and shows tampering there", async () => {
    const parties = await corridorParties(chongqing);
    await request(chongqing.server).post('/exchange/consents').set('authorization', `Bearer ${parties.exporter.token}`).send({ partnerNode: 'GX', kind: 'DOSSIER' }).expect(201);
    const dossier = await fileShipment(chongqing, parties, `EX-VERIFY-${Date.now()}`);
    const number = `EXVB${Date.now()}`;
    const bill = await request(chongqing.server).post('/bills').set('authorization', `Bearer ${parties.carrier.token}`).send({ dossierId: dossier, number, kind: 'TO_ORDER' }).expect(201);
    await request(chongqing.server).post(`/bills/${bill.body.id}/pledge`).set('authorization', `Bearer ${parties.exporter.token}`).send({ bank: { uscc: parties.bank.uscc } }).expect(200);
    const verify = () => request(guangxi.server).get(`/bills/verify?number=${number}`);
    const verified = await eventually(async () => {
      const res = await verify();
      return res.status === 200 && res.body.entries.length === 2 ? res.body : undefined;
    });
    expect(verified).toMatchObject({ node: 'CQ', valid: true, state: 'PLEDGED', carrier: `USCC:${parties.carrier.uscc}`, problems: [], head: { sequence: 2, node: 'CQ' } });

    // The shared copy checks the head each event carries: without it, nothing shows the copy is whole.
    const inbound = guangxi.app.get(DataSource);
    await inbound.query(`UPDATE exchange.inbound_record SET payload = payload - 'head' WHERE record_id = $1`, [`${bill.body.id}:2`]);
    const headless = await verify().expect(200);
    expect(headless.body).toMatchObject({ valid: false, head: null, problems: [{ sequence: null, problem: expect.stringContaining('no signed head') }] });
    await inbound.query(`UPDATE exchange.inbound_record SET payload = jsonb_set(payload, '{head}', to_jsonb($1::text)) WHERE record_id = $2`, [verified.head.jws, `${bill.body.id}:2`]);
    expect((await verify().expect(200)).body.valid).toBe(true);

    // Someone at Guangxi swaps the pledge for a replay of the issue: the shared copy no longer verifies.
    await guangxi.app.get(DataSource).query(
      `UPDATE exchange.inbound_record SET payload = jsonb_set(payload, '{jws}', (SELECT payload->'jws' FROM exchange.inbound_record WHERE record_id = $1)) WHERE record_id = $2`,
      [`${bill.body.id}:1`, `${bill.body.id}:2`],
    );
    const tampered = await verify().expect(200);
    expect(tampered.body.valid).toBe(false);
    expect(tampered.body.problems).toContainEqual(expect.objectContaining({ sequence: 2 }));

    // Nor does a copy that lost the pledge pass, though the entry verifies: the pledge's head says there were two.
    await inbound.query(`UPDATE exchange.inbound_record SET payload = jsonb_set(payload, '{head}', to_jsonb($1::text)) WHERE record_id = $2`, [verified.head.jws, `${bill.body.id}:1`]);
    await inbound.query(`DELETE FROM exchange.inbound_record WHERE record_id = $1`, [`${bill.body.id}:2`]);
    const cut = await verify().expect(200);
    expect(cut.body).toMatchObject({ valid: false, entries: [{ action: 'ISSUE' }] });
    expect(cut.body.problems).toContainEqual({ sequence: null, problem: 'The history has been cut short: it ends at entry 1, the signed head at entry 2' });
    const unknown = await request(guangxi.server).get('/bills/verify?number=NOSUCHBILL1').expect(404);
    expect(unknown.body.code).toBe('BILL_NOT_FOUND');
  });
});
