import { randomUUID } from 'node:crypto';
import autocannon from 'autocannon';
import pg from 'pg';
import { deriveFilings, type Dossier } from '@landsea/declarations';
import { benchEnvironment, pool, report, startNodeProcess } from './bench-kit.js';
import { sampleDossier } from '../examples/sample-dossier.js';

const CONNECTIONS = 50;
const DURATION_S = 10;

/** The reference shipment grown to 20 consistent invoice and packing lines. */
function twentyLineDossier(exporterUscc: string, reference: string): Dossier {
  const base = sampleDossier({ exporterUscc, reference });
  const lines = Array.from({ length: 20 }, (_, i) => ({ ...base.invoice.lines[i % 2], lineNo: i + 1, model: `${base.invoice.lines[i % 2].model}-${i + 1}`, quantity: '10', amount: (i % 2 ? '1200.00' : '3890.00') }));
  const packing = lines.map((line, i) => ({ ...base.packingList.lines[i % 2], lineNo: line.lineNo, quantity: '10', packages: 2, netWeightKg: '20.000', grossWeightKg: '24.000', marks: `SDT/BKK/${i + 1}` }));
  const total = lines.reduce((t, l) => t + Number(l.amount), 0).toFixed(2);
  return {
    ...base,
    invoice: { ...base.invoice, lines, totalAmount: total },
    packingList: { ...base.packingList, lines: packing },
    transport: { ...base.transport, totalPackages: 40, containers: [{ ...base.transport.containers[0], packages: 40 }] },
  };
}

/**
 * A 20-line dossier through the API at 50 concurrent: validated, cross-checked, four filings
 * derived, stored with its version and outbox event in one transaction. The baseline is a plain
 * pg transaction inserting the same rows.
 */
export async function dossierBench(): Promise<void> {
  const { env } = await benchEnvironment('dossier');
  const port = 3910;
  const base = `http://127.0.0.1:${port}`;
  const nodeEnv = { ...env, PORT: String(port), PUBLIC_BASE_URL: base, IDENTITY_AUTO_APPROVE: 'true', NODE_ENV: 'development', DATABASE_POOL_SIZE: '40', MIGRATE_ON_START: 'false', LOG_LEVEL: 'warn' };
  const node = await startNodeProcess(nodeEnv);

  const uscc = '91500000202815306C';
  const email = `declarant-${randomUUID().slice(0, 8)}@yuxin.example.cn`;
  const register = await fetch(`${base}/identity/organisations`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ nameEn: 'Bench Exporter', country: 'CN', uscc, kinds: ['TRADER'], admin: { email, displayName: 'Bench', password: 'Corridor-2026-Chongqing' } }),
  });
  if (!register.ok) throw new Error(`registration failed: ${register.status}`);
  const signIn = await fetch(`${base}/oauth/token`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ grant_type: 'password', username: email, password: 'Corridor-2026-Chongqing' }).toString(),
  });
  const token = ((await signIn.json()) as { access_token: string }).access_token;

  const template = twentyLineDossier(uscc, 'X');
  // Serialised once: the load generator shares the two cores and must cost as little as it can.
  const [head, tail] = JSON.stringify({ ...template, reference: '\u0000' }).split('\\u0000');
  let n = 0;
  const run = await autocannon({
    url: `${base}/declarations/dossiers`,
    method: 'POST',
    connections: CONNECTIONS,
    duration: DURATION_S,
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    requests: [{ setupRequest: (request) => ({ ...request, body: `${head}BENCH-${n++}${tail}` }) }],
  });
  const throughput = (run.requests.total - run.non2xx) / run.duration;

  // The raw limit: the same rows (dossier, version, five filings, outbox event) in one transaction.
  const db = new pg.Pool({ connectionString: env.DATABASE_URL, max: CONNECTIONS });
  const filings = deriveFilings(template);
  const rows = 2000;
  const started = performance.now();
  await pool(rows, CONNECTIONS, async (i) => {
    const client = await db.connect();
    try {
      await client.query('BEGIN');
      const [{ id }] = (
        await client.query(
          `INSERT INTO declarations.dossier (owner_organisation_id, reference, current_version, created_by) VALUES (gen_random_uuid(), $1, 1, 'bench') RETURNING id`,
          [`RAW-${i}`],
        )
      ).rows;
      await client.query(`INSERT INTO declarations.dossier_version (dossier_id, version, document, findings, error_count, created_by) VALUES ($1, 1, $2, '[]', 0, 'bench')`, [id, JSON.stringify(template)]);
      for (const f of filings) {
        await client.query(
          `INSERT INTO declarations.filing (dossier_id, dossier_version, owner_organisation_id, kind, key, title, problems, status) VALUES ($1, 1, gen_random_uuid(), $2, $3, $4, $5, 'DRAFT')`,
          [id, f.kind, f.key, JSON.stringify(f.title), JSON.stringify(f.problems)],
        );
      }
      await client.query(
        `INSERT INTO platform.outbox_event (id, context, event_type, aggregate_type, aggregate_id, payload) VALUES (gen_random_uuid(), 'bench', 'bench.saved', 'dossier', $1, '{}')`,
        [id],
      );
      await client.query('COMMIT');
    } finally {
      client.release();
    }
  });
  const baseline = rows / ((performance.now() - started) / 1000);
  await db.end();
  await node.stop();
  report(
    { scenario: 'dossier', throughput_per_s: throughput, p50_ms: run.latency.p50, p99_ms: run.latency.p99, baseline_per_s: baseline, ratio: throughput / baseline },
    { lines: 20, connections: CONNECTIONS, errors: run.errors + run.non2xx, filings_per_dossier: filings.length, baseline: 'plain pg: the same rows in one transaction' },
  );
}
