import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { AuditService } from '@landsea/audit';
import type { Principal } from '@landsea/auth';
import type { LocalisedMessage } from '@landsea/errors';
import { OutboxService } from '@landsea/outbox';
import { DeclarationsAuditAction, RECEIPT_AUDIT_ACTIONS } from '../declarations.audit.js';
import { DeclarationsErrors } from '../declarations.errors.js';
import { actorOf, DossierRepository } from '../dossiers/dossier.repository.js';
import { type GeneratedFiling, leaves, place, type Provenance } from './filing-builder.js';
import { deriveFilings, FILING_GENERATORS } from './filing-generators.js';
import type { FilingEntity, FilingStatus, Receipt } from './filing.entity.js';
import { FilingRepository } from './filing.repository.js';
import { completeOverdue, summaryOf } from './two-step.js';

/** The transaction a filing's change runs in, as its repository hands it out. */
type Manager = Parameters<FilingRepository['lockActing']>[2];

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
    private readonly audit: AuditService,
  ) {}

  async forDossier(caller: Principal, dossierId: string): Promise<MaterialFiling[]> {
    const dossier = caller.organisationId ? await this.dossiers.findActing(dossierId, actorOf(caller)) : null;
    if (!dossier) throw DeclarationsErrors.dossierNotFound(dossierId);
    const filings = await this.filings.forVersion(dossierId, dossier.currentVersion);
    const derived = await this.derivedFrom(dossierId, dossier.currentVersion);
    return filings.map((filing) => materialise(filing, derived));
  }

  /** A filing, and what changed in it since the filing its dossier's previous version produced. */
  async get(caller: Principal, id: string): Promise<MaterialFiling & { changesFromPrevious: FieldChange[] | null }> {
    const filing = caller.organisationId ? await this.filings.findActing(id, actorOf(caller)) : null;
    if (!filing) throw DeclarationsErrors.filingNotFound(id);
    const [current, previous] = await Promise.all([this.material(filing), this.filings.previousOf(filing)]);
    const before = previous ? await this.material(previous) : undefined;
    return { ...current, changesFromPrevious: before ? changesBetween(before.content, current.content) : null };
  }

  /**
   * Fills the fields the dossier could not: only those, while the filing is a draft or, between
   * the two steps of a two-step declaration, those the summary did not declare.
   */
  async key(caller: Principal, id: string, values: Record<string, unknown>): Promise<MaterialFiling> {
    return this.filings.transaction(async (manager) => {
      const filing = await this.lockOwn(caller, id, manager);
      const open = filing.status === 'DRAFT' || filing.status === 'SUMMARY_SUBMITTED' || filing.status === 'SUMMARY_ACCEPTED';
      if (!open || filing.stale) throw DeclarationsErrors.stateConflict(filing.stale ? 'STALE' : filing.status, 'changed');
      const { provenance } = await this.material(filing);
      const notKeyed = Object.keys(values).filter((path) => !('keyed' in (provenance[path] ?? {})));
      if (notKeyed.length) throw DeclarationsErrors.notKeyed(notKeyed);
      const declared = leaves(filing.summary ?? {});
      const frozen = Object.keys(values).filter((path) => declared.has(path));
      if (frozen.length) throw DeclarationsErrors.summaryFieldFrozen(frozen);
      filing.keyedValues = { ...filing.keyedValues, ...values };
      const saved = await this.filings.save(filing, manager);
      await this.record(DeclarationsAuditAction.FILING_KEYED, caller, saved, { paths: Object.keys(values) }, manager);
      return this.material(saved);
    });
  }

  /** Submits a current, error-free filing with every keyed field filled, in one step, and freezes what was filed. */
  async submit(caller: Principal, id: string): Promise<MaterialFiling> {
    return this.filings.transaction(async (manager) => {
      const filing = await this.lockOwn(caller, id, manager);
      if (filing.status !== 'DRAFT') throw DeclarationsErrors.stateConflict(filing.status, 'submitted');
      return this.lodge(caller, filing, manager, 'declarations.filing-submitted', DeclarationsAuditAction.FILING_SUBMITTED);
    });
  }

  /**
   * 两步申报, step 1: submits the summary (概要申报), cut from the filing as it stands and frozen,
   * and sets the day by which the complete declaration is due.
   */
  async submitSummary(caller: Principal, id: string): Promise<MaterialFiling> {
    return this.filings.transaction(async (manager) => {
      const filing = await this.lockOwn(caller, id, manager);
      const twoStep = FILING_GENERATORS.find((g) => g.kind === filing.kind)?.twoStep;
      if (!twoStep) throw DeclarationsErrors.twoStepNotAvailable(filing.kind);
      if (filing.status !== 'DRAFT') throw DeclarationsErrors.stateConflict(filing.status, 'declared in two steps');
      const material = await this.ready(filing, (content) => summaryOf(content, twoStep.summaryFields));
      filing.status = 'SUMMARY_SUBMITTED';
      filing.summary = material.filed;
      filing.summarySubmittedAt = new Date();
      filing.summarySubmittedBy = caller.subject;
      filing.completeDueBy = twoStep.completeDueBy(material.content);
      filing.addressedTo = addressOf(filing.kind, material.filed);
      const saved = await this.filings.save(filing, manager);
      await this.outbox.record(manager, 'declarations', this.event('declarations.filing-summary-submitted', saved, { completeDueBy: saved.completeDueBy }));
      await this.record(DeclarationsAuditAction.SUMMARY_SUBMITTED, caller, saved, { addressedTo: saved.addressedTo, completeDueBy: saved.completeDueBy }, manager);
      return { filing: saved, content: material.content, provenance: material.provenance };
    });
  }

  /** 两步申报, step 2: submits the complete declaration (完整申报) once customs accepted the summary; late is reported, not refused. */
  async submitComplete(caller: Principal, id: string): Promise<MaterialFiling> {
    return this.filings.transaction(async (manager) => {
      const filing = await this.lockOwn(caller, id, manager);
      if (filing.status !== 'SUMMARY_ACCEPTED') throw DeclarationsErrors.stateConflict(filing.status, 'completed');
      return this.lodge(caller, filing, manager, 'declarations.filing-complete-submitted', DeclarationsAuditAction.COMPLETE_SUBMITTED);
    });
  }

  /** Files the whole content: SUBMITTED, frozen, addressed, and recorded for the other contexts. */
  private async lodge(caller: Principal, filing: FilingEntity, manager: Manager, event: string, action: DeclarationsAuditAction): Promise<MaterialFiling> {
    const { content, provenance } = await this.ready(filing);
    filing.status = 'SUBMITTED';
    filing.submittedAt = new Date();
    filing.submittedBy = caller.subject;
    filing.content = content;
    filing.addressedTo = addressOf(filing.kind, content);
    const saved = await this.filings.save(filing, manager);
    const due = saved.completeDueBy ? { completeDueBy: saved.completeDueBy, late: completeOverdue(saved) } : {};
    await this.outbox.record(manager, 'declarations', this.event(event, saved, due));
    await this.record(action, caller, saved, { addressedTo: saved.addressedTo }, manager);
    return { filing: saved, content, provenance };
  }

  /**
   * The filing as it stands and the part of it to be filed, refused while it is stale, its
   * dossier or itself has errors, or a keyed field of that part is empty.
   */
  private async ready(filing: FilingEntity, part: (content: Record<string, unknown>) => Record<string, unknown> = (content) => content) {
    const [version, material] = await Promise.all([this.dossiers.findVersion(filing.dossierId, filing.dossierVersion), this.material(filing)]);
    const filed = part(material.content);
    const values = leaves(filed);
    const reasons: LocalisedMessage[] = [
      ...(filing.stale
        ? [{ en: 'It was derived from an older version of the dossier; submit the current one', 'zh-CN': '该申报单生成自旧版本的单证档案，请提交当前版本' }]
        : []),
      ...(version && version.errorCount > 0
        ? [{ en: `The dossier has ${version.errorCount} unresolved error(s)`, 'zh-CN': `单证档案还有 ${version.errorCount} 个未解决的错误` }]
        : []),
      ...filing.problems.filter((p) => p.severity === 'ERROR').map((p) => p.message),
      ...Object.entries(material.provenance)
        .filter(([path, p]) => 'keyed' in p && values.has(path) && values.get(path) == null)
        .map(([path]) => ({ en: `${path} must be keyed first`, 'zh-CN': `须先录入 ${path}` })),
    ];
    if (reasons.length) throw DeclarationsErrors.notSubmittable(reasons);
    return { ...material, filed };
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

  /** The authority's answer: accept or reject a summary or what was submitted in full, release what was accepted. */
  async postReceipt(officer: Principal, id: string, decision: Receipt['decision'], reasons: Receipt['reasons']): Promise<MaterialFiling> {
    const office = officeOf(officer);
    if (decision === 'REJECT' && reasons.length === 0) throw DeclarationsErrors.rejectionReasonRequired();
    return this.filings.transaction(async (manager) => {
      const filing = await this.filings.lockAddressed(id, office, manager);
      if (!filing) throw DeclarationsErrors.filingNotFound(id);
      const to = ANSWERS[decision][filing.status];
      if (!to) throw DeclarationsErrors.stateConflict(filing.status, PAST[decision]);
      const step = filing.status === 'SUMMARY_SUBMITTED' ? { step: 'SUMMARY' as const } : {};
      filing.status = to;
      const receipt: Receipt = {
        receiptNo: `${office}-${randomUUID().slice(0, 8).toUpperCase()}`,
        decision,
        ...step,
        reasons,
        officer: officer.subject,
        at: new Date().toISOString(),
      };
      filing.receipts = [...filing.receipts, receipt];
      const saved = await this.filings.save(filing, manager);
      await this.outbox.record(manager, 'declarations', this.event('declarations.filing-receipt-posted', saved, { receipt }));
      await this.record(RECEIPT_AUDIT_ACTIONS[decision], officer, saved, { receiptNo: receipt.receiptNo, status: saved.status }, manager);
      return materialise(saved, new Map());
    });
  }

  private async lockOwn(caller: Principal, id: string, manager: Manager): Promise<FilingEntity> {
    const filing = caller.organisationId ? await this.filings.lockActing(id, actorOf(caller), manager) : null;
    if (!filing) throw DeclarationsErrors.filingNotFound(id);
    return filing;
  }

  /** The audit entry of a change to a filing, in its transaction; it concerns the organisation that owns the filing. */
  private record(action: DeclarationsAuditAction, actor: Principal, filing: FilingEntity, details: Record<string, unknown>, manager: Manager): Promise<void> {
    return this.audit.record({ action, actor, organisationId: filing.ownerOrganisationId, target: { type: 'filing', id: filing.id }, details: { kind: filing.kind, ...details } }, manager);
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

/** The state each answer moves a filing to, by the state it finds it in; an accepted summary lets the goods be picked up. */
const ANSWERS: Record<Receipt['decision'], Partial<Record<FilingStatus, FilingStatus>>> = {
  ACCEPT: { SUMMARY_SUBMITTED: 'SUMMARY_ACCEPTED', SUBMITTED: 'ACCEPTED' },
  REJECT: { SUMMARY_SUBMITTED: 'SUMMARY_REJECTED', SUBMITTED: 'REJECTED' },
  RELEASE: { ACCEPTED: 'RELEASED' },
};

/** China's declarations go to the declaring customs office their header names; the others to no office here. */
/** The Chinese customs office a filing goes to; null for filings to another country's authority. */
function addressOf(kind: string, content: Record<string, unknown>): string | null {
  if (kind === 'CARGO_MANIFEST') return (content.conveyance as { customsOffice?: string } | undefined)?.customsOffice ?? null;
  if (kind !== 'CN_EXPORT_DECLARATION' && kind !== 'CN_IMPORT_DECLARATION') return null;
  return (content.header as { declareCustoms?: string } | undefined)?.declareCustoms ?? null;
}

function officeOf(officer: Principal): string {
  if (!officer.customsOffice) throw DeclarationsErrors.notACustomsOffice();
  return officer.customsOffice;
}
