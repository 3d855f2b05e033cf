import { type DomainEventJob, EventConsumer } from '@landsea/outbox';
import { DeadLetterService, defineQueue, DispatchingProcessor, HandlesJob } from '@landsea/queue';
import { DossierLinkRepository } from './dossier-link.repository.js';

export const DOSSIER_LINK_EVENTS = defineQueue('declarations-links', ['bills.entry-recorded', 'exchange.records-delivered']);

const BILL_STEPS: Record<string, { 'zh-CN': string; en: string }> = {
  ISSUE: { 'zh-CN': '签发', en: 'issued' },
  TRANSFER: { 'zh-CN': '转让待接受', en: 'offered in transfer' },
  ACCEPT_TRANSFER: { 'zh-CN': '受让方接受转让', en: 'transfer accepted' },
  REJECT_TRANSFER: { 'zh-CN': '受让方拒绝转让', en: 'transfer rejected' },
  PLEDGE: { 'zh-CN': '质押给银行', en: 'pledged to a bank' },
  RELEASE_PLEDGE: { 'zh-CN': '银行解除质押', en: 'pledge released' },
  ENFORCE_PLEDGE: { 'zh-CN': '银行实现质权', en: 'pledge enforced' },
  SURRENDER_FOR_DELIVERY: { 'zh-CN': '交单提货', en: 'surrendered for delivery' },
  SURRENDER_FOR_AMENDMENT: { 'zh-CN': '交单更正', en: 'surrendered for amendment' },
  ACCEPT_SURRENDER: { 'zh-CN': '承运人接受交单', en: 'surrender accepted' },
  REJECT_SURRENDER: { 'zh-CN': '承运人拒绝交单', en: 'surrender rejected' },
  EXPORT: { 'zh-CN': '转出至其他电子提单平台', en: 'sent to another eBL platform' },
};

/** Learns from the bills and exchange contexts' events what became of a dossier, for its timeline. */
@EventConsumer(DOSSIER_LINK_EVENTS)
export class DossierLinksConsumer extends DispatchingProcessor {
  protected readonly definition = DOSSIER_LINK_EVENTS;

  constructor(
    deadLetters: DeadLetterService,
    private readonly links: DossierLinkRepository,
  ) {
    super(deadLetters, 4);
  }

  @HandlesJob('bills.entry-recorded')
  async billStep(event: DomainEventJob): Promise<void> {
    const p = event.payload as { dossierId?: string; billId: string; number: string; sequence: number; action: string; holder: string; at: string };
    if (!p.dossierId) return;
    const step = BILL_STEPS[p.action] ?? { 'zh-CN': p.action, en: p.action };
    await this.links.add(event.eventId, [
      {
        dossierId: p.dossierId,
        entry: {
          at: p.at,
          kind: 'BILL_EVENT',
          summary: { 'zh-CN': `提单 ${p.number} ${step['zh-CN']}（持有人 ${p.holder}）`, en: `Bill ${p.number} ${step.en} (holder ${p.holder})` },
          ref: { billId: p.billId, number: p.number, sequence: p.sequence, action: p.action },
        },
      },
    ]);
  }

  @HandlesJob('exchange.records-delivered')
  async delivered(event: DomainEventJob): Promise<void> {
    const p = event.payload as { partner: string; messageId: string; records: Array<{ kind: string; dossierId: string | null }> };
    const byDossier = new Map<string, { dossiers: number; billEvents: number }>();
    for (const record of p.records) {
      // The entry counts dossier versions and bill events; a directory entry belongs to no dossier.
      if (!record.dossierId || !['DOSSIER', 'BILL_EVENT'].includes(record.kind)) continue;
      const counts = byDossier.get(record.dossierId) ?? { dossiers: 0, billEvents: 0 };
      if (record.kind === 'DOSSIER') counts.dossiers += 1;
      else counts.billEvents += 1;
      byDossier.set(record.dossierId, counts);
    }
    // An envelope names hundreds of dossiers: their entries go in together.
    await this.links.add(
      event.eventId,
      [...byDossier].map(([dossierId, counts]) => ({
        dossierId,
        entry: {
          at: event.occurredAt,
          kind: 'EXCHANGE_DELIVERY',
          summary: {
            'zh-CN': `已送达 ${p.partner} 节点（单证 ${counts.dossiers} 版，提单事件 ${counts.billEvents} 条）`,
            en: `Delivered to the ${p.partner} node (${counts.dossiers} dossier version(s), ${counts.billEvents} bill event(s))`,
          },
          ref: { partner: p.partner, messageId: p.messageId },
        },
      })),
    );
  }
}
