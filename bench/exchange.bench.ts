import { randomUUID } from 'node:crypto';
import { Queue, Worker } from 'bullmq';
import pg from 'pg';
import { redisOptions } from '@landsea/queue';
import { benchEnvironment, percentile, report, startNodeProcess } from './bench-kit.js';

const PASSWORD = 'Operator-Bench-Password-2026';

/**
 * Records committed at Chongqing's node and applied at Guangxi's, each node a process of its own
 * with its own database and Redis prefix. The backlog run writes N dossier events straight into
 * Chongqing's outbox in one commit and times them until all are applied at Guangxi; the light
 * run commits one every 20 ms and takes each record's commit-to-applied time. The baseline is a
 * plain BullMQ job doing one pg INSERT, in the same run.
 */
export async function exchangeBench(options: { records: number }): Promise<void> {
  const a = await benchEnvironment('exchange_cq');
  const b = await benchEnvironment('exchange_gx');
  const [portA, portB] = [3950, 3951];
  // MIGRATE_ON_START seeds each node's operator account (the migrations are already applied).
  const common = { NODE_ENV: 'development', IDENTITY_AUTO_APPROVE: 'true', NODE_OPERATOR_PASSWORD: PASSWORD, DATABASE_POOL_SIZE: '20', MIGRATE_ON_START: 'true' };
  const cq = await startNodeProcess({ ...a.env, ...common, PORT: String(portA), PUBLIC_BASE_URL: `http://127.0.0.1:${portA}`, NODE_OPERATOR_EMAIL: 'operator@cq.bench' });
  const gx = await startNodeProcess({ ...b.env, ...common, PORT: String(portB), PUBLIC_BASE_URL: `http://127.0.0.1:${portB}`, NODE_PROVINCE: 'GX', NODE_OPERATOR_EMAIL: 'operator@gx.bench' });
  const dbA = new pg.Pool({ connectionString: a.env.DATABASE_URL, max: 4 });
  const dbB = new pg.Pool({ connectionString: b.env.DATABASE_URL, max: 4 });
  try {
    const owner = await connect(cq.url, 'operator@cq.bench', gx.url, 'GX');
    await connect(gx.url, 'operator@gx.bench', cq.url, 'CQ');

    const event = (id: string) => ({
      id: randomUUID(),
      type: 'declarations.dossier-saved',
      payload: { dossierId: id, version: 1, ownerOrganisationId: owner, document: { parties: { exporter: { uscc: '91500000202815306C', country: 'CN' } } } },
    });
    const commit = async (ids: readonly string[]) => {
      const events = ids.map(event);
      await dbA.query(
        `INSERT INTO platform.outbox_event (id, context, event_type, aggregate_type, aggregate_id, payload)
         SELECT (e->>'id')::uuid, 'declarations', e->>'type', 'dossier', e->'payload'->>'dossierId', e->'payload' FROM jsonb_array_elements($1::jsonb) AS e`,
        [JSON.stringify(events)],
      );
    };
    const applied = async () => Number((await dbB.query(`SELECT count(*) AS n FROM exchange.inbound_record`)).rows[0].n);
    const waitFor = async (count: number) => {
      while ((await applied()) < count) await new Promise((r) => setTimeout(r, 20));
    };

    // Backlog: N records committed at once, until all are applied at the other node.
    const ids = Array.from({ length: options.records }, () => randomUUID());
    const started = performance.now();
    await commit(ids);
    await waitFor(ids.length);
    const throughput = ids.length / ((performance.now() - started) / 1000);

    // Light load: one record every 20 ms, each timed from its commit to its application.
    const committedAt = new Map<string, number>();
    for (let i = 0; i < 200; i += 1) {
      const id = randomUUID();
      committedAt.set(id, Date.now());
      await commit([id]);
      await new Promise((r) => setTimeout(r, 20));
    }
    await waitFor(ids.length + committedAt.size);
    const rows = (await dbB.query(`SELECT record_id, applied_at FROM exchange.inbound_record WHERE record_id = ANY($1)`, [[...committedAt.keys()]])).rows as Array<{ record_id: string; applied_at: Date }>;
    const latencies = rows.map((r) => new Date(r.applied_at).getTime() - (committedAt.get(r.record_id) ?? 0)).sort((x, y) => x - y);

    const baseline = await queueInsertBaseline(a.env.REDIS_URL, `${a.env.REDIS_PREFIX}-raw`, a.env.DATABASE_URL, options.records);
    report(
      { scenario: 'exchange', throughput_per_s: throughput, p50_ms: percentile(latencies, 50), p99_ms: percentile(latencies, 99), baseline_per_s: baseline, ratio: throughput / baseline },
      { records: ids.length, light_load_records: latencies.length, baseline: 'plain BullMQ job doing one pg INSERT, 16 concurrent' },
    );
  } finally {
    await dbA.end();
    await dbB.end();
    await cq.stop();
    await gx.stop();
  }
}

