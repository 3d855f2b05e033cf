import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { PintEnvelopeEntity } from './pint-envelope.entity.js';

export type NewPintEnvelope = Omit<PintEnvelopeEntity, 'id' | 'createdAt'>;

@Injectable()
export class PintEnvelopeRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async record(envelope: NewPintEnvelope, manager: EntityManager): Promise<void> {
    await manager.getRepository(PintEnvelopeEntity).save(manager.create(PintEnvelopeEntity, envelope));
  }

  /** The envelope accepted earlier whose chain ends in this entry: a replay. */
  received(lastEntryChecksum: string): Promise<PintEnvelopeEntity | null> {
    return this.dataSource.getRepository(PintEnvelopeEntity).findOneBy({ direction: 'IN', lastEntryChecksum });
  }

  /** Every envelope of one transport document this node has taken part in. */
  forDocument(transportDocumentChecksum: string): Promise<PintEnvelopeEntity[]> {
    return this.dataSource.getRepository(PintEnvelopeEntity).findBy({ transportDocumentChecksum });
  }

  /** The envelope a bill arrived with, if it did. */
  arrivalOf(billId: string): Promise<PintEnvelopeEntity | null> {
    return this.dataSource.getRepository(PintEnvelopeEntity).findOne({ where: { billId, direction: 'IN' }, order: { createdAt: 'DESC' } });
  }
}
