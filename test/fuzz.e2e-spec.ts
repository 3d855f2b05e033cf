import { randomUUID } from 'node:crypto';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { sampleDossier } from '../examples/sample-dossier.js';
import type { TestNode } from '@landsea/testing';
import { corridorParties, fileShipment } from './support/corridor.js';
import {
  brokenMultipart,
  closeAgent,
  type FuzzRequest,
  isErrorBody,
  multipartUpload,
  mutateJson,
  Rng,
  sampleFromSchema,
  logWrites,
  send,
  writesSince,
  writeRoutes,
  type WriteRoute,
} from './support/fuzz.js';
import { customsOfficer, PASSWORD, register, signIn } from './support/identity.js';
import { startNode } from './support/node.js';

// `npm run fuzz -- --requests 40000 --seed N` runs this same fuzzer longer.
const SEED = Number(process.env.FUZZ_SEED ?? 20261201);
const REQUESTS = Number(process.env.FUZZ_REQUESTS ?? 2000);
const STALL_MS = 10_000;
// Access tokens live ACCESS_TOKEN_TTL_SECONDS (an hour at most): a long run signs everyone in again.
const SIGN_IN_AGAIN_MS = 10 * 60_000;
// What a refused request may write: the record that it was refused. A failed sign-in or access is
// audited; a pull from a partner that does not answer is logged as IN FAILED.
const RECORDS_OF_REFUSALS: Record<string, readonly number[]> = { 'audit.audit_event': [401, 403], 'exchange.message_log': [502] };

interface Finding {
  readonly route: string;
  readonly mutation: string;
  readonly status: number;
  readonly detail: string;
}

/** One line per kind of failure, with one example's answer, so a report stays readable. */
function distinct(findings: readonly Finding[]): string[] {
  const seen = new Map<string, string>();
  for (const f of findings) {
    const key = `${f.route} ${f.mutation.replace(/:\d+$/, '')} -> ${f.status}`;
    if (!seen.has(key)) seen.set(key, `${key}: ${f.detail}`);
  }
  return [...seen.values()].sort();
}

