import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import type { Principal } from '@landsea/auth';
import { OutboxService } from '@landsea/outbox';
import { DeclarationsErrors } from '../declarations.errors.js';
import { DossierRepository } from '../dossiers/dossier.repository.js';
import type { FilingEntity, Receipt } from './filing.entity.js';
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
    private readonly outbox: OutboxService,
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

  /** Fills the fields the dossier could not: only those, and only while the filing is a draft. */
  async key(caller: Principal, id: string, values: Record<string, unknown>): Promise<FilingEntity> {
    return this.filings.transaction(async (manager) => {
      const filing = await this.lockOwn(caller, id, manager);
      if (filing.status !== 'DRAFT' || filing.stale) throw DeclarationsErrors.stateConflict(filing.stale ? 'STALE' : filing.status, 'changed');
      const notKeyed = Object.keys(values).filter((path) => !('keyed' in (filing.provenance[path] ?? {})));
      if (notKeyed.length) throw DeclarationsErrors.notKeyed(notKeyed);
      for (const [path, value] of Object.entries(values)) setAt(filing.content, path, value);
      return this.filings.save(filing, manager);
    });
  }

  async submit(caller: Principal, id: string): Promise<FilingEntity> {
    return this.filings.transaction(async (manager) => {
      const filing = await this.lockOwn(caller, id, manager);
      if (filing.status !== 'DRAFT') throw DeclarationsErrors.stateConflict(filing.status, 'submitted');
      const version = await this.dossiers.findVersion(filing.dossierId, filing.dossierVersion);
      const reasons = [
        ...(filing.stale ? ['It was derived from an older version of the dossier; submit the current one'] : []),
        ...(version && version.errorCount > 0 ? [`The dossier has ${version.errorCount} unresolved error(s)`] : []),
        ...filing.problems.filter((p) => p.severity === 'ERROR').map((p) => p.message.en),
        ...Object.entries(filing.provenance)
          .filter(([path, p]) => 'keyed' in p && valueAt(filing.content, path) == null)
          .map(([path]) => `${path} must be keyed first`),
      ];
      if (reasons.length) throw DeclarationsErrors.notSubmittable(reasons);
      filing.status = 'SUBMITTED';
      filing.submittedAt = new Date();
      const header = filing.content.header as { declareCustoms?: string } | undefined;
      filing.addressedTo = filing.kind === 'CN_EXPORT_DECLARATION' ? (header?.declareCustoms ?? null) : null;
      const saved = await this.filings.save(filing, manager);
      await this.outbox.record(manager, 'declarations', this.event('declarations.filing-submitted', saved, {}));
      return saved;
    });
  }

  /** What reached a customs office: the authority's view inside the single window. */
  async addressedTo(officer: Principal): Promise<FilingEntity[]> {
    return this.filings.addressedTo(officeOf(officer), 200);
  }

  /** The authority's answer: accept or reject what was submitted, release what was accepted. */
  async postReceipt(officer: Principal, id: string, decision: Receipt['decision'], reasons: Receipt['reasons']): Promise<FilingEntity> {
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
      return saved;
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

function setAt(content: Record<string, unknown>, path: string, value: unknown): void {
  const parts = path.split('/').slice(1);
  const parent = parts.slice(0, -1).reduce<Record<string, unknown>>((node, part) => node[part] as Record<string, unknown>, content);
  parent[parts[parts.length - 1]] = value;
}
