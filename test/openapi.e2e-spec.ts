import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import type { OpenAPIObject, OperationObject, ParameterObject, ReferenceObject, ResponseObject, SchemaObject } from '@nestjs/swagger';
import { Ajv } from 'ajv';
import addFormats from 'ajv-formats';
import { AuditErrorCode } from '@landsea/audit';
import { AuthErrorCode } from '@landsea/auth';
import { BillsErrorCode } from '@landsea/bills';
import { CommonErrorCode, createValidationPipe } from '@landsea/errors';
import { ExchangeErrorCode } from '@landsea/exchange';
import { IdentityErrorCode } from '@landsea/identity';
import { QueueErrorCode } from '@landsea/queue';
import { nodeOpenApiDocument } from '../apps/node/src/console-api.js';
import { DeclarationsErrorCode } from '../libs/declarations/src/declarations.errors.js';
import { DossierDto } from '../libs/declarations/src/dossiers/dto/dossier.dto.js';

interface LintProblem {
  readonly ruleId: string;
  readonly severity: 'error' | 'warn';
  readonly message: string;
  readonly location: ReadonlyArray<{ readonly pointer: string }>;
}

const REDOCLY = resolve('node_modules/@redocly/cli/bin/cli.js');

/** Lints a document with the repository's redocly.yaml, offline: no telemetry, no update check. */
async function lint(document: OpenAPIObject): Promise<LintProblem[]> {
  const dir = mkdtempSync(join(tmpdir(), 'landsea-openapi-'));
  try {
    writeFileSync(join(dir, 'openapi.json'), JSON.stringify(document));
    const env = { ...process.env, REDOCLY_TELEMETRY: 'off', REDOCLY_SUPPRESS_UPDATE_NOTICE: 'true', NO_COLOR: '1' };
    const run = promisify(execFile)(process.execPath, [REDOCLY, 'lint', 'openapi.json', `--config=${resolve('redocly.yaml')}`, '--format=json'], { cwd: dir, env });
    // Problems make the linter exit 1; its report is on stdout either way.
    const { stdout } = await run.catch((error: { stdout?: string }) => ({ stdout: error.stdout ?? '' }));
    return (JSON.parse(stdout) as { problems: LintProblem[] }).problems;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const operations = (document: OpenAPIObject): Array<[string, OperationObject]> =>
  Object.entries(document.paths).flatMap(([path, item]) => Object.entries(item).map(([method, operation]) => [`${method.toUpperCase()} ${path}`, operation as OperationObject] as [string, OperationObject]));

/** The body a client copies from /docs: each property's example, or its first enum value, all the way down. */
function exampleOf(document: OpenAPIObject, schema: SchemaObject | ReferenceObject): unknown {
  if ('$ref' in schema) return exampleOf(document, document.components!.schemas![schema.$ref.split('/').pop()!]);
  if (schema.example !== undefined) return schema.example;
  if (schema.enum) return schema.enum[0];
  if (schema.allOf?.length === 1) return exampleOf(document, schema.allOf[0]);
  if (schema.type === 'array') return [exampleOf(document, schema.items!)];
  return Object.fromEntries(Object.entries(schema.properties ?? {}).map(([name, property]) => [name, exampleOf(document, property)]));
}

/** Every property (of an object schema, not a reference to one) and every parameter, with what it documents. */
function documented(document: OpenAPIObject): Array<{ readonly where: string; readonly schema: SchemaObject; readonly example: unknown }> {
  const properties = Object.entries(document.components!.schemas!).flatMap(([name, schema]) =>
    Object.entries((schema as SchemaObject).properties ?? {})
      .filter(([, property]) => !('$ref' in property) && !(property as SchemaObject).allOf && !((property as SchemaObject).items && '$ref' in (property as SchemaObject).items!))
      .map(([property, value]) => ({ where: `${name}.${property}`, schema: value as SchemaObject, example: (value as SchemaObject).example })),
  );
  const parameters = operations(document).flatMap(([name, operation]) =>
    ((operation.parameters ?? []) as ParameterObject[]).map((p) => ({ where: `${name} ${p.in} ${p.name}`, schema: (p.schema ?? {}) as SchemaObject, example: p.example ?? (p.schema as SchemaObject | undefined)?.example })),
  );
  return [...properties, ...parameters];
}

const codes = (operation: OperationObject, status: string): string[] => Object.keys((operation.responses[status] as ResponseObject | undefined)?.content?.['application/json']?.examples ?? {});

describe('OpenAPI: a document a client can work from', () => {
  let document: OpenAPIObject;
  beforeAll(async () => {
    document = await nodeOpenApiDocument();
  });

  it('passes the repository lint rules (tags, summaries, unique operation ids, error answers) with no error and no warning', async () => {
    expect(await lint(document)).toEqual([]);
  });

  it('the lint rules catch a missing tag, a duplicate operation id, a missing summary and a route that lists no error answer', async () => {
    const broken = structuredClone(document);
    delete broken.paths['/audit'].get!.tags;
    delete broken.paths['/bills'].get!.summary;
    broken.paths['/bills'].get!.operationId = broken.paths['/bills'].post!.operationId;
    const revoke = broken.paths['/exchange/consents/{id}'].delete!;
    for (const status of Object.keys(revoke.responses)) if (status.startsWith('4')) delete revoke.responses[status];
    const found = (await lint(broken)).map((p) => `${p.ruleId} ${p.location[0].pointer}`);
    expect(found).toEqual(
      expect.arrayContaining([
        'operation-tag-defined #/paths/~1audit/get',
        'operation-summary #/paths/~1bills/get/summary',
        expect.stringMatching(/^operation-operationId-unique #\/paths\/~1bills\//),
        'rule/error-answers-listed #/paths/~1exchange~1consents~1{id}/delete/responses',
      ]),
    );
  });

  it("lists on each route the answers its guard and its input can give, by status, beside the route's own", () => {
    for (const [name, operation] of operations(document)) {
      const secured = (operation.security?.length ?? 0) > 0;
      const roles = (operation as { 'x-landsea-roles'?: string[] })['x-landsea-roles'] ?? [];
      const write = !name.startsWith('GET ');
      const takesInput = (operation.parameters?.length ?? 0) > 0 || operation.requestBody !== undefined;
      const listed = {
        name,
        tokenMissing: codes(operation, '401').includes('TOKEN_MISSING'),
        tokenExpired: codes(operation, '401').includes('TOKEN_EXPIRED'),
        roleRequired: codes(operation, '403').includes('ROLE_REQUIRED'),
        notApproved: codes(operation, '403').includes('ORGANISATION_NOT_APPROVED'),
        invalid: codes(operation, '400').includes('VALIDATION_FAILED'),
      };
      expect(listed).toEqual({ name, tokenMissing: secured, tokenExpired: secured, roleRequired: secured && roles.length > 0, notApproved: secured && write, invalid: takesInput });
      if (secured || takesInput) expect({ name, unavailable: codes(operation, '503') }).toEqual({ name, unavailable: expect.arrayContaining(['DEPENDENCY_UNAVAILABLE']) });
    }
  });

  it("merges a route's own codes into the same status as the guard's", () => {
    const create = document.paths['/declarations/dossiers'].post!;
    expect(codes(create, '403')).toEqual(['DOSSIER_NOT_A_PARTY', 'NO_ORGANISATION', 'ORGANISATION_NOT_APPROVED', 'ORGANISATION_SUSPENDED', 'ROLE_REQUIRED']);
    expect(codes(create, '409')).toEqual(['DOSSIER_REFERENCE_TAKEN']);
  });

  it('lists the code a route answers an over-large body with, instead of PAYLOAD_TOO_LARGE, where it has its own', () => {
    expect(codes(document.paths['/exchange/envelopes'].post!, '413')).toEqual(['ENVELOPE_TOO_LARGE', 'ENVELOPE_TOO_MANY_RECORDS']);
    expect(codes(document.paths['/identity/organisations'].post!, '413')).toEqual(['PAYLOAD_TOO_LARGE']);
  });

  it('names only codes the node can answer with: each is in one of the error enums', () => {
    const known = new Set<string>(
      [CommonErrorCode, AuthErrorCode, AuditErrorCode, IdentityErrorCode, DeclarationsErrorCode, BillsErrorCode, ExchangeErrorCode, QueueErrorCode].flatMap((e) => Object.values(e)),
    );
    const unknown = operations(document).flatMap(([name, operation]) => Object.keys(operation.responses).flatMap((status) => codes(operation, status).filter((c) => !known.has(c)).map((c) => `${name} ${status} ${c}`)));
    expect(unknown).toEqual([]);
  });

  it("a dossier built from the documented examples passes the node's input validation", async () => {
    const body = exampleOf(document, document.components!.schemas!.DossierDto);
    await expect(createValidationPipe().transform(body, { type: 'body', metatype: DossierDto })).resolves.toBeInstanceOf(DossierDto);
  });

  it('gives every property and every parameter an example a client can copy', () => {
    expect(documented(document).filter((d) => d.example === undefined).map((d) => d.where)).toEqual([]);
  });

  it('gives examples that fit their own schema: the enum, the type, the format', () => {
    const ajv = new Ajv({ strict: false, allErrors: true });
    addFormats.default(ajv);
    const misfits = documented(document).flatMap(({ where, schema, example }) => {
      const validate = ajv.compile({ ...schema, example: undefined, components: document.components });
      return validate(example) ? [] : [`${where} ${JSON.stringify(example)}: ${ajv.errorsText(validate.errors)}`];
    });
    expect(misfits).toEqual([]);
  });

  it('documents a @Public() route as needing no token even in a controller whose other routes do', () => {
    expect(document.paths['/identity/invitations/accept'].post!.security).toEqual([]);
    expect(document.paths['/identity/people'].post!.security).toEqual([{ bearer: [] }]);
  });
});
