import { randomUUID } from 'node:crypto';
import { Redis } from 'ioredis';
import request from 'supertest';
import { TcpProxy, type TestNode } from '@landsea/testing';
import { approvedOrganisation, PASSWORD, signIn } from './support/identity.js';
import { startNode } from './support/node.js';

/** Revocation takes effect on the next request, not when the access token expires (600 s). */
describe('revoking access', () => {
  let node: TestNode;
  beforeAll(async () => {
    node = await startNode();
  });
  afterAll(() => node.close());

  const invite = (token: string, roles = ['ORG_ADMIN']) =>
    request(node.server).post('/identity/people').set('authorization', `Bearer ${token}`).send({ email: `p-${randomUUID().slice(0, 8)}@firm.example.cn`, displayName: 'P', roles });
  /** A colleague of the firm's administrator, an administrator too, signed in. */
  const colleague = async (admin: string) => {
    const invited = await invite(admin).expect(201);
    await request(node.server).post('/identity/invitations/accept').send({ invitationToken: invited.body.invitationToken, password: PASSWORD }).expect(204);
    return { id: invited.body.person.id as string, ...(await signIn(node, invited.body.person.email)) };
  };

  it("stops a disabled person's access token at once, for writes and reads", async () => {
    const firm = await approvedOrganisation(node);
    const person = await colleague(firm.token);
    await invite(person.access).expect(201);
    await request(node.server).post(`/identity/people/${person.id}/disable`).set('authorization', `Bearer ${firm.token}`).expect(200);
    const write = await invite(person.access).expect(401);
    expect(write.body.code).toBe('TOKEN_REVOKED');
    expect((await request(node.server).get('/identity/session').set('authorization', `Bearer ${person.access}`).expect(401)).body.code).toBe('TOKEN_REVOKED');
    // The administrator's own token is untouched.
    await invite(firm.token).expect(201);
  });

  it('ends the access tokens of a sign-in when it is signed out, and of a reused refresh token', async () => {
    const firm = await approvedOrganisation(node);
    const out = await signIn(node, firm.email);
    const other = await signIn(node, firm.email);
    await request(node.server).post('/oauth/revoke').type('form').send({ token: out.refresh }).expect(204);
    expect((await request(node.server).get('/identity/session').set('authorization', `Bearer ${out.access}`).expect(401)).body.code).toBe('TOKEN_REVOKED');
    // Another sign-in of the same person goes on.
    await request(node.server).get('/identity/session').set('authorization', `Bearer ${other.access}`).expect(200);

    const stolen = await signIn(node, firm.email);
    const rotated = await request(node.server).post('/oauth/token').type('form').send({ grant_type: 'refresh_token', refresh_token: stolen.refresh }).expect(200);
    await request(node.server).post('/oauth/token').type('form').send({ grant_type: 'refresh_token', refresh_token: stolen.refresh }).expect(401);
    await request(node.server).get('/identity/session').set('authorization', `Bearer ${rotated.body.access_token}`).expect(401);
  });

  it("refuses a suspended organisation's people every change at once, inviting people too, and lets them read", async () => {
    const firm = await approvedOrganisation(node);
    await invite(firm.token).expect(201);
    await request(node.server).post(`/identity/organisations/${firm.organisationId}/suspend`).set('authorization', `Bearer ${await node.operatorToken()}`).send({ reason: 'Licence withdrawn' }).expect(200);
    const refused = await invite(firm.token).set('accept-language', 'zh-CN').expect(403);
    expect(refused.body.code).toBe('ORGANISATION_SUSPENDED');
    expect(refused.body.message).toContain('暂停');
    await request(node.server).post('/identity/clients').set('authorization', `Bearer ${firm.token}`).send({}).expect(403);
    await request(node.server).get('/identity/people').set('authorization', `Bearer ${firm.token}`).expect(200);
  });

  it('takes a revocation made by another process of the node within a second', async () => {
    const firm = await approvedOrganisation(node);
    const person = await colleague(firm.token);
    await request(node.server).get('/identity/session').set('authorization', `Bearer ${person.access}`).expect(200);
    // Another process revokes the person: the same Redis keys and channel, not this process's memory.
    const other = new Redis(node.env.REDIS_URL);
    try {
      await other.set(`${node.env.REDIS_PREFIX}:revoked:subject:${person.id}`, String(Math.floor(Date.now() / 1000)), 'EX', 700);
      await other.publish(`${node.env.REDIS_PREFIX}:revocations`, `revoked:subject:${person.id}`);
    } finally {
      other.disconnect();
    }
    const deadline = Date.now() + 1000;
    let status = 200;
    while (status === 200 && Date.now() < deadline) status = (await request(node.server).get('/identity/session').set('authorization', `Bearer ${person.access}`)).status;
    expect(status).toBe(401);
  });
});

describe('revocation while Redis is unreachable', () => {
  let redis: TcpProxy;
  let node: TestNode;
  beforeAll(async () => {
    const base = await startNode();
    const cache = new URL(base.env.REDIS_URL);
    await base.close();
    redis = new TcpProxy(cache.hostname, Number(cache.port || 6379));
    cache.port = String(await redis.start());
    node = await startNode({ REDIS_URL: cache.toString(), OUTBOX_RELAY_ENABLED: 'false' });
  });
  afterAll(async () => {
    await redis.start();
    while ((await request(node.server).get('/health/ready')).status !== 200) await new Promise((r) => setTimeout(r, 100));
    await new Promise((r) => setTimeout(r, 2_500));
    await node.close();
    await redis.cut();
  });

  it('refuses changes with 503 (fail closed) and goes on serving reads', async () => {
    const firm = await approvedOrganisation(node);
    await redis.cut();
    // Past what the process remembers of the token's revocation.
    await new Promise((r) => setTimeout(r, 1100));
    const write = await request(node.server)
      .post('/identity/people')
      .set('authorization', `Bearer ${firm.token}`)
      .send({ email: `p-${randomUUID().slice(0, 8)}@firm.example.cn`, displayName: 'P', roles: ['VIEWER'] })
      .expect(503);
    expect(write.body.code).toBe('DEPENDENCY_UNAVAILABLE');
    expect(Number(write.headers['retry-after'])).toBeGreaterThan(0);
    await request(node.server).get('/identity/session').set('authorization', `Bearer ${firm.token}`).expect(200);
  });
});