describe('every write route, fuzzed', () => {
  let node: TestNode;

  beforeAll(async () => {
    // No relay: nothing but the requests themselves may change a table while the fuzzer watches.
    // A database of its own, as it puts a trigger on every table.
    node = await startNode(
      { OUTBOX_RELAY_ENABLED: 'false', SIGN_IN_MAX_FAILURES: '100', SIGN_IN_MAX_FAILURES_PER_ADDRESS: '10000', SIGN_IN_BACKOFF_MS: '0' },
      { listen: true, database: 'fuzz' },
    );
  });
  afterAll(async () => {
    closeAgent();
    await node.close();
  });

  it(`answers ${REQUESTS} mutated requests with 4xx or 2xx, the one error body, and no write from a refused request`, async () => {
    const started = Date.now();
    const base = node.env.PUBLIC_BASE_URL;
    const parties = await corridorParties(node);
    const dossierId = await fileShipment(node, parties, `FUZZ-${randomUUID().slice(0, 8)}`);
    const bill = await request(node.server)
      .post('/bills')
      .set('authorization', `Bearer ${parties.carrier.token}`)
      .send({ dossierId, number: `FZ${Date.now()}`, kind: 'TO_ORDER' })
      .expect(201);
    const filings = await request(node.server).get(`/declarations/dossiers/${dossierId}/filings`).set('authorization', `Bearer ${parties.exporter.token}`).expect(200);
    const officer = await customsOfficer(node, '8001');
    // Routes that change an organisation or a person aim at ones the fuzzer can afford to lose.
    const spareOrganisation = await register(node);
    const invited = await request(node.server)
      .post('/identity/people')
      .set('authorization', `Bearer ${parties.exporter.token}`)
      .send({ email: `spare-${randomUUID().slice(0, 8)}@firm.example.cn`, displayName: 'Spare', roles: ['DECLARANT'] })
      .expect(201);

    const doc = (await request(node.server).get('/docs-json').expect(200)).body;
    const routes = writeRoutes(doc);
    const pathFor = (route: WriteRoute): string => {
      const ids: Record<string, string> = {
        '/identity/organisations/': spareOrganisation.organisationId,
        '/identity/people/': invited.body.person?.id ?? invited.body.id,
        '/declarations/dossiers/': dossierId,
        '/declarations/filings/': filings.body[0].id,
        '/declarations/authority/filings/': filings.body[0].id,
        '/bills/': bill.body.id,
      };
      const path = route.template.replace(/\{(\w+)\}/g, (_, name: string) => {
        if (name === 'partner') return 'GX';
        if (name === 'documentChecksum') return 'a'.repeat(64);
        const owner = Object.keys(ids).find((prefix) => route.template.startsWith(`${prefix}{${name}}`));
        return owner ? ids[owner] : randomUUID();
      });
      const query = new URLSearchParams(route.query).toString();
      return query ? `${path}?${query}` : path;
    };
    const known: Record<string, unknown> = {
      'POST /identity/organisations': { nameZh: '重庆模糊测试有限公司', nameEn: 'Fuzz Co', country: 'CN', uscc: parties.exporter.uscc, kinds: ['TRADER'], admin: { email: 'fuzz@firm.example.cn', displayName: 'Fuzz', password: PASSWORD } },
      // Not a principal's account: failed sign-ins lock the account they name.
      'POST /oauth/token': { grant_type: 'password', username: spareOrganisation.email, password: PASSWORD },
      'POST /declarations/dossiers': sampleDossier({ exporterUscc: parties.exporter.uscc, carrierUscc: parties.carrier.uscc, importerNationalId: parties.thaiId, reference: 'FUZZ-NEW' }),
      'PUT /declarations/dossiers/{id}': sampleDossier({ exporterUscc: parties.exporter.uscc, carrierUscc: parties.carrier.uscc, importerNationalId: parties.thaiId, reference: 'FUZZ-AMEND' }),
      'POST /bills': { dossierId, number: 'FUZZ000001', kind: 'TO_ORDER' },
      'POST /bills/{id}/transfer': { to: { country: 'TH', nationalId: parties.thaiId } },
      'POST /bills/{id}/pledge': { bank: { uscc: parties.bank.uscc } },
      'POST /identity/partners': { provinceCode: 'GX', baseUrl: 'http://127.0.0.1:9', jwksUrl: 'http://127.0.0.1:9/.well-known/jwks.json' },
      'POST /bills/{id}/pint-transfer': { platformUrl: 'http://127.0.0.1:9', recipient: { uscc: parties.bank.uscc }, recipientName: 'Fuzz' },
    };
    const bodyFor = (route: WriteRoute): unknown => known[`${route.method} ${route.template}`] ?? sampleFromSchema(route.schema, doc) ?? {};

    // Each route as a principal its guard lets through: the first whose answer to a probe is not a refusal of who it is.
    const accounts = [parties.exporter, parties.carrier, parties.bank, parties.consignee, officer].map((p) => p.email);
    const signInAll = async (): Promise<string[]> => [...(await Promise.all(accounts.map(async (email) => (await signIn(node, email)).access))), await node.operatorToken()];
    let principals = await signInAll();
    let signedInAt = Date.now();
    const tokens = new Map<WriteRoute, number>();
    const unreachable: string[] = [];
    for (const route of routes) {
      const through = await (async () => {
        for (const [index, token] of principals.entries()) {
          const probe = await send(base, route.method, pathFor(route), { authorization: `Bearer ${token}`, 'content-type': 'application/json' }, '{"fuzzProbe":1}', STALL_MS);
          const code = (JSON.parse(probe.body || '{}') as { code?: string }).code;
          if (probe.status !== 401 && code !== 'ROLE_REQUIRED' && code !== 'ORGANISATION_NOT_APPROVED') return index;
        }
        return undefined;
      })();
      if (through === undefined) unreachable.push(`${route.method} ${route.template}`);
      tokens.set(route, through ?? principals.length - 1);
    }

    const db = node.app.get(DataSource);
    await logWrites(db);
    const rng = new Rng(SEED);
    const serverErrors: Finding[] = [];
    const badBodies: Finding[] = [];
    const refusedWrites: Finding[] = [];
    const stalls: Finding[] = [];
    const statuses: Record<string, number> = {};
    let logged = (await writesSince(db, 0)).last;
    for (let i = 0; i < REQUESTS; i += 1) {
      const route = routes[i % routes.length];
      if (Date.now() - signedInAt > SIGN_IN_AGAIN_MS) {
        principals = await signInAll();
        signedInAt = Date.now();
      }
      const multipart = route.contentTypes.includes('multipart/form-data');
      const mutated: FuzzRequest = multipart && rng.next() < 0.7 ? (rng.next() < 0.8 ? brokenMultipart(rng) : multipartUpload()) : mutateJson(bodyFor(route), rng);
      let path = pathFor(route);
      if (rng.next() < 0.03) path = path.replace(/[0-9a-f]{8}-[0-9a-f-]{27}/, rng.pick(['not-a-uuid', '%00', '%F0%9F', 'x'.repeat(5000), '..%2F..%2Fetc']));
      const answer = await send(base, route.method, path, { authorization: `Bearer ${principals[tokens.get(route) as number]}`, ...mutated.headers }, mutated.body, STALL_MS);
      statuses[answer.status] = (statuses[answer.status] ?? 0) + 1;
      const finding = { route: `${route.method} ${route.template}`, mutation: mutated.mutation, status: answer.status, detail: answer.body.slice(0, 300) };
      if (answer.stalled) stalls.push(finding);
      // 502 is the answer about a partner node (the fuzzer registers one nobody runs), not about the input.
      if ((answer.status >= 500 && answer.status !== 502) || answer.status === 0) serverErrors.push(finding);
      if (answer.status >= 400 && !isErrorBody(answer.status, answer.body)) badBodies.push(finding);
      const written = await writesSince(db, logged);
      logged = written.last;
      const tables = written.tables.filter((table) => !RECORDS_OF_REFUSALS[table]?.includes(answer.status));
      if (answer.status >= 400 && tables.length) refusedWrites.push({ ...finding, detail: `${tables.join(', ')}: ${finding.detail}` });
    }

    const summary = {
      seed: SEED,
      requests: REQUESTS,
      routes: routes.length,
      unreachable,
      statuses,
      serverErrors: serverErrors.length,
      badErrorBodies: badBodies.length,
      refusedWrites: refusedWrites.length,
      stalls: stalls.length,
      seconds: Math.round((Date.now() - started) / 100) / 10,
    };
    process.stdout.write(`${JSON.stringify({ fuzz: summary })}\n`);
    expect(routes.length).toBeGreaterThan(30);
    // A route none of the fixtures' principals gets past the guard of is not really fuzzed.
    expect(unreachable).toEqual([]);
    expect(distinct(serverErrors)).toEqual([]);
    expect(distinct(badBodies)).toEqual([]);
    expect(distinct(refusedWrites)).toEqual([]);
    expect(distinct(stalls)).toEqual([]);
  }, Math.max(120_000, REQUESTS * 60));
});
