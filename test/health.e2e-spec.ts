import request from 'supertest';
import type { TcpProxy, TestNode } from '@landsea/testing';
import { type ProxiedNode, startNode, startProxiedNode } from './support/node.js';

describe('health, metrics and API docs', () => {
  let node: TestNode;
  beforeAll(async () => {
    node = await startNode();
  });
  afterAll(() => node.close());

  it('is live and ready when PostgreSQL and Redis answer', async () => {
    await request(node.server).get('/health/live').expect(200, { status: 'ok' });
    const res = await request(node.server).get('/health/ready').expect(200);
    expect(res.body.status).toBe('ready');
    expect(res.body.checks.map((c: { dependency: string; status: string }) => `${c.dependency}:${c.status}`)).toEqual([
      'postgres:up',
      'redis:up',
    ]);
  });

  it('serves Prometheus metrics with latency by route and status, queue depths and outbox lag', async () => {
    await request(node.server).get('/health/live').expect(200);
    const res = await request(node.server).get('/metrics').expect(200);
    expect(res.headers['content-type']).toContain('text/plain');
    expect(res.text).toMatch(/http_request_duration_seconds_count\{method="GET",route="\/health\/live",status_code="200"\} \d+/);
    expect(res.text).toMatch(/landsea_outbox_pending_events \d+/);
    expect(res.text).toMatch(/landsea_outbox_lag_seconds [\d.e+-]+/);
    expect(res.text).toContain('# TYPE landsea_queue_jobs gauge');
  });

  it('describes its HTTP API as OpenAPI at /docs-json and a browsable page at /docs', async () => {
    const spec = await request(node.server).get('/docs-json').expect(200);
    expect(spec.body.openapi).toMatch(/^3\./);
    expect(Object.keys(spec.body.paths)).toEqual(expect.arrayContaining(['/health/ready', '/metrics', '/ops/dead-letters']));
    expect(spec.body.components.schemas.ErrorBody.required).toEqual(
      expect.arrayContaining(['statusCode', 'code', 'message', 'correlationId']),
    );
    const page = await request(node.server).get('/docs').redirects(1).expect(200);
    expect(page.text).toContain('swagger');
  });
});

describe('readiness when a dependency is unreachable', () => {
  let proxied: ProxiedNode;
  let postgres: TcpProxy;
  let redis: TcpProxy;
  let node: TestNode;

  beforeAll(async () => {
    proxied = await startProxiedNode();
    ({ node, postgres, redis } = proxied);
  });
  afterAll(() => proxied.close());

  it('answers 503 naming PostgreSQL when it is cut off, and recovers when it is back', async () => {
    await request(node.server).get('/health/ready').expect(200);
    await postgres.cut();
    const res = await request(node.server).get('/health/ready').expect(503);
    expect(res.body).toMatchObject({ statusCode: 503, code: 'DEPENDENCY_UNAVAILABLE', message: 'Not ready: postgres is unreachable' });
    expect(res.headers['retry-after']).toBe('5');
    expect(res.body.details).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ dependency: 'postgres', status: 'down' }),
        expect.objectContaining({ dependency: 'redis', status: 'up' }),
      ]),
    );
    await postgres.start();
    await waitForReady(node);
  });

  it('answers 503 naming Redis when it is cut off', async () => {
    await redis.cut();
    const res = await request(node.server).get('/health/ready').expect(503);
    expect(res.body.message).toBe('Not ready: redis is unreachable');
    expect(res.body.details).toEqual(expect.arrayContaining([expect.objectContaining({ dependency: 'redis', status: 'down' })]));
    await request(node.server).get('/health/live').expect(200);
  });
});

async function waitForReady(node: TestNode): Promise<void> {
  for (let i = 0; i < 50; i += 1) {
    const res = await request(node.server).get('/health/ready');
    if (res.status === 200) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error('node did not become ready again');
}
