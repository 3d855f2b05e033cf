import { randomUUID } from 'node:crypto';
import { Agent, request as httpRequest } from 'node:http';
import type { DataSource } from 'typeorm';

/** A small seeded PRNG (mulberry32): the same seed gives the same requests, run after run. */
export class Rng {
  private state: number;
  constructor(seed: number) {
    this.state = seed >>> 0;
  }
  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }
  int(max: number): number {
    return Math.floor(this.next() * max);
  }
  pick<T>(items: readonly T[]): T {
    return items[this.int(items.length)];
  }
}

type Schema = { $ref?: string; type?: string; properties?: Record<string, Schema>; required?: string[]; items?: Schema; enum?: unknown[]; example?: unknown; default?: unknown; format?: string; allOf?: Schema[]; oneOf?: Schema[] };
interface OpenApi {
  paths: Record<string, Record<string, { requestBody?: { content: Record<string, { schema?: Schema }> }; parameters?: Array<{ in: string; name: string; required?: boolean; schema?: Schema }> }>>;
  components: { schemas: Record<string, Schema> };
}

/** A route that changes something: what the OpenAPI document says it takes. */
export interface WriteRoute {
  readonly method: string;
  /** As the document names it: `/bills/{id}/transfer`. */
  readonly template: string;
  readonly contentTypes: readonly string[];
  readonly schema?: Schema;
  readonly query: Record<string, string>;
}

const WRITE_METHODS = ['post', 'put', 'patch', 'delete'];

/** Every write route of the node, from its OpenAPI document: a route added later is fuzzed without anyone listing it. */
export function writeRoutes(doc: OpenApi): WriteRoute[] {
  return Object.entries(doc.paths).flatMap(([template, operations]) =>
    Object.entries(operations)
      .filter(([method]) => WRITE_METHODS.includes(method))
      .map(([method, operation]) => {
        const content = operation.requestBody?.content ?? {};
        const query = Object.fromEntries(
          (operation.parameters ?? [])
            .filter((p) => p.in === 'query' && p.required)
            .map((p) => [p.name, String(p.schema?.enum?.[0] ?? p.schema?.example ?? 'x')]),
        );
        return { method: method.toUpperCase(), template, contentTypes: Object.keys(content), schema: Object.values(content)[0]?.schema, query };
      }),
  );
}

/** A body the schema accepts, from its examples, enums and types: the start of every mutation. */
export function sampleFromSchema(schema: Schema | undefined, doc: OpenApi, depth = 0): unknown {
  if (!schema || depth > 8) return undefined;
  if (schema.$ref) return sampleFromSchema(doc.components.schemas[schema.$ref.split('/').pop() as string], doc, depth + 1);
  if (schema.allOf?.length) return sampleFromSchema(schema.allOf[0], doc, depth + 1);
  if (schema.oneOf?.length) return sampleFromSchema(schema.oneOf[0], doc, depth + 1);
  if (schema.example !== undefined) return schema.example;
  if (schema.default !== undefined) return schema.default;
  if (schema.enum?.length) return schema.enum[0];
  switch (schema.type) {
    case 'object':
      return Object.fromEntries(Object.entries(schema.properties ?? {}).map(([key, value]) => [key, sampleFromSchema(value, doc, depth + 1)]));
    case 'array':
      return [sampleFromSchema(schema.items, doc, depth + 1)].filter((v) => v !== undefined);
    case 'integer':
    case 'number':
      return 1;
    case 'boolean':
      return true;
    case 'string':
      return schema.format === 'uuid' ? randomUUID() : schema.format === 'date-time' ? new Date().toISOString() : schema.format === 'byte' ? 'aGVsbG8=' : 'sample';
    default:
      return schema.properties ? sampleFromSchema({ ...schema, type: 'object' }, doc, depth) : undefined;
  }
}

/** One request the fuzzer sends, and what it did to the base body. */
export interface FuzzRequest {
  readonly mutation: string;
  readonly headers: Record<string, string>;
  readonly body?: string | Buffer;
}

