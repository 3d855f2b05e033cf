import createClient from 'openapi-fetch';
import { ApiFailure, baseHeaders, CONSOLE_HEADERS, publicApi, unwrap } from '../api/client';
import type { paths } from '../api/schema';

/** Why a sign-in ended, for the message on the sign-in page. */
export type EndReason = 'expired' | 'revoked' | 'signedOut';

/**
 * The access token lives in this module's memory only: never in localStorage, sessionStorage or a
 * cookie a script can read. The refresh token is in an httpOnly cookie this code never sees.
 */
let accessToken: string | null = null;
let refreshTimer: ReturnType<typeof setTimeout> | undefined;
let refreshing: Promise<boolean> | null = null;
const endListeners = new Set<(reason: EndReason) => void>();

export function onSessionEnd(listener: (reason: EndReason) => void): () => void {
  endListeners.add(listener);
  return () => endListeners.delete(listener);
}

export function hasSession(): boolean {
  return accessToken !== null;
}

function accept(tokens: { access_token: string; expires_in: number }): void {
  accessToken = tokens.access_token;
  clearTimeout(refreshTimer);
  // Refresh a little before expiry, so a request never meets an expired token in the first place.
  refreshTimer = setTimeout(() => void refresh(), Math.max(5, tokens.expires_in * 0.8) * 1000);
}

function end(reason: EndReason): void {
  const had = accessToken !== null;
  accessToken = null;
  clearTimeout(refreshTimer);
  if (had || reason === 'signedOut') for (const listener of endListeners) listener(reason);
}

const reasonFor = (failure: unknown): EndReason => {
  const code = failure instanceof ApiFailure ? (failure.body.code ?? '') : '';
  return /REVOKED|REUSED|DISABLED/.test(code) ? 'revoked' : 'expired';
};

export async function signIn(username: string, password: string): Promise<void> {
  accept(await unwrap(publicApi.POST('/oauth/browser/sign-in', { body: { username, password }, params: { header: CONSOLE_HEADERS } })));
}

/** Rotates the cookie's refresh token for a new access token; one at a time however many ask. */
export function refresh(reason?: EndReason): Promise<boolean> {
  refreshing ??= unwrap(publicApi.POST('/oauth/browser/refresh', { params: { header: CONSOLE_HEADERS } }))
    .then((tokens) => {
      accept(tokens);
      return true;
    })
    .catch((failure: unknown) => {
      // A network failure is not the end of the sign-in: the next request tries again.
      if (failure instanceof ApiFailure) end(reason ?? reasonFor(failure));
      return false;
    })
    .finally(() => {
      refreshing = null;
    });
  return refreshing;
}

/** On page load: continue the sign-in the cookie holds, if any, without a message when there is none. */
export async function restore(): Promise<boolean> {
  const restored = await unwrap(publicApi.POST('/oauth/browser/refresh', { params: { header: CONSOLE_HEADERS } })).then(
    (tokens) => (accept(tokens), true),
    () => false,
  );
  return restored;
}

export async function signOut(): Promise<void> {
  await publicApi.POST('/oauth/browser/sign-out', { params: { header: CONSOLE_HEADERS } }).catch(() => undefined);
  end('signedOut');
}

function authorised(request: Request): Request {
  const headers = new Headers(request.headers);
  for (const [name, value] of Object.entries(baseHeaders())) headers.set(name, value);
  if (accessToken) headers.set('authorization', `Bearer ${accessToken}`);
  return new Request(request, { headers });
}

/**
 * fetch with the in-memory token. A 401 gets one refresh and one retry of the same request, so
 * an expired token costs the person nothing: the page and whatever they typed stay as they are.
 */
async function authorisedFetch(request: Request): Promise<Response> {
  const retry = request.clone();
  const response = await fetch(authorised(request));
  if (response.status !== 401 || accessToken === null) return response;
  const code = await response
    .clone()
    .json()
    .then((body: { code?: string }) => body.code ?? '', () => '');
  if (!(await refresh(/REVOKED/.test(code) ? 'revoked' : undefined))) return response;
  return fetch(authorised(retry));
}

/** The typed client for every call made as the signed-in person. */
export const api = createClient<paths>({ baseUrl: '', fetch: authorisedFetch });
