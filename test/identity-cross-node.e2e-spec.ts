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

  it("is refused at Guangxi while no directory entry of Chongqing lists the firm, and a registration of its USCC at Guangxi never makes Chongqing's token speak for it", async () => {
    const firm = await register(chongqing);
    await approve(chongqing, firm.organisationId);
    const { access } = await signIn(chongqing, firm.email);

    const untrusted = await session(guangxi, access).expect(401);
    expect(untrusted.body.code).toBe('TOKEN_ISSUER_UNKNOWN');

    await trustChongqing();

    // Trusted, but nothing Chongqing shared says the firm is homed there.
    const unlisted = await session(guangxi, access).expect(401);
    expect(unlisted.body.code).toBe('TOKEN_NOT_FROM_HOME_NODE');

    // The same USCC registered and approved at Guangxi is homed at Guangxi: Chongqing does not speak for it there.
    const sameUscc = await register(guangxi, { uscc: firm.uscc });
    await approve(guangxi, sameUscc.organisationId);
    const homedHere = await session(guangxi, access).expect(401);
    expect(homedHere.body.code).toBe('TOKEN_NOT_FROM_HOME_NODE');
    // Nor does it read Guangxi's audit trail.
    expect((await request(guangxi.server).get(`/audit?organisationId=${sameUscc.organisationId}`).set('authorization', `Bearer ${access}`).expect(401)).body.code).toBe('TOKEN_NOT_FROM_HOME_NODE');
  });

  it("never lets a partner's token act as this node's operator", async () => {
    await trustChongqing();
    const gxOperator = await guangxi.operatorToken();
    const cqOperator = await chongqing.operatorToken();
    const res = await request(guangxi.server).get('/identity/audit').set('authorization', `Bearer ${cqOperator}`).expect(401);
    expect(res.body.code).toBe('TOKEN_NOT_FROM_HOME_NODE');
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
