import { randomUUID } from 'node:crypto';
import request from 'supertest';
import { sampleDossier } from '../examples/sample-dossier.js';
import type { TestNode } from '@landsea/testing';
import { approvedOrganisation } from './support/identity.js';
import { startNode } from './support/node.js';

/** A consent lets a record leave the node: only its owner gives it, and only for a record that exists. */
describe('consents to share', () => {
  let node: TestNode;
  beforeAll(async () => {
    node = await startNode();
    const operator = `Bearer ${await node.operatorToken()}`;
    await request(node.server).post('/identity/partners').set('authorization', operator).send({ provinceCode: 'GX', baseUrl: 'http://127.0.0.1:9', jwksUrl: 'http://127.0.0.1:9/jwks' }).expect(201);
    await request(node.server).put('/exchange/agreements/GX').set('authorization', operator).send({ kinds: ['DOSSIER'] }).expect(200);
  });
  afterAll(() => node.close());

  const consent = (token: string, body: object) => request(node.server).post('/exchange/consents').set('authorization', `Bearer ${token}`).send({ partnerNode: 'GX', kind: 'DOSSIER', ...body });

  it("refuses a consent for another organisation's dossier, or for one that does not exist, and takes the owner's", async () => {
    const owner = await approvedOrganisation(node);
    const stranger = await approvedOrganisation(node);
    const dossier = await request(node.server).post('/declarations/dossiers').set('authorization', `Bearer ${owner.token}`).send(sampleDossier({ exporterUscc: owner.uscc })).expect(201);

    for (const recordId of [dossier.body.id as string, randomUUID(), 'not-a-dossier-id']) {
      const refused = await consent(stranger.token, { recordId }).set('accept-language', 'zh-CN').expect(404);
      expect(refused.body).toMatchObject({ code: 'CONSENT_RECORD_NOT_FOUND', details: [{ field: 'recordId' }] });
      expect(refused.body.message).toContain('所有者');
    }
    expect((await request(node.server).get('/exchange/consents').set('authorization', `Bearer ${stranger.token}`).expect(200)).body).toEqual([]);
    expect((await consent(owner.token, { recordId: randomUUID() }).expect(404)).body.code).toBe('CONSENT_RECORD_NOT_FOUND');

    const given = await consent(owner.token, { recordId: dossier.body.id }).expect(201);
    expect(given.body).toMatchObject({ organisationId: owner.organisationId, recordId: dossier.body.id });
    // A standing consent covers the organisation's own dossiers only, so it needs no record.
    expect((await consent(stranger.token, {}).expect(201)).body).toMatchObject({ organisationId: stranger.organisationId, recordId: null });
  });
});
