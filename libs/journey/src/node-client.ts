// eslint-disable-next-line @typescript-eslint/no-explicit-any -- JSON off the wire; each call names the shape it reads
type Json = any;

/** What a node answered: the status and the parsed JSON body. */
export interface Answer<T = Json> {
  readonly status: number;
  readonly body: T;
}

export interface CallOptions {
  readonly token?: string;
  readonly json?: unknown;
  readonly form?: Record<string, string>;
  readonly file?: { readonly field: string; readonly name: string; readonly type: string; readonly data: Uint8Array };
  /** The status the caller expects; anything else throws, naming the call and the answer. */
  readonly expect?: number;
}

/** A node's public HTTP API, as any client outside the node reaches it. */
export class NodeClient {
  constructor(
    readonly name: string,
    readonly baseUrl: string,
  ) {}

  async call<T = Json>(method: string, path: string, options: CallOptions = {}): Promise<Answer<T>> {
    const headers: Record<string, string> = {};
    if (options.token) headers.authorization = `Bearer ${options.token}`;
    let body: string | URLSearchParams | FormData | undefined;
    if (options.json !== undefined) {
      headers['content-type'] = 'application/json';
      body = JSON.stringify(options.json);
    } else if (options.form) {
      body = new URLSearchParams(options.form);
    } else if (options.file) {
      const form = new FormData();
      form.append(options.file.field, new Blob([new Uint8Array(options.file.data)], { type: options.file.type }), options.file.name);
      body = form;
    }
    const response = await fetch(`${this.baseUrl}${path}`, { method, headers, body });
    const text = await response.text();
    const parsed = text && response.headers.get('content-type')?.includes('json') ? (JSON.parse(text) as T) : (text as T);
    if (options.expect !== undefined && response.status !== options.expect) {
      throw new Error(`${method} ${this.name}${path} answered ${response.status}, not ${options.expect}: ${text.slice(0, 600)}`);
    }
    return { status: response.status, body: parsed };
  }

  /** The body of a call that must answer `status`. */
  async ok<T = Json>(method: string, path: string, status: number, options: Omit<CallOptions, 'expect'> = {}): Promise<T> {
    return (await this.call<T>(method, path, { ...options, expect: status })).body;
  }
}

/**
 * Asks until the answer is there: what other nodes learn arrives by queue, not at once. When it
 * never comes, `explain` says why (what the sending node's log shows), not only that it waited.
 */
export async function eventually<T>(what: string, probe: () => Promise<T | undefined>, timeoutMs = 30_000, explain?: () => Promise<string>): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() > deadline) {
      const why = explain ? await explain().catch((error: unknown) => `and could not ask why: ${error instanceof Error ? error.message : String(error)}`) : '';
      throw new Error(`Waited ${timeoutMs} ms for ${what}${why ? `; ${why}` : ''}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 150));
  }
}
