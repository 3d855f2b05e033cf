import { Inject, Injectable } from '@nestjs/common';
import { isUUID } from 'class-validator';
import { ConfigService } from '@nestjs/config';
import { RECORD_SIGNER, type RecordSigner } from '@landsea/auth';
import type { AppConfig } from '@landsea/config';
import { sha256Hex } from '@landsea/signing';
import { ExchangeErrors } from '../exchange.errors.js';
import { MessageLogRepository } from '../messages/message-log.repository.js';
import { OutboundRepository } from '../outbound/outbound.repository.js';
import { fitting, pageEnd, rowAfter } from '../paging.js';
import { PartnerMessages } from '../partner-message.js';
import { FEED_PAGE_TYPE, FEED_REQUEST_TYPE, type FeedPage, type FeedRequest } from './feed-messages.js';

/**
 * Serves a partner, page by page, everything this node queued for it, so a partner that lost
 * its copy (a long outage, a restore from backup, a first start) can pull it back.
 */
@Injectable()
export class FeedService {
  constructor(
    private readonly outbound: OutboundRepository,
    private readonly log: MessageLogRepository,
    private readonly config: ConfigService<AppConfig, true>,
    private readonly messages: PartnerMessages,
    @Inject(RECORD_SIGNER) private readonly signer: RecordSigner,
  ) {}

  async serve(jws: string): Promise<{ page: string }> {
    const startedAt = new Date();
    const self = this.config.get('NODE_PROVINCE', { infer: true });
    const request = await this.messages.open<FeedRequest>(jws, FEED_REQUEST_TYPE, {
      complete: (r) => typeof r.requestId === 'string' && isUUID(r.requestId) && rowAfter(r.after) !== undefined && Number.isInteger(r.limit) && r.limit >= 1,
      incomplete: {
        en: 'The feed request lacks its request id, a cursor of this node or a positive limit',
        'zh-CN': '数据拉取请求缺少请求编号、本节点的游标或正数的条数上限',
      },
      evidenceId: 'requestId',
    });
    const most = Math.min(request.limit, this.config.get('EXCHANGE_FEED_PAGE_RECORDS', { infer: true }));
    const owed = await this.outbound.owed(request.from, rowAfter(request.after) as string, most);
    const rows = fitting(owed, (p) => p.record, this.config.get('HTTP_BODY_LIMIT_BYTES', { infer: true }));
    const page: FeedPage = {
      requestId: request.requestId,
      from: self,
      to: request.from,
      sentAt: new Date().toISOString(),
      after: request.after,
      records: rows.map((p) => p.record),
      next: pageEnd(rows),
    };
    const signed = await this.signer.sign(new TextEncoder().encode(JSON.stringify(page)), { typ: FEED_PAGE_TYPE });
    // The log's unique index on served request ids is what refuses a replay, even two at once.
    const logged = await this.log.appendAlone({
      partnerNode: request.from,
      direction: 'OUT',
      messageId: request.requestId,
      envelopeHash: sha256Hex(signed),
      sizeBytes: Buffer.byteLength(signed),
      records: rows.length,
      outcome: 'FEED_SERVED',
      detail: { after: page.after, next: page.next },
      receipt: jws,
      startedAt,
      finishedAt: new Date(),
    });
    if (!logged) throw ExchangeErrors.feedReplayed(request.requestId);
    return { page: signed };
  }
}
