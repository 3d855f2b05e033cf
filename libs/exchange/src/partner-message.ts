import { Inject, Injectable } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { isUUID } from 'class-validator';
import { decodeJwt } from 'jose';
import { PARTNER_NODES, type PartnerNodes, PartnerSignatureError } from '@landsea/auth';
import type { AppConfig } from '@landsea/config';
import type { LocalisedMessage } from '@landsea/errors';
import { ExchangeErrors } from './exchange.errors.js';
import { MessageLogRepository } from './messages/message-log.repository.js';

/** What every signed message between nodes says about itself, whatever else it carries. */
export interface AddressedMessage {
  readonly from: string;
  readonly to: string;
  readonly sentAt: string;
}

export interface MessageShape<T> {
  /** True when the message carries what its kind needs; otherwise it is malformed with this text. */
  readonly complete: (message: T) => boolean;
  readonly incomplete: LocalisedMessage;
  /**
   * The claim naming the message, to keep evidence (REFUSED, IN) of one from a known partner whose
   * signature does not verify; left out by a caller that keeps its own evidence.
   */
  readonly evidenceId?: string;
}

/**
 * Opens compact JWS partner nodes sign, with the one check every exchange message gets: a known
 * partner, its key and signature, this node as addressee, and a clock close to this node's.
 */
@Injectable()
export class PartnerMessages {
  constructor(
    private readonly log: MessageLogRepository,
    private readonly config: ConfigService<AppConfig, true>,
    @Inject(PARTNER_NODES) private readonly partners: PartnerNodes,
  ) {}

  async open<T extends AddressedMessage>(jws: string, type: string, shape: MessageShape<T>): Promise<T> {
    const startedAt = new Date();
    const claimed = claimedSender(jws);
    let message: T;
    try {
      message = JSON.parse(new TextDecoder().decode(await this.partners.verify(claimed, jws, type))) as T;
    } catch (error) {
      if (!(error instanceof PartnerSignatureError)) throw error;
      if (error.reason === 'UNKNOWN_PARTNER') throw ExchangeErrors.partnerUnknown(claimed);
      if (shape.evidenceId) {
        const messageId = uuidClaim(jws, shape.evidenceId);
        await this.log.appendFailure({ partnerNode: claimed, direction: 'IN', messageId, jws, outcome: 'REFUSED', detail: { reason: error.message }, startedAt });
      }
      throw ExchangeErrors.signature(error.reason === 'UNKNOWN_KEY', error.messages);
    }
    const self = this.config.get('NODE_PROVINCE', { infer: true });
    if (!message || message.from !== claimed || !shape.complete(message)) throw ExchangeErrors.malformed(shape.incomplete);
    if (message.to !== self) throw ExchangeErrors.notForThisNode(message.to, self);
    if (!(Math.abs(Date.parse(message.sentAt) - Date.now()) <= this.config.get('EXCHANGE_CLOCK_SKEW_MS', { infer: true }))) throw ExchangeErrors.clockSkew(message.sentAt);
    return message;
  }
}

/** Who the message says sent it: read before verifying, to know whose keys to verify with. */
function claimedSender(jws: string): string {
  try {
    const from = (decodeJwt(jws) as { from?: unknown }).from;
    if (typeof from === 'string' && /^[A-Z]{2}$/.test(from)) return from;
  } catch {
    // fall through to the error below
  }
  throw ExchangeErrors.malformed({ en: 'The message is not a compact JWS naming its sending node', 'zh-CN': '该消息不是注明发送节点的紧凑格式 JWS' });
}

/** A uuid claim of a JWS that did not verify, for the evidence of refusing it; zeros when it has none. */
function uuidClaim(jws: string, claim: string): string {
  const id = (decodeJwt(jws) as Record<string, unknown>)[claim];
  return typeof id === 'string' && isUUID(id) ? id : '00000000-0000-0000-0000-000000000000';
}
