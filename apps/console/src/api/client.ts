import createClient from 'openapi-fetch';
import { currentLanguage } from '../i18n/i18n';
import type { components, paths } from './schema';

export type Schemas = components['schemas'];

/** The error body every Landsea route answers with. */
export type ApiError = Schemas['ErrorBody'];

/** The header the node's browser-session routes require (with a same-origin Origin) against CSRF. */
export const CONSOLE_HEADERS = { 'x-landsea-console': '1' } as const;

/** What every request says about itself: JSON wanted, in the reader's language. */
export function baseHeaders(): Record<string, string> {
  return { accept: 'application/json', 'accept-language': currentLanguage() };
}

/** A client without a token: sign-in, refresh and the public pages. */
export const publicApi = createClient<paths>({ baseUrl: '', credentials: 'same-origin' });
publicApi.use({
  onRequest({ request }) {
    for (const [name, value] of Object.entries(baseHeaders())) request.headers.set(name, value);
    return request;
  },
});

/** Thrown for any non-2xx answer, carrying the node's error body. */
export class ApiFailure extends Error {
  constructor(
    readonly status: number,
    readonly body: Partial<ApiError>,
  ) {
    super(body.message ?? `HTTP ${status}`);
  }
}

/** Unwraps an openapi-fetch answer: its data, or an ApiFailure. */
export async function unwrap<T>(call: Promise<{ data?: T; error?: unknown; response: Response }>): Promise<T> {
  const { data, error, response } = await call;
  if (!response.ok) throw new ApiFailure(response.status, (error ?? {}) as Partial<ApiError>);
  return data as T;
}

/** A text the node gives in each language ({ "zh-CN": …, en: … }), in the reader's. */
export function localised(text: unknown): string {
  if (typeof text === 'string') return text;
  const texts = (text ?? {}) as Record<string, string | undefined>;
  return texts[currentLanguage()] ?? texts.en ?? '';
}