/** Registers the partner both ways' half at `node`, agrees on dossiers, and returns the organisation that consents. */
async function connect(node: string, operatorEmail: string, partner: string, partnerCode: string): Promise<string> {
  const json = (token?: string) => ({ 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) });
  const signIn = async (username: string, password: string) => {
    const res = await fetch(`${node}/oauth/token`, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: new URLSearchParams({ grant_type: 'password', username, password }).toString() });
    const body = (await res.json()) as { access_token?: string };
    if (!body.access_token) throw new Error(`sign-in at ${node} failed: ${JSON.stringify(body)}`);
    return body.access_token;
  };
  const operator = await signIn(operatorEmail, PASSWORD);
  const call = async (method: string, path: string, token: string | undefined, body: object) => {
    const res = await fetch(`${node}${path}`, { method, headers: json(token), body: JSON.stringify(body) });
    if (!res.ok) throw new Error(`${method} ${path} at ${node}: ${res.status} ${await res.text()}`);
    return (await res.json()) as Record<string, unknown>;
  };
  await call('POST', '/identity/partners', operator, { provinceCode: partnerCode, baseUrl: partner, jwksUrl: `${partner}/.well-known/jwks.json` });
  await call('PUT', `/exchange/agreements/${partnerCode}`, operator, { kinds: ['DOSSIER'] });
  const email = `exporter-${randomUUID().slice(0, 8)}@bench.example`;
  const registered = await call('POST', '/identity/organisations', undefined, {
    nameEn: 'Bench Exporter',
    country: 'CN',
    uscc: '91500000202815306C',
    kinds: ['TRADER'],
    admin: { email, displayName: 'Bench', password: PASSWORD },
  });
  await call('POST', '/exchange/consents', await signIn(email, PASSWORD), { partnerNode: partnerCode, kind: 'DOSSIER' });
  return (registered.organisation as { id: string }).id;
}

async function queueInsertBaseline(redisUrl: string, prefix: string, databaseUrl: string, jobs: number): Promise<number> {
  const connection = redisOptions(redisUrl);
  const db = new pg.Pool({ connectionString: databaseUrl, max: 16 });
  await db.query('CREATE TABLE IF NOT EXISTS exchange.bench_raw (id uuid PRIMARY KEY, payload jsonb NOT NULL)');
  const queue = new Queue('bench-raw-insert', { connection, prefix });
  let done = 0;
  let finish: () => void = () => undefined;
  const all = new Promise<void>((resolve) => (finish = resolve));
  const worker = new Worker(
    'bench-raw-insert',
    async (job) => {
      await db.query('INSERT INTO exchange.bench_raw (id, payload) VALUES ($1, $2)', [job.data.id, JSON.stringify(job.data)]);
      if (++done === jobs) finish();
    },
    { connection, prefix, concurrency: 16 },
  );
  await worker.waitUntilReady();
  const started = performance.now();
  await queue.addBulk(Array.from({ length: jobs }, () => ({ name: 'bench.insert', data: { id: randomUUID() }, opts: { removeOnComplete: true } })));
  await all;
  const perSecond = jobs / ((performance.now() - started) / 1000);
  await worker.close();
  await queue.obliterate({ force: true });
  await queue.close();
  await db.query('DROP TABLE exchange.bench_raw');
  await db.end();
  return perSecond;
}
