import request from 'supertest';
import { loadConfig } from '@landsea/config';
import { migrateDatabase, underMigrationLock } from '@landsea/database';
import { resetOperatorPassword } from '@landsea/identity';
import type { TestNode } from '@landsea/testing';
import { NODE_DEFINITION } from '../apps/node/src/node.definition.js';
import { startNode } from './support/node.js';

/** The traps a new user walks into when following the README on a node that has run before. */
describe('a node that already has an operator', () => {
  let node: TestNode;
  const chosen = 'Chosen-Later-Password-2027';
  beforeAll(async () => {
    node = await startNode({}, { database: 'first_steps' });
  });
  afterAll(() => node.close());

  const signIn = (password: string) =>
    request(node.server).post('/oauth/token').type('form').send({ grant_type: 'password', username: node.env.NODE_OPERATOR_EMAIL, password });
  const migrate = async (password: string): Promise<string[]> => {
    const said: string[] = [];
    const config = loadConfig({ ...node.env, NODE_OPERATOR_PASSWORD: password });
    await migrateDatabase({ url: node.env.DATABASE_URL, migrations: NODE_DEFINITION.migrations, seeders: NODE_DEFINITION.seeders(config), say: (l) => said.push(l) });
    return said;
  };

  it('says at start that a different NODE_OPERATOR_PASSWORD is ignored, and how to reset it', async () => {
    expect(await migrate(chosen)).toContainEqual(expect.stringMatching(/operator@cq\.landsea\.test already exists .*NODE_OPERATOR_PASSWORD is ignored.*npm run operator -- reset-password/));
    expect((await signIn(chosen)).status).toBe(401);
    // The password it already has is no news.
    expect((await migrate(node.env.NODE_OPERATOR_PASSWORD)).join('\n')).not.toContain('ignored');
  });

  it('resets the operator password from the command line, ends its sign-ins, and audits it', async () => {
    const before = await signIn(node.env.NODE_OPERATOR_PASSWORD).expect(200);
    const reset = (password: string) => underMigrationLock(node.env.DATABASE_URL, (manager) => resetOperatorPassword(manager, node.env as never, password));
    await expect(reset('short')).rejects.toMatchObject({ code: 'WEAK_PASSWORD' });
    await reset(chosen);

    expect((await signIn(node.env.NODE_OPERATOR_PASSWORD)).status).toBe(401);
    const after = await signIn(chosen).expect(200);
    const refreshed = await request(node.server).post('/oauth/token').type('form').send({ grant_type: 'refresh_token', refresh_token: before.body.refresh_token });
    expect(refreshed.status).toBe(401);
    const audit = await request(node.server).get('/identity/audit?action=identity.operator_password_reset').set('authorization', `Bearer ${after.body.access_token}`).expect(200);
    expect(audit.body).toEqual([expect.objectContaining({ action: 'identity.operator_password_reset', outcome: 'SUCCESS', actorSubject: 'command-line' })]);
    await migrate(node.env.NODE_OPERATOR_PASSWORD);
  });
});

describe('a bearer token that is not a JWT', () => {
  let node: TestNode;
  beforeAll(async () => {
    node = await startNode();
  });
  afterAll(() => node.close());

  // What an unset `$CT` made of the README's two-step block: the next argument, JSON, became the token.
  it.each(['{"decision":"ACCEPT"}', 'garbage'])('is refused with 401 TOKEN_INVALID, whatever the body: Bearer %s', async (token) => {
    const res = await request(node.server)
      .post('/declarations/authority/filings/6f1c2f50-0000-4000-8000-000000000000/receipts')
      .set('authorization', `Bearer ${token}`)
      .set('content-type', 'application/json')
      .send('{"decision":"ACCEPT"}');
    expect(res.status).toBe(401);
    expect(res.body).toMatchObject({ statusCode: 401, code: 'TOKEN_INVALID' });
  });
});
