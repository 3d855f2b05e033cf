import { Inject, Injectable, Logger } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { InjectQueue } from '@nestjs/bullmq';
import type { Queue } from 'bullmq';
import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { PARTNER_NODES, type PartnerNodes, RECORD_SIGNER, type RecordSigner } from '@landsea/auth';
import type { AppConfig } from '@landsea/config';
import { OutboxService } from '@landsea/outbox';
import { MessageLogRepository, signedEntry } from '../messages/message-log.repository.js';
import { fitting } from '../paging.js';
import { PartnerStateRepository } from '../partners/partner-state.repository.js';
import { RECORDS_DELIVERED } from '../exchange-records.js';
import { ENVELOPE_TYPE, type Envelope, RECEIPT_TYPE, type Receipt } from './envelope.js';
import { EXCHANGE_DELIVERY } from './exchange-queues.js';
import { OutboundRepository, type PendingRecord } from './outbound.repository.js';

/** A partner refused an envelope outright (a 4xx that no retry can change): its records are settled REFUSED. */
export class DeliveryRefused extends Error {
  constructor(
    readonly messageId: string,
    message: string,
  ) {
    super(message);
  }
}

/** What came of sending one envelope. */
type Sent =
  | { readonly result: 'RECEIPT'; readonly receipt: Receipt & { raw: string }; readonly jws: string; readonly envelope: Envelope; readonly startedAt: Date }
  | { readonly result: 'AWAY'; readonly error: string }
  | { readonly result: 'REFUSED'; readonly status: number; readonly code: string; readonly message: string; readonly jws: string; readonly envelope: Envelope; readonly startedAt: Date };

/** Statuses a partner answers while it cannot take anything (busy, overloaded, slow): it is away, not refusing. */
const AWAY_STATUSES = new Set([408, 425, 429]);

/**
 * Sends a partner everything it is owed, in order, as signed envelopes, one partner at a time
 * (a lock per partner). Records are marked sent only against the partner's signed receipt, and
 * stay owed, however long the partner is away, until it signs one or refuses them. A partner
 * that does not answer is a state of the partner (PartnerStateRepository): after a few failures
 * it is DOWN and only probed, with backoff, and the probe that gets a receipt sends the rest.
 */
@Injectable()
export class DeliveryService {
  private readonly logger = new Logger(DeliveryService.name);

  constructor(
    private readonly outbound: OutboundRepository,
    private readonly log: MessageLogRepository,
    private readonly states: PartnerStateRepository,
    private readonly outbox: OutboxService,
    private readonly config: ConfigService<AppConfig, true>,
    @Inject(PARTNER_NODES) private readonly partners: PartnerNodes,
    @Inject(RECORD_SIGNER) private readonly signer: RecordSigner,
    @InjectQueue(EXCHANGE_DELIVERY.name) private readonly deliveries: Queue,
  ) {}

  /**
   * Delivers until nothing is pending, the partner is away, or another worker holds the partner;
   * returns the number of records the partner took. `reopen` first makes a refused envelope's
   * records owed again (an operator replaying its dead letter). Throws DeliveryRefused.
   */
  async deliver(partner: string, reopen?: string): Promise<number> {
    if (reopen) await this.outbound.reopen(partner, reopen);
    const baseUrl = await this.partners.baseUrl(partner);
    if (!baseUrl) throw new Error(`${partner} is no longer a registered partner`);
    const gate = await this.states.gate(partner);
    // Owed records wait for the partner's probe, which is already queued.
    if (gate.mode === 'WAIT') return 0;
    // The probe after this one, queued before this one is sent, so a process dying mid-probe loses no probe.
    if (gate.mode === 'PROBE') await this.queue(partner, { jobId: `deliver-${partner}-probe-${gate.nextProbeAt}`, at: gate.nextProbeAt });
    let delivered = 0;
    for (let probing = gate.mode === 'PROBE'; ; probing = false) {
      const sent = await this.outbound.transaction(async (manager) => {
        if (!(await this.outbound.lockPartner(partner, manager))) return 'BUSY' as const;
        const pending = await this.outbound.pending(partner, this.config.get('EXCHANGE_BATCH_RECORDS', { infer: true }), manager);
        // A probe with nothing owed is an empty envelope: the partner's signed receipt is the answer.
        if (pending.length === 0 && !probing) return 'DONE' as const;
        const batch = fitting(pending, (p) => p.record, this.config.get('HTTP_BODY_LIMIT_BYTES', { infer: true }));
        const answer = await this.send(partner, baseUrl, batch);
        if (answer.result === 'AWAY') return answer;
        if (answer.result === 'REFUSED') {
          await this.refused(partner, batch, answer, manager);
          return answer;
        }
        await this.settle(partner, batch, answer, manager);
        return batch.length;
      });
      if (sent === 'BUSY') {
        // Records committed while the other worker was finishing may be past its last look: look again soon.
        await this.queue(partner, { deduplicate: `deliver-${partner}-busy`, at: Date.now() + this.config.get('QUEUE_BACKOFF_MS', { infer: true }) });
        return delivered;
      }
      if (typeof sent === 'object' && sent.result === 'AWAY') {
        const { state, nextProbeAt } = await this.states.failed(partner, sent.error);
        await this.queue(partner, { jobId: `deliver-${partner}-probe-${nextProbeAt}`, at: nextProbeAt });
        this.logger.warn({ partner, state, nextProbeAt: new Date(nextProbeAt).toISOString(), err: sent.error }, 'A partner node did not answer; what it is owed stays queued');
        return delivered;
      }
      if (sent === 'DONE') return delivered;
      const previous = await this.states.succeeded(partner);
      if (previous === 'DOWN' || previous === 'PROBING') this.logger.log({ partner }, 'A partner node answers again; sending what it is owed');
      if (typeof sent === 'object') {
        // The partner answered: what follows the refused envelope goes on, and the refusal becomes a dead letter.
        await this.queue(partner, { jobId: `deliver-${partner}-after-${sent.envelope.messageId}`, at: Date.now() });
        throw new DeliveryRefused(sent.envelope.messageId, `${partner} refused envelope ${sent.envelope.messageId}: ${sent.status} ${sent.code} ${sent.message}`.trim());
      }
      delivered += sent;
    }
  }

