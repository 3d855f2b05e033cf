import { randomUUID } from 'node:crypto';
import autocannon from 'autocannon';
import Fastify from 'fastify';
import { exportJWK, generateKeyPair, SignJWT } from 'jose';
import { loadConfig } from '@landsea/config';
import { createLogger } from '@landsea/observability';
import { createHttpApp } from '@landsea/platform';
import { NodeModule } from '../apps/node/src/node.module.js';
import { benchEnvironment, report } from './bench-kit.js';

const DURATION_S = 8;
const CONNECTIONS = 32;

async function drive(url: string, headers: Record<string, string> = {}): Promise<{ rps: number; p50: number; p99: number; errors: number }> {
  const result = await autocannon({ url, headers, duration: DURATION_S, connections: CONNECTIONS, pipelining: 1 });
  return { rps: result.requests.average, p50: result.latency.p50, p99: result.latency.p99, errors: result.errors + result.non2xx };
}

async function post(base: string, path: string, body: unknown, token?: string, form = false): Promise<Record<string, unknown>> {
  const response = await fetch(`${base}${path}`, {
    method: 'POST',
    headers: { 'content-type': form ? 'application/x-www-form-urlencoded' : 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: form ? new URLSearchParams(body as Record<string, string>).toString() : JSON.stringify(body),
  });
  const json = (await response.json()) as Record<string, unknown>;
  if (!response.ok) throw new Error(`${path}: ${response.status} ${JSON.stringify(json)}`);
  return json;
}

/**
 * An authenticated GET against a bare Fastify route measured in the same run, and the
 * client_credentials grant (private_key_jwt) issued as fast as 16 systems can ask.
 */
export async function authBench(args: { issuances: number }): Promise<void> {
  const { env } = await benchEnvironment('auth');
  const port = 3900;
  const base = `http://127.0.0.1:${port}`;
  const nodeEnv = { ...env, PORT: String(port), PUBLIC_BASE_URL: base, IDENTITY_AUTO_APPROVE: 'true', NODE_ENV: 'development' };
  const config = loadConfig(nodeEnv);
  const app = await createHttpApp(NodeModule.forRoot(nodeEnv), { title: 'bench', logger: createLogger({ level: 'warn', node: 'CQ' }), config });
  await app.listen({ port, host: '127.0.0.1' });

  const bare = Fastify();
  bare.get('/ping', async () => ({ ok: true }));
  await bare.listen({ port: port + 1, host: '127.0.0.1' });
  const raw = await drive(`http://127.0.0.1:${port + 1}/ping`);
  await bare.close();

  const email = `bench-${randomUUID().slice(0, 8)}@carrier.example.cn`;
  await post(base, '/identity/organisations', {
    nameEn: 'Bench Carrier',
    country: 'CN',
    uscc: '91500000202815306C',
    kinds: ['CARRIER'],
    admin: { email, displayName: 'Bench', password: 'Corridor-2026-Chongqing' },
  });
  const signedIn = await post(base, '/oauth/token', { grant_type: 'password', username: email, password: 'Corridor-2026-Chongqing' }, undefined, true);
  const token = signedIn.access_token as string;
  const open = await drive(`${base}/health/live`);
  const authed = await drive(`${base}/identity/session`, { authorization: `Bearer ${token}` });
  report(
    { scenario: 'auth-get', throughput_per_s: authed.rps, p50_ms: authed.p50, p99_ms: authed.p99, baseline_per_s: raw.rps, ratio: authed.rps / raw.rps },
    {
      route: 'GET /identity/session (ES256 bearer)',
      baseline: 'bare Fastify GET, no Nest',
      public_nest_route_per_s: Math.round(open.rps),
      ratio_to_public_nest_route: Math.round((authed.rps / open.rps) * 1000) / 1000,
      errors: authed.errors,
      connections: CONNECTIONS,
    },
  );

  const keys = await generateKeyPair('ES256', { extractable: true });
  const client = await post(base, '/identity/clients', { name: 'Bench TMS', publicJwk: await exportJWK(keys.publicKey), roles: ['CARRIER_AGENT'] }, token);
  const clientId = client.clientId as string;
  // The systems sign their assertions on their own machines: sign them all before timing the node.
  const assertions: string[] = [];
  for (let i = 0; i < args.issuances; i += 1) {
    assertions.push(
      await new SignJWT({})
        .setProtectedHeader({ alg: 'ES256' })
        .setIssuer(clientId)
        .setSubject(clientId)
        .setAudience(`${base}/oauth/token`)
        .setIssuedAt()
        .setExpirationTime('120s')
        .setJti(randomUUID())
        .sign(keys.privateKey),
    );
  }
  let next = 0;
  const issued = await autocannon({
    url: `${base}/oauth/token`,
    method: 'POST',
    connections: 16,
    amount: args.issuances,
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    requests: [
      {
        setupRequest: (request) => ({
          ...request,
          body: new URLSearchParams({
            grant_type: 'client_credentials',
            client_assertion_type: 'urn:ietf:params:oauth:client-assertion-type:jwt-bearer',
            client_assertion: assertions[next++ % assertions.length],
          }).toString(),
        }),
      },
    ],
  });
  const rate = (issued.requests.total - issued.non2xx) / (issued.duration);
  const errors = issued.errors + issued.non2xx;
  report(
    { scenario: 'auth-client-credentials', throughput_per_s: rate, p50_ms: issued.latency.p50, p99_ms: issued.latency.p99, baseline_per_s: raw.rps, ratio: rate / raw.rps },
    { issuances: args.issuances, connections: 16, errors, note: 'each issuance verifies an ES256 assertion, records its jti in Redis, audits, signs an ES256 token' },
  );
  await app.close();
}
