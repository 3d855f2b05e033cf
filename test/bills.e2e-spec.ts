import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { verifyChain } from '@landsea/bills';
import { inTwoContainers } from '../examples/sample-dossier.js';
import type { TestNode } from '@landsea/testing';
import { corridorParties, fileShipment, type Organisation } from './support/corridor.js';
import { approvedOrganisation } from './support/identity.js';
import { startNode } from './support/node.js';
import { runNodeScript } from './support/node-process.js';

describe('bills: the 一单制 bill issued from a dossier, transferred, pledged and surrendered', () => {
  let node: TestNode;
  let parties: Awaited<ReturnType<typeof corridorParties>>;
  let stranger: Organisation;
  beforeAll(async () => {
    node = await startNode();
    parties = await corridorParties(node);
    stranger = await approvedOrganisation(node);
  });
  afterAll(() => node.close());

  const as = (who: { token: string }) => ({
    get: (path: string) => request(node.server).get(path).set('authorization', `Bearer ${who.token}`),
    post: (path: string, body: object = {}) => request(node.server).post(path).set('authorization', `Bearer ${who.token}`).send(body),
  });
  let n = 0;
  const issue = async (kind: 'STRAIGHT' | 'TO_ORDER' = 'TO_ORDER') => {
    const dossierId = await fileShipment(node, parties, `BL-${Date.now()}-${n}`);
    const number = `CQLS${Date.now()}${n++}`;
    const res = await as(parties.carrier).post('/bills', { dossierId, number, kind }).expect(201);
    return { id: res.body.id as string, number, dossierId, body: res.body };
  };
  const party = (o: Organisation) => (o.uscc ? `USCC:${o.uscc}` : `TH:${parties.thaiId}`);

  it('issues the bill from the dossier with every leg, the shipper as first holder, and a checksum over its canonical form', async () => {
    const { body } = await issue('STRAIGHT');
    expect(body).toMatchObject({ state: 'HELD', kind: 'STRAIGHT', sequence: 1, holder: { party: party(parties.exporter) }, consignee: `TH:${parties.thaiId}` });
    expect(body.documentChecksum).toMatch(/^[0-9a-f]{64}$/);
    expect(body.document.route.legs.map((l: { mode: string; from: string; to: string }) => `${l.mode} ${l.from}→${l.to}`)).toEqual(['RAIL CNCQI→CNQZH', 'SEA CNQZH→THLCH']);
    expect(body.document.cargo[0]).toMatchObject({ description: 'Laptop computer', hsCode: '847130', packages: 40, grossWeightKg: '1040.000' });
    expect(body.document.totals).toEqual({ packages: 65, grossWeightKg: '1255.000', volumeM3: '7.700' });
    expect(body.document.freightPayment).toBe('PREPAID');
  });

  it('issues no bill from a dossier whose container number has a wrong check digit', async () => {
    const dossierId = await fileShipment(node, parties, `BL-DIGIT-${Date.now()}`, (d) => ({ ...d, transport: { ...d.transport, containers: [{ ...d.transport.containers[0], number: 'TGHU8765430' }] } }));
    const refused = await as(parties.carrier).post('/bills', { dossierId, number: `CQLSD${Date.now()}`, kind: 'TO_ORDER' }).expect(422);
    expect(refused.body.code).toBe('DOSSIER_NOT_READY');
  });

  it('issues a bill for a shipment in two containers with each line where it is stowed, and exports it to DCSA', async () => {
    const dossierId = await fileShipment(node, parties, `BL-TWO-${Date.now()}`, inTwoContainers);
    const issued = await as(parties.carrier).post('/bills', { dossierId, number: `CQLS2C${Date.now()}`, kind: 'TO_ORDER' }).expect(201);
    expect(issued.body.document.cargo.map((c: { stowage: unknown }) => c.stowage)).toEqual([
      [
        { container: 'TGHU8765436', packages: 30, grossWeightKg: '780.000' },
        { container: 'MSKU1234565', packages: 10, grossWeightKg: '260.000' },
      ],
      [{ container: 'MSKU1234565', packages: 25, grossWeightKg: '215.000' }],
    ]);
    const dcsa = await as(parties.exporter).get(`/bills/${issued.body.id}/dcsa`).expect(200);
    expect(dcsa.body.utilizedTransportEquipments.map((u: { equipment: { equipmentReference: string } }) => u.equipment.equipmentReference)).toEqual(['TGHU8765436', 'MSKU1234565']);
    expect(dcsa.body.consignmentItems[0].cargoItems.map((c: { equipmentReference: string }) => c.equipmentReference)).toEqual(['TGHU8765436', 'MSKU1234565']);
  });

  it('refuses a carrier the dossier does not name, a used number, and a dossier the carrier cannot see', async () => {
    const dossierId = await fileShipment(node, parties, `BL-OTHER-${Date.now()}`);
    const otherCarrier = await approvedOrganisation(node, { kinds: ['CARRIER'] });
    const notNamed = await as(otherCarrier).post('/bills', { dossierId, number: 'CQLS0001', kind: 'TO_ORDER' }).expect(404);
    expect(notNamed.body.code).toBe('DOSSIER_NOT_FOUND');
    await as(parties.carrier).post('/bills', { dossierId, number: 'CQLSDUP1', kind: 'TO_ORDER' }).expect(201);
    const again = await as(parties.carrier).post('/bills', { dossierId, number: 'CQLSDUP1', kind: 'TO_ORDER' }).expect(409);
    expect(again.body.code).toBe('BILL_NUMBER_TAKEN');
    const bad = await as(parties.carrier).post('/bills', { dossierId, number: 'no spaces', kind: 'BEARER' }).expect(400);
    expect(bad.body.details.map((d: { field: string }) => d.field).sort()).toEqual(['kind', 'number']);
  });

  it('moves a bill to order through endorsement, pledge and release, and the consignee surrenders it for delivery', async () => {
    const { id } = await issue('TO_ORDER');
    const exporter = as(parties.exporter);
    await exporter.post(`/bills/${id}/pledge`, { bank: { uscc: parties.bank.uscc } }).expect(200);
    const blocked = await exporter.post(`/bills/${id}/transfer`, { to: { country: 'TH', nationalId: parties.thaiId } }).expect(409);
    expect(blocked.body).toMatchObject({ code: 'BILL_PLEDGED', details: [{ message: 'PLEDGED' }] });
    const surrenderWhilePledged = await exporter.post(`/bills/${id}/surrender`, { purpose: 'DELIVERY' }).expect(409);
    expect(surrenderWhilePledged.body.code).toBe('BILL_PLEDGED');
    const notTheBank = await as(parties.consignee).post(`/bills/${id}/pledge/release`).expect(404);
    expect(notTheBank.body.code).toBe('BILL_NOT_FOUND');
    await as(parties.bank).post(`/bills/${id}/pledge/release`).expect(200);

    await exporter.post(`/bills/${id}/transfer`, { to: { country: 'TH', nationalId: parties.thaiId } }).expect(200);
    const offered = await as(parties.consignee).get(`/bills/${id}`).expect(200);
    expect(offered.body).toMatchObject({ state: 'TRANSFER_PENDING', holder: { party: party(parties.exporter) }, pending: { party: `TH:${parties.thaiId}` } });
    const accepted = await as(parties.consignee).post(`/bills/${id}/transfer/accept`).expect(200);
    expect(accepted.body.bill).toMatchObject({ state: 'HELD', holder: { organisationId: parties.consignee.organisationId } });

    const formerHolder = await exporter.post(`/bills/${id}/surrender`, { purpose: 'DELIVERY' }).expect(403);
    expect(formerHolder.body.code).toBe('NOT_THE_HOLDER');
    await as(parties.consignee).post(`/bills/${id}/surrender`, { purpose: 'DELIVERY' }).expect(200);
    const notCarrier = await as(parties.consignee).post(`/bills/${id}/surrender/accept`).expect(403);
    expect(notCarrier.body.code).toBe('NOT_THE_CARRIER');
    const done = await as(parties.carrier).post(`/bills/${id}/surrender/accept`).expect(200);
    expect(done.body.bill).toMatchObject({ state: 'ACCOMPLISHED', sequence: 7, holder: { party: party(parties.carrier) } });
    const after = await as(parties.consignee).post(`/bills/${id}/transfer`, { to: { uscc: parties.exporter.uscc } }).expect(409);
    expect(after.body).toMatchObject({ code: 'BILL_STATE_CONFLICT', details: [{ field: 'state', message: 'ACCOMPLISHED' }] });

    const history = await request(node.server).get(`/bills/verify?number=${done.body.bill.number}`).expect(200);
    expect(history.body.valid).toBe(true);
    expect(history.body.entries.map((e: { action: string }) => e.action)).toEqual([
      'ISSUE',
      'PLEDGE',
      'RELEASE_PLEDGE',
      'TRANSFER',
      'ACCEPT_TRANSFER',
      'SURRENDER_FOR_DELIVERY',
      'ACCEPT_SURRENDER',
    ]);
  });

  it('returns a rejected transfer to its holder and keeps the reason in the signed history', async () => {
    const { id, number } = await issue('TO_ORDER');
    await as(parties.exporter).post(`/bills/${id}/transfer`, { to: { uscc: parties.bank.uscc } }).expect(200);
    const wrongParty = await as(parties.consignee).post(`/bills/${id}/transfer/accept`).expect(404);
    expect(wrongParty.body.code).toBe('BILL_NOT_FOUND');
    const rejected = await as(parties.bank).post(`/bills/${id}/transfer/reject`, { reason: 'No credit line for this shipper' }).expect(200);
    expect(rejected.body.bill).toMatchObject({ state: 'HELD', holder: { party: party(parties.exporter) }, pending: null });
    const history = await request(node.server).get(`/bills/verify?number=${number}`).expect(200);
    expect(history.body.entries.at(-1)).toMatchObject({ action: 'REJECT_TRANSFER', reason: 'No credit line for this shipper' });
  });

  it('lets a straight bill go to its named consignee only, and only the consignee surrenders it for delivery', async () => {
    const { id } = await issue('STRAIGHT');
    const elsewhere = await as(parties.exporter).post(`/bills/${id}/transfer`, { to: { uscc: stranger.uscc } }).expect(422);
    expect(elsewhere.body.code).toBe('STRAIGHT_BILL_NOT_NEGOTIABLE');
    const shipperDelivery = await as(parties.exporter).post(`/bills/${id}/surrender`, { purpose: 'DELIVERY' }).expect(403);
    expect(shipperDelivery.body.code).toBe('NOT_THE_CONSIGNEE');
    await as(parties.exporter).post(`/bills/${id}/transfer`, { to: { country: 'TH', nationalId: parties.thaiId } }).expect(200);
    await as(parties.consignee).post(`/bills/${id}/transfer/accept`).expect(200);
    await as(parties.consignee).post(`/bills/${id}/surrender`, { purpose: 'DELIVERY' }).expect(200);
  });

  it('refuses a pledge to a non-bank, a transfer to an unknown organisation, and changes nothing', async () => {
    const { id } = await issue('TO_ORDER');
    const nonBank = await as(parties.exporter).post(`/bills/${id}/pledge`, { bank: { uscc: stranger.uscc } }).expect(422);
    expect(nonBank.body.code).toBe('PLEDGEE_NOT_A_BANK');
    const unknown = await as(parties.exporter).post(`/bills/${id}/transfer`, { to: { country: 'TH', nationalId: '0000000000001' } }).expect(422);
    expect(unknown.body.code).toBe('PARTY_NOT_REGISTERED');
    const byStranger = await as(stranger).post(`/bills/${id}/transfer`, { to: { uscc: stranger.uscc } }).expect(404);
    expect(byStranger.body.code).toBe('BILL_NOT_FOUND');
    const bill = await as(parties.exporter).get(`/bills/${id}`).expect(200);
    expect(bill.body).toMatchObject({ state: 'HELD', sequence: 1 });
  });

  it('voids a bill surrendered for amendment and issues its replacement from the dossier, linked to it', async () => {
    const { id, number } = await issue('TO_ORDER');
    await as(parties.exporter).post(`/bills/${id}/surrender`, { purpose: 'AMENDMENT' }).expect(200);
    const noNumber = await as(parties.carrier).post(`/bills/${id}/surrender/accept`).expect(400);
    expect(noNumber.body.code).toBe('REPLACEMENT_NUMBER_REQUIRED');
    const amended = await as(parties.carrier).post(`/bills/${id}/surrender/accept`, { replacementNumber: `${number}-A1` }).expect(200);
    expect(amended.body.bill).toMatchObject({ state: 'VOID', replacedByBillId: amended.body.replacement.id });
    expect(amended.body.replacement).toMatchObject({ state: 'HELD', replacesBillId: id, holder: { party: party(parties.exporter) }, document: { replaces: number } });
    const verified = await request(node.server).get(`/bills/verify?number=${number}-A1`).expect(200);
    expect(verified.body.valid).toBe(true);
  });

  it('lets exactly one of 50 conflicting transfers fired at once win, and the rest change nothing', async () => {
    const { id, number } = await issue('TO_ORDER');
    const targets = [parties.bank, parties.consignee, stranger, parties.carrier];
    const attempts = await Promise.all(
      Array.from({ length: 50 }, (_, i) => {
        const target = targets[i % targets.length];
        const to = target.uscc ? { uscc: target.uscc } : { country: 'TH', nationalId: parties.thaiId };
        return as(parties.exporter).post(`/bills/${id}/transfer`, { to });
      }),
    );
    const statuses = attempts.map((r) => r.status);
    expect(statuses.filter((s) => s === 200)).toHaveLength(1);
    expect(statuses.filter((s) => s === 409)).toHaveLength(49);
    expect(new Set(attempts.filter((r) => r.status === 409).map((r) => r.body.code))).toEqual(new Set(['BILL_STATE_CONFLICT']));
    const verified = await request(node.server).get(`/bills/verify?number=${number}`).expect(200);
    expect(verified.body).toMatchObject({ valid: true, state: 'TRANSFER_PENDING' });
    expect(verified.body.entries).toHaveLength(2);
  });

  it('publishes a history anyone verifies offline with the record keys, and names the entry an edit in the database breaks', async () => {
    const { id, number } = await issue('TO_ORDER');
    await as(parties.exporter).post(`/bills/${id}/pledge`, { bank: { uscc: parties.bank.uscc } }).expect(200);
    await as(parties.bank).post(`/bills/${id}/pledge/release`).expect(200);
    const published = await request(node.server).get(`/bills/verify?number=${number}`).expect(200);
    const keys = await request(node.server).get('/.well-known/record-keys.json').expect(200);
    const offline = await verifyChain(published.body.entries, keys.body, { bill: number, head: published.body.head.jws });
    expect(offline).toMatchObject({ valid: true, entries: 3, position: { state: 'HELD', holder: party(parties.exporter) } });

    const forged = published.body.entries.map((e: { jws: string }, i: number) => (i === 1 ? { ...e, jws: e.jws.replace(/\.[^.]+\./, `.${Buffer.from('{"x":1}').toString('base64url')}.`) } : e));
    const offlineForged = await verifyChain(forged, keys.body, { head: published.body.head.jws });
    expect(offlineForged.problems[0]).toMatchObject({ sequence: 2 });

    await node.app.get(DataSource).query(`UPDATE bills.bill_entry SET to_party = $1 WHERE bill_id = $2 AND sequence = 2`, [`USCC:${stranger.uscc}`, id]);
    const tampered = await request(node.server).get(`/bills/verify?number=${number}`).expect(200);
    expect(tampered.body.valid).toBe(false);
    expect(tampered.body.problems).toEqual([{ sequence: 2, problem: expect.stringContaining('to') }]);

    await node.app.get(DataSource).query(`UPDATE bills.bill_entry SET to_party = $1 WHERE bill_id = $2 AND sequence = 2`, [`USCC:${parties.bank.uscc}`, id]);
    await node.app.get(DataSource).query(`UPDATE bills.bill SET holder_party = $1 WHERE id = $2`, [`USCC:${stranger.uscc}`, id]);
    const moved = await request(node.server).get(`/bills/verify?number=${number}`).expect(200);
    expect(moved.body.problems).toEqual([{ sequence: null, problem: expect.stringContaining('its history gives') }]);

    await node.app.get(DataSource).query(`UPDATE bills.bill SET holder_party = $1, document = jsonb_set(document, '{totals,packages}', '66') WHERE id = $2`, [party(parties.exporter), id]);
    const edited = await request(node.server).get(`/bills/verify?number=${number}`).expect(200);
    expect(edited.body.problems).toEqual([{ sequence: null, problem: 'The stored document does not match its checksum' }]);
  });

  it('signs where the history ends, so `npm run verify-bill` fails a history cut short after any entry and passes the whole one', async () => {
    const { id, number } = await issue('TO_ORDER');
    await as(parties.exporter).post(`/bills/${id}/pledge`, { bank: { uscc: parties.bank.uscc } }).expect(200);
    await as(parties.bank).post(`/bills/${id}/pledge/release`).expect(200);
    const published = await request(node.server).get(`/bills/verify?number=${number}`).expect(200);
    expect(published.body.head).toMatchObject({ jws: expect.any(String), sequence: 3, state: 'HELD', node: 'CQ', keyId: expect.any(String) });
    const keys = await request(node.server).get('/.well-known/record-keys.json').expect(200);

    const dir = await mkdtemp(join(tmpdir(), 'verify-bill-'));
    const save = async (name: string, body: unknown) => {
      await writeFile(join(dir, name), JSON.stringify(body));
      return join(dir, name);
    };
    const keysFile = await save('keys.json', keys.body);
    const whole = await runNodeScript('verify-bill', [await save('whole.json', published.body), keysFile]);
    expect(whole).toMatchObject({ code: 0, stdout: expect.stringContaining('✓ 3 entries verify') });
    for (const kept of [1, 2]) {
      const cut = await runNodeScript('verify-bill', [await save(`cut-${kept}.json`, { ...published.body, entries: published.body.entries.slice(0, kept) }), keysFile]);
      expect(cut.code).toBe(1);
      expect(cut.stdout).toContain(`The history has been cut short: it ends at entry ${kept}, the signed head at entry 3`);
    }
    const headless = await runNodeScript('verify-bill', [await save('headless.json', { ...published.body, head: undefined }), keysFile]);
    expect(headless.code).toBe(1);
    expect(headless.stdout).toContain('no signed head');
  }, 180_000);

  it('reports a history cut short in the database as a failure, even when the bill row is rewound to match it', async () => {
    const { id, number } = await issue('TO_ORDER');
    await as(parties.exporter).post(`/bills/${id}/pledge`, { bank: { uscc: parties.bank.uscc } }).expect(200);
    await as(parties.bank).post(`/bills/${id}/pledge/release`).expect(200);
    // The pledge and its release are deleted, and the bill is made to end where the issue left it.
    const db = node.app.get(DataSource);
    await db.query(`DELETE FROM bills.bill_entry WHERE bill_id = $1 AND sequence > 1`, [id]);
    await db.query(`UPDATE bills.bill SET sequence = 1, head_checksum = (SELECT checksum FROM bills.bill_entry WHERE bill_id = $1 AND sequence = 1) WHERE id = $1`, [id]);
    const cut = await request(node.server).get(`/bills/verify?number=${number}`).expect(200);
    expect(cut.body).toMatchObject({ valid: false, state: 'HELD', head: { sequence: 3 } });
    expect(cut.body.problems).toEqual([{ sequence: null, problem: 'The history has been cut short: it ends at entry 1, the signed head at entry 3' }]);

    // Nor does an unsigned head pass: without the node's signature nothing shows the history is whole.
    await db.query(`UPDATE bills.bill SET head_jws = NULL WHERE id = $1`, [id]);
    const headless = await request(node.server).get(`/bills/verify?number=${number}`).expect(200);
    expect(headless.body).toMatchObject({ valid: false, head: null, problems: [{ sequence: null, problem: expect.stringContaining('no signed head') }] });
  });

  it('keeps attachments by checksum, once, and refuses what is not a PDF or image', async () => {
    const { id } = await issue('TO_ORDER');
    const pdf = Buffer.from('%PDF-1.7\n% invoice YX-INV-2026-0142\n%%EOF\n');
    const upload = (data: Buffer, name: string) => request(node.server).post(`/bills/${id}/attachments`).set('authorization', `Bearer ${parties.exporter.token}`).attach('file', data, name);
    const first = await upload(pdf, 'invoice.pdf').expect(201);
    expect(first.body).toMatchObject({ name: 'invoice.pdf', mediaType: 'application/pdf', sizeBytes: pdf.length });
    const again = await upload(pdf, 'copy.pdf').expect(201);
    expect(again.body.id).toBe(first.body.id);
    const listed = await as(parties.carrier).get(`/bills/${id}/attachments`).expect(200);
    expect(listed.body).toHaveLength(1);
    const content = await as(parties.carrier).get(`/bills/${id}/attachments/${first.body.id}`).expect(200);
    expect(content.headers['repr-digest']).toBe(`sha-256=:${Buffer.from(first.body.sha256, 'hex').toString('base64')}:`);
    const exe = await upload(Buffer.from('MZ\x90\x00'), 'x.exe').expect(415);
    expect(exe.body.code).toBe('UNSUPPORTED_MEDIA_TYPE');
  });
  it('exports the bill as a DCSA eBL 3.0.4 Transport Document to its parties, naming the endorsee once endorsed', async () => {
    const { id, number } = await issue('TO_ORDER');
    const issued = await as(parties.exporter).get(`/bills/${id}/dcsa`).expect(200);
    expect(issued.body).toMatchObject({
      transportDocumentReference: number,
      transportDocumentStatus: 'ISSUED',
      isToOrder: true,
      transports: { preCarriageBy: 'RAIL', portOfLoading: { UNLocationCode: 'CNQZH' }, vesselVoyages: [{ vesselName: 'BEIBU GULF PIONEER' }] },
      documentParties: { shipper: { identifyingCodes: [{ codeListName: 'USCC', partyCode: parties.exporter.uscc }] } },
    });
    expect(issued.body.documentParties.endorsee).toBeUndefined();
    await as(parties.exporter).post(`/bills/${id}/transfer`, { to: { uscc: parties.bank.uscc } }).expect(200);
    await as(parties.bank).post(`/bills/${id}/transfer/accept`).expect(200);
    const endorsed = await as(parties.carrier).get(`/bills/${id}/dcsa`).expect(200);
    expect(endorsed.body.documentParties.endorsee).toMatchObject({ partyName: 'Bank of Chongqing 重庆银行', identifyingCodes: [{ partyCode: parties.bank.uscc }] });
    const foreign = await as(stranger).get(`/bills/${id}/dcsa`).expect(404);
    expect(foreign.body.code).toBe('BILL_NOT_FOUND');
  });
});
