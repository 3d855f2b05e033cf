import { Inject, Injectable, Optional } from '@nestjs/common';
import { Decimal } from 'decimal.js';
import { AuditService } from '@landsea/audit';
import { ORGANISATION_DIRECTORY, type OrganisationDirectory, partyIdText, type Principal } from '@landsea/auth';
import { RECEIVED_RECORDS, type ReceivedRecords } from '@landsea/exchange';
import { OutboxService } from '@landsea/outbox';
import { currency } from '@landsea/reference';
import { DeclarationsAuditAction } from '../declarations.audit.js';
import { DeclarationsErrors } from '../declarations.errors.js';
import { checkDossier } from './checks/consistency-checks.js';
import type { Finding } from './checks/finding.js';
import type { DossierEntity } from './dossier.entity.js';
import type { Dossier } from './dossier.js';
import { DossierRepository } from './dossier.repository.js';
import { deriveFilings, type Reuse, reuseOf } from '../filings/filing-generators.js';
import type { GeneratedFiling } from '../filings/filing-builder.js';
import { FilingRepository } from '../filings/filing.repository.js';

export interface DossierView {
  readonly id: string;
  readonly reference: string;
  readonly version: number;
  /** READY when no finding blocks filing. */
  readonly status: 'READY' | 'NEEDS_ATTENTION';
  readonly findings: readonly Finding[];
  readonly document: Dossier;
  readonly updatedAt: Date;
  /** The filings derived from this version, and how much of them the dossier filled. */
  readonly filings: ReadonlyArray<{ kind: string; key: string; title: GeneratedFiling['title']; problems: number }>;
  readonly reuse: Reuse;
}

/** Trade dossiers: entered once, checked on every save, amended as new versions. */
@Injectable()
export class DossiersService {
  constructor(
    private readonly dossiers: DossierRepository,
    private readonly filings: FilingRepository,
    private readonly outbox: OutboxService,
    private readonly audit: AuditService,
    @Inject(ORGANISATION_DIRECTORY) private readonly directory: OrganisationDirectory,
    // Absent when declarations is served alone, without the exchange.
    @Optional() @Inject(RECEIVED_RECORDS) private readonly received?: ReceivedRecords,
  ) {}

  /**
   * Takes over a dossier another province's node shared with this one, with no re-keying: a
   * party it names, or a port operator here (Qinzhou's, for the sea leg), gets its own copy with
   * every filing derived. Taking it over again after the source amended it adds a version.
   */
  async adopt(caller: Principal, sourceNode: string, sourceDossierId: string): Promise<DossierView> {
    if (!this.received) throw DeclarationsErrors.exchangeUnavailable();
    const record = await this.received.find(sourceNode, 'DOSSIER', sourceDossierId);
    if (!record) throw DeclarationsErrors.dossierNotFound(`${sourceNode}:${sourceDossierId}`);
    const organisation = caller.organisationId ? await this.directory.byId(caller.organisationId) : undefined;
    if (!organisation) throw DeclarationsErrors.noOrganisation();
    if (!record.parties.includes(partyIdText(organisation)) && !organisation.kinds.includes('PORT_OPERATOR')) throw DeclarationsErrors.notAnAdopter();
    const document = (record.payload as { document: Dossier }).document;
    const version = this.prepare(caller, document);
    return this.dossiers.transaction(async (manager) => {
      const existing = await this.dossiers.lockAdopted(organisation.id, sourceNode, sourceDossierId, manager);
      if (existing) {
        const next = await this.dossiers.addVersion(existing, version, manager);
        await this.filings.replace(existing.id, next, organisation.id, version.filings, manager);
        await this.outbox.record(manager, 'declarations', this.event('declarations.dossier-amended', existing, next, version));
        await this.audit.record({ action: DeclarationsAuditAction.DOSSIER_ADOPTED, actor: caller, organisationId: organisation.id, target: { type: 'dossier', id: existing.id }, details: { sourceNode, sourceDossierId, version: next } }, manager);
        return view({ ...existing, updatedAt: new Date() }, next, version.findings, document, version.filings);
      }
      const created = await this.dossiers.create(organisation.id, version, manager, { node: sourceNode, dossierId: sourceDossierId });
      if (created === 'duplicate') throw DeclarationsErrors.referenceTaken(document.reference);
      await this.filings.replace(created.id, 1, organisation.id, version.filings, manager);
      await this.outbox.record(manager, 'declarations', this.event('declarations.dossier-saved', created, 1, version));
      await this.audit.record({ action: DeclarationsAuditAction.DOSSIER_ADOPTED, actor: caller, organisationId: organisation.id, target: { type: 'dossier', id: created.id }, details: { sourceNode, sourceDossierId, version: 1 } }, manager);
      return view(created, 1, version.findings, document, version.filings);
    });
  }

  async create(caller: Principal, document: Dossier): Promise<DossierView> {
    const owner = this.ownerOf(caller, document);
    const version = this.prepare(caller, document);
    const dossier = await this.dossiers.transaction(async (manager) => {
      const created = await this.dossiers.create(owner, version, manager);
      if (created === 'duplicate') throw DeclarationsErrors.referenceTaken(document.reference);
      await this.filings.replace(created.id, 1, owner, version.filings, manager);
      await this.outbox.record(manager, 'declarations', this.event('declarations.dossier-saved', created, 1, version));
      await this.audit.record({ action: DeclarationsAuditAction.DOSSIER_CREATED, actor: caller, organisationId: owner, target: { type: 'dossier', id: created.id }, details: { reference: created.reference, version: 1 } }, manager);
      return created;
    });
    return view(dossier, 1, version.findings, document, version.filings);
  }

