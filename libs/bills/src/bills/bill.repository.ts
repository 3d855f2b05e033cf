import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { type DataSource, type EntityManager, QueryFailedError } from 'typeorm';
import { BillAttachmentEntity, BillEntity, BillEntryEntity } from './bill.entity.js';

export type NewBill = Omit<BillEntity, 'id' | 'createdAt' | 'updatedAt'>;
export type BillPositionColumns = Pick<
  BillEntity,
  | 'state'
  | 'holderParty'
  | 'holderOrganisationId'
  | 'pendingParty'
  | 'pendingOrganisationId'
  | 'pledgeeParty'
  | 'pledgeeOrganisationId'
  | 'surrenderPurpose'
  | 'sequence'
  | 'headChecksum'
  | 'headJws'
  | 'involvedOrganisationIds'
>;
export type NewAttachment = Omit<BillAttachmentEntity, 'id' | 'createdAt'>;

const UNIQUE_VIOLATION = '23505';

@Injectable()
export class BillRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  transaction<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    return this.dataSource.transaction(work);
  }

  /** Inserts a bill, or returns 'duplicate' when the carrier already used the number. */
  async insert(bill: NewBill, manager: EntityManager): Promise<BillEntity | 'duplicate'> {
    try {
      return await manager.getRepository(BillEntity).save(manager.create(BillEntity, bill));
    } catch (error) {
      if (error instanceof QueryFailedError && (error.driverError as { code?: string }).code === UNIQUE_VIOLATION) return 'duplicate';
      throw error;
    }
  }

  /**
   * Locks a bill the organisation is party to, for one step. Concurrent steps on one bill queue
   * here, so each sees the position the one before left. FOR NO KEY UPDATE, not FOR UPDATE: rows
   * that only reference the bill (a PINT envelope kept before it is posted) can still be written
   * from outside the step, without waiting for it.
   */
  lockVisible(id: string, organisationId: string, manager: EntityManager): Promise<BillEntity | null> {
    return manager
      .getRepository(BillEntity)
      .createQueryBuilder('b')
      .setLock('for_no_key_update')
      .where('b.id = :id AND :organisationId = ANY(b.involved_organisation_ids)', { id, organisationId })
      .getOne();
  }

  findVisible(id: string, organisationId: string): Promise<BillEntity | null> {
    return this.dataSource
      .getRepository(BillEntity)
      .createQueryBuilder('b')
      .where('b.id = :id AND :organisationId = ANY(b.involved_organisation_ids)', { id, organisationId })
      .getOne();
  }

  listVisible(organisationId: string, limit: number, filter: { holding?: boolean; dossierId?: string }): Promise<BillEntity[]> {
    const query = this.dataSource
      .getRepository(BillEntity)
      .createQueryBuilder('b')
      .where(':organisationId = ANY(b.involved_organisation_ids)', { organisationId })
      .orderBy('b.updated_at', 'DESC')
      .take(limit);
    if (filter.holding) query.andWhere('b.holder_organisation_id = :organisationId');
    if (filter.dossierId) query.andWhere('b.dossier_id = :dossierId', { dossierId: filter.dossierId });
    return query.getMany();
  }

  findByNumber(number: string, carrierParty?: string): Promise<BillEntity[]> {
    return this.dataSource.getRepository(BillEntity).find({ where: carrierParty ? { number, carrierParty } : { number }, take: 10 });
  }

  findById(id: string): Promise<BillEntity | null> {
    return this.dataSource.getRepository(BillEntity).findOneBy({ id });
  }

  async move(id: string, position: BillPositionColumns, manager: EntityManager, links: Partial<Pick<BillEntity, 'replacedByBillId'>> = {}): Promise<void> {
    await manager.getRepository(BillEntity).update({ id }, { ...position, ...links });
  }

  async appendEntry(entry: BillEntryEntity, manager: EntityManager): Promise<void> {
    await manager.getRepository(BillEntryEntity).insert(entry);
  }

  entries(billId: string): Promise<BillEntryEntity[]> {
    return this.dataSource.getRepository(BillEntryEntity).find({ where: { billId }, order: { sequence: 'ASC' } });
  }

  /** Stores an attachment once per bill and checksum; returns the stored one either way. */
  async addAttachment(attachment: NewAttachment, manager: EntityManager): Promise<BillAttachmentEntity> {
    const repository = manager.getRepository(BillAttachmentEntity);
    await repository.createQueryBuilder().insert().values(attachment).orIgnore().execute();
    return repository.findOneByOrFail({ billId: attachment.billId, sha256: attachment.sha256 });
  }

  attachments(billId: string): Promise<BillAttachmentEntity[]> {
    return this.dataSource.getRepository(BillAttachmentEntity).find({ where: { billId }, order: { createdAt: 'ASC' } });
  }

  attachmentContent(billId: string, id: string): Promise<BillAttachmentEntity | null> {
    return this.dataSource
      .getRepository(BillAttachmentEntity)
      .createQueryBuilder('a')
      .addSelect('a.content')
      .where('a.bill_id = :billId AND a.id = :id', { billId, id })
      .getOne();
  }
}
