import { Inject, Injectable } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { decodeJwt } from 'jose';
import type { EntityManager } from 'typeorm';
import { AuditService } from '@landsea/audit';
import { ORGANISATION_DIRECTORY, type OrganisationDirectory, partyIdFromText, RECORD_SIGNER, type RecordSigner } from '@landsea/auth';
import type { AppConfig } from '@landsea/config';
import { OutboxService } from '@landsea/outbox';
import { ExchangeAuditAction } from '../exchange.audit.js';
import { ExchangeErrors } from '../exchange.errors.js';
import { DirectoryRepository, HOME_CONFLICT } from '../directory/directory.repository.js';
import { EXCHANGE_KINDS, type ExchangeRecord } from '../exchange-records.js';
import { MessageLogRepository, signedEntry, type StoredLogEntry } from '../messages/message-log.repository.js';
import { PartnerMessages } from '../partner-message.js';
import { ENVELOPE_TYPE, type Envelope, RECEIPT_TYPE, type Receipt, type RecordOutcome } from '../outbound/envelope.js';
import { SharingRepository } from '../sharing/sharing.repository.js';
import { InboundRepository, recordKey } from './inbound.repository.js';

export const RECORD_RECEIVED = 'exchange.record-received';

/**
 * Takes envelopes from partner nodes: the signature proves the sender, the message id makes the
 * effect happen once, versions make order not matter, and a signed receipt says what was taken.
 */
@Injectable()
export class InboundService {
  constructor(
    private readonly inbound: InboundRepository,
    private readonly sharing: SharingRepository,
    private readonly log: MessageLogRepository,
    private readonly outbox: OutboxService,
    private readonly audit: AuditService,
    private readonly config: ConfigService<AppConfig, true>,
    private readonly messages: PartnerMessages,
    @Inject(RECORD_SIGNER) private readonly signer: RecordSigner,
    @Inject(ORGANISATION_DIRECTORY) private readonly organisations: OrganisationDirectory,
    private readonly directory: DirectoryRepository,
  ) {}

  async receive(jws: string): Promise<{ receipt: string }> {
    const startedAt = new Date();
    const self = this.config.get('NODE_PROVINCE', { infer: true });
    const envelope = await this.messages.open<Envelope>(jws, ENVELOPE_TYPE, {
      complete: (e) => !!e.messageId && Array.isArray(e.records),
      incomplete: { en: 'The envelope lacks its sender, message id or records', 'zh-CN': '报文缺少发送方、消息编号或记录' },
      evidenceId: 'messageId',
    });
    const maxRecords = this.config.get('EXCHANGE_MAX_RECORDS', { infer: true });
    if (envelope.records.length > maxRecords) throw ExchangeErrors.tooManyRecords(envelope.records.length, maxRecords);

    const earlier = await this.log.findReceived(envelope.from, envelope.messageId);
    if (earlier?.receipt) return { receipt: await this.replayed(envelope, jws, earlier, startedAt) };

    const receipt = await this.log.transaction(async (manager) => {
      const outcomes = await this.applyRecords(envelope.from, envelope.messageId, envelope.records, manager);
      const signed = await this.sign({ messageId: envelope.messageId, from: self, to: envelope.from, receivedAt: new Date().toISOString(), duplicate: false, records: outcomes });
      const logged = await this.log.append(
        signedEntry(jws, {
          partnerNode: envelope.from,
          direction: 'IN',
          messageId: envelope.messageId,
          records: envelope.records.length,
          outcome: 'RECEIVED',
          detail: { applied: outcomes.filter((o) => o.outcome === 'APPLIED').length, rejected: outcomes.filter((o) => o.outcome === 'REJECTED').length },
          receipt: signed,
          startedAt,
        }),
        manager,
      );
      // The same envelope arriving twice at once: the first commits, this one changes nothing.
      if (!logged) throw new DuplicateInFlight();
      const details = { records: envelope.records.length, applied: outcomes.filter((o) => o.outcome === 'APPLIED').length };
      await this.audit.record({ action: ExchangeAuditAction.ENVELOPE_RECEIVED, actor: { subject: `node:${envelope.from}`, organisationId: null }, target: { type: 'envelope', id: envelope.messageId }, details }, manager);
      return signed;
    }).catch(async (error: unknown) => {
      if (!(error instanceof DuplicateInFlight)) throw error;
      return this.replayed(envelope, jws, (await this.log.findReceived(envelope.from, envelope.messageId)) as StoredLogEntry, startedAt);
    });
    return { receipt };
  }