  async amend(caller: Principal, id: string, document: Dossier): Promise<DossierView> {
    const owner = this.ownerOf(caller, document);
    const version = this.prepare(caller, document);
    return this.dossiers.transaction(async (manager) => {
      const dossier = await this.dossiers.lockOwned(id, owner, manager);
      if (!dossier) throw DeclarationsErrors.dossierNotFound(id);
      const next = await this.dossiers.addVersion(dossier, version, manager);
      await this.filings.replace(dossier.id, next, owner, version.filings, manager);
      await this.outbox.record(manager, 'declarations', this.event('declarations.dossier-amended', dossier, next, version));
      await this.audit.record({ action: DeclarationsAuditAction.DOSSIER_AMENDED, actor: caller, organisationId: owner, target: { type: 'dossier', id: dossier.id }, details: { reference: dossier.reference, version: next } }, manager);
      return view({ ...dossier, updatedAt: new Date() }, next, version.findings, document, version.filings);
    });
  }

  /**
   * The owner reads any version; the carrier the dossier names reads it too, to issue its bill,
   * and so does the declarant it names, the customs broker filing for the owner.
   */
  async get(caller: Principal, id: string, versionNumber?: number): Promise<DossierView> {
    const owner = this.organisationOf(caller);
    const dossier = await this.dossiers.findById(id);
    if (!dossier) throw DeclarationsErrors.dossierNotFound(id);
    const current = await this.dossiers.findVersion(id, dossier.currentVersion);
    const named = [current?.document.parties.carrier?.uscc, current?.document.parties.declarant?.uscc];
    const namesCaller = caller.uscc !== null && named.includes(caller.uscc);
    if (dossier.ownerOrganisationId !== owner && !namesCaller) throw DeclarationsErrors.dossierNotFound(id);
    const version = versionNumber === undefined || versionNumber === dossier.currentVersion ? current : await this.dossiers.findVersion(id, versionNumber);
    if (!version) throw DeclarationsErrors.dossierNotFound(`${id} version ${versionNumber}`);
    return view(dossier, version.version, version.findings, version.document, deriveFilings(version.document));
  }

  async versions(caller: Principal, id: string) {
    const dossier = await this.dossiers.findOwned(id, this.organisationOf(caller));
    if (!dossier) throw DeclarationsErrors.dossierNotFound(id);
    return this.dossiers.listVersions(id);
  }

  list(caller: Principal): Promise<DossierEntity[]> {
    return this.dossiers.listOwned(this.organisationOf(caller), 200);
  }

  /** Checks what the field validators cannot see alone, then runs the consistency checks. */
  private prepare(caller: Principal, document: Dossier) {
    const digits = currency(document.invoice.currency)?.digits ?? 2;
    const tooPrecise = [
      ['invoice.totalAmount', document.invoice.totalAmount],
      ['invoice.freight', document.invoice.freight],
      ['invoice.insurance', document.invoice.insurance],
      ...document.invoice.lines.map((line, i) => [`invoice.lines[${i}].amount`, line.amount]),
    ].filter(([, amount]) => amount !== undefined && new Decimal(amount as string).decimalPlaces() > digits);
    if (tooPrecise.length) {
      throw DeclarationsErrors.tooPrecise(
        tooPrecise.map(([field, amount]) => ({
          field: field as string,
          message: {
            en: `${amount} has more than the ${digits} decimals of ${document.invoice.currency}`,
            'zh-CN': `${amount} 的小数位数超过了 ${document.invoice.currency} 允许的 ${digits} 位`,
          },
        })),
      );
    }
    const findings = checkDossier(document);
    return {
      document,
      findings,
      errorCount: findings.filter((f) => f.severity === 'ERROR').length,
      createdBy: caller.subject,
      filings: deriveFilings(document),
    };
  }

  /**
   * The caller files for its own organisation, which must be the exporter, the declarant, or the
   * importer: a Chinese consignee files the import declaration of what it buys abroad.
   */
  private ownerOf(caller: Principal, document: Dossier): string {
    const owner = this.organisationOf(caller);
    const filers = [document.parties.exporter.uscc, document.parties.importer.uscc, document.parties.declarant?.uscc].filter(Boolean);
    if (!caller.uscc || !filers.includes(caller.uscc)) throw DeclarationsErrors.notAParty();
    return owner;
  }

  private organisationOf(caller: Principal): string {
    if (!caller.organisationId) throw DeclarationsErrors.noOrganisation();
    return caller.organisationId;
  }

  /** The event carries the document itself, so the exchange can share it without reading declarations' tables. */
  private event(type: string, dossier: DossierEntity, version: number, saved: { document: Dossier; errorCount: number; filings: readonly GeneratedFiling[] }) {
    return {
      type,
      aggregateType: 'dossier',
      aggregateId: dossier.id,
      payload: {
        dossierId: dossier.id,
        reference: dossier.reference,
        version,
        errorCount: saved.errorCount,
        ownerOrganisationId: dossier.ownerOrganisationId,
        filings: saved.filings.map((f) => `${f.kind}:${f.key}`),
        document: saved.document,
      },
    };
  }
}

function view(dossier: DossierEntity, version: number, findings: readonly Finding[], document: Dossier, filings: readonly GeneratedFiling[]): DossierView {
  return {
    filings: filings.map((f) => ({ kind: f.kind, key: f.key, title: f.title, problems: f.problems.length })),
    reuse: reuseOf(filings),
    id: dossier.id,
    reference: dossier.reference,
    version,
    status: findings.some((f) => f.severity === 'ERROR') ? 'NEEDS_ATTENTION' : 'READY',
    findings,
    document,
    updatedAt: dossier.updatedAt,
  };
}
