import { randomUUID } from 'node:crypto';
import autocannon from 'autocannon';
import Fastify from 'fastify';
import type { JSONWebKeySet } from 'jose';
import { type SignedBillEntry, verifyChain } from '@landsea/bills';
import { benchEnvironment, percentile, pool, report, startNodeProcess } from './bench-kit.js';
import { sampleDossier } from '../examples/sample-dossier.js';

const CONCURRENCY = 50;
const DURATION_MS = 10_000;
const PASSWORD = 'Corridor-2026-Chongqing';

type Party = { token: string; to: Record<string, string> };

/**
 * Bills at 50 concurrent: transfers with acceptance between two holders, each bill on its own
 * worker; the cost of verifying a 100-entry history; and 10,000 conflicting transfers fired 50 at
 * a time at 200 bills, counting double spends. The baseline is a bare Fastify POST in the same run.
 */
export async function billsBench(): Promise<void> {
  const { env } = await benchEnvironment('bills');
  const port = 3920;
  const base = `http://127.0.0.1:${port}`;
  const node = await startNodeProcess({ ...env, PORT: String(port), PUBLIC_BASE_URL: base, IDENTITY_AUTO_APPROVE: 'true', NODE_ENV: 'development', DATABASE_POOL_SIZE: '40' });
  try {
    await measure(base);
  } finally {
    await node.stop();
  }
}

