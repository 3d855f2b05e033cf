import { Inject, Injectable, Logger } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { randomUUID } from 'node:crypto';
import { PARTNER_NODES, type PartnerNodes, RECORD_SIGNER, type RecordSigner } from '@landsea/auth';
import type { AppConfig } from '@landsea/config';
import { OutboxService } from '@landsea/outbox';
import { sha256Hex } from '@landsea/signing';
import { MessageLogRepository } from '../messages/message-log.repository.js';
import { fitting } from '../paging.js';
import { CircuitBreakers } from './circuit-breaker.js';
import { RECORDS_DELIVERED } from '../exchange-records.js';
import { ENVELOPE_TYPE, type Envelope, RECEIPT_TYPE, type Receipt } from './envelope.js';
import { OutboundRepository, type PendingRecord } from './outbound.repository.js';

/** A delivery that should be tried again later: the job's retries and backoff take it from here. */
export class DeliveryDeferred extends Error {}

/**
 * Sends a partner everything it is owed, in order, as signed envelopes, one partner at a time
 * (a lock per partner). Records are marked sent only against the partner's signed receipt.
 */
@Injectable()
export class DeliveryService {
  private readonly logger = new Logger(DeliveryService.name);
  private readonly breakers: CircuitBreakers;

  constructor(
    private readonly outbound: OutboundRepository,
    private readonly log: MessageLogRepository,
    private readonly outbox: OutboxService,
    private readonly config: ConfigService<AppConfig, true>,
    @Inject(PARTNER_NODES) private readonly partners: PartnerNodes,
    @Inject(RECORD_SIGNER) private readonly signer: RecordSigner,
  ) {
    this.breakers = new CircuitBreakers(config.get('EXCHANGE_BREAKER_THRESHOLD', { infer: true }), config.get('EXCHANGE_BREAKER_OPEN_MS', { infer: true }));
  }

  /** Delivers until nothing is pending; returns the number of records the partner took. */
  async deliver(partner: string): Promise<number> {
    const open = this.breakers.openFor(partner);
    if (open > 0) throw new DeliveryDeferred(`The circuit to ${partner} is open for another ${open} ms`);
    const baseUrl = await this.partners.baseUrl(partner);
    if (!baseUrl) throw new DeliveryDeferred(`${partner} is no longer a registered partner`);
    let delivered = 0;
    for (;;) {
      const sent = await this.outbound.transaction(async (manager) => {
        if (!(await this.outbound.lockPartner(partner, manager))) throw new DeliveryDeferred(`Another worker is delivering to ${partner}`);
        const pending = await this.outbound.pending(partner, this.config.get('EXCHANGE_BATCH_RECORDS', { infer: true }), manager);
        if (pending.length === 0) return 0;
        const { receipt, jws, envelope, startedAt } = await this.send(partner, baseUrl, fitting(pending, (p) => p.record, this.config.get('HTTP_BODY_LIMIT_BYTES', { infer: true })));
        const outcomes = new Map(receipt.records.map((r) => [`${r.kind}:${r.id}:${r.version}`, r]));
        const taken = envelope.records.length;
        const ids = pending.slice(0, taken);
        const rejected = ids.filter((p) => outcomes.get(key(p))?.outcome === 'REJECTED');
        const accepted = ids.filter((p) => outcomes.get(key(p))?.outcome !== 'REJECTED');
        await this.outbound.settle(
          envelope.messageId,
          [
            ...accepted.map((p) => ({ id: p.id, outcome: 'DELIVERED', reason: null })),
            ...rejected.map((p) => ({ id: p.id, outcome: 'REJECTED', reason: outcomes.get(key(p))?.reason ?? null })),
          ],
          manager,
        );
        await this.outbox.record(manager, 'exchange', {
          type: RECORDS_DELIVERED,
          aggregateType: 'exchange-message',
          aggregateId: envelope.messageId,
          payload: {
            partner,
            messageId: envelope.messageId,
            records: accepted.map((p) => ({ kind: p.record.kind, id: p.record.id, version: p.record.version, dossierId: dossierOf(p) })),
          },
        });
        await this.log.append(
          {
            partnerNode: partner,
            direction: 'OUT',
            messageId: envelope.messageId,
            envelopeHash: sha256Hex(jws),
            sizeBytes: Buffer.byteLength(jws),
            records: taken,
            outcome: receipt.duplicate ? 'DUPLICATE' : 'DELIVERED',
            detail: { accepted: accepted.length, rejected: rejected.map((p) => ({ id: p.record.id, reason: outcomes.get(key(p))?.reason })) },
            receipt: receipt.raw,
            startedAt,
            finishedAt: new Date(),
          },
          manager,
        );
        return taken;
      });
      if (sent === 0) return delivered;
      delivered += sent;
    }
  }

  /** The partners still owed records. */
  owedPartners(): Promise<string[]> {
    return this.outbound.pendingPartners();
  }

  private async send(partner: string, baseUrl: string, batch: readonly PendingRecord[]) {
    const envelope: Envelope = {
      messageId: randomUUID(),
      from: this.config.get('NODE_PROVINCE', { infer: true }),
      to: partner,
      sentAt: new Date().toISOString(),
      records: batch.map((p) => p.record),
    };
    const jws = await this.signer.sign(new TextEncoder().encode(JSON.stringify(envelope)), { typ: ENVELOPE_TYPE });
    const startedAt = new Date();
    try {
      const response = await fetch(`${baseUrl}/exchange/envelopes`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ envelope: jws }),
        signal: AbortSignal.timeout(this.config.get('EXCHANGE_TIMEOUT_MS', { infer: true })),
      });
      const body = (await response.json().catch(() => ({}))) as { receipt?: string; code?: string; message?: string };
      if (!response.ok || !body.receipt) throw new Error(`${partner} answered ${response.status} ${body.code ?? ''} ${body.message ?? ''}`.trim());
      const receipt = JSON.parse(new TextDecoder().decode(await this.partners.verify(partner, body.receipt, RECEIPT_TYPE))) as Receipt;
      if (receipt.messageId !== envelope.messageId) throw new Error(`${partner} signed a receipt for another message`);
      this.breakers.succeeded(partner);
      return { receipt: { ...receipt, raw: body.receipt }, jws, envelope, startedAt };
    } catch (error) {
      this.breakers.failed(partner);
      const message = (error as Error).message;
      this.logger.warn({ partner, messageId: envelope.messageId, err: message }, 'Delivery to a partner node failed; it will be retried');
      await this.log.transaction((manager) =>
        this.log.append(
          {
            partnerNode: partner,
            direction: 'OUT',
            messageId: envelope.messageId,
            envelopeHash: sha256Hex(jws),
            sizeBytes: Buffer.byteLength(jws),
            records: batch.length,
            outcome: 'FAILED',
            detail: { error: message },
            receipt: null,
            startedAt,
            finishedAt: new Date(),
          },
          manager,
        ),
      );
      throw new DeliveryDeferred(`Delivery to ${partner} failed: ${message}`);
    }
  }
}

function key(p: PendingRecord): string {
  return `${p.record.kind}:${p.record.id}:${p.record.version}`;
}

/** The dossier a record belongs to (none for a directory entry), so the dossier's timeline can show where it went. */
function dossierOf(p: PendingRecord): string | null {
  if (p.record.kind === 'DOSSIER') return p.record.id;
  return typeof p.record.payload.dossierId === 'string' ? p.record.payload.dossierId : null;
}
