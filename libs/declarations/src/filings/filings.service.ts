import { Injectable } from '@nestjs/common';
import type { Principal } from '@landsea/auth';
import { DeclarationsErrors } from '../declarations.errors.js';
import { DossierRepository } from '../dossiers/dossier.repository.js';
import type { FilingEntity } from './filing.entity.js';
import { FilingRepository } from './filing.repository.js';

export interface FieldChange {
  readonly path: string;
  readonly from: unknown;
  readonly to: unknown;
}

/** Every leaf of a filing's content, by JSON pointer. */
function leaves(node: unknown, path = ''): Map<string, unknown> {
  const out = new Map<string, unknown>();
  if (node !== null && typeof node === 'object') {
    for (const [key, value] of Object.entries(node)) for (const [p, v] of leaves(value, `${path}/${key}`)) out.set(p, v);
  } else {
    out.set(path, node);
  }
  return out;
}

export function changesBetween(before: Record<string, unknown>, after: Record<string, unknown>): FieldChange[] {
  const a = leaves(before);
  const b = leaves(after);
  return [...new Set([...a.keys(), ...b.keys()])]
    .filter((path) => JSON.stringify(a.get(path)) !== JSON.stringify(b.get(path)))
    .sort()
    .map((path) => ({ path, from: a.get(path) ?? null, to: b.get(path) ?? null }));
}

/** The filings derived from an organisation's dossiers. */
@Injectable()
export class FilingsService {
  constructor(
    private readonly filings: FilingRepository,
    private readonly dossiers: DossierRepository,
  ) {}

  async forDossier(caller: Principal, dossierId: string): Promise<FilingEntity[]> {
    const dossier = caller.organisationId ? await this.dossiers.findOwned(dossierId, caller.organisationId) : null;
    if (!dossier) throw DeclarationsErrors.dossierNotFound(dossierId);
    return this.filings.forVersion(dossierId, dossier.currentVersion);
  }

  /** A filing, and what changed in it since the filing its dossier's previous version produced. */
  async get(caller: Principal, id: string): Promise<{ filing: FilingEntity; changesFromPrevious: FieldChange[] | null }> {
    const filing = caller.organisationId ? await this.filings.findOwned(id, caller.organisationId) : null;
    if (!filing) throw DeclarationsErrors.filingNotFound(id);
    const previous = await this.filings.previousOf(filing);
    return { filing, changesFromPrevious: previous ? changesBetween(previous.content, filing.content) : null };
  }
}
