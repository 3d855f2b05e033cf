import { randomUUID } from 'node:crypto';
import { exportJWK, generateKeyPair, type JWK, SignJWT } from 'jose';
import request from 'supertest';
import type { TestNode } from '@landsea/testing';
import { approvedOrganisation } from './support/identity.js';
import { startNode } from './support/node.js';

const ASSERTION_TYPE = 'urn:ietf:params:oauth:client-assertion-type:jwt-bearer';
type PrivateKey = Awaited<ReturnType<typeof generateKeyPair>>['privateKey'];

describe('systems signing in with private_key_jwt (client_credentials, RFC 7523)', () => {
  let node: TestNode;
  let tokenEndpoint: string;
  let carrier: Awaited<ReturnType<typeof approvedOrganisation>>;
  let clientId: string;
  let privateKey: PrivateKey;
  beforeAll(async () => {
    node = await startNode();
    tokenEndpoint = `${(await request(node.server).get('/.well-known/openid-configuration')).body.issuer}/oauth/token`;
    carrier = await approvedOrganisation(node, { kinds: ['CARRIER'], nameEn: 'Corridor Rail-Sea Carrier' });
    const keys = await generateKeyPair('ES256', { extractable: true });
    privateKey = keys.privateKey ;
    const res = await request(node.server)
      .post('/identity/clients')
      .set('authorization', `Bearer ${carrier.token}`)
      .send({ name: 'Carrier TMS', publicJwk: await exportJWK(keys.publicKey), roles: ['CARRIER_AGENT'] })
      .expect(201);
    clientId = res.body.clientId;
  });
  afterAll(() => node.close());

  const assertion = (overrides: { aud?: string; lifetime?: number; jti?: string; key?: PrivateKey } = {}) =>
    new SignJWT({})
      .setProtectedHeader({ alg: 'ES256' })
      .setIssuer(clientId)
      .setSubject(clientId)
      .setAudience(overrides.aud ?? tokenEndpoint)
      .setIssuedAt()
      .setExpirationTime(`${overrides.lifetime ?? 60}s`)
      .setJti(overrides.jti ?? randomUUID())
      .sign(overrides.key ?? privateKey);
  const grant = (clientAssertion: string) =>
    request(node.server).post('/oauth/token').type('form').send({ grant_type: 'client_credentials', client_assertion_type: ASSERTION_TYPE, client_assertion: clientAssertion });

  it('issues an access token for the system, with the roles its admin gave it', async () => {
    const res = await grant(await assertion()).expect(200);
    expect(res.body.refresh_token).toBeUndefined();
    const session = await request(node.server).get('/identity/session').set('authorization', `Bearer ${res.body.access_token}`).expect(200);
    expect(session.body).toMatchObject({ subject: clientId, subjectKind: 'client', roles: ['CARRIER_AGENT'], organisationId: carrier.organisationId, organisationApproved: true });
  });

  it('refuses a replayed assertion', async () => {
    const once = await assertion();
    await grant(once).expect(200);
    const again = await grant(once).expect(401);
    expect(again.body.code).toBe('CLIENT_ASSERTION_REPLAYED');
  });

  it.each([
    ['for another audience', { aud: 'https://elsewhere.example/token' }],
    ['living longer than five minutes', { lifetime: 3600 }],
  ])('refuses an assertion %s', async (_, overrides) => {
    const res = await grant(await assertion(overrides)).expect(401);
    expect(res.body.code).toBe('CLIENT_ASSERTION_INVALID');
  });

  it('refuses an assertion signed by any other key', async () => {
    const { privateKey: other } = await generateKeyPair('ES256');
    const res = await grant(await assertion({ key: other  })).expect(401);
    expect(res.body).toMatchObject({ code: 'CLIENT_ASSERTION_INVALID', message: 'The client assertion does not verify with the registered key' });
  });

  it('refuses to register a private key, or a role of another kind of organisation', async () => {
    const { privateKey: leaked } = await generateKeyPair('ES256', { extractable: true });
    const privateJwk: JWK = await exportJWK(leaked);
    const withSecret = await request(node.server)
      .post('/identity/clients')
      .set('authorization', `Bearer ${carrier.token}`)
      .send({ name: 'Leaky', publicJwk: privateJwk, roles: ['CARRIER_AGENT'] })
      .expect(400);
    expect(withSecret.body.code).toBe('CLIENT_KEY_INVALID');
    const { publicKey } = await generateKeyPair('ES256', { extractable: true });
    const bank = await request(node.server)
      .post('/identity/clients')
      .set('authorization', `Bearer ${carrier.token}`)
      .send({ name: 'Not a bank', publicJwk: await exportJWK(publicKey), roles: ['BANK_OFFICER'] })
      .expect(400);
    expect(bank.body.code).toBe('ROLE_NOT_ALLOWED');
    const listed = await request(node.server).get('/identity/clients').set('authorization', `Bearer ${carrier.token}`).expect(200);
    expect(listed.body.map((c: { clientId: string }) => c.clientId)).toEqual([clientId]);
  });
});
