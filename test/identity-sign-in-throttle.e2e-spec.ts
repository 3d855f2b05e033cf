import { randomUUID } from 'node:crypto';
import request from 'supertest';
import type { TestNode } from '@landsea/testing';
import { PASSWORD, register } from './support/identity.js';
import { startNode } from './support/node.js';

/** Guesses that arrive all at once: the lockout must hold as it does for guesses one by one. */
describe('the sign-in lockout under concurrent guessing', () => {
  let node: TestNode;
  beforeAll(async () => {
    node = await startNode({ SIGN_IN_BACKOFF_MS: '0', SIGN_IN_MAX_FAILURES: '5', SIGN_IN_MAX_FAILURES_PER_ADDRESS: '50' });
  });
  afterAll(() => node.close());

  const attempt = (username: string, password: string) => request(node.server).post('/oauth/token').type('form').send({ grant_type: 'password', username, password });
  const tally = (responses: Array<{ status: number; body: { code?: string } }>) =>
    responses.reduce<Record<string, number>>((counts, r) => ({ ...counts, [r.body.code ?? String(r.status)]: (counts[r.body.code ?? String(r.status)] ?? 0) + 1 }), {});

  it('checks no more than the limit of 100 parallel guesses at one account, and the right password among them gets no token', async () => {
    const firm = await register(node);
    const guesses = Array.from({ length: 100 }, (_, i) => attempt(firm.email, i === 99 ? PASSWORD : `Wrong-Password-${i}`));
    const counts = tally(await Promise.all(guesses));
    expect(counts).toEqual({ INVALID_CREDENTIALS: 5, ACCOUNT_LOCKED: 95 });
    // Still locked afterwards, for the right password too.
    expect((await attempt(firm.email, PASSWORD).expect(429)).body.code).toBe('ACCOUNT_LOCKED');
  });

  it('checks no more than the limit of 120 parallel guesses from one address over many accounts', async () => {
    const guesses = Array.from({ length: 120 }, () => attempt(`nobody-${randomUUID().slice(0, 8)}@guess.example.cn`, 'Wrong-Password-1'));
    const counts = tally(await Promise.all(guesses));
    expect(counts.INVALID_CREDENTIALS).toBeLessThanOrEqual(50);
    expect(counts.INVALID_CREDENTIALS + counts.ADDRESS_LOCKED).toBe(120);
    expect(counts.ADDRESS_LOCKED).toBeGreaterThanOrEqual(70);
  });
});