  /** Queues a delivery, now, for every partner this node still owes records: at start-up. */
  async resumeOwed(): Promise<void> {
    for (const partner of await this.outbound.pendingPartners()) {
      await this.queue(partner, { jobId: `deliver-${partner}-start-${randomUUID()}`, at: Date.now() });
    }
  }

  private async queue(partner: string, when: { jobId?: string; deduplicate?: string; at: number }): Promise<void> {
    const delay = Math.max(0, when.at - Date.now());
    await this.deliveries.add(
      'exchange.deliver',
      { partner },
      { jobId: when.jobId, delay, deduplication: when.deduplicate ? { id: when.deduplicate, ttl: Math.max(delay, 1) } : undefined },
    );
  }

  private async settle(partner: string, batch: readonly PendingRecord[], sent: Extract<Sent, { result: 'RECEIPT' }>, manager: EntityManager): Promise<void> {
    const { receipt, jws, envelope, startedAt } = sent;
    const outcomes = new Map(receipt.records.map((r) => [`${r.kind}:${r.id}:${r.version}`, r]));
    const rejected = batch.filter((p) => outcomes.get(key(p))?.outcome === 'REJECTED');
    const accepted = batch.filter((p) => outcomes.get(key(p))?.outcome !== 'REJECTED');
    await this.outbound.settle(
      envelope.messageId,
      [
        ...accepted.map((p) => ({ id: p.id, outcome: 'DELIVERED', reason: null })),
        ...rejected.map((p) => ({ id: p.id, outcome: 'REJECTED', reason: outcomes.get(key(p))?.reason ?? null })),
      ],
      manager,
    );
    if (accepted.length > 0) {
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
    }
    await this.log.append(
      signedEntry(jws, {
        partnerNode: partner,
        direction: 'OUT',
        messageId: envelope.messageId,
        records: batch.length,
        outcome: receipt.duplicate ? 'DUPLICATE' : 'DELIVERED',
        detail: { accepted: accepted.length, rejected: rejected.map((p) => ({ id: p.record.id, reason: outcomes.get(key(p))?.reason })) },
        receipt: receipt.raw,
        startedAt,
      }),
      manager,
    );
  }

  /** Settles a refused envelope's records REFUSED, with the partner's answer as the reason and as evidence. */
  private async refused(partner: string, batch: readonly PendingRecord[], sent: Extract<Sent, { result: 'REFUSED' }>, manager: EntityManager): Promise<void> {
    const reason = `${sent.status} ${sent.code}: ${sent.message}`.slice(0, 1000);
    await this.outbound.settle(sent.envelope.messageId, batch.map((p) => ({ id: p.id, outcome: 'REFUSED', reason })), manager);
    await this.log.append(
      signedEntry(sent.jws, {
        partnerNode: partner,
        direction: 'OUT',
        messageId: sent.envelope.messageId,
        records: batch.length,
        outcome: 'REFUSED',
        detail: { status: sent.status, code: sent.code, message: sent.message },
        receipt: null,
        startedAt: sent.startedAt,
      }),
      manager,
    );
  }

  /** Sends one envelope: a verified receipt, an explicit refusal, or the partner away (logged as FAILED). */
  private async send(partner: string, baseUrl: string, batch: readonly PendingRecord[]): Promise<Sent> {
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
      if (response.status >= 400 && response.status < 500 && !AWAY_STATUSES.has(response.status)) {
        const code = typeof body.code === 'string' ? body.code : '';
        const message = typeof body.message === 'string' ? body.message : '';
        this.logger.warn({ partner, messageId: envelope.messageId, status: response.status, code }, 'A partner node refused an envelope; it will not be retried');
        return { result: 'REFUSED', status: response.status, code, message, jws, envelope, startedAt };
      }
      if (!response.ok || !body.receipt) throw new Error(`${partner} answered ${response.status} ${body.code ?? ''} ${body.message ?? ''}`.trim());
      // A receipt that does not verify is no receipt: the records stay owed.
      const receipt = JSON.parse(new TextDecoder().decode(await this.partners.verify(partner, body.receipt, RECEIPT_TYPE))) as Receipt;
      if (receipt.messageId !== envelope.messageId) throw new Error(`${partner} signed a receipt for another message`);
      return { result: 'RECEIPT', receipt: { ...receipt, raw: body.receipt }, jws, envelope, startedAt };
    } catch (error) {
      const message = (error as Error).message;
      await this.log.appendAlone(
        signedEntry(jws, { partnerNode: partner, direction: 'OUT', messageId: envelope.messageId, records: batch.length, outcome: 'FAILED', detail: { error: message }, receipt: null, startedAt }),
      );
      return { result: 'AWAY', error: message };
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
