import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv';
import addFormatsModule from 'ajv-formats';
import { load } from 'js-yaml';
import { readLibraryDataFile } from '@landsea/reference';

// The package is CommonJS whose types claim an ES default export; at run time the default import
// is the plugin itself.
const addFormats = addFormatsModule as unknown as (ajv: Ajv) => Ajv;

/** The DCSA specifications vendored under libs/bills/data/dcsa. */
export const DCSA_EBL_SPEC = 'EBL_v3.0.4.yaml';
export const DCSA_PINT_SPEC = 'EBL_PINT_v3.0.0.yaml';

export interface SchemaProblem {
  /** JSON pointer to the value at fault, '' for the whole document. */
  readonly path: string;
  readonly message: string;
}

export type SchemaCheck = { readonly valid: true } | { readonly valid: false; readonly problems: readonly SchemaProblem[] };

/**
 * Validates JSON against one schema of a vendored DCSA OpenAPI 3.0 specification. The
 * specification's components become the $defs of one JSON Schema, so its own $refs resolve and
 * DCSA's text is used unchanged.
 */
export class DcsaSchemas {
  private readonly ajv: Ajv;
  private readonly compiled = new Map<string, ValidateFunction>();

  constructor(private readonly spec: string) {
    const document = load(readLibraryDataFile('bills', `dcsa/${spec}`)) as { components: { schemas: Record<string, unknown> } };
    this.ajv = addFormats(new Ajv({ allErrors: true, strictTypes: false, strictRequired: false, discriminator: true }));
    // OpenAPI's annotation keywords, which JSON Schema does not know.
    this.ajv.addVocabulary(['example', 'xml', 'externalDocs']);
    this.ajv.addSchema({ $id: spec, $defs: toJsonSchema(document.components.schemas) as object });
  }

  check(schemaName: string, value: unknown): SchemaCheck {
    const validate = this.validator(schemaName);
    if (validate(value)) return { valid: true };
    return { valid: false, problems: (validate.errors ?? []).map(problem) };
  }

  private validator(schemaName: string): ValidateFunction {
    let validate = this.compiled.get(schemaName);
    if (!validate) {
      validate = this.ajv.getSchema(`${this.spec}#/$defs/${schemaName}`);
      if (!validate) throw new Error(`${this.spec} defines no schema ${schemaName}`);
      this.compiled.set(schemaName, validate);
    }
    return validate;
  }
}

/** One line per problem, naming where and what, e.g. "/documentParties/shipper: must have required property 'partyName'". */
export function describeProblems(problems: readonly SchemaProblem[]): string {
  return problems.map((p) => `${p.path || '/'}: ${p.message}`).join('; ');
}

function problem(error: ErrorObject): SchemaProblem {
  const params = error.params as { missingProperty?: string; allowedValues?: unknown[] };
  const detail = error.keyword === 'enum' && params.allowedValues ? ` (${params.allowedValues.join(', ')})` : '';
  return { path: error.instancePath, message: `${error.message ?? error.keyword}${detail}` };
}

/** OpenAPI 3.0's dialect to JSON Schema: boolean exclusive bounds become numbers, refs point at $defs. */
function toJsonSchema(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(toJsonSchema);
  if (node === null || typeof node !== 'object') return node;
  const source = node as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(source)) {
    if (key === '$ref' && typeof value === 'string') out.$ref = value.replace('#/components/schemas/', '#/$defs/');
    else if (key === 'exclusiveMinimum' && typeof value === 'boolean') {
      if (value) out.exclusiveMinimum = source.minimum;
    } else if (key === 'exclusiveMaximum' && typeof value === 'boolean') {
      if (value) out.exclusiveMaximum = source.maximum;
    } else if ((key === 'minimum' && source.exclusiveMinimum === true) || (key === 'maximum' && source.exclusiveMaximum === true)) continue;
    else if (key === 'properties' && value && typeof value === 'object') {
      // Under "properties" the keys are names, not keywords: convert their schemas only.
      out.properties = Object.fromEntries(Object.entries(value).map(([name, schema]) => [name, toJsonSchema(schema)]));
    } else out[key] = toJsonSchema(value);
  }
  return out;
}
