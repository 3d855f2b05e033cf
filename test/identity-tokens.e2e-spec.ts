import { randomUUID } from 'node:crypto';
import { getDataSourceToken } from '@nestjs/typeorm';
import { exportJWK, generateKeyPair, importJWK, type JWK, SignJWT } from 'jose';
import request from 'supertest';
import type { DataSource } from 'typeorm';
import type { TestNode } from '@landsea/testing';
import { startNode } from './support/node.js';
import { approvedOrganisation, PASSWORD, register, signIn } from './support/identity.js';

describe('people, roles and tokens', () => {
  let node: TestNode;
  beforeAll(async () => {
    node = await startNode({ SIGN_IN_BACKOFF_MS: '0', SIGN_IN_MAX_FAILURES: '3' });
  });
  afterAll(() => node.close());

  const get = (path: string, token: string) => request(node.server).get(path).set('authorization', `Bearer ${token}`);

  it('carries subject, organisation, USCC, roles, province and issuing node in an ES256 access token', async () => {
    const firm = await approvedOrganisation(node);
    const [header, payload] = firm.token.split('.').slice(0, 2).map((part) => JSON.parse(Buffer.from(part, 'base64url').toString()));
    expect(header).toMatchObject({ alg: 'ES256', typ: 'at+jwt' });
    expect(payload).toMatchObject({
      sub: firm.adminId,
      org: firm.organisationId,
      uscc: firm.uscc,
      roles: ['ORG_ADMIN'],
      province: 'CQ',
      node: 'CQ',
      aud: 'landsea-corridor',
      iss: node.env.PUBLIC_BASE_URL ?? expect.any(String),
    });
    expect(payload.exp - payload.iat).toBe(600);
    const jwks = await request(node.server).get('/.well-known/jwks.json').expect(200);
    expect(jwks.body.keys.map((k: JWK) => k.kid)).toContain(header.kid);
    expect(JSON.stringify(jwks.body)).not.toMatch(/"d":/);
    const config = await request(node.server).get('/.well-known/openid-configuration').expect(200);
    expect(config.body.jwks_uri).toBe(`${config.body.issuer}/.well-known/jwks.json`);
  });

  it('invites a person, who sets a password and signs in with the roles given', async () => {
    const firm = await approvedOrganisation(node);
    const email = `declarant-${randomUUID().slice(0, 8)}@firm.example.cn`;
    const invite = await request(node.server)
      .post('/identity/people')
      .set('authorization', `Bearer ${firm.token}`)
      .send({ email, displayName: '张敏', roles: ['DECLARANT'] })
      .expect(201);
    expect(invite.body.person).toMatchObject({ status: 'INVITED', roles: ['DECLARANT'] });
    await request(node.server).post('/identity/invitations/accept').send({ invitationToken: invite.body.invitationToken, password: PASSWORD }).expect(204);
    const again = await request(node.server).post('/identity/invitations/accept').send({ invitationToken: invite.body.invitationToken, password: PASSWORD }).expect(400);
    expect(again.body.code).toBe('INVITATION_INVALID');
    const { access } = await signIn(node, email);
    const me = await get('/identity/me', access).expect(200);
    expect(me.body).toMatchObject({ email, roles: ['DECLARANT'], status: 'ACTIVE', organisationId: firm.organisationId });
    const notAdmin = await get('/identity/people', access).expect(403);
    expect(notAdmin.body.code).toBe('ROLE_REQUIRED');
  });

  it('refuses unknown roles and roles of another kind of organisation', async () => {
    const firm = await approvedOrganisation(node);
    const invite = (roles: string[]) =>
      request(node.server).post('/identity/people').set('authorization', `Bearer ${firm.token}`).send({ email: `p-${randomUUID().slice(0, 8)}@x.cn`, displayName: 'P', roles });
    expect((await invite(['SUPERUSER']).expect(400)).body.code).toBe('UNKNOWN_ROLE');
    expect((await invite(['BANK_OFFICER']).expect(400)).body.code).toBe('ROLE_NOT_ALLOWED');
    expect((await invite(['NODE_OPERATOR']).expect(400)).body.code).toBe('ROLE_NOT_ALLOWED');
  });

  it('changes roles and disables people within the own organisation only', async () => {
    const firm = await approvedOrganisation(node);
    const other = await approvedOrganisation(node);
    const email = `viewer-${randomUUID().slice(0, 8)}@firm.example.cn`;
    const invite = await request(node.server).post('/identity/people').set('authorization', `Bearer ${firm.token}`).send({ email, displayName: 'V', roles: ['VIEWER'] }).expect(201);
    const personId = invite.body.person.id as string;
    await request(node.server).post('/identity/invitations/accept').send({ invitationToken: invite.body.invitationToken, password: PASSWORD }).expect(204);
    const { refresh } = await signIn(node, email);

    await request(node.server).patch(`/identity/people/${personId}/roles`).set('authorization', `Bearer ${other.token}`).send({ roles: ['DECLARANT'] }).expect(404);
    const changed = await request(node.server).patch(`/identity/people/${personId}/roles`).set('authorization', `Bearer ${firm.token}`).send({ roles: ['DECLARANT'] }).expect(200);
    expect(changed.body.roles).toEqual(['DECLARANT']);
    const self = await request(node.server).post(`/identity/people/${firm.adminId}/disable`).set('authorization', `Bearer ${firm.token}`).expect(409);
    expect(self.body.code).toBe('CANNOT_CHANGE_OWN_ACCOUNT');

    await request(node.server).post(`/identity/people/${personId}/disable`).set('authorization', `Bearer ${firm.token}`).expect(200);
    const signInAgain = await request(node.server).post('/oauth/token').type('form').send({ grant_type: 'password', username: email, password: PASSWORD }).expect(403);
    expect(signInAgain.body.code).toBe('ACCOUNT_DISABLED');
    const refreshed = await request(node.server).post('/oauth/token').type('form').send({ grant_type: 'refresh_token', refresh_token: refresh }).expect(403);
    expect(refreshed.body.code).toBe('ACCOUNT_DISABLED');
  });

  it('rotates refresh tokens, and a reused one revokes the whole sign-in', async () => {
    const firm = await register(node);
    const first = await signIn(node, firm.email);
    const rotated = await request(node.server).post('/oauth/token').type('form').send({ grant_type: 'refresh_token', refresh_token: first.refresh }).expect(200);
    expect(rotated.body.refresh_token).not.toBe(first.refresh);
    await get('/identity/me', rotated.body.access_token).expect(200);

    const reused = await request(node.server).post('/oauth/token').type('form').send({ grant_type: 'refresh_token', refresh_token: first.refresh }).expect(401);
    expect(reused.body.code).toBe('REFRESH_TOKEN_REUSED');
    const newest = await request(node.server).post('/oauth/token').type('form').send({ grant_type: 'refresh_token', refresh_token: rotated.body.refresh_token }).expect(401);
    expect(newest.body.code).toBe('REFRESH_TOKEN_INVALID');
  });

  it('signs out by revoking the sign-in', async () => {
    const firm = await register(node);
    const { refresh } = await signIn(node, firm.email);
    await request(node.server).post('/oauth/revoke').type('form').send({ token: refresh }).expect(204);
    const res = await request(node.server).post('/oauth/token').type('form').send({ grant_type: 'refresh_token', refresh_token: refresh }).expect(401);
    expect(res.body.code).toBe('REFRESH_TOKEN_INVALID');
  });

  it('locks an account after repeated failures, even against the right password', async () => {
    const firm = await register(node);
    const attempt = (password: string) =>
      request(node.server).post('/oauth/token').type('form').send({ grant_type: 'password', username: firm.email, password });
    for (let i = 0; i < 3; i += 1) expect((await attempt('Wrong-Password-999')).body.code).toBe('INVALID_CREDENTIALS');
    const locked = await attempt(PASSWORD).expect(429);
    expect(locked.body.code).toBe('ACCOUNT_LOCKED');
    expect(locked.body.details[0].retryAfterSeconds).toBeGreaterThan(0);
  });

  it('names what is wrong with a bad grant request', async () => {
    const unsupported = await request(node.server).post('/oauth/token').type('form').send({ grant_type: 'implicit' }).expect(400);
    expect(unsupported.body.code).toBe('UNSUPPORTED_GRANT_TYPE');
    const missing = await request(node.server).post('/oauth/token').type('form').send({ grant_type: 'password', username: 'a@b.cn' }).expect(400);
    expect(missing.body).toMatchObject({ code: 'VALIDATION_FAILED', details: [{ field: 'password' }] });
  });

  describe('refuses every token it should not trust, each with its own code', () => {
    let firm: Awaited<ReturnType<typeof approvedOrganisation>>;
    let claims: Record<string, unknown>;
    let nodeKey: { kid: string; key: Awaited<ReturnType<typeof importJWK>> };
    beforeAll(async () => {
      firm = await approvedOrganisation(node);
      claims = JSON.parse(Buffer.from(firm.token.split('.')[1], 'base64url').toString());
      const db = node.app.get<DataSource>(getDataSourceToken());
      const [row] = (await db.query(`SELECT kid, private_jwk FROM identity.signing_key WHERE status = 'ACTIVE'`)) as Array<{ kid: string; private_jwk: JWK }>;
      nodeKey = { kid: row.kid, key: await importJWK(row.private_jwk, 'ES256') };
    });
    const sign = (overrides: Record<string, unknown>, header: Record<string, unknown> = {}) =>
      new SignJWT({ ...claims, ...overrides }).setProtectedHeader({ alg: 'ES256', kid: nodeKey.kid, ...header }).sign(nodeKey.key);
    const codeFor = async (token: string) => (await get('/identity/me', token).expect(401)).body.code as string;

    it('accepts a token it signed itself (the control)', async () => {
      await get('/identity/me', await sign({})).expect(200);
    });
    it('expired', async () => {
      const past = Math.floor(Date.now() / 1000) - 3600;
      expect(await codeFor(await sign({ iat: past - 600, exp: past }))).toBe('TOKEN_EXPIRED');
    });
    it('for another audience', async () => {
      expect(await codeFor(await sign({ aud: 'some-other-api' }))).toBe('TOKEN_AUDIENCE_INVALID');
    });
    it('signed by a key the node never published', async () => {
      const { privateKey } = await generateKeyPair('ES256');
      const forged = await new SignJWT(claims).setProtectedHeader({ alg: 'ES256', kid: nodeKey.kid }).sign(privateKey);
      expect(await codeFor(forged)).toBe('TOKEN_INVALID');
    });
    it('naming an unknown kid', async () => {
      const { privateKey } = await generateKeyPair('ES256');
      const forged = await new SignJWT(claims).setProtectedHeader({ alg: 'ES256', kid: 'not-a-key-of-ours' }).sign(privateKey);
      expect(await codeFor(forged)).toBe('TOKEN_KEY_UNKNOWN');
    });
    it('with alg none', async () => {
      const unsigned = `${Buffer.from(JSON.stringify({ alg: 'none', typ: 'JWT' })).toString('base64url')}.${Buffer.from(JSON.stringify(claims)).toString('base64url')}.`;
      expect(await codeFor(unsigned)).toBe('TOKEN_ALGORITHM_NOT_ALLOWED');
    });
    it('HS256-signed with the public key as the secret', async () => {
      const jwks = await request(node.server).get('/.well-known/jwks.json');
      const secret = new TextEncoder().encode(JSON.stringify(jwks.body.keys[0]));
      const confused = await new SignJWT(claims).setProtectedHeader({ alg: 'HS256', kid: nodeKey.kid }).sign(secret);
      expect(await codeFor(confused)).toBe('TOKEN_ALGORITHM_NOT_ALLOWED');
    });
    it('from an issuer that is not a registered partner', async () => {
      const { privateKey, publicKey } = await generateKeyPair('ES256');
      const jwk = await exportJWK(publicKey);
      const foreign = await new SignJWT({ ...claims, iss: 'http://rogue.example' }).setProtectedHeader({ alg: 'ES256', kid: jwk.x }).sign(privateKey);
      expect(await codeFor(foreign)).toBe('TOKEN_ISSUER_UNKNOWN');
    });
    it('that is not a JWT at all', async () => {
      expect(await codeFor('definitely.not.a-jwt')).toBe('TOKEN_INVALID');
    });
  });

  it('keeps accepting tokens of a rotated key while it is published', async () => {
    const operator = await node.operatorToken();
    const firm = await approvedOrganisation(node);
    const rotation = await request(node.server).post('/identity/keys/rotate').set('authorization', `Bearer ${operator}`).expect(200);
    expect(rotation.body.retiredKid).toEqual(expect.any(String));
    const jwks = await request(node.server).get('/.well-known/jwks.json').expect(200);
    expect(jwks.body.keys.map((k: JWK) => k.kid)).toEqual(expect.arrayContaining([rotation.body.kid, rotation.body.retiredKid]));
    await get('/identity/me', firm.token).expect(200);
    const fresh = await signIn(node, firm.email);
    expect(JSON.parse(Buffer.from(fresh.access.split('.')[0], 'base64url').toString()).kid).toBe(rotation.body.kid);
    const notOperator = await request(node.server).post('/identity/keys/rotate').set('authorization', `Bearer ${firm.token}`).expect(403);
    expect(notOperator.body.code).toBe('ROLE_REQUIRED');
  });
});
