import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import type { Principal } from '@landsea/auth';
import { OutboxService } from '@landsea/outbox';
import { DeclarationsErrors } from '../declarations.errors.js';
import { DossierRepository } from '../dossiers/dossier.repository.js';
import { type GeneratedFiling, leaves, place, type Provenance } from './filing-builder.js';
import { deriveFilings } from './filing-generators.js';
import type { FilingEntity, Receipt } from './filing.entity.js';
import { FilingRepository } from './filing.repository.js';

/** A filing with the content it has now and where each value came from. */
export interface MaterialFiling {
  readonly filing: FilingEntity;
  readonly content: Record<string, unknown>;
  readonly provenance: Record<string, Provenance>;
}

/**
 * A submitted filing is what was filed; a draft is its generator's output for its dossier
 * version, with what the filer keyed laid over it.
 */
function materialise(filing: FilingEntity, derived: ReadonlyMap<string, GeneratedFiling>): MaterialFiling {
  const generated = derived.get(`${filing.kind}:${filing.key}`);
  const provenance = { ...(generated?.provenance ?? {}) };
  if (filing.content) return { filing, content: filing.content, provenance };
  const content = structuredClone(generated?.content ?? {});
  for (const [path, value] of Object.entries(filing.keyedValues)) place(content, path, value);
  return { filing, content, provenance };
}