const TYPE_SWAPS: readonly unknown[] = [{}, [], 'text', 42, -1.5, null, true, [{}], ['text'], { '0': 'a' }];
const NASTY_TEXT: ReadonlyArray<[string, () => string]> = [
  ['nul', () => 'INV\u0000001'],
  ['lone-high-surrogate', () => 'INV\ud800001'],
  ['lone-low-surrogate', () => '\udc00'],
  ['huge-string', () => 'x'.repeat(200_000)],
  ['huge-cjk', () => '重'.repeat(100_000)],
  ['emoji', () => '😀👨‍👩‍👧 订单'],
  ['rtl-override', () => 'INV\u202e100'],
  ['zero-width', () => '\u200b\ufeff'],
  ['combining', () => 'e\u0301\u0301\u0301'],
  ['fullwidth-digits', () => '９１５０００００２０２８１５３０６Ｃ'],
  ['control', () => '\u0001\u001b[31m\u007f'],
  ['empty', () => ''],
  ['spaces', () => '   '],
  ['sql', () => "'; DROP TABLE bills.bill; --"],
  ['proto', () => '__proto__'],
];

/** Paths to every value in a JSON value, the root included. */
function paths(value: unknown, at: Array<string | number> = [], out: Array<Array<string | number>> = []): Array<Array<string | number>> {
  out.push(at);
  if (Array.isArray(value)) value.forEach((item, i) => paths(item, [...at, i], out));
  else if (value && typeof value === 'object') for (const [key, item] of Object.entries(value)) paths(item, [...at, key], out);
  return out;
}

function setAt(root: unknown, at: ReadonlyArray<string | number>, value: unknown): unknown {
  if (at.length === 0) return value;
  const copy = structuredClone(root) as Record<string | number, unknown>;
  let node = copy;
  for (const key of at.slice(0, -1)) node = node[key] as Record<string | number, unknown>;
  node[at[at.length - 1]] = value;
  return copy;
}

function deleteAt(root: unknown, at: ReadonlyArray<string | number>): unknown {
  if (at.length === 0) return undefined;
  const copy = structuredClone(root) as Record<string | number, unknown>;
  let node = copy;
  for (const key of at.slice(0, -1)) node = node[key] as Record<string | number, unknown>;
  if (Array.isArray(node)) node.splice(Number(at[at.length - 1]), 1);
  else delete node[at[at.length - 1]];
  return copy;
}

const JSON_TYPE = { 'content-type': 'application/json' };
const DEEP = 'fuzz-deep-placeholder';
const valueAt = (root: unknown, at: ReadonlyArray<string | number>): unknown => at.reduce<unknown>((v, k) => (v as Record<string | number, unknown>)[k], root);

