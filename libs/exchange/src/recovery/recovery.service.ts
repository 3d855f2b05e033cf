import { Inject, Injectable } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { randomUUID } from 'node:crypto';
import { AuditService } from '@landsea/audit';
import { PARTNER_NODES, type PartnerNodes, type Principal, RECORD_SIGNER, type RecordSigner } from '@landsea/auth';
import type { AppConfig } from '@landsea/config';
import { DomainError } from '@landsea/errors';
import { sha256Hex } from '@landsea/signing';
import { ExchangeAuditAction } from '../exchange.audit.js';
import { ExchangeErrors } from '../exchange.errors.js';
import { FEED_PAGE_TYPE, FEED_REQUEST_TYPE, type FeedPage, type FeedRequest } from '../feed/feed-messages.js';
import { InboundService } from '../inbound/inbound.service.js';
import { MessageLogRepository } from '../messages/message-log.repository.js';
import { PartnerMessages } from '../partner-message.js';
import { RecoveryRepository } from './recovery.repository.js';

export interface RecoveryResult {
  readonly pages: number;
  readonly records: number;
  readonly applied: number;
  readonly stale: number;
  readonly rejected: number;
  /** Where the next recovery from this partner starts. */
  readonly cursor: string | null;
  /** True when the partner's last page was empty: nothing more is owed now. */
  readonly caughtUp: boolean;
}

/** A page as fetched and verified, with the request that asked for it. */
interface FetchedPage {
  readonly page: FeedPage;
  readonly jws: string;
  readonly startedAt: Date;
}

/**
 * Pulls back what a partner owes this node, page by page from a cursor kept per partner. Each
 * page is applied with its cursor advance and its log entry in one transaction, so a recovery
 * cut short resumes after the last page applied, and versions keep a page applied twice harmless.
 */
@Injectable()
export class RecoveryService {
  constructor(
    private readonly recovery: RecoveryRepository,
    private readonly inbound: InboundService,
    private readonly log: MessageLogRepository,
    private readonly audit: AuditService,
    private readonly config: ConfigService<AppConfig, true>,
    private readonly messages: PartnerMessages,
    @Inject(PARTNER_NODES) private readonly partners: PartnerNodes,
    @Inject(RECORD_SIGNER) private readonly signer: RecordSigner,
  ) {}

  async recover(operator: Principal, partner: string, limit: number, fromStart: boolean): Promise<RecoveryResult> {
    const baseUrl = await this.partners.baseUrl(partner);
    if (!baseUrl) throw ExchangeErrors.partnerUnknown(partner);
    // Each page moves the cursor only from where the page before left it: two recoveries never interleave.
    let stored = await this.recovery.cursor(partner);
    let cursor = fromStart ? null : stored;
    const tally = { pages: 0, records: 0, applied: 0, stale: 0, rejected: 0 };
    let caughtUp = false;
    while (!caughtUp && tally.records < limit) {
      const { page, jws, startedAt } = await this.fetch(partner, baseUrl, cursor, limit - tally.records);
      const next = page.next ?? cursor;
      const counts = await this.recovery.transaction(async (manager) => {
        if (!(await this.recovery.advance(partner, stored, next, operator.subject, manager))) throw ExchangeErrors.recoveryInProgress(partner);
        const outcomes = await this.inbound.applyRecords(partner, page.requestId, page.records, manager);
        const count = (outcome: string) => outcomes.filter((o) => o.outcome === outcome).length;
        const applied = { applied: count('APPLIED'), stale: count('STALE'), rejected: count('REJECTED') };
        await this.log.append(
          {
            partnerNode: partner,
            direction: 'IN',
            messageId: page.requestId,
            envelopeHash: sha256Hex(jws),
            sizeBytes: Buffer.byteLength(jws),
            records: page.records.length,
            outcome: 'FEED_APPLIED',
            detail: { after: cursor, next, by: operator.subject, ...applied },
            receipt: null,
            startedAt,
            finishedAt: new Date(),
          },
          manager,
        );
        await this.audit.record({ action: ExchangeAuditAction.RECOVERY_PAGE_APPLIED, actor: operator, target: { type: 'partner', id: partner }, details: { requestId: page.requestId, after: cursor, next, ...applied } }, manager);
        return applied;
      });
      tally.pages += 1;
      tally.records += page.records.length;
      tally.applied += counts.applied;
      tally.stale += counts.stale;
      tally.rejected += counts.rejected;
      stored = cursor = next;
      caughtUp = page.records.length === 0;
    }
    return { ...tally, cursor, caughtUp };
  }

  /** Asks the partner for one page and verifies it; a failure is logged and nothing is applied. */
  private async fetch(partner: string, baseUrl: string, after: string | null, limit: number): Promise<FetchedPage> {
    const self = this.config.get('NODE_PROVINCE', { infer: true });
    const request: FeedRequest = { requestId: randomUUID(), from: self, to: partner, sentAt: new Date().toISOString(), after, limit };
    const signed = await this.signer.sign(new TextEncoder().encode(JSON.stringify(request)), { typ: FEED_REQUEST_TYPE });
    const startedAt = new Date();
    const failed = (outcome: 'FAILED' | 'REFUSED', reason: string) =>
      this.log.appendFailure({ partnerNode: partner, direction: 'IN', messageId: request.requestId, jws: signed, outcome, detail: { reason, after }, startedAt });
    let body: { page?: unknown; code?: string; message?: string };
    try {
      const response = await fetch(`${baseUrl}/exchange/feed`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ request: signed }),
        signal: AbortSignal.timeout(this.config.get('EXCHANGE_TIMEOUT_MS', { infer: true })),
      });
      body = (await response.json().catch(() => ({}))) as typeof body;
      if (!response.ok) throw new Error(`${partner} answered ${response.status} ${body.code ?? ''} ${body.message ?? ''}`.trim());
    } catch (error) {
      const reason = (error as Error).message;
      await failed('FAILED', reason);
      throw ExchangeErrors.feedUnreachable(partner, reason);
    }
    const jws = typeof body.page === 'string' ? body.page : '';
    try {
      // The checks a partner's envelope gets here, and the page must answer this very request.
      const page = await this.messages.open<FeedPage>(jws, FEED_PAGE_TYPE, {
        complete: (p) => p.from === partner && p.requestId === request.requestId && Array.isArray(p.records) && (p.next === null || typeof p.next === 'string'),
        incomplete: {
          en: `The page is not ${partner}'s answer to request ${request.requestId}, or lacks its records or next cursor`,
          'zh-CN': `该页不是 ${partner} 对请求 ${request.requestId} 的应答，或缺少记录或下一页游标`,
        },
      });
      return { page, jws, startedAt };
    } catch (error) {
      if (!(error instanceof DomainError)) throw error;
      await failed('REFUSED', error.message);
      throw ExchangeErrors.feedPageInvalid(partner, { en: error.messageIn('en'), 'zh-CN': error.messageIn('zh-CN') });
    }
  }
}
