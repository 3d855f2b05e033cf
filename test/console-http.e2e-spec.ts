import request from 'supertest';
import type { TestNode } from '@landsea/testing';
import { approvedOrganisation, PASSWORD } from './support/identity.js';
import { startNode } from './support/node.js';

/** What the console relies on from the node over plain HTTP: the cookie sign-in, its CSRF defence, the headers, the page fallback. */
describe('console: the browser sign-in and the served console', () => {
  let node: TestNode;
  const origin = 'http://127.0.0.1';
  beforeAll(async () => {
    node = await startNode();
  });
  afterAll(() => node.close());

  const browser = (path: string) => request(node.server).post(path).set('host', '127.0.0.1').set('origin', origin).set('x-landsea-console', '1');
  const refreshCookie = (res: request.Response): string => {
    const cookies = ([] as string[]).concat(res.headers['set-cookie'] ?? []);
    const cookie = cookies.find((c) => c.startsWith('landsea_refresh='));
    if (!cookie) throw new Error(`no refresh cookie in ${JSON.stringify(cookies)}`);
    return cookie;
  };

  it('answers the access token to the page and keeps the refresh token in an httpOnly, SameSite=Strict cookie on its own path', async () => {
    const { email } = await approvedOrganisation(node);
    const res = await browser('/oauth/browser/sign-in').send({ username: email, password: PASSWORD }).expect(200);
    expect(res.body).toEqual({ access_token: expect.any(String), token_type: 'Bearer', expires_in: expect.any(Number) });
    expect(res.body.refresh_token).toBeUndefined();
    expect(res.headers['cache-control']).toBe('no-store');
    const cookie = refreshCookie(res);
    expect(cookie).toMatch(/; Path=\/oauth\/browser(;|$)/);
    expect(cookie).toMatch(/; HttpOnly/);
    expect(cookie).toMatch(/; SameSite=Strict/);
    // Plain http is allowed only for test and development nodes.
    expect(cookie).not.toMatch(/; Secure/);
    await request(node.server).get('/identity/session').set('authorization', `Bearer ${res.body.access_token}`).expect(200);
  });

  it('rotates the cookie on refresh, and a replayed cookie ends the whole sign-in', async () => {
    const { email } = await approvedOrganisation(node);
    const first = refreshCookie(await browser('/oauth/browser/sign-in').send({ username: email, password: PASSWORD }).expect(200)).split(';')[0];
    const refreshed = await browser('/oauth/browser/refresh').set('cookie', first).expect(200);
    const second = refreshCookie(refreshed).split(';')[0];
    expect(second).not.toBe(first);
    expect(refreshed.body.access_token).toEqual(expect.any(String));

    const replay = await browser('/oauth/browser/refresh').set('cookie', first).expect(401);
    expect(replay.body.code).toBe('REFRESH_TOKEN_REUSED');
    expect(refreshCookie(replay)).toMatch(/landsea_refresh=;/);
    expect((await browser('/oauth/browser/refresh').set('cookie', second).expect(401)).body.code).toBe('REFRESH_TOKEN_INVALID');
  });

  it('signs out: the cookie is cleared and its sign-in can no longer be refreshed; sign-in, refresh and sign-out are each audited', async () => {
    const { email } = await approvedOrganisation(node);
    const run = `browser-${Date.now()}`;
    const signedIn = await browser('/oauth/browser/sign-in').set('x-correlation-id', `${run}-in`).send({ username: email, password: PASSWORD }).expect(200);
    const first = refreshCookie(signedIn).split(';')[0];
    const cookie = refreshCookie(await browser('/oauth/browser/refresh').set('x-correlation-id', `${run}-refresh`).set('cookie', first).expect(200)).split(';')[0];
    const out = await browser('/oauth/browser/sign-out').set('x-correlation-id', `${run}-out`).set('cookie', cookie).expect(204);
    expect(refreshCookie(out)).toMatch(/landsea_refresh=;/);
    await browser('/oauth/browser/refresh').set('cookie', cookie).expect(401);

    const operator = await node.operatorToken();
    const actions = async (correlationId: string) =>
      ((await request(node.server).get('/audit').query({ correlationId }).set('authorization', `Bearer ${operator}`).expect(200)).body.items as { action: string; outcome: string }[]).map(
        (entry) => `${entry.action}:${entry.outcome}`,
      );
    expect(await actions(`${run}-in`)).toEqual(['identity.sign_in:SUCCESS']);
    expect(await actions(`${run}-refresh`)).toEqual(['identity.token_refreshed:SUCCESS']);
    expect(await actions(`${run}-out`)).toEqual(['identity.tokens_revoked:SUCCESS']);
  });

  it('refuses a refresh without the cookie with a message in the asked language', async () => {
    const res = await browser('/oauth/browser/refresh').set('accept-language', 'zh-CN').expect(401);
    expect(res.body).toMatchObject({ code: 'SESSION_COOKIE_MISSING', message: '没有可延续的登录，请重新登录' });
  });

  it.each([
    ['another site', { origin: 'https://evil.example', 'x-landsea-console': '1' }],
    ['no Origin', { 'x-landsea-console': '1' }],
    ['no console header', { origin }],
  ])('refuses cross-site requests to the cookie routes: %s', async (_, headers) => {
    const { email } = await approvedOrganisation(node);
    const cookie = refreshCookie(await browser('/oauth/browser/sign-in').send({ username: email, password: PASSWORD }).expect(200)).split(';')[0];
    for (const path of ['/oauth/browser/refresh', '/oauth/browser/sign-out', '/oauth/browser/sign-in']) {
      const res = await request(node.server).post(path).set('host', '127.0.0.1').set(headers).set('cookie', cookie).send({ username: email, password: PASSWORD });
      expect([res.status, res.body.code]).toEqual([403, 'BROWSER_REQUEST_REFUSED']);
    }
    // The refused sign-out revoked nothing: the sign-in still refreshes.
    await browser('/oauth/browser/refresh').set('cookie', cookie).expect(200);
  });

  it('keeps the JSON mode of /oauth/token as it was: tokens in the body, no cookie', async () => {
    const { email } = await approvedOrganisation(node);
    const res = await request(node.server).post('/oauth/token').type('form').send({ grant_type: 'password', username: email, password: PASSWORD }).expect(200);
    expect(res.body.refresh_token).toEqual(expect.any(String));
    expect(res.headers['set-cookie']).toBeUndefined();
  });

  it('serves the console to a browser at / and at its own pages, with a CSP that allows no inline script', async () => {
    for (const path of ['/', '/sign-in', '/dossiers/42', '/bills/verify?number=X1']) {
      const res = await request(node.server).get(path).set('accept', 'text/html').set('sec-fetch-mode', 'navigate').expect(200);
      expect(res.headers['content-type']).toMatch(/^text\/html/);
      expect(res.text).toContain('<div id="root">');
      expect(res.text).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/);
      const csp = res.headers['content-security-policy'];
      expect(csp).toContain("script-src 'self'");
      expect(csp).not.toMatch(/script-src[^;]*unsafe-inline/);
      expect(csp).toContain("frame-ancestors 'none'");
      expect(res.headers['x-content-type-options']).toBe('nosniff');
    }
    const asset = /src="(\/assets\/[^"]+\.js)"/.exec((await request(node.server).get('/').set('sec-fetch-mode', 'navigate')).text)?.[1];
    const js = await request(node.server).get(asset as string).expect(200);
    expect(js.headers['cache-control']).toMatch(/immutable/);
  });

  it('keeps the API API: JSON for programs at /bills/verify, and ROUTE_NOT_FOUND for unknown API routes even from a browser', async () => {
    const json = await request(node.server).get('/bills/verify?number=NOPE1').set('accept', 'application/json').expect(404);
    expect(json.headers['content-type']).toMatch(/^application\/json/);
    expect(json.headers.vary).toMatch(/sec-fetch-mode/);
    const page = await request(node.server).get('/bills/verify?number=NOPE1').set('sec-fetch-mode', 'navigate').expect(200);
    expect(page.headers.vary).toMatch(/sec-fetch-mode/);
    for (const path of ['/bills/nope/nothing', '/identity/nothing', '/assets/missing.js']) {
      const res = await request(node.server).get(path).set('accept', 'text/html').set('sec-fetch-mode', 'navigate').expect(404);
      expect(res.body.code).toBe('ROUTE_NOT_FOUND');
    }
    const programs = await request(node.server).get('/no/such/route').expect(404);
    expect(programs.body.code).toBe('ROUTE_NOT_FOUND');
    // /docs still answers (the Swagger UI loads its scripts from files, as the CSP requires).
    const docs = await request(node.server).get('/docs').set('accept', 'text/html').expect(200);
    expect(docs.text).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/);
  });
});
