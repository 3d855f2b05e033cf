import request from 'supertest';
import { sampleDossier } from '../examples/sample-dossier.js';
import type { TestNode } from '@landsea/testing';
import { eventually, FAST_RETRIES } from './support/exchange-pair.js';
import { approve, approvedOrganisation, register, signIn } from './support/identity.js';
import { startNode } from './support/node.js';

const ALL_KINDS = ['DOSSIER', 'BILL_EVENT', 'FILING', 'ORGANISATION'];

/**
 * 统一用户 is one authority per organisation: its home node, where it registered and was reviewed.
 * The directory the nodes share says which node that is, and only that node's tokens speak for it.
 */
describe('every organisation has one home node, and only that node speaks for it', () => {
  let chongqing: TestNode;
  let guangxi: TestNode;
  const operator = async (node: TestNode) => `Bearer ${await node.operatorToken()}`;
  const agree = async (node: TestNode, partner: string, kinds: string[]) =>
    request(node.server).put(`/exchange/agreements/${partner}`).set('authorization', await operator(node)).send({ kinds }).expect(200);
  const listedAt = (node: TestNode, token: string, uscc: string) =>
    eventually(async () => ((await request(node.server).get(`/exchange/directory/USCC:${uscc}`).set('authorization', `Bearer ${token}`)).status === 200 ? true : undefined));
  const session = (node: TestNode, token: string) => request(node.server).get('/identity/session').set('authorization', `Bearer ${token}`);

  beforeAll(async () => {
    chongqing = await startNode(FAST_RETRIES, { listen: true, database: 'cq_home' });
    guangxi = await startNode({ ...FAST_RETRIES, NODE_PROVINCE: 'GX', NODE_OPERATOR_EMAIL: 'operator@gx.landsea.test' }, { listen: true, database: 'gx_home' });
    // Each trusts the other at the address its tokens name as their issuer.
    for (const [node, partner, other] of [[chongqing, 'GX', guangxi], [guangxi, 'CQ', chongqing]] as const) {
      const url = other.env.PUBLIC_BASE_URL;
      await request(node.server).post('/identity/partners').set('authorization', await operator(node)).send({ provinceCode: partner, baseUrl: url, jwksUrl: `${url}/.well-known/jwks.json` }).expect(201);
    }
    // Two nodes, each migrating a fresh database: more than one hook's usual time on a busy machine.
  }, 120_000);
  afterAll(async () => {
    await guangxi?.close();
    await chongqing?.close();
  });

  it("accepts a firm's token at a partner node once its home lists it, with the home's standing, and refuses a second registration there", async () => {
    await agree(chongqing, 'GX', ALL_KINDS);
    await agree(guangxi, 'CQ', ALL_KINDS);
    const firm = await approvedOrganisation(chongqing);
    const viewer = await approvedOrganisation(guangxi);
    await listedAt(guangxi, viewer.token, firm.uscc);

    const recognised = await session(guangxi, firm.token).expect(200);
    expect(recognised.body).toMatchObject({ local: false, issuingNode: 'CQ', uscc: firm.uscc, organisationId: null, organisationApproved: true });

    // Guangxi knows the USCC is homed at Chongqing: nobody registers it again there.
    const again = await request(guangxi.server)
      .post('/identity/organisations')
      .set('accept-language', 'zh-CN')
      .send({ nameEn: 'Impostor', country: 'CN', uscc: firm.uscc, kinds: ['TRADER'], admin: { email: `impostor-${Date.now()}@gx.example.cn`, displayName: 'X', password: 'Corridor-2026-Impostor' } })
      .expect(409);
    expect(again.body).toMatchObject({ code: 'ORGANISATION_HOMED_ELSEWHERE', details: [{ party: `USCC:${firm.uscc}`, homeNode: 'CQ' }] });
    expect(again.body.message).toContain('CQ');

    // A Guangxi firm's token at Chongqing is accepted only when Guangxi's directory lists it.
    const gxFirm = await approvedOrganisation(guangxi);
    await eventually(async () => ((await session(chongqing, gxFirm.token)).status === 200 ? true : undefined));
  });

  it("never lets a partner that registered another node's firm read or act for it there, and shows the clash to both operators", async () => {
    // The victim registers at Chongqing before Chongqing shares its directory with Guangxi.
    await agree(chongqing, 'GX', ['DOSSIER', 'BILL_EVENT']);
    await agree(guangxi, 'CQ', ['DOSSIER', 'BILL_EVENT']);
    const victim = await approvedOrganisation(chongqing);
    const dossier = await request(chongqing.server)
      .post('/declarations/dossiers')
      .set('authorization', `Bearer ${victim.token}`)
      .send(sampleDossier({ exporterUscc: victim.uscc, reference: 'VICTIM-SECRET' }))
      .expect(201);
    await agree(chongqing, 'GX', ALL_KINDS);
    await agree(guangxi, 'CQ', ALL_KINDS);

    // Guangxi, not knowing better, registers and approves the victim's USCC.
    const impostor = await register(guangxi, { uscc: victim.uscc, nameEn: 'Impostor Trading' });
    await approve(guangxi, impostor.organisationId);
    const { access } = await signIn(guangxi, impostor.email);

    // At Chongqing, its token is nobody's: it reads nothing of the victim and consents to nothing.
    for (const res of [
      await session(chongqing, access),
      await request(chongqing.server).get(`/declarations/dossiers/${dossier.body.id}`).set('authorization', `Bearer ${access}`),
      await request(chongqing.server).get('/bills').set('authorization', `Bearer ${access}`),
      await request(chongqing.server).post('/exchange/consents').set('authorization', `Bearer ${access}`).send({ partnerNode: 'GX', kind: 'DOSSIER' }),
    ]) {
      expect(res.status).toBe(401);
      expect(res.body.code).toBe('TOKEN_NOT_FROM_HOME_NODE');
      expect(JSON.stringify(res.body)).not.toContain('VICTIM-SECRET');
    }
    const consents = await request(chongqing.server).get('/exchange/consents').set('authorization', `Bearer ${victim.token}`).expect(200);
    expect(consents.body).toEqual([]);

    // Guangxi's directory entry reaches Chongqing, which refuses it and shows the clash; Guangxi sees the refusal.
    const party = `USCC:${victim.uscc}`;
    const clash = await eventually(async () => {
      const res = await request(chongqing.server).get('/exchange/directory/conflicts').set('authorization', await operator(chongqing)).expect(200);
      return (res.body.received as Array<{ partyId: string }>).find((c) => c.partyId === party);
    });
    expect(clash).toMatchObject({ claimedBy: 'GX', reason: expect.stringContaining('HOME_CONFLICT') });
    const refused = await eventually(async () => {
      const res = await request(guangxi.server).get('/exchange/directory/conflicts').set('authorization', await operator(guangxi)).expect(200);
      return (res.body.sent as Array<{ partyId: string }>).find((c) => c.partyId === party);
    });
    expect(refused).toMatchObject({ refusedBy: 'CQ', reason: expect.stringContaining('HOME_CONFLICT') });
    // Nothing was merged: Chongqing's directory holds no entry of Guangxi's for the victim.
    await request(chongqing.server).get(`/exchange/directory/${party}`).set('authorization', `Bearer ${victim.token}`).expect(404);
    // The conflicts are the operators' to see.
    await request(chongqing.server).get('/exchange/directory/conflicts').set('authorization', `Bearer ${victim.token}`).expect(403);
  });
});