export interface FieldChange {
  readonly path: string;
  readonly from: unknown;
  readonly to: unknown;
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
    private readonly outbox: OutboxService,
  ) {}

  async forDossier(caller: Principal, dossierId: string): Promise<MaterialFiling[]> {
    const dossier = caller.organisationId ? await this.dossiers.findOwned(dossierId, caller.organisationId) : null;
    if (!dossier) throw DeclarationsErrors.dossierNotFound(dossierId);
    const filings = await this.filings.forVersion(dossierId, dossier.currentVersion);
    const derived = await this.derivedFrom(dossierId, dossier.currentVersion);
    return filings.map((filing) => materialise(filing, derived));
  }

  /** A filing, and what changed in it since the filing its dossier's previous version produced. */
  async get(caller: Principal, id: string): Promise<MaterialFiling & { changesFromPrevious: FieldChange[] | null }> {
    const filing = caller.organisationId ? await this.filings.findOwned(id, caller.organisationId) : null;
    if (!filing) throw DeclarationsErrors.filingNotFound(id);
    const [current, previous] = await Promise.all([this.material(filing), this.filings.previousOf(filing)]);
    const before = previous ? await this.material(previous) : undefined;
    return { ...current, changesFromPrevious: before ? changesBetween(before.content, current.content) : null };
  }

  /** Fills the fields the dossier could not: only those, and only while the filing is a draft. */
  async key(caller: Principal, id: string, values: Record<string, unknown>): Promise<MaterialFiling> {
    return this.filings.transaction(async (manager) => {
      const filing = await this.lockOwn(caller, id, manager);
      if (filing.status !== 'DRAFT' || filing.stale) throw DeclarationsErrors.stateConflict(filing.stale ? 'STALE' : filing.status, 'changed');
      const { provenance } = await this.material(filing);
      const notKeyed = Object.keys(values).filter((path) => !('keyed' in (provenance[path] ?? {})));
      if (notKeyed.length) throw DeclarationsErrors.notKeyed(notKeyed);
      filing.keyedValues = { ...filing.keyedValues, ...values };
      return this.material(await this.filings.save(filing, manager));
    });
  }

  /** Submits a current, error-free filing with every keyed field filled, and freezes what was filed. */
  async submit(caller: Principal, id: string): Promise<MaterialFiling> {
    return this.filings.transaction(async (manager) => {
      const filing = await this.lockOwn(caller, id, manager);
      if (filing.status !== 'DRAFT') throw DeclarationsErrors.stateConflict(filing.status, 'submitted');
      const [version, { content, provenance }] = await Promise.all([
        this.dossiers.findVersion(filing.dossierId, filing.dossierVersion),
        this.material(filing),
      ]);
      const reasons = [
        ...(filing.stale ? ['It was derived from an older version of the dossier; submit the current one'] : []),
        ...(version && version.errorCount > 0 ? [`The dossier has ${version.errorCount} unresolved error(s)`] : []),
        ...filing.problems.filter((p) => p.severity === 'ERROR').map((p) => p.message.en),
        ...Object.entries(provenance)
          .filter(([path, p]) => 'keyed' in p && valueAt(content, path) == null)
          .map(([path]) => `${path} must be keyed first`),
      ];
      if (reasons.length) throw DeclarationsErrors.notSubmittable(reasons);
      filing.status = 'SUBMITTED';
      filing.submittedAt = new Date();
      filing.submittedBy = caller.subject;
      filing.content = content;
      const header = content.header as { declareCustoms?: string } | undefined;
      filing.addressedTo = filing.kind === 'CN_EXPORT_DECLARATION' ? (header?.declareCustoms ?? null) : null;
      const saved = await this.filings.save(filing, manager);
      await this.outbox.record(manager, 'declarations', this.event('declarations.filing-submitted', saved, {}));
      return { filing: saved, content, provenance };
    });
  }

  /** A filing with its content: frozen if submitted, else derived again from its version. */
  private async material(filing: FilingEntity): Promise<MaterialFiling> {
    return materialise(filing, await this.derivedFrom(filing.dossierId, filing.dossierVersion));
  }

  private async derivedFrom(dossierId: string, version: number): Promise<Map<string, GeneratedFiling>> {
    const source = await this.dossiers.findVersion(dossierId, version);
    const derived = source ? deriveFilings(source.document) : [];
    return new Map(derived.map((f) => [`${f.kind}:${f.key}`, f]));
  }

  /** What reached a customs office: the authority's view inside the single window. */
  async addressedTo(officer: Principal): Promise<MaterialFiling[]> {
    return (await this.filings.addressedTo(officeOf(officer), 200)).map((filing) => materialise(filing, new Map()));
  }

  /** The authority's answer: accept or reject what was submitted, release what was accepted. */
  async postReceipt(officer: Principal, id: string, decision: Receipt['decision'], reasons: Receipt['reasons']): Promise<MaterialFiling> {
    const office = officeOf(officer);
    if (decision === 'REJECT' && reasons.length === 0) throw DeclarationsErrors.rejectionReasonRequired();
    return this.filings.transaction(async (manager) => {
      const filing = await this.filings.lockAddressed(id, office, manager);
      if (!filing) throw DeclarationsErrors.filingNotFound(id);
      const from = decision === 'RELEASE' ? 'ACCEPTED' : 'SUBMITTED';
      if (filing.status !== from) throw DeclarationsErrors.stateConflict(filing.status, PAST[decision]);
      filing.status = decision === 'ACCEPT' ? 'ACCEPTED' : decision === 'REJECT' ? 'REJECTED' : 'RELEASED';
      const receipt: Receipt = { receiptNo: `${office}-${randomUUID().slice(0, 8).toUpperCase()}`, decision, reasons, officer: officer.subject, at: new Date().toISOString() };
      filing.receipts = [...filing.receipts, receipt];
      const saved = await this.filings.save(filing, manager);
      await this.outbox.record(manager, 'declarations', this.event('declarations.filing-receipt-posted', saved, { receipt }));
      return materialise(saved, new Map());
    });
  }

  private async lockOwn(caller: Principal, id: string, manager: Parameters<FilingRepository['lockOwned']>[2]): Promise<FilingEntity> {
    const filing = caller.organisationId ? await this.filings.lockOwned(id, caller.organisationId, manager) : null;
    if (!filing) throw DeclarationsErrors.filingNotFound(id);
    return filing;
  }

  private event(type: string, filing: FilingEntity, extra: Record<string, unknown>) {
    return {
      type,
      aggregateType: 'filing',
      aggregateId: filing.id,
      payload: { filingId: filing.id, dossierId: filing.dossierId, kind: filing.kind, status: filing.status, addressedTo: filing.addressedTo, ...extra },
    };
  }
}

const PAST: Record<Receipt['decision'], string> = { ACCEPT: 'accepted', REJECT: 'rejected', RELEASE: 'released' };

function officeOf(officer: Principal): string {
  if (!officer.customsOffice) throw DeclarationsErrors.notACustomsOffice();
  return officer.customsOffice;
}

function valueAt(content: Record<string, unknown>, path: string): unknown {
  return path.split('/').slice(1).reduce<unknown>((node, part) => (node == null ? undefined : (node as Record<string, unknown>)[part]), content);
}