async function measure(base: string): Promise<void> {
  const port = Number(new URL(base).port);
  const call = async (token: string, method: string, path: string, body?: object) => {
    const response = await fetch(`${base}${path}`, {
      method,
      headers: { authorization: `Bearer ${token}`, ...(body ? { 'content-type': 'application/json' } : {}) },
      body: body ? JSON.stringify(body) : undefined,
    });
    return { status: response.status, body: (await response.json()) as Record<string, unknown> };
  };
  const organisation = async (kinds: string[], id: Record<string, string>): Promise<Party> => {
    const email = `bench-${randomUUID().slice(0, 8)}@bench.example`;
    const registered = await fetch(`${base}/identity/organisations`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ nameEn: `Bench ${kinds[0]}`, kinds, ...id, admin: { email, displayName: 'Bench', password: PASSWORD } }),
    });
    if (!registered.ok) throw new Error(`registration failed: ${registered.status} ${await registered.text()}`);
    const signIn = await fetch(`${base}/oauth/token`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ grant_type: 'password', username: email, password: PASSWORD }).toString(),
    });
    const signedIn = (await signIn.json()) as { access_token?: string };
    if (!signedIn.access_token) throw new Error(`sign-in failed: ${JSON.stringify(signedIn)}`);
    return { token: signedIn.access_token, to: id.uscc ? { uscc: id.uscc } : { country: id.country, nationalId: id.nationalId } };
  };
  const exporterUscc = '91500000202815306C';
  const carrierUscc = '91500000MA5U7K8B3E';
  const exporter = await organisation(['TRADER'], { country: 'CN', uscc: exporterUscc });
  const carrier = await organisation(['CARRIER'], { country: 'CN', uscc: carrierUscc });
  const consignee = await organisation(['TRADER'], { country: 'TH', nationalId: '0105536012345' });
  const bank = await organisation(['BANK'], { country: 'CN', uscc: '91500000202869004Q' });

  let issued = 0;
  const issueBills = async (count: number): Promise<string[]> => {
    const ids: string[] = [];
    await pool(count, 10, async () => {
      const n = issued++;
      const dossier = await call(exporter.token, 'POST', '/declarations/dossiers', sampleDossier({ exporterUscc, carrierUscc, reference: `BENCH-${n}` }));
      const bill = await call(carrier.token, 'POST', '/bills', { dossierId: dossier.body.id, number: `BENCH${String(n).padStart(6, '0')}`, kind: 'TO_ORDER' });
      if (bill.status !== 201) throw new Error(`issue failed: ${bill.status} ${JSON.stringify(bill.body)}`);
      ids.push(bill.body.id as string);
    });
    return ids;
  };

  // Transfers with acceptance: each worker passes its bill back and forth between two holders.
  const bills = await issueBills(CONCURRENCY);
  const latencies: number[] = [];
  let steps = 0;
  let failures = 0;
  const deadline = performance.now() + DURATION_MS;
  const started = performance.now();
  await Promise.all(
    bills.map(async (id) => {
      let [holder, other] = [exporter, consignee];
      while (performance.now() < deadline) {
        for (const [who, method, path, body] of [
          [holder, 'POST', `/bills/${id}/transfer`, { to: other.to }],
          [other, 'POST', `/bills/${id}/transfer/accept`, undefined],
        ] as const) {
          const t = performance.now();
          const result = await call(who.token, method, path, body);
          latencies.push(performance.now() - t);
          if (result.status === 200) steps += 1;
          else failures += 1;
        }
        [holder, other] = [other, holder];
      }
    }),
  );
  const elapsed = (performance.now() - started) / 1000;
  latencies.sort((a, b) => a - b);

  // Verifying a history of exactly 100 entries, offline with the record keys.
  const [long] = await issueBills(1);
  let [holder, other] = [exporter, consignee];
  for (let entries = 1; entries < 100; entries += 1) {
    const offer = entries % 2 === 1;
    await call(offer ? holder.token : other.token, 'POST', offer ? `/bills/${long}/transfer` : `/bills/${long}/transfer/accept`, offer ? { to: other.to } : undefined);
    if (!offer) [holder, other] = [other, holder];
  }
  const history = (await (await fetch(`${base}/bills/verify?number=BENCH${String(issued - 1).padStart(6, '0')}`)).json()) as { entries: SignedBillEntry[]; head: { jws: string }; valid: boolean };
  const keys = (await (await fetch(`${base}/.well-known/record-keys.json`)).json()) as JSONWebKeySet;
  const verifyTimes: number[] = [];
  for (let i = 0; i < 30; i += 1) {
    const t = performance.now();
    const result = await verifyChain(history.entries, keys, { head: history.head.jws });
    verifyTimes.push(performance.now() - t);
    if (!result.valid || result.entries !== 100) throw new Error(`the 100-entry history did not verify: ${JSON.stringify(result.problems)}`);
  }
  verifyTimes.sort((a, b) => a - b);

  // Double spends: 50 transfers to different takers fired at once at each of 200 bills.
  const contested = await issueBills(200);
  const takers = [consignee, bank, carrier];
  let doubleSpends = 0;
  let attempts = 0;
  await pool(contested.length, 4, async (i) => {
    const id = contested[i];
    const answers = await Promise.all(Array.from({ length: 50 }, (_, k) => call(exporter.token, 'POST', `/bills/${id}/transfer`, { to: takers[k % takers.length].to })));
    attempts += answers.length;
    const won = answers.filter((a) => a.status === 200).length;
    const state = await call(exporter.token, 'GET', `/bills/${id}`);
    if (won !== 1 || state.body.sequence !== 2) doubleSpends += 1;
  });

  const baseline = await bareFastifyPost(port + 1);
  const throughput = steps / elapsed;
  report(
    { scenario: 'bills-transfer', throughput_per_s: throughput, p50_ms: percentile(latencies, 50), p99_ms: percentile(latencies, 99), baseline_per_s: baseline, ratio: throughput / baseline },
    {
      connections: CONCURRENCY,
      transfers_accepted_per_s: Math.round(throughput / 2),
      failed_steps: failures,
      verify_100_entries_p50_ms: Math.round(percentile(verifyTimes, 50) * 100) / 100,
      verify_100_entries_p99_ms: Math.round(percentile(verifyTimes, 99) * 100) / 100,
      conflicting_attempts: attempts,
      double_spends: doubleSpends,
      baseline: 'bare Fastify POST with a JSON body, no Nest, no database',
    },
  );
}

async function bareFastifyPost(port: number): Promise<number> {
  const bare = Fastify();
  bare.post('/echo', async (request) => ({ ok: true, got: request.body }));
  await bare.listen({ port, host: '127.0.0.1' });
  const run = await autocannon({
    url: `http://127.0.0.1:${port}/echo`,
    method: 'POST',
    connections: CONCURRENCY,
    duration: 5,
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ to: { uscc: '91500000202869004Q' } }),
  });
  await bare.close();
  return run.requests.average;
}
