import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { type DataSource, type EntityManager, IsNull, Not } from 'typeorm';
import type { QueryDeepPartialEntity } from 'typeorm/query-builder/QueryPartialEntity.js';
import type { PintResponseCode } from './pint-envelope.js';
import { PintEnvelopeEntity } from './pint-envelope.entity.js';

export type NewPintEnvelope = Omit<PintEnvelopeEntity, 'id' | 'createdAt' | 'recipient' | 'billHeadChecksum' | 'supportingDocuments'> &
  Partial<Pick<PintEnvelopeEntity, 'recipient' | 'billHeadChecksum' | 'supportingDocuments'>>;

/** An additional document received for a pending incoming envelope. */
export interface ReceivedDocument {
  readonly checksum: string;
  readonly content: Buffer;
}

@Injectable()
export class PintEnvelopeRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async record(envelope: NewPintEnvelope, manager: EntityManager): Promise<void> {
    await manager.getRepository(PintEnvelopeEntity).save(manager.create(PintEnvelopeEntity, envelope));
  }

  /**
   * Keeps a pending envelope at once, outside any transaction under way, so it outlives a
   * transfer that fails; if the same envelope is kept already, that one is returned.
   */
  async keepPending(envelope: NewPintEnvelope): Promise<PintEnvelopeEntity> {
    const repository = this.dataSource.getRepository(PintEnvelopeEntity);
    await repository.createQueryBuilder().insert().values({ ...envelope, responseCode: null } as QueryDeepPartialEntity<PintEnvelopeEntity>).orIgnore().execute();
    return repository.findOneByOrFail({ direction: envelope.direction, lastEntryChecksum: envelope.lastEntryChecksum });
  }

  /** A pending transfer takes its outcome, with the bill it made or moved. */
  async settle(id: string, responseCode: PintResponseCode, billId: string, manager: EntityManager): Promise<void> {
    await manager.getRepository(PintEnvelopeEntity).update({ id }, { responseCode, billId });
  }

  /** A refused transfer is over: the envelope is not to be sent or awaited again. */
  async discard(id: string): Promise<void> {
    await this.dataSource.getRepository(PintEnvelopeEntity).delete({ id, responseCode: IsNull() });
  }

  /** The envelope signed earlier for sending this bill, as it stands, to this recipient on this platform. */
  pendingOut(billId: string, recipient: string, platform: string, billHeadChecksum: string): Promise<PintEnvelopeEntity | null> {
    return this.dataSource
      .getRepository(PintEnvelopeEntity)
      .findOne({ where: { direction: 'OUT', billId, recipient, platform, billHeadChecksum, responseCode: IsNull() }, order: { createdAt: 'DESC' } });
  }

  /** The incoming envelope, accepted or pending, whose chain ends in this entry. */
  received(lastEntryChecksum: string): Promise<PintEnvelopeEntity | null> {
    return this.dataSource.getRepository(PintEnvelopeEntity).findOneBy({ direction: 'IN', lastEntryChecksum });
  }

  /** An incoming envelope by the reference given to its sender. */
  incoming(reference: string): Promise<PintEnvelopeEntity | null> {
    if (!/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(reference)) return Promise.resolve(null);
    return this.dataSource.getRepository(PintEnvelopeEntity).findOneBy({ direction: 'IN', id: reference });
  }

  /** Every accepted envelope of one transport document this node has taken part in. */
  forDocument(transportDocumentChecksum: string): Promise<PintEnvelopeEntity[]> {
    return this.dataSource.getRepository(PintEnvelopeEntity).findBy({ transportDocumentChecksum, responseCode: Not(IsNull()) });
  }

  /** The envelope a bill arrived with, if it did. */
  arrivalOf(billId: string): Promise<PintEnvelopeEntity | null> {
    return this.dataSource.getRepository(PintEnvelopeEntity).findOne({ where: { billId, direction: 'IN' }, order: { createdAt: 'DESC' } });
  }

  /** The checksums of the documents received so far for a pending envelope. */
  async documentChecksums(envelopeId: string): Promise<string[]> {
    const rows = (await this.dataSource.query(`SELECT checksum FROM bills.pint_document WHERE envelope_id = $1`, [envelopeId])) as Array<{ checksum: string }>;
    return rows.map((r) => r.checksum);
  }

  async addDocument(envelopeId: string, checksum: string, content: Buffer): Promise<void> {
    await this.dataSource.query(
      `INSERT INTO bills.pint_document (envelope_id, checksum, size_bytes, content) VALUES ($1, $2, $3, $4) ON CONFLICT (envelope_id, checksum) DO NOTHING`,
      [envelopeId, checksum, content.length, content],
    );
  }

  /** Takes the received documents of an envelope, removing them: they become the bill's attachments. */
  async takeDocuments(envelopeId: string, manager: EntityManager): Promise<ReceivedDocument[]> {
    // TypeORM answers a DELETE on Postgres with [rows, affected].
    const [rows] = (await manager.query(`DELETE FROM bills.pint_document WHERE envelope_id = $1 RETURNING checksum, content`, [envelopeId])) as [Array<{ checksum: string; content: Buffer }>, number];
    return rows.map((r) => ({ checksum: r.checksum, content: r.content }));
  }
}
