import { Injectable } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import { type DataSource, type EntityManager, QueryFailedError, type Repository } from 'typeorm';
import { OrganisationEntity, type OrganisationStatus } from './organisation.entity.js';

export type NewOrganisation = Omit<OrganisationEntity, 'id' | 'createdAt' | 'updatedAt' | 'reviewReason' | 'reviewedAt' | 'reviewedBy'>;

const UNIQUE_VIOLATION = '23505';

@Injectable()
export class OrganisationRepository {
  constructor(
    @InjectRepository(OrganisationEntity) private readonly organisations: Repository<OrganisationEntity>,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  transaction<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    return this.dataSource.transaction(work);
  }

  /** Inserts, or returns 'duplicate' when the USCC or country + national id is taken. */
  async insert(organisation: NewOrganisation, manager: EntityManager): Promise<OrganisationEntity | 'duplicate'> {
    try {
      return await manager.getRepository(OrganisationEntity).save(manager.create(OrganisationEntity, organisation));
    } catch (error) {
      if (error instanceof QueryFailedError && (error.driverError as { code?: string }).code === UNIQUE_VIOLATION) return 'duplicate';
      throw error;
    }
  }

  findById(id: string, manager?: EntityManager): Promise<OrganisationEntity | null> {
    return (manager?.getRepository(OrganisationEntity) ?? this.organisations).findOneBy({ id });
  }

  findByUscc(uscc: string): Promise<OrganisationEntity | null> {
    return this.organisations.findOneBy({ uscc });
  }

  findByNationalId(country: string, nationalId: string): Promise<OrganisationEntity | null> {
    return this.organisations.findOneBy({ country, nationalId });
  }

  list(status: OrganisationStatus | undefined, limit: number): Promise<OrganisationEntity[]> {
    return this.organisations.find({ where: status ? { status } : {}, order: { createdAt: 'DESC' }, take: limit });
  }

  async lockById(id: string, manager: EntityManager): Promise<OrganisationEntity | null> {
    return manager.getRepository(OrganisationEntity).findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
  }

  async saveReview(organisation: OrganisationEntity, manager: EntityManager): Promise<OrganisationEntity> {
    return manager.getRepository(OrganisationEntity).save(organisation);
  }

  async statusOf(id: string): Promise<OrganisationStatus | undefined> {
    const row = await this.organisations.findOne({ select: { status: true }, where: { id } });
    return row?.status;
  }
}
