import { randomUUID } from 'node:crypto';
import request from 'supertest';
import type { TestNode } from '@landsea/testing';
import { approvedOrganisation, PASSWORD } from './support/identity.js';
import { startNode } from './support/node.js';
import { sampleDossier } from '../examples/sample-dossier.js';

/**
 * Every route of the OpenAPI document, called with another organisation's token against the
 * owner's resources: nothing of the owner may come back, and nothing of the owner may change.
 * Routes added later are walked too, so this test keeps each context honest.
 */
describe("no route gives one organisation another's data", () => {
  let node: TestNode;
  beforeAll(async () => {
    node = await startNode();
  });
  afterAll(() => node.close());

  it('walks every documented route as a foreign organisation', async () => {
    const owner = await approvedOrganisation(node);
    const foreign = await approvedOrganisation(node);
    const colleagueEmail = `colleague-${randomUUID().slice(0, 8)}@owner.example.cn`;
    const invited = await request(node.server)
      .post('/identity/people')
      .set('authorization', `Bearer ${owner.token}`)
      .send({ email: colleagueEmail, displayName: 'Owner Colleague', roles: ['VIEWER'] })
      .expect(201);
    const carrier = await approvedOrganisation(node, { kinds: ['CARRIER'] });
    const dossier = await request(node.server)
      .post('/declarations/dossiers')
      .set('authorization', `Bearer ${owner.token}`)
      .send(sampleDossier({ exporterUscc: owner.uscc, carrierUscc: carrier.uscc, reference: 'OWNER-SECRET-REF' }))
      .expect(201);
    const bill = await request(node.server)
      .post('/bills')
      .set('authorization', `Bearer ${carrier.token}`)
      .send({ dossierId: dossier.body.id, number: 'OWNERSECRETBL1', kind: 'TO_ORDER' })
      .expect(201);
    const filings = await request(node.server).get(`/declarations/dossiers/${dossier.body.id}/filings`).set('authorization', `Bearer ${owner.token}`).expect(200);
    const ownerIds = [owner.organisationId, owner.adminId, invited.body.person.id as string, dossier.body.id as string, filings.body[0].id as string, bill.body.id as string];
    const secrets = [...ownerIds, owner.uscc, owner.email, colleagueEmail, 'OWNER-SECRET-REF', 'OWNERSECRETBL1'];

    const spec = (await request(node.server).get('/docs-json').expect(200)).body as {
      paths: Record<string, Record<string, unknown>>;
    };
    const walked: string[] = [];
    for (const [path, operations] of Object.entries(spec.paths)) {
      for (const method of Object.keys(operations)) {
        const targets = path.includes('{') ? ownerIds.map((id) => path.replace(/\{[^}]+\}/g, id)) : [path];
        for (const target of targets) {
          const call = request(node.server)[method as 'get' | 'post' | 'patch' | 'put' | 'delete'](target).set('authorization', `Bearer ${foreign.token}`);
          const res = method === 'get' ? await call : await call.send(plausibleBody(path, foreign.uscc));
          walked.push(`${method.toUpperCase()} ${path} -> ${res.status}`);
          const text = JSON.stringify(res.body ?? res.text);
          // An id the caller put in the URL may be echoed back; nothing else of the owner may.
          for (const secret of secrets.filter((s) => !target.includes(s))) {
            if (text.includes(secret)) throw new Error(`${method.toUpperCase()} ${target} answered ${res.status} with the owner's ${secret}`);
          }
          if (path.includes('{')) expect([400, 401, 403, 404, 409, 415]).toContain(res.status);
        }
      }
    }
    expect(walked.length).toBeGreaterThan(15);

    // The owner's data is as it was.
    const people = await request(node.server).get('/identity/people').set('authorization', `Bearer ${owner.token}`).expect(200);
    expect(people.body.map((p: { email: string; roles: string[]; status: string }) => `${p.email}:${p.roles}:${p.status}`)).toEqual(
      expect.arrayContaining([`${owner.email}:ORG_ADMIN:ACTIVE`, `${colleagueEmail}:VIEWER:INVITED`]),
    );
    const org = await request(node.server).get(`/identity/organisations/${owner.organisationId}`).set('authorization', `Bearer ${owner.token}`).expect(200);
    expect(org.body.status).toBe('APPROVED');
    const kept = await request(node.server).get(`/declarations/dossiers/${dossier.body.id}`).set('authorization', `Bearer ${owner.token}`).expect(200);
    expect(kept.body).toMatchObject({ version: 1, reference: 'OWNER-SECRET-REF' });
    const held = await request(node.server).get(`/bills/${bill.body.id}`).set('authorization', `Bearer ${owner.token}`).expect(200);
    expect(held.body).toMatchObject({ state: 'HELD', sequence: 1, holder: { organisationId: owner.organisationId } });
  });
});

/** A body that passes validation where the route has one, so the walk reaches the ownership checks. */
function plausibleBody(path: string, callerUscc: string): object {
  if (path.startsWith('/declarations/dossiers')) return sampleDossier({ exporterUscc: callerUscc, reference: `WALK-${randomUUID()}` });
  if (path.endsWith('/roles')) return { roles: ['DECLARANT'] };
  if (path.endsWith('/keyed')) return { values: { '/items/0/thaiTariffCode': '84713020' } };
  if (path.endsWith('/receipts')) return { decision: 'ACCEPT' };
  if (path.endsWith('/transfer')) return { to: { uscc: callerUscc } };
  if (path.endsWith('/pledge')) return { bank: { uscc: callerUscc } };
  if (path.endsWith('/pint-transfer')) return { platformUrl: 'http://127.0.0.1:9', recipient: { uscc: callerUscc }, recipientName: 'Walker' };
  if (path.endsWith('/surrender')) return { purpose: 'DELIVERY' };
  if (path.endsWith('/review')) return { decision: 'REJECT', reason: 'walk' };
  if (path === '/identity/people') return { email: `walk-${randomUUID().slice(0, 8)}@x.cn`, displayName: 'Walker', roles: ['VIEWER'] };
  if (path === '/identity/invitations/accept') return { invitationToken: 'x'.repeat(43), password: PASSWORD };
  return {};
}
