import request from 'supertest';
import type { TestNode } from '@landsea/testing';
import { approve, freshUscc, PASSWORD, register, signIn } from './support/identity.js';
import { startNode } from './support/node.js';

/** 统一用户 across provinces: two nodes on loopback, each with its own database and keys. */
describe('a firm of Chongqing acting at the Guangxi node', () => {
  let chongqing: TestNode;
  let guangxi: TestNode;
  beforeAll(async () => {
    chongqing = await startNode({}, { listen: true });
    guangxi = await startNode({ NODE_PROVINCE: 'GX', NODE_OPERATOR_EMAIL: 'operator@gx.landsea.test' }, { listen: true, database: 'gx' });
  });
  afterAll(async () => {
    await guangxi.close();
    await chongqing.close();
  });

  /** Guangxi's operator registers Chongqing as a partner node, by its JWKS URL. */
  const trustChongqing = async () => {
    const cqUrl = chongqing.env.PUBLIC_BASE_URL;
    await request(guangxi.server)
      .post('/identity/partners')
      .set('authorization', `Bearer ${await guangxi.operatorToken()}`)
      .send({ provinceCode: 'CQ', baseUrl: cqUrl, jwksUrl: `${cqUrl}/.well-known/jwks.json` })
      .expect(201);
  };
  const session = (node: TestNode, token: string) => request(node.server).get('/identity/session').set('authorization', `Bearer ${token}`);

  it('is recognised by USCC once Guangxi trusts Chongqing, and may act there only as Guangxi allows', async () => {
    const firm = await register(chongqing);
    await approve(chongqing, firm.organisationId);
    const { access } = await signIn(chongqing, firm.email);

    const untrusted = await session(guangxi, access).expect(401);
    expect(untrusted.body.code).toBe('TOKEN_ISSUER_UNKNOWN');

    await trustChongqing();

    // Trusted, but Guangxi does not know the firm yet: it may read, not write.
    const unknownHere = await session(guangxi, access).expect(200);
    expect(unknownHere.body).toMatchObject({ local: false, issuingNode: 'CQ', uscc: firm.uscc, organisationId: null, organisationApproved: false });

    // The same firm, by the same USCC, known and approved at Guangxi: no second account is needed.
    const sameFirm = await register(guangxi, { uscc: firm.uscc });
    await approve(guangxi, sameFirm.organisationId);
    await new Promise((r) => setTimeout(r, 1100));
    const recognised = await session(guangxi, access).expect(200);
    expect(recognised.body).toMatchObject({ local: false, organisationId: sameFirm.organisationId, organisationApproved: true, roles: ['ORG_ADMIN'] });
    // An administrator's token from elsewhere does not read Guangxi's audit trail, even of its own firm.
    const audit = await request(guangxi.server).get(`/audit?organisationId=${sameFirm.organisationId}`).set('authorization', `Bearer ${access}`).expect(403);
    expect(audit.body.code).toBe('AUDIT_LOCAL_ONLY');
  });

  it("never lets a partner's token act as this node's operator", async () => {
    await trustChongqing();
    const gxOperator = await guangxi.operatorToken();
    const cqOperator = await chongqing.operatorToken();
    const res = await request(guangxi.server).get('/identity/audit').set('authorization', `Bearer ${cqOperator}`).expect(403);
    expect(res.body.code).toBe('ROLE_REQUIRED');
    const self = await request(guangxi.server)
      .post('/identity/partners')
      .set('authorization', `Bearer ${gxOperator}`)
      .send({ provinceCode: 'GX', baseUrl: 'http://127.0.0.1:1', jwksUrl: 'http://127.0.0.1:1/jwks' })
      .expect(409);
    expect(self.body.code).toBe('PARTNER_IS_THIS_NODE');
  });

  it('keeps each node its own: a registration at one is not an account at the other', async () => {
    const uscc = freshUscc();
    const firm = await register(guangxi, { uscc });
    const res = await request(chongqing.server).post('/oauth/token').type('form').send({ grant_type: 'password', username: firm.email, password: PASSWORD }).expect(401);
    expect(res.body.code).toBe('INVALID_CREDENTIALS');
  });
});