/** A mutation of a valid JSON body: each is something a careless or hostile client sends. */
export function mutateJson(base: unknown, rng: Rng): FuzzRequest {
  const all = paths(base);
  const target = rng.pick(all);
  const strings = all.filter((p) => typeof valueAt(base, p) === 'string');
  switch (rng.int(9)) {
    case 0:
    case 1: {
      const swap = rng.pick(TYPE_SWAPS);
      return { mutation: `type-swap:${JSON.stringify(swap)}`, headers: JSON_TYPE, body: JSON.stringify(setAt(base, target, swap)) };
    }
    case 2: {
      const depth = rng.pick([33, 100, 1000, 5000, 20_000]);
      const open = rng.next() < 0.5 ? ['[', ']'] : ['{"a":', '}'];
      const nested = `${open[0].repeat(depth)}1${open[1].repeat(depth)}`;
      return { mutation: `deep:${depth}`, headers: JSON_TYPE, body: JSON.stringify(setAt(base, target, DEEP)).replace(`"${DEEP}"`, nested) };
    }
    case 3:
    case 4: {
      const [name, text] = rng.pick(NASTY_TEXT);
      const at = strings.length && rng.next() < 0.8 ? rng.pick(strings) : target;
      const asKey = rng.next() < 0.15 && at.length > 0;
      const mutated = asKey ? setAt(base, [...at.slice(0, -1), text()], 'v') : setAt(base, at, text());
      return { mutation: `text:${name}${asKey ? ':key' : ''}`, headers: JSON_TYPE, body: JSON.stringify(mutated) };
    }
    case 5:
      return { mutation: 'missing-field', headers: JSON_TYPE, body: JSON.stringify(deleteAt(base, target) ?? {}) };
    case 6: {
      const extra = rng.pick(['__proto__', 'constructor', 'isAdmin', 'organisationId', 'id']);
      const objects = all.filter((p) => isObject(valueAt(base, p)));
      const parent = objects.length ? rng.pick(objects) : [];
      const text = JSON.stringify(setAt(base, parent, { ...(valueAt(base, parent) as object), fuzzExtra: { isAdmin: true } }));
      return { mutation: `extra-field:${extra}`, headers: JSON_TYPE, body: text.replace('"fuzzExtra"', JSON.stringify(extra)) };
    }
    case 7: {
      const contentType = rng.pick(['text/plain', 'application/xml', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x', 'application/json; charset=latin1', 'application/octet-stream', '']);
      const headers: Record<string, string> = contentType ? { 'content-type': contentType } : {};
      return { mutation: `content-type:${contentType || 'none'}`, headers, body: JSON.stringify(base) };
    }
    default: {
      const text = JSON.stringify(base);
      const raw = rng.pick<[string, string | Buffer]>([
        ['truncated', text.slice(0, Math.max(1, rng.int(text.length)))],
        ['invalid-utf8', Buffer.concat([Buffer.from(text.slice(0, -1)), Buffer.from([0xc3, 0x28, 0xff]), Buffer.from('}')])],
        ['escaped-nul', text.replace(/"([^"]*)"$|"([^"]+)"(?=[,}\]])/, '"\\u0000"')],
        ['escaped-surrogate', text.replace(/"([^"]+)"(?=[,}\]])/, '"\\udfff"')],
        ['duplicate-keys', text.replace(/^\{/, `{"x":1,"x":2,`)],
        ['proto-pollution', text.replace(/^\{/, '{"__proto__":{"isAdmin":true},"constructor":{"prototype":{"x":1}},')],
        ['whole-body-array', '[]'],
        ['whole-body-string', '"text"'],
        ['whole-body-number', '42'],
        ['whole-body-null', 'null'],
        ['empty', ''],
        ['bom', `\ufeff${text}`],
        ['huge-number', text.replace(/^\{/, `{"n":1${'0'.repeat(400)},`)],
      ]);
      return { mutation: `raw:${raw[0]}`, headers: JSON_TYPE, body: raw[1] };
    }
  }
}

const isObject = (value: unknown): boolean => value !== null && typeof value === 'object' && !Array.isArray(value);

/** A valid multipart upload of one small file. */
export function multipartUpload(boundary = 'fuzz-boundary'): FuzzRequest {
  const body = [`--${boundary}`, 'Content-Disposition: form-data; name="file"; filename="invoice.csv"', 'Content-Type: text/csv', '', '序号,商品名称,数量\r\n1,笔记本电脑,400', `--${boundary}--`, ''].join('\r\n');
  return { mutation: 'multipart:valid', headers: { 'content-type': `multipart/form-data; boundary=${boundary}` }, body };
}

/** Broken multipart framing: what a failed upload or a hand-rolled client sends. */
export function brokenMultipart(rng: Rng): FuzzRequest {
  const valid = multipartUpload().body as string;
  const framed = (contentType: string, body: string | Buffer, name: string): FuzzRequest => ({ mutation: `multipart:${name}`, headers: { 'content-type': contentType }, body });
  const type = 'multipart/form-data; boundary=fuzz-boundary';
  return rng.pick([
    () => framed('multipart/form-data', valid, 'no-boundary'),
    () => framed('multipart/form-data; boundary=', valid, 'empty-boundary'),
    () => framed('multipart/form-data; boundary=other', valid, 'wrong-boundary'),
    () => framed(type, valid.slice(0, rng.int(valid.length)), 'truncated'),
    () => framed(type, valid.replace('--fuzz-boundary--', ''), 'no-closing-boundary'),
    () => framed(type, valid.replace('Content-Disposition: form-data; name="file"; filename="invoice.csv"', 'Content-Disposition: garbage'), 'bad-disposition'),
    () => framed(type, valid.replace('Content-Disposition', 'X'.repeat(100_000)), 'huge-header'),
    () => framed(type, valid.replace('\r\n\r\n', '\n'), 'no-header-end'),
    () => framed(type, '', 'empty'),
    () => framed(type, '--fuzz-boundary--\r\n', 'no-parts'),
    () => framed(type, Buffer.from([0x00, 0xff, 0xfe, 0x2d, 0x2d]), 'binary-garbage'),
    () => framed(type, valid.replace('filename="invoice.csv"', 'filename="\u0000.csv"'), 'nul-filename'),
    () => framed(type, valid + valid, 'two-files'),
    () => framed('application/json', '{}', 'json-instead'),
  ])();
}

export interface FuzzAnswer {
  readonly status: number;
  readonly body: string;
  readonly stalled: boolean;
}

const agent = new Agent({ keepAlive: true, maxSockets: 8 });

/** Sends one request as it is, bytes and headers, with no client library tidying it up. */
export function send(base: string, method: string, path: string, headers: Record<string, string>, body: string | Buffer | undefined, timeoutMs: number): Promise<FuzzAnswer> {
  const url = new URL(path, base);
  return new Promise((resolve) => {
    const req = httpRequest(url, { method, headers: { ...headers, ...(body === undefined ? {} : { 'content-length': String(Buffer.byteLength(body)) }) }, agent, timeout: timeoutMs }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8'), stalled: false }));
      res.on('error', () => resolve({ status: 0, body: '', stalled: false }));
    });
    req.on('timeout', () => {
      req.destroy();
      resolve({ status: 0, body: '', stalled: true });
    });
    req.on('error', () => resolve({ status: 0, body: '', stalled: false }));
    if (body !== undefined) req.write(body);
    req.end();
  });
}

export function closeAgent(): void {
  agent.destroy();
}

/** True when the text is the one error body, with the status it came with. */
export function isErrorBody(status: number, text: string): boolean {
  try {
    const body = JSON.parse(text) as Record<string, unknown>;
    return (
      body.statusCode === status &&
      typeof body.code === 'string' &&
      /^[A-Z][A-Z0-9_]*$/.test(body.code) &&
      typeof body.message === 'string' &&
      body.message.length > 0 &&
      typeof body.correlationId === 'string' &&
      (body.details === undefined || Array.isArray(body.details)) &&
      Object.keys(body).every((key) => ['statusCode', 'code', 'message', 'details', 'correlationId'].includes(key))
    );
  } catch {
    return false;
  }
}

/**
 * Logs every row any table of the node's database gets written, by trigger, into fuzz.write_log.
 * Only committed writes stay in the log, so a refused request that left it as it was wrote nothing.
 * For a database of the fuzzer's own.
 */
export async function logWrites(db: DataSource): Promise<void> {
  await db.query(`
    CREATE SCHEMA fuzz;
    CREATE TABLE fuzz.write_log (id bigserial PRIMARY KEY, table_name text NOT NULL);
    CREATE FUNCTION fuzz.log_write() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN INSERT INTO fuzz.write_log (table_name) VALUES (TG_TABLE_SCHEMA || '.' || TG_TABLE_NAME); RETURN NULL; END $$;
    DO $$ DECLARE t record; BEGIN
      FOR t IN SELECT schemaname, tablename FROM pg_tables WHERE schemaname NOT IN ('pg_catalog', 'information_schema', 'fuzz') LOOP
        EXECUTE format('CREATE TRIGGER fuzz_write_log AFTER INSERT OR UPDATE OR DELETE ON %I.%I FOR EACH ROW EXECUTE FUNCTION fuzz.log_write()', t.schemaname, t.tablename);
      END LOOP;
    END $$;`);
}

/** The newest entry of the write log, and the tables written since `after`. */
export async function writesSince(db: DataSource, after: number): Promise<{ last: number; tables: string[] }> {
  const [{ last }] = (await db.query('SELECT coalesce(max(id), 0)::int AS last FROM fuzz.write_log')) as Array<{ last: number }>;
  if (last === after) return { last, tables: [] };
  const rows = (await db.query('SELECT DISTINCT table_name FROM fuzz.write_log WHERE id > $1 ORDER BY 1', [after])) as Array<{ table_name: string }>;
  return { last, tables: rows.map((r) => r.table_name) };
}
