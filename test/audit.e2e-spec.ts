import { randomUUID } from 'node:crypto';
import { exportJWK, generateKeyPair } from 'jose';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { AuditService } from '@landsea/audit';
import { sampleImportDossier } from '../examples/sample-dossier.js';
import type { TestNode } from '@landsea/testing';
import { corridorParties, fileShipment } from './support/corridor.js';
import { approvedOrganisation, customsOfficer, PASSWORD, signIn } from './support/identity.js';
import { startNode } from './support/node.js';

interface Entry {
  action: string;
  outcome: string;
  actorSubject: string | null;
  actorOrganisationId: string | null;
  organisationId: string | null;
  targetType: string | null;
  targetId: string | null;
  correlationId: string | null;
  address: string | null;
  details: Record<string, unknown>;
}

interface Who {
  readonly token: string;
  readonly subject: string;
  readonly organisationId: string;
}

/** Every write of every context leaves exactly its audit entry, in its own transaction, readable by those it concerns. */
describe('the audit trail', () => {
  let node: TestNode;
  let operator: Who;
  let exporter: Who;
  let carrier: Who;
  let bank: Who;
  let consignee: Who;
  let officer: Who;
  let parties: Awaited<ReturnType<typeof corridorParties>>;
  const run = Date.now();
  /** Filled in as the table's writes run: what later writes act on. */
  const ids: Record<string, string> = {};

  const whoIs = async (token: string): Promise<Who> => {
    const session = await request(node.server).get('/identity/session').set('authorization', `Bearer ${token}`).expect(200);
    return { token, subject: session.body.subject, organisationId: session.body.organisationId };
  };
  const call = (who: Who, method: 'post' | 'put' | 'delete', path: string, correlationId: string, body?: object) =>
    request(node.server)[method](path).set('authorization', `Bearer ${who.token}`).set('x-correlation-id', correlationId).send(body);
  const trail = async (reader: Who, query: Record<string, string | number>) => {
    const res = await request(node.server).get('/audit').query(query).set('authorization', `Bearer ${reader.token}`);
    return res;
  };
  const entriesOf = async (correlationId: string): Promise<Entry[]> => (await trail(operator, { correlationId })).body.items;

  beforeAll(async () => {
    node = await startNode();
    parties = await corridorParties(node);
    const customs = await customsOfficer(node, '8001');
    [operator, exporter, carrier, bank, consignee, officer] = await Promise.all(
      [await node.operatorToken(), parties.exporter.token, parties.carrier.token, parties.bank.token, parties.consignee.token, customs.token].map(whoIs),
    );
    ids.exportDossier = await fileShipment(node, parties, `AUDIT-EXPORT-${run}`);
    const filings = (await request(node.server).get(`/declarations/dossiers/${ids.exportDossier}/filings`).set('authorization', `Bearer ${exporter.token}`).expect(200)).body as Array<{
      id: string;
      kind: string;
      key: string;
    }>;
    ids.exportDeclaration = filings.find((f) => f.kind === 'CN_EXPORT_DECLARATION')?.id as string;
    ids.railManifest = filings.find((f) => f.kind === 'CARGO_MANIFEST' && f.key === 'leg-1')?.id as string;
    // Five organisations, an officer and a dossier: more than the default on a busy machine.
  }, 120_000);
  afterAll(() => node.close());

  type Expected = Partial<Omit<Entry, 'actorSubject' | 'actorOrganisationId'>> & { action: string; actor: () => Who; concerns: () => string };
  interface Write {
    readonly name: string;
    /** The route as the OpenAPI document names it: every write route must be in this table or in ELSEWHERE. */
    readonly route: string;
    readonly send: (correlationId: string) => PromiseLike<request.Response>;
    readonly status: number;
    /** Keeps what later writes need from the answer, and says which target the entry names. */
    readonly then?: (body: Record<string, unknown>) => void;
    readonly target: () => [type: string | null, id: string | null];
    readonly expected: Expected;
  }

  const importDossier = () => sampleImportDossier({ importerUscc: parties.exporter.uscc, reference: `AUDIT-IMPORT-${run}`, arrivesOn: new Date().toISOString().slice(0, 10) });
  // One row per write route, in the order the corridor takes them; each leaves exactly one entry.
  const WRITES: Write[] = [
    {
      name: 'identity: an administrator invites a person',
      route: 'POST /identity/people',
      send: (c) => call(exporter, 'post', '/identity/people', c, { email: `viewer-${run}@firm.example.cn`, displayName: 'Viewer', roles: ['VIEWER'] }),
      status: 201,
      then: (body) => {
        ids.viewer = (body.person as { id: string }).id;
        ids.invitation = body.invitationToken as string;
      },
      target: () => ['person', ids.viewer],
      expected: { action: 'identity.person_invited', actor: () => exporter, concerns: () => exporter.organisationId },
    },
    {
      name: 'identity: the invited person accepts',
      route: 'POST /identity/invitations/accept',
      send: (c) => request(node.server).post('/identity/invitations/accept').set('x-correlation-id', c).send({ invitationToken: ids.invitation, password: PASSWORD }),
      status: 204,
      target: () => ['person', ids.viewer],
      expected: { action: 'identity.invitation_accepted', actor: () => ({ token: '', subject: ids.viewer, organisationId: exporter.organisationId }), concerns: () => exporter.organisationId },
    },
    {
      name: "identity: an administrator changes a person's roles",
      route: 'PATCH /identity/people/{id}/roles',
      send: (c) => request(node.server).patch(`/identity/people/${ids.viewer}/roles`).set('authorization', `Bearer ${exporter.token}`).set('x-correlation-id', c).send({ roles: ['VIEWER', 'DECLARANT'] }),
      status: 200,
      target: () => ['person', ids.viewer],
      expected: { action: 'identity.roles_changed', actor: () => exporter, concerns: () => exporter.organisationId, details: { from: ['VIEWER'], to: ['VIEWER', 'DECLARANT'] } },
    },
    {
      name: 'identity: a system registered',
      route: 'POST /identity/clients',
      send: async (c) => {
        const { publicKey } = await generateKeyPair('ES256');
        return call(carrier, 'post', '/identity/clients', c, { name: 'Carrier TMS', publicJwk: await exportJWK(publicKey), roles: ['CARRIER_AGENT'] });
      },
      status: 201,
      then: (body) => (ids.client = body.clientId as string),
      target: () => ['client', ids.client],
      expected: { action: 'identity.client_registered', actor: () => carrier, concerns: () => carrier.organisationId },
    },
    {
      name: 'identity: a partner node trusted',
      route: 'POST /identity/partners',
      send: async (c) => {
        const { publicKey } = await generateKeyPair('ES256');
        const jwks = { keys: [{ ...(await exportJWK(publicKey)), kid: 'yn-1', alg: 'ES256', use: 'sig' }] };
        return call(operator, 'post', '/identity/partners', c, { provinceCode: 'YN', baseUrl: 'http://127.0.0.1:9', jwks });
      },
      status: 201,
      target: () => ['node', 'YN'],
      expected: { action: 'identity.partner_registered', actor: () => operator, concerns: () => null as unknown as string },
    },
    {
      name: 'identity: the operator rotates the signing key',
      route: 'POST /identity/keys/rotate',
      send: (c) => call(operator, 'post', '/identity/keys/rotate', c),
      status: 200,
      then: (body) => (ids.kid = body.kid as string),
      target: () => ['signing_key', ids.kid],
      expected: { action: 'identity.signing_key_rotated', actor: () => operator, concerns: () => null as unknown as string },
    },
    {
      name: 'identity: the operator suspends an organisation',
      route: 'POST /identity/organisations/{id}/suspend',
      send: async (c) => {
        ids.suspended = (await approvedOrganisation(node)).organisationId;
        return call(operator, 'post', `/identity/organisations/${ids.suspended}/suspend`, c, { reason: 'Licence withdrawn' });
      },
      status: 200,
      target: () => ['organisation', ids.suspended],
      expected: { action: 'identity.organisation_suspended', actor: () => operator, concerns: () => ids.suspended },
    },
    {
      name: 'identity: a person signs out',
      route: 'POST /oauth/revoke',
      send: async (c) => {
        const { refresh } = await signIn(node, parties.bank.email);
        return request(node.server).post('/oauth/revoke').set('x-correlation-id', c).type('form').send({ token: refresh });
      },
      status: 204,
      target: () => [null, null],
      expected: { action: 'identity.tokens_revoked', actor: () => ({ token: '', subject: bank.subject, organisationId: null as unknown as string }), concerns: () => null as unknown as string },
    },
    {
      name: 'declarations: a dossier saved',
      route: 'POST /declarations/dossiers',
      send: (c) => call(exporter, 'post', '/declarations/dossiers', c, importDossier()),
      status: 201,
      then: (body) => (ids.importDossier = body.id as string),
      target: () => ['dossier', ids.importDossier],
      expected: { action: 'declarations.dossier_created', actor: () => exporter, concerns: () => exporter.organisationId, details: expect.objectContaining({ version: 1 }) },
    },
    {
      name: 'declarations: a dossier amended as a new version',
      route: 'PUT /declarations/dossiers/{id}',
      send: (c) => call(exporter, 'put', `/declarations/dossiers/${ids.importDossier}`, c, importDossier()),
      status: 200,
      target: () => ['dossier', ids.importDossier],
      expected: { action: 'declarations.dossier_amended', actor: () => exporter, concerns: () => exporter.organisationId, details: expect.objectContaining({ version: 2 }) },
    },
    {
      name: 'declarations: keyed values',
      route: 'POST /declarations/filings/{id}/keyed',
      send: async (c) => {
        const filings = await request(node.server).get(`/declarations/dossiers/${ids.importDossier}/filings`).set('authorization', `Bearer ${exporter.token}`);
        ids.importDeclaration = (filings.body as Array<{ id: string; kind: string }>).find((f) => f.kind === 'CN_IMPORT_DECLARATION')?.id as string;
        return call(exporter, 'post', `/declarations/filings/${ids.importDeclaration}/keyed`, c, {
          values: { '/header/billOfLadingNo': 'BGP2645N-0318', '/header/licenceInvolved': 'N', '/header/inspectionInvolved': 'N' },
        });
      },
      status: 200,
      target: () => ['filing', ids.importDeclaration],
      expected: { action: 'declarations.filing_keyed', actor: () => exporter, concerns: () => exporter.organisationId },
    },
    {
      name: 'declarations: a two-step summary submitted',
      route: 'POST /declarations/filings/{id}/summary',
      send: (c) => call(exporter, 'post', `/declarations/filings/${ids.importDeclaration}/summary`, c, {}),
      status: 200,
      target: () => ['filing', ids.importDeclaration],
      expected: { action: 'declarations.summary_submitted', actor: () => exporter, concerns: () => exporter.organisationId },
    },
    {
      name: 'declarations: customs accepts the summary',
      route: 'POST /declarations/authority/filings/{id}/receipts',
      send: (c) => call(officer, 'post', `/declarations/authority/filings/${ids.importDeclaration}/receipts`, c, { decision: 'ACCEPT' }),
      status: 200,
      target: () => ['filing', ids.importDeclaration],
      expected: { action: 'declarations.filing_accepted', actor: () => officer, concerns: () => exporter.organisationId, details: expect.objectContaining({ status: 'SUMMARY_ACCEPTED' }) },
    },
    {
      name: 'declarations: the complete declaration submitted',
      route: 'POST /declarations/filings/{id}/complete',
      send: async (c) => {
        await call(exporter, 'post', `/declarations/filings/${ids.importDeclaration}/keyed`, `${c}-keyed`, {
          values: { '/items/0/domesticDestination': '50049', '/items/1/domesticDestination': '50049' },
        }).expect(200);
        return call(exporter, 'post', `/declarations/filings/${ids.importDeclaration}/complete`, c, {});
      },
      status: 200,
      target: () => ['filing', ids.importDeclaration],
      expected: { action: 'declarations.complete_submitted', actor: () => exporter, concerns: () => exporter.organisationId },
    },
    {
      name: 'declarations: a filing submitted in one step',
      route: 'POST /declarations/filings/{id}/submit',
      send: (c) => call(exporter, 'post', `/declarations/filings/${ids.exportDeclaration}/submit`, c),
      status: 200,
      target: () => ['filing', ids.exportDeclaration],
      expected: { action: 'declarations.filing_submitted', actor: () => exporter, concerns: () => exporter.organisationId, details: expect.objectContaining({ addressedTo: '8001' }) },
    },
    {
      name: 'declarations: customs accepts a declaration',
      route: 'POST /declarations/authority/filings/{id}/receipts',
      send: (c) => call(officer, 'post', `/declarations/authority/filings/${ids.exportDeclaration}/receipts`, c, { decision: 'ACCEPT' }),
      status: 200,
      target: () => ['filing', ids.exportDeclaration],
      expected: { action: 'declarations.filing_accepted', actor: () => officer, concerns: () => exporter.organisationId, details: expect.objectContaining({ status: 'ACCEPTED' }) },
    },
    {
      name: 'declarations: customs releases the goods',
      route: 'POST /declarations/authority/filings/{id}/receipts',
      send: (c) => call(officer, 'post', `/declarations/authority/filings/${ids.exportDeclaration}/receipts`, c, { decision: 'RELEASE' }),
      status: 200,
      target: () => ['filing', ids.exportDeclaration],
      expected: { action: 'declarations.filing_released', actor: () => officer, concerns: () => exporter.organisationId },
    },
    {
      name: 'declarations: customs rejects a manifest',
      route: 'POST /declarations/authority/filings/{id}/receipts',
      send: async (c) => {
        await call(exporter, 'post', `/declarations/filings/${ids.railManifest}/submit`, `${c}-submit`).expect(200);
        return call(officer, 'post', `/declarations/authority/filings/${ids.railManifest}/receipts`, c, { decision: 'REJECT', reasons: [{ code: 'R01', message: 'Seal number missing' }] });
      },
      status: 200,
      target: () => ['filing', ids.railManifest],
      expected: { action: 'declarations.filing_rejected', actor: () => officer, concerns: () => exporter.organisationId },
    },
    {
      name: 'bills: the carrier issues the bill',
      route: 'POST /bills',
      send: (c) => call(carrier, 'post', '/bills', c, { dossierId: ids.exportDossier, number: `AUDIT${run}`, kind: 'TO_ORDER' }),
      status: 201,
      then: (body) => (ids.bill = body.id as string),
      target: () => ['bill', ids.bill],
      expected: { action: 'bills.issued', actor: () => carrier, concerns: () => exporter.organisationId, details: expect.objectContaining({ number: `AUDIT${run}` }) },
    },
    {
      name: 'bills: an attachment',
      route: 'POST /bills/{id}/attachments',
      send: (c) =>
        request(node.server)
          .post(`/bills/${ids.bill}/attachments`)
          .set('authorization', `Bearer ${exporter.token}`)
          .set('x-correlation-id', c)
          .attach('file', Buffer.from(`%PDF-1.7\n% invoice ${run}\n%%EOF\n`), 'invoice.pdf'),
      status: 201,
      target: () => ['bill', ids.bill],
      expected: { action: 'bills.attachment_added', actor: () => exporter, concerns: () => exporter.organisationId, details: expect.objectContaining({ name: 'invoice.pdf' }) },
    },
    {
      name: 'bills: pledged to a bank',
      route: 'POST /bills/{id}/pledge',
      send: (c) => call(exporter, 'post', `/bills/${ids.bill}/pledge`, c, { bank: { uscc: parties.bank.uscc } }),
      status: 200,
      target: () => ['bill', ids.bill],
      expected: { action: 'bills.pledged', actor: () => exporter, concerns: () => bank.organisationId },
    },
    {
      name: 'bills: the bank releases the pledge',
      route: 'POST /bills/{id}/pledge/release',
      send: (c) => call(bank, 'post', `/bills/${ids.bill}/pledge/release`, c),
      status: 200,
      target: () => ['bill', ids.bill],
      expected: { action: 'bills.pledge_released', actor: () => bank, concerns: () => exporter.organisationId },
    },
    {
      name: 'bills: transferred to the buyer',
      route: 'POST /bills/{id}/transfer',
      send: (c) => call(exporter, 'post', `/bills/${ids.bill}/transfer`, c, { to: { country: 'TH', nationalId: parties.thaiId } }),
      status: 200,
      target: () => ['bill', ids.bill],
      expected: { action: 'bills.transferred', actor: () => exporter, concerns: () => consignee.organisationId, details: expect.objectContaining({ state: 'TRANSFER_PENDING' }) },
    },
    {
      name: 'bills: the buyer rejects the transfer',
      route: 'POST /bills/{id}/transfer/reject',
      send: (c) => call(consignee, 'post', `/bills/${ids.bill}/transfer/reject`, c, { reason: 'Wrong consignment' }),
      status: 200,
      target: () => ['bill', ids.bill],
      expected: { action: 'bills.transfer_rejected', actor: () => consignee, concerns: () => exporter.organisationId },
    },
    {
      name: 'bills: the buyer accepts a transfer',
      route: 'POST /bills/{id}/transfer/accept',
      send: async (c) => {
        await call(exporter, 'post', `/bills/${ids.bill}/transfer`, `${c}-offer`, { to: { country: 'TH', nationalId: parties.thaiId } }).expect(200);
        return call(consignee, 'post', `/bills/${ids.bill}/transfer/accept`, c);
      },
      status: 200,
      target: () => ['bill', ids.bill],
      expected: { action: 'bills.transfer_accepted', actor: () => consignee, concerns: () => exporter.organisationId, details: expect.objectContaining({ state: 'HELD' }) },
    },
    {
      name: 'bills: surrendered for delivery',
      route: 'POST /bills/{id}/surrender',
      send: (c) => call(consignee, 'post', `/bills/${ids.bill}/surrender`, c, { purpose: 'DELIVERY' }),
      status: 200,
      target: () => ['bill', ids.bill],
      expected: { action: 'bills.surrendered_for_delivery', actor: () => consignee, concerns: () => carrier.organisationId },
    },
    {
      name: 'bills: the carrier rejects a surrender',
      route: 'POST /bills/{id}/surrender/reject',
      send: async (c) => {
        const res = await call(carrier, 'post', `/bills/${ids.bill}/surrender/reject`, c, { reason: 'Freight unpaid' });
        await call(consignee, 'post', `/bills/${ids.bill}/surrender`, `${c}-again`, { purpose: 'DELIVERY' }).expect(200);
        return res;
      },
      status: 200,
      target: () => ['bill', ids.bill],
      expected: { action: 'bills.surrender_rejected', actor: () => carrier, concerns: () => consignee.organisationId, details: expect.objectContaining({ state: 'HELD' }) },
    },
    {
      name: 'bills: the carrier accepts the surrender',
      route: 'POST /bills/{id}/surrender/accept',
      send: (c) => call(carrier, 'post', `/bills/${ids.bill}/surrender/accept`, c),
      status: 200,
      target: () => ['bill', ids.bill],
      expected: { action: 'bills.surrender_accepted', actor: () => carrier, concerns: () => consignee.organisationId, details: expect.objectContaining({ state: 'ACCOMPLISHED' }) },
    },
    {
      name: 'bills: the bank enforces its pledge on a second bill',
      route: 'POST /bills/{id}/pledge/enforce',
      send: async (c) => {
        const issued = await call(carrier, 'post', '/bills', `${c}-issue`, { dossierId: ids.exportDossier, number: `AUDIT${run}B`, kind: 'TO_ORDER' }).expect(201);
        ids.secondBill = issued.body.id as string;
        await call(exporter, 'post', `/bills/${ids.secondBill}/pledge`, `${c}-pledge`, { bank: { uscc: parties.bank.uscc } }).expect(200);
        return call(bank, 'post', `/bills/${ids.secondBill}/pledge/enforce`, c);
      },
      status: 200,
      target: () => ['bill', ids.secondBill],
      expected: { action: 'bills.pledge_enforced', actor: () => bank, concerns: () => exporter.organisationId },
    },
    {
      name: 'identity: an administrator disables a person',
      route: 'POST /identity/people/{id}/disable',
      send: (c) => call(exporter, 'post', `/identity/people/${ids.viewer}/disable`, c),
      status: 200,
      target: () => ['person', ids.viewer],
      expected: { action: 'identity.person_disabled', actor: () => exporter, concerns: () => exporter.organisationId },
    },
    {
      name: 'exchange: the operator makes an agreement',
      route: 'PUT /exchange/agreements/{partner}',
      send: (c) => call(operator, 'put', '/exchange/agreements/YN', c, { kinds: ['DOSSIER'] }),
      status: 200,
      target: () => ['agreement', 'YN'],
      expected: { action: 'exchange.agreement_put', actor: () => operator, concerns: () => null as unknown as string, details: { kinds: ['DOSSIER'] } },
    },
    {
      name: 'exchange: a firm consents',
      route: 'POST /exchange/consents',
      send: (c) => call(exporter, 'post', '/exchange/consents', c, { partnerNode: 'YN', kind: 'DOSSIER', recordId: ids.exportDossier }),
      status: 201,
      then: (body) => (ids.consent = body.id as string),
      target: () => ['consent', ids.consent],
      expected: { action: 'exchange.consent_given', actor: () => exporter, concerns: () => exporter.organisationId },
    },
    {
      name: 'exchange: a firm revokes its consent',
      route: 'DELETE /exchange/consents/{id}',
      send: (c) => call(exporter, 'delete', `/exchange/consents/${ids.consent}`, c),
      status: 204,
      target: () => ['consent', ids.consent],
      expected: { action: 'exchange.consent_revoked', actor: () => exporter, concerns: () => exporter.organisationId },
    },
  ];

  /** Write routes whose entries other specs check, where the second node or failed job they need is set up. */
  const ELSEWHERE: Record<string, string> = {
    'POST /identity/organisations': 'identity-organisations.e2e-spec.ts',
    'POST /identity/organisations/{id}/review': 'identity-organisations.e2e-spec.ts',
    'POST /oauth/token': 'identity-organisations.e2e-spec.ts (a failed sign-in)',
    'POST /oauth/browser/sign-in': 'console-http.e2e-spec.ts (identity.sign_in)',
    'POST /oauth/browser/refresh': 'console-http.e2e-spec.ts (identity.token_refreshed)',
    'POST /oauth/browser/sign-out': 'console-http.e2e-spec.ts (identity.tokens_revoked)',
    'POST /ops/dead-letters/{id}/replay': 'outbox.e2e-spec.ts',
    'POST /bills/{id}/pint-transfer': 'bills-pint.e2e-spec.ts (bills.exported)',
    'POST /v3/envelopes': 'bills-pint.e2e-spec.ts (bills.imported)',
    'PUT /v3/envelopes/{envelopeReference}/finish-transfer': 'bills-pint.e2e-spec.ts (bills.imported, once the documents are in)',
    'POST /exchange/envelopes': 'exchange.e2e-spec.ts (exchange.envelope_received)',
    'POST /exchange/partners/{partner}/recover': 'exchange-recovery.e2e-spec.ts (exchange.recovery_page_applied)',
    'POST /declarations/dossiers/adopt': 'exchange.e2e-spec.ts (declarations.dossier_adopted)',
  };
  /** Write routes that change nothing an entry would describe, and why. */
  const NOT_AUDITED: Record<string, string> = {
    'POST /declarations/imports': 'reads a spreadsheet and answers; stores nothing',
    'POST /exchange/feed': "a partner's signed read of what it is owed; kept in the message log as FEED_SERVED",
    'PUT /v3/envelopes/{envelopeReference}/additional-documents/{documentChecksum}': 'holds a document for a transfer not yet finished; the arrival is audited at finish',
  };

  it('covers every write route of the OpenAPI document: a new one fails here until its entry is checked', async () => {
    const spec = (await request(node.server).get('/docs-json').expect(200)).body as { paths: Record<string, Record<string, unknown>> };
    const routes = Object.entries(spec.paths).flatMap(([path, operations]) => Object.keys(operations).filter((m) => m !== 'get').map((m) => `${m.toUpperCase()} ${path}`));
    const covered = new Set([...WRITES.map((w) => w.route), ...Object.keys(ELSEWHERE), ...Object.keys(NOT_AUDITED)]);
    expect(routes.filter((route) => !covered.has(route))).toEqual([]);
    expect([...covered].filter((route) => !routes.includes(route))).toEqual([]);
  });

  describe.each(WRITES.map((write, i) => [write.name, write, i] as const))('%s', (_, write, i) => {
    it('leaves exactly its entry: who, for which organisations, what, from where, under the request’s correlation id', async () => {
      const correlationId = `audit-${run}-${i}`;
      const res = await write.send(correlationId);
      expect({ status: res.status, body: res.status === write.status ? undefined : res.body }).toEqual({ status: write.status, body: undefined });
      write.then?.(res.body);
      const { actor, concerns, ...expected } = write.expected;
      const [targetType, targetId] = write.target();
      expect(await entriesOf(correlationId)).toEqual([
        expect.objectContaining({
          outcome: 'SUCCESS',
          ...expected,
          actorSubject: actor().subject,
          actorOrganisationId: actor().organisationId,
          organisationId: concerns(),
          targetType,
          targetId,
          correlationId,
          address: '127.0.0.1',
        }),
      ]);
    });
  });

  // Writes refused for who asks, what state the record is in, or what was sent: none leaves an entry.
  const REFUSED: ReadonlyArray<{ name: string; send: (correlationId: string) => PromiseLike<request.Response>; status: number }> = [
    { name: 'a bill of no known kind (400)', send: (c) => call(carrier, 'post', '/bills', c, { dossierId: ids.exportDossier, number: `AUDIT${run}X`, kind: 'BEARER' }), status: 400 },
    { name: "another firm's dossier amended (403)", send: (c) => call(bank, 'put', `/declarations/dossiers/${ids.importDossier}`, c, importDossier()), status: 403 },
    { name: 'a dossier reference taken twice (409)', send: (c) => call(exporter, 'post', '/declarations/dossiers', c, importDossier()), status: 409 },
    { name: 'a released filing submitted again (409)', send: (c) => call(exporter, 'post', `/declarations/filings/${ids.exportDeclaration}/submit`, c), status: 409 },
    { name: 'a release of a rejected filing (409)', send: (c) => call(officer, 'post', `/declarations/authority/filings/${ids.railManifest}/receipts`, c, { decision: 'RELEASE' }), status: 409 },
    { name: 'a receipt by a firm, not customs (403)', send: (c) => call(exporter, 'post', `/declarations/authority/filings/${ids.railManifest}/receipts`, c, { decision: 'ACCEPT' }), status: 403 },
    { name: 'an accomplished bill transferred (409)', send: (c) => call(carrier, 'post', `/bills/${ids.bill}/transfer`, c, { to: { uscc: parties.exporter.uscc } }), status: 409 },
    { name: 'a bill number issued twice (409)', send: (c) => call(carrier, 'post', '/bills', c, { dossierId: ids.exportDossier, number: `AUDIT${run}`, kind: 'TO_ORDER' }), status: 409 },
    { name: 'an agreement by a firm (403)', send: (c) => call(exporter, 'put', '/exchange/agreements/YN', c, { kinds: ['DOSSIER'] }), status: 403 },
    { name: 'a consent no agreement covers (422)', send: (c) => call(exporter, 'post', '/exchange/consents', c, { partnerNode: 'GX', kind: 'DOSSIER' }), status: 422 },
    { name: 'a consent revoked twice (404)', send: (c) => call(exporter, 'delete', `/exchange/consents/${ids.consent}`, c), status: 404 },
  ];

  it.each(REFUSED.map((r, i) => [r.name, r, i] as const))('leaves no entry for %s', async (_, refused, i) => {
    const correlationId = `audit-${run}-refused-${i}`;
    const res = await refused.send(correlationId);
    expect({ status: res.status, correlationId: res.body.correlationId }).toEqual({ status: refused.status, correlationId });
    expect(await entriesOf(correlationId)).toEqual([]);
  });

  it('writes the entry in the change’s transaction: rolled back together, never one without the other', async () => {
    const audit = node.app.get(AuditService);
    const target = { type: 'probe', id: randomUUID() };
    await expect(
      node.app.get(DataSource).transaction(async (manager) => {
        await audit.record({ action: 'platform.probe', target }, manager);
        throw new Error('the change failed after its entry was written');
      }),
    ).rejects.toThrow('the change failed');
    expect((await trail(operator, { targetType: 'probe', targetId: target.id })).body.items).toEqual([]);
    await node.app.get(DataSource).transaction((manager) => audit.record({ action: 'platform.probe', target }, manager));
    expect((await trail(operator, { targetType: 'probe', targetId: target.id })).body.items).toHaveLength(1);
  });

  it("shows an organisation's administrators what their organisation did or what concerns it, and nothing of others", async () => {
    const own = await trail(bank, { limit: 1000 }).then((res) => res.body.items as Entry[]);
    expect(own.map((e) => e.action)).toEqual(expect.arrayContaining(['bills.pledged', 'bills.pledge_released']));
    expect(own.every((e) => e.actorOrganisationId === bank.organisationId || e.organisationId === bank.organisationId)).toBe(true);
    expect(own.map((e) => e.action)).not.toContain('declarations.dossier_created');

    const exporters = await trail(exporter, { context: 'bills', limit: 1000 }).then((res) => res.body.items as Entry[]);
    expect(exporters.filter((e) => e.targetId === ids.bill).map((e) => e.action).reverse()).toEqual([
      'bills.issued',
      'bills.attachment_added',
      'bills.pledged',
      'bills.pledge_released',
      'bills.transferred',
      'bills.transfer_rejected',
      'bills.transferred',
      'bills.transfer_accepted',
    ]);

    const theirs = await trail(exporter, { organisationId: bank.organisationId });
    expect(theirs.status).toBe(403);
    expect(theirs.body).toMatchObject({ code: 'AUDIT_NOT_YOURS', correlationId: expect.any(String) });
    // Without the administrator's role, nothing of it.
    expect((await request(node.server).get('/audit').set('authorization', `Bearer ${officer.token}`)).status).toBe(403);
    expect((await request(node.server).get('/audit')).status).toBe(401);
  });

  it('shows the node operator everything, filtered and paged on the server', async () => {
    const all = (await trail(operator, { targetType: 'bill', targetId: ids.bill, limit: 1000 })).body;
    expect(all.next).toBeNull();
    const actions = (all.items as Entry[]).map((e) => e.action);
    expect(new Set((all.items as Entry[]).map((e) => e.actorOrganisationId))).toEqual(new Set([carrier.organisationId, exporter.organisationId, bank.organisationId, consignee.organisationId]));

    const pages: string[] = [];
    let before: string | undefined;
    for (let page = 0; page < 10; page += 1) {
      const res = (await trail(operator, { targetType: 'bill', targetId: ids.bill, limit: 3, ...(before ? { before } : {}) })).body as { items: Entry[]; next: string | null };
      pages.push(...res.items.map((e) => e.action));
      if (!res.next) break;
      before = res.next;
    }
    expect(pages).toEqual(actions);

    const byAction = (await trail(operator, { action: 'bills.transferred', targetId: ids.bill })).body.items as Entry[];
    expect(byAction).toHaveLength(2);
    const byActor = (await trail(operator, { actor: bank.subject, context: 'bills' })).body.items as Entry[];
    expect(byActor.map((e) => e.action)).toEqual(['bills.pledge_enforced', 'bills.pledge_released']);
    const byContext = (await trail(operator, { context: 'declarations', targetId: ids.importDeclaration })).body.items as Entry[];
    expect(byContext.map((e) => e.action).reverse()).toEqual([
      'declarations.filing_keyed',
      'declarations.summary_submitted',
      'declarations.filing_accepted',
      'declarations.filing_keyed',
      'declarations.complete_submitted',
    ]);
    const future = (await trail(operator, { from: new Date(Date.now() + 3_600_000).toISOString() })).body.items as Entry[];
    expect(future).toEqual([]);
    const past = (await trail(operator, { to: new Date(run - 3_600_000).toISOString(), targetId: ids.bill })).body.items as Entry[];
    expect(past).toEqual([]);
    const bad = await trail(operator, { before: 'yesterday' });
    expect(bad.status).toBe(400);
  });
});
