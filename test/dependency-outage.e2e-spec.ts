import type { Job } from 'bullmq';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { sampleDossier } from '../examples/sample-dossier.js';
import { DeadLetterService } from '@landsea/queue';
import type { TcpProxy, TestNode } from '@landsea/testing';
import { eventually } from './support/eventually.js';
import { approvedOrganisation, freshUscc, PASSWORD } from './support/identity.js';
import { type ProxiedNode, startProxiedNode } from './support/node.js';

// An outage must be answered at once, not after the client has given up.
const PROMPT_MS = 6_000;

describe('a dependency that is down', () => {
  let proxied: ProxiedNode;
  let postgres: TcpProxy;
  let redis: TcpProxy;
  let node: TestNode;
  let firm: Awaited<ReturnType<typeof approvedOrganisation>>;

  beforeAll(async () => {
    proxied = await startProxiedNode();
    ({ node, postgres, redis } = proxied);
    firm = await approvedOrganisation(node);
  });
  afterAll(() => proxied.close());

  const read = () => request(node.server).get('/declarations/dossiers').set('authorization', `Bearer ${firm.token}`);
  const write = (reference: string) =>
    request(node.server)
      .post('/declarations/dossiers')
      .set('authorization', `Bearer ${firm.token}`)
      .send(sampleDossier({ exporterUscc: firm.uscc, reference }));
  const register = () =>
    request(node.server)
      .post('/identity/organisations')
      .send({ nameEn: 'Outage Test Co', country: 'CN', uscc: freshUscc(), kinds: ['TRADER'], admin: { email: `${freshUscc().toLowerCase()}@firm.example.cn`, displayName: 'A', password: PASSWORD } });
  const signIn = () => request(node.server).post('/oauth/token').type('form').send({ grant_type: 'password', username: firm.email, password: PASSWORD });

  async function expectUnavailable(call: () => request.Test, dependency: RegExp): Promise<void> {
    const started = Date.now();
    const res = await call();
    expect(Date.now() - started).toBeLessThan(PROMPT_MS);
    expect(res.status).toBe(503);
    expect(res.body).toEqual({ statusCode: 503, code: 'DEPENDENCY_UNAVAILABLE', message: expect.stringMatching(dependency), correlationId: res.headers['x-correlation-id'] });
    expect(Number(res.headers['retry-after'])).toBeGreaterThan(0);
  }

  it('answers reads and writes 503 with Retry-After while PostgreSQL is cut off, and serves them again once it is back', async () => {
    await read().expect(200);
    await postgres.cut();
    await expectUnavailable(read, /PostgreSQL/);
    await expectUnavailable(() => write('OUTAGE-PG-1'), /PostgreSQL/);
    await expectUnavailable(register, /PostgreSQL/);
    await expectUnavailable(signIn, /PostgreSQL/);
    const chinese = await read().set('accept-language', 'zh-CN').expect(503);
    expect(chinese.body.message).toMatch(/PostgreSQL.*暂时不可用/);

    await postgres.start();
    await eventually(async () => ((await read()).status === 200 ? true : undefined));
    await write('OUTAGE-PG-2').expect(201);
    await register().expect(201);
    await signIn().expect(200);
  });

  it('answers sign-in and a replay 503 with Retry-After while Redis is cut off, and signs in again once it is back', async () => {
    await signIn().expect(200);
    const operator = await node.operatorToken();
    await node.app.get(DeadLetterService).record('exchange-delivery', { id: 'outage-1', name: 'exchange.deliver', data: { partner: 'GX' }, attemptsMade: 1, timestamp: Date.now() } as Job, new Error('probe'));
    const [{ id: letter }] = (await node.app.get(DataSource).query(`SELECT id FROM platform.dead_letter WHERE job_id = 'outage-1'`)) as Array<{ id: string }>;
    await redis.cut();
    await expectUnavailable(signIn, /Redis/);
    await expectUnavailable(signIn, /Redis/);
    await expectUnavailable(() => request(node.server).post(`/ops/dead-letters/${letter}/replay`).set('authorization', `Bearer ${operator}`), /Redis/);
    // What does not need Redis goes on, metrics included (without the queues' depths).
    await read().expect(200);
    const started = Date.now();
    await request(node.server).get('/metrics').expect(200);
    expect(Date.now() - started).toBeLessThan(PROMPT_MS);

    await redis.start();
    await eventually(async () => ((await signIn()).status === 200 ? true : undefined));
  });
});
