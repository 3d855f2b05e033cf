import { Injectable } from '@nestjs/common';
import type { Principal } from '@landsea/auth';
import { DeclarationsErrors } from '../declarations.errors.js';
import { actorOf, DossierRepository } from '../dossiers/dossier.repository.js';
import { FilingRepository } from '../filings/filing.repository.js';
import { DossierLinkRepository } from './dossier-link.repository.js';
import { completeOverdue } from '../filings/two-step.js';

export const TIMELINE_KINDS = ['DOSSIER_VERSION', 'FILINGS_DERIVED', 'SUMMARY_SUBMITTED', 'FILING_SUBMITTED', 'RECEIPT', 'BILL_EVENT', 'EXCHANGE_DELIVERY'] as const;

export interface TimelineEntry {
  readonly at: string;
  readonly kind: (typeof TIMELINE_KINDS)[number];
  readonly summary: { readonly 'zh-CN': string; readonly en: string };
  readonly ref: Readonly<Record<string, string | number>>;
}

/** 一键跟踪: everything that happened to a dossier, in order, from one place. */
@Injectable()
export class TimelineService {
  constructor(
    private readonly dossiers: DossierRepository,
    private readonly filings: FilingRepository,
    private readonly links: DossierLinkRepository,
  ) {}

  async forDossier(caller: Principal, id: string): Promise<TimelineEntry[]> {
    const dossier = caller.organisationId ? await this.dossiers.findActing(id, actorOf(caller)) : null;
    if (!dossier) throw DeclarationsErrors.dossierNotFound(id);
    const [versions, filings, links] = await Promise.all([this.dossiers.listVersions(id), this.filings.allOfDossier(id), this.links.forDossier(id)]);
    const entries: TimelineEntry[] = [...links];
    for (const v of versions) {
      entries.push({
        at: v.createdAt.toISOString(),
        kind: 'DOSSIER_VERSION',
        summary:
          v.version === 1
            ? { 'zh-CN': `录入单证（${v.errorCount} 个错误）`, en: `Dossier entered (${v.errorCount} errors)` }
            : { 'zh-CN': `修改为第 ${v.version} 版（${v.errorCount} 个错误）`, en: `Amended to version ${v.version} (${v.errorCount} errors)` },
        ref: { version: v.version },
      });
      const derived = filings.filter((f) => f.dossierVersion === v.version);
      if (derived.length) {
        entries.push({
          at: derived[0].createdAt.toISOString(),
          kind: 'FILINGS_DERIVED',
          summary: { 'zh-CN': `生成 ${derived.length} 份申报单证`, en: `${derived.length} filings derived` },
          ref: { version: v.version },
        });
      }
    }
    for (const f of filings) {
      if (f.summarySubmittedAt) {
        entries.push({
          at: f.summarySubmittedAt.toISOString(),
          kind: 'SUMMARY_SUBMITTED',
          summary: {
            'zh-CN': `提交${f.title['zh-CN']}概要申报（${f.completeDueBy} 前完整申报）`,
            en: `${f.title.en}: summary declaration submitted (complete by ${f.completeDueBy})`,
          },
          ref: { filingId: f.id, version: f.dossierVersion },
        });
      }
      if (f.submittedAt) {
        const late = completeOverdue(f);
        entries.push({
          at: f.submittedAt.toISOString(),
          kind: 'FILING_SUBMITTED',
          summary: f.summarySubmittedAt
            ? {
                'zh-CN': `提交${f.title['zh-CN']}完整申报${late ? '（逾期）' : ''}`,
                en: `${f.title.en}: complete declaration submitted${late ? ' late' : ''}`,
              }
            : { 'zh-CN': `提交${f.title['zh-CN']}`, en: `${f.title.en} submitted` },
          ref: { filingId: f.id, version: f.dossierVersion },
        });
      }
      for (const r of f.receipts) {
        entries.push({
          at: r.at,
          kind: 'RECEIPT',
          summary: r.step
            ? {
                'zh-CN': `${f.title['zh-CN']}概要申报：${r.decision === 'ACCEPT' ? SUMMARY_ACCEPTED_ZH : RECEIPT_ZH[r.decision]}`,
                en: `${f.title.en} summary: ${r.decision.toLowerCase()}`,
              }
            : { 'zh-CN': `${f.title['zh-CN']}：${RECEIPT_ZH[r.decision]}`, en: `${f.title.en}: ${r.decision.toLowerCase()}` },
          ref: { filingId: f.id, receiptNo: r.receiptNo },
        });
      }
    }
    // Same-instant entries keep the order in which they were added: a version before its filings.
    return entries.map((e, i) => ({ e, i })).sort((a, b) => a.e.at.localeCompare(b.e.at) || a.i - b.i).map(({ e }) => e);
  }
}

const RECEIPT_ZH = { ACCEPT: '海关接受申报', REJECT: '海关退单', RELEASE: '海关放行' } as const;
/** An accepted summary lets the consignee pick the goods up (提离) before the complete declaration. */
const SUMMARY_ACCEPTED_ZH = '海关接受，货物可提离';
