import { Controller, type DynamicModule, Module, Post } from '@nestjs/common';
import request from 'supertest';
import { startTestNode, type TestNode } from '@landsea/testing';
import { NODE_DEFINITION } from '../apps/node/src/node.definition.js';
import { approve, freshUscc, PASSWORD, register, signIn } from './support/identity.js';

/** Stands in for a filing route of a later context: a plain write. */
@Controller('probe-filing')
class ProbeFilingController {
  @Post() file(): { filed: true } {
    return { filed: true };
  }
}

@Module({})
class ProbeModule {
  static forRoot(env: Record<string, string>): DynamicModule {
    return { module: ProbeModule, imports: [NODE_DEFINITION.module(env)], controllers: [ProbeFilingController] };
  }
}

describe('organisations: registration and review', () => {
  let node: TestNode;
  let operator: string;
  beforeAll(async () => {
    node = await startTestNode({ module: (env) => ProbeModule.forRoot(env), schema: NODE_DEFINITION });
    operator = await node.operatorToken();
  });
  afterAll(() => node.close());

  it('refuses a USCC whose check character is wrong, naming the right one, and writes nothing', async () => {
    const uscc = freshUscc();
    const wrong = uscc.slice(0, 17) + (uscc[17] === '0' ? '1' : '0');
    const email = `nobody-${Date.now()}@firm.example.cn`;
    const res = await request(node.server)
      .post('/identity/organisations')
      .send({ nameEn: 'Bad Code Ltd', country: 'CN', uscc: wrong, kinds: ['TRADER'], admin: { email, displayName: 'X', password: PASSWORD } })
      .expect(400);
    expect(res.body).toMatchObject({ code: 'USCC_INVALID', details: [{ field: 'uscc' }] });
    expect(res.body.message).toContain(`should be ${uscc[17]}`);
    await request(node.server).post('/oauth/token').type('form').send({ grant_type: 'password', username: email, password: PASSWORD }).expect(401);
  });

  it('answers a second registration of the same USCC with 409', async () => {
    const first = await register(node);
    const res = await request(node.server)
      .post('/identity/organisations')
      .send({ nameEn: 'Same Firm', country: 'CN', uscc: first.uscc, kinds: ['TRADER'], admin: { email: `other-${Date.now()}@x.cn`, displayName: 'Y', password: PASSWORD } })
      .expect(409);
    expect(res.body.code).toBe('ORGANISATION_ALREADY_REGISTERED');
  });

  it('refuses a weak password with what is wrong with it', async () => {
    const res = await request(node.server)
      .post('/identity/organisations')
      .send({ nameEn: 'Weak Ltd', country: 'CN', uscc: freshUscc(), kinds: ['TRADER'], admin: { email: `weak-${Date.now()}@x.cn`, displayName: 'W', password: 'password' } })
      .expect(400);
    expect(res.body.code).toBe('WEAK_PASSWORD');
    expect(res.body.details).toEqual(expect.arrayContaining([{ field: 'password', message: 'Use at least 12 characters' }]));
  });

  it('registers a foreign organisation by country and national id', async () => {
    const thai = await register(node, { country: 'TH', uscc: undefined, nationalId: `0105${Date.now()}`, provinceCode: undefined, kinds: ['TRADER'], nameZh: undefined, nameEn: 'Siam Importers Co., Ltd.' });
    const { access } = await signIn(node, thai.email);
    const res = await request(node.server).get(`/identity/organisations/${thai.organisationId}`).set('authorization', `Bearer ${access}`).expect(200);
    expect(res.body).toMatchObject({ country: 'TH', uscc: null, status: 'PENDING' });
  });

  it('does not let a firm register itself as a node operator', async () => {
    const res = await request(node.server)
      .post('/identity/organisations')
      .send({ nameEn: 'Rogue', country: 'CN', uscc: freshUscc(), kinds: ['NODE_OPERATOR'], admin: { email: `rogue-${Date.now()}@x.cn`, displayName: 'R', password: PASSWORD } })
      .expect(400);
    expect(res.body.code).toBe('KIND_NOT_REGISTERABLE');
  });

  it('lets an organisation under review read its own data but not write, until an operator approves it', async () => {
    const firm = await register(node);
    const { access } = await signIn(node, firm.email);
    const own = await request(node.server).get(`/identity/organisations/${firm.organisationId}`).set('authorization', `Bearer ${access}`).expect(200);
    expect(own.body.status).toBe('PENDING');
    const refused = await request(node.server).post('/probe-filing').set('authorization', `Bearer ${access}`).expect(403);
    expect(refused.body.code).toBe('ORGANISATION_NOT_APPROVED');

    const pending = await request(node.server).get('/identity/organisations?status=PENDING').set('authorization', `Bearer ${operator}`).expect(200);
    expect(pending.body.map((o: { id: string }) => o.id)).toContain(firm.organisationId);
    await approve(node, firm.organisationId);
    await new Promise((r) => setTimeout(r, 1100)); // the guard caches an organisation's status for a second
    await request(node.server).post('/probe-filing').set('authorization', `Bearer ${access}`).expect(201, { filed: true });

    const again = await request(node.server)
      .post(`/identity/organisations/${firm.organisationId}/review`)
      .set('authorization', `Bearer ${operator}`)
      .send({ decision: 'REJECT', reason: 'too late' })
      .expect(409);
    expect(again.body.code).toBe('ORGANISATION_ALREADY_REVIEWED');
  });

  it('needs a reason to reject, and only an operator may review', async () => {
    const firm = await register(node);
    const noReason = await request(node.server)
      .post(`/identity/organisations/${firm.organisationId}/review`)
      .set('authorization', `Bearer ${operator}`)
      .send({ decision: 'REJECT' })
      .expect(400);
    expect(noReason.body.code).toBe('REVIEW_REASON_REQUIRED');
    const { access } = await signIn(node, firm.email);
    const self = await request(node.server)
      .post(`/identity/organisations/${firm.organisationId}/review`)
      .set('authorization', `Bearer ${access}`)
      .send({ decision: 'APPROVE' })
      .expect(403);
    expect(self.body.code).toBe('ROLE_REQUIRED');
    const rejected = await request(node.server)
      .post(`/identity/organisations/${firm.organisationId}/review`)
      .set('authorization', `Bearer ${operator}`)
      .send({ decision: 'REJECT', reason: 'The USCC belongs to another firm' })
      .expect(200);
    expect(rejected.body).toMatchObject({ status: 'REJECTED', reviewReason: 'The USCC belongs to another firm' });
  });

  it("answers 404 for another organisation's record, never its data", async () => {
    const mine = await register(node);
    const theirs = await register(node);
    const { access } = await signIn(node, mine.email);
    const res = await request(node.server).get(`/identity/organisations/${theirs.organisationId}`).set('authorization', `Bearer ${access}`).expect(404);
    expect(JSON.stringify(res.body)).not.toContain(theirs.uscc);
  });

  it('audits registrations, reviews and failed sign-ins with address and correlation id', async () => {
    const firm = await register(node);
    await request(node.server)
      .post('/oauth/token')
      .set('x-correlation-id', 'audit-probe-1')
      .type('form')
      .send({ grant_type: 'password', username: firm.email, password: 'Wrong-Password-123' })
      .expect(401);
    await approve(node, firm.organisationId);
    const res = await request(node.server)
      .get(`/identity/audit?organisationId=${firm.organisationId}`)
      .set('authorization', `Bearer ${operator}`)
      .expect(200);
    const actions = res.body.map((e: { action: string; outcome: string }) => `${e.action}:${e.outcome}`);
    expect(actions).toEqual(expect.arrayContaining(['identity.organisation_registered:SUCCESS', 'identity.sign_in:FAILURE', 'identity.organisation_approved:SUCCESS']));
    const failure = res.body.find((e: { action: string }) => e.action === 'identity.sign_in');
    expect(failure).toMatchObject({ correlationId: 'audit-probe-1', address: '127.0.0.1', actorSubject: firm.adminId });
  });
});