  /**
   * Applies a partner's records through the caller's transaction: each is checked, held to the
   * agreement, and applied unless a newer version is here. One outcome per record, in order, the
   * same as applying them one by one would give, in a constant number of statements.
   */
  async applyRecords(from: string, messageId: string, records: readonly ExchangeRecord[], manager: EntityManager): Promise<RecordOutcome[]> {
    const agreed = new Set(await this.sharing.agreedKinds(from));
    const checked = await Promise.all(
      records.map(async (record) => {
        const problem = recordProblem(record) ?? (agreed.has(record.kind) ? undefined : `NO_AGREEMENT: this node takes no ${record.kind} from ${from}`);
        return {
          record,
          named: { kind: String(record?.kind), id: String(record?.id), version: Number(record?.version) },
          problem: problem ?? (record.kind === 'ORGANISATION' ? await this.homeConflict(from, record, manager) : undefined),
        };
      }),
    );
    // One statement may write a row only once: each record goes in at the first of its newest versions.
    const newest = new Map<string, ExchangeRecord>();
    for (const { record, problem } of checked) {
      if (problem) continue;
      const seen = newest.get(recordKey(record.kind, record.id));
      if (!seen || record.version > seen.version) newest.set(recordKey(record.kind, record.id), record);
    }
    const written = await this.inbound.applyNewest(from, messageId, [...newest.values()], manager);
    // A record counts as applied when it was newer than the version here and than earlier copies in the envelope.
    const reached = new Map<string, number>();
    const outcomes = checked.map(({ record, named, problem }): RecordOutcome => {
      if (problem) return { ...named, outcome: 'REJECTED', reason: problem };
      const key = recordKey(record.kind, record.id);
      const row = written.get(key);
      const here = reached.get(key) ?? row?.prior ?? 0;
      if (!row?.applied || record.version <= here) return { ...named, outcome: 'STALE', reason: 'A newer version is already here' };
      reached.set(key, record.version);
      return { ...named, outcome: 'APPLIED' };
    });
    const applied = checked.filter((_, i) => outcomes[i].outcome === 'APPLIED').map(({ record }) => record);
    if (applied.length > 0) {
      await this.outbox.record(
        manager,
        'exchange',
        applied.map((record) => ({
          type: RECORD_RECEIVED,
          aggregateType: 'exchange-record',
          aggregateId: `${from}:${record.kind}:${record.id}`,
          payload: { sourceNode: from, kind: record.kind, id: record.id, version: record.version, parties: record.parties, payload: record.payload },
        })),
      );
    }
    return outcomes;
  }

  /**
   * An envelope applied already: nothing is applied again, the answer is the first receipt's
   * outcomes marked duplicate, and the replay is in the log beside the first receipt.
   */
  private async replayed(envelope: Envelope, jws: string, first: StoredLogEntry, startedAt: Date): Promise<string> {
    const original = decodeJwt(first.receipt as string) as unknown as Receipt;
    const receipt = await this.sign({ ...original, duplicate: true });
    const entry = { partnerNode: envelope.from, direction: 'IN' as const, messageId: envelope.messageId, records: envelope.records.length, receipt, startedAt };
    await this.log.appendAlone(signedEntry(jws, { ...entry, outcome: 'REPLAYED', detail: { firstLogEntry: first.id } }));
    return receipt;
  }

  /**
   * Every organisation has one home node. A partner's entry for a party registered here, or that
   * another partner lists already, is refused, never merged, and kept for the operator to settle.
   */
  private async homeConflict(from: string, record: ExchangeRecord, manager: EntityManager): Promise<string | undefined> {
    const party = partyIdFromText(record.id);
    if (!party) return 'MALFORMED: party id';
    const self = this.config.get('NODE_PROVINCE', { infer: true });
    const local = await this.organisations.byParty(party);
    const otherHome =
      local && local.status !== 'REJECTED' ? self : (await this.directory.homesOf(record.id, manager)).find((home) => home.node !== from)?.node;
    if (!otherHome) return undefined;
    const reason = `${HOME_CONFLICT}: ${record.id} is homed at ${otherHome}; ${from} cannot list it too`;
    await this.directory.recordConflict(record.id, from, record.version, reason, manager);
    return reason;
  }

  private sign(receipt: Receipt): Promise<string> {
    return this.signer.sign(new TextEncoder().encode(JSON.stringify(receipt)), { typ: RECEIPT_TYPE });
  }
}

class DuplicateInFlight extends Error {}

function recordProblem(record: ExchangeRecord | undefined): string | undefined {
  if (!record || typeof record !== 'object') return 'MALFORMED: not a record';
  if (!(EXCHANGE_KINDS as readonly string[]).includes(record.kind)) return `UNKNOWN_KIND: ${String(record.kind)}`;
  if (typeof record.id !== 'string' || record.id.length === 0 || record.id.length > 200) return 'MALFORMED: id';
  if (!Number.isInteger(record.version) || record.version < 1) return 'MALFORMED: version';
  if (!Array.isArray(record.parties) || !record.parties.every((p) => typeof p === 'string')) return 'MALFORMED: parties';
  if (!record.payload || typeof record.payload !== 'object') return 'MALFORMED: payload';
  return undefined;
}
