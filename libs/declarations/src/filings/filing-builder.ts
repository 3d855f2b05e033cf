import type { Dossier } from '../dossiers/dossier.js';
import type { Finding } from '../dossiers/checks/finding.js';

/** Where a filing field's value came from: one dossier field, several (derived), or the filer's keyboard. */
export type Provenance = { readonly from: string } | { readonly derivedFrom: readonly string[] } | { readonly keyed: true };

export interface GeneratedFiling {
  readonly kind: string;
  /** Distinguishes several filings of one kind (the manifest of each leg). */
  readonly key: string;
  readonly title: { readonly 'zh-CN': string; readonly en: string };
  readonly content: Record<string, unknown>;
  /** For every filled field of the content, by JSON pointer, where its value came from. */
  readonly provenance: Readonly<Record<string, Provenance>>;
  /** The filing's own rules, beyond the dossier's consistency checks. */
  readonly problems: readonly Finding[];
}

// Generators use the same few hundred pointers for every dossier: parse each once.
const parsed = new Map<string, readonly string[]>();
function parts(pointer: string): readonly string[] {
  let result = parsed.get(pointer);
  if (!result) {
    result = pointer
      .split('/')
      .slice(1)
      .map((part) => part.replace(/~1/g, '/').replace(/~0/g, '~'));
    if (parsed.size < 100_000) parsed.set(pointer, result);
  }
  return result;
}

/** Reads a JSON pointer (RFC 6901) from the dossier. */
export function at(dossier: Dossier, pointer: string): unknown {
  let node: unknown = dossier;
  for (const part of parts(pointer)) {
    if (node === null || node === undefined) return undefined;
    node = (node as Record<string, unknown>)[part];
  }
  return node;
}

/**
 * Builds a filing while recording where each value came from, so nothing in a filing is keyed
 * unless the builder is told it must be.
 */
export class FilingBuilder {
  readonly content: Record<string, unknown> = {};
  readonly provenance: Record<string, Provenance> = {};
  readonly problems: Finding[] = [];

  constructor(private readonly dossier: Dossier) {}

  /** Copies one dossier field. */
  copy(path: string, pointer: string): this {
    const value = at(this.dossier, pointer);
    if (value === undefined) return this;
    return this.put(path, value, { from: pointer });
  }

  /** Sets a value computed or mapped from dossier fields. */
  derive(path: string, value: unknown, pointers: readonly string[]): this {
    if (value === undefined) return this;
    return this.put(path, value, { derivedFrom: pointers });
  }

  /** A field the dossier does not hold: left for the filer to key, and counted against reuse. */
  keyed(path: string): this {
    return this.put(path, null, { keyed: true });
  }

  problem(finding: Finding): this {
    this.problems.push(finding);
    return this;
  }

  build(kind: string, key: string, title: GeneratedFiling['title']): GeneratedFiling {
    return { kind, key, title, content: this.content, provenance: this.provenance, problems: this.problems };
  }

  private put(path: string, value: unknown, provenance: Provenance): this {
    place(this.content, path, value);
    this.provenance[path] = provenance;
    return this;
  }
}

/** Sets a JSON pointer in a filing's content, making the objects and arrays on the way. */
export function place(content: Record<string, unknown>, path: string, value: unknown): void {
  const keys = parts(path);
  let node = content;
  for (let i = 0; i < keys.length - 1; i += 1) {
    node = (node[keys[i]] ??= /^\d+$/.test(keys[i + 1]) ? [] : {}) as Record<string, unknown>;
  }
  node[keys[keys.length - 1]] = value;
}

/** Every leaf of a filing's content, by JSON pointer. */
export function leaves(node: unknown, path = ''): Map<string, unknown> {
  const out = new Map<string, unknown>();
  if (node !== null && typeof node === 'object') {
    for (const [key, value] of Object.entries(node)) for (const [p, v] of leaves(value, `${path}/${key}`)) out.set(p, v);
  } else {
    out.set(path, node);
  }
  return out;
}

/**
 * 两步申报, China's two-step import declaration: a summary (概要申报) lodged first, on whose
 * acceptance the goods may be picked up, then the complete declaration (完整申报) by a deadline.
 */
export interface TwoStepDeclaration {
  /** The summary's fields, by JSON pointer into the filing's content; `*` stands for any array index. */
  readonly summaryFields: readonly string[];
  /** The last day (YYYY-MM-DD) for the complete declaration, from the content the summary was cut from. */
  completeDueBy(content: Record<string, unknown>): string;
}

/** One kind of filing: whether it applies to a dossier, and how to derive it. */
export interface FilingGenerator {
  readonly kind: string;
  applies(dossier: Dossier): boolean;
  generate(dossier: Dossier): GeneratedFiling[];
  /** Present only where the authority takes this filing in two steps. */
  readonly twoStep?: TwoStepDeclaration;
}
