import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { type DataSource, type EntityManager, LessThan, type SelectQueryBuilder } from 'typeorm';
import { ACTING_ON_DOSSIER, type DossierActor } from '../dossiers/dossier.repository.js';
import type { GeneratedFiling } from './filing-builder.js';
import { FilingEntity } from './filing.entity.js';

@Injectable()
export class FilingRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  forVersion(dossierId: string, version: number, manager?: EntityManager): Promise<FilingEntity[]> {
    return (manager ?? this.dataSource.manager).getRepository(FilingEntity).find({ where: { dossierId, dossierVersion: version }, order: { kind: 'ASC', key: 'ASC' } });
  }

  /** Inserts the filings of a version and marks those of earlier versions stale. */
  async replace(dossierId: string, version: number, owner: string, filings: readonly GeneratedFiling[], manager: EntityManager): Promise<void> {
    await manager.query(`UPDATE declarations.filing SET stale = true, updated_at = now() WHERE dossier_id = $1 AND dossier_version < $2 AND NOT stale`, [dossierId, version]);
    if (filings.length === 0) return;
    const params: unknown[] = [];
    const rows = filings.map((f) => {
      const at = params.length;
      params.push(dossierId, version, owner, f.kind, f.key, JSON.stringify(f.title), JSON.stringify(f.problems));
      return `(${Array.from({ length: 7 }, (_, k) => `$${at + k + 1}`).join(', ')}, 'DRAFT')`;
    });
    await manager.query(
      `INSERT INTO declarations.filing (dossier_id, dossier_version, owner_organisation_id, kind, key, title, problems, status) VALUES ${rows.join(', ')}`,
      params,
    );
  }

  /** The filing of the same kind and key derived from the version before this one's. */
  previousOf(filing: FilingEntity): Promise<FilingEntity | null> {
    return this.dataSource.getRepository(FilingEntity).findOne({
      where: { dossierId: filing.dossierId, kind: filing.kind, key: filing.key, dossierVersion: LessThan(filing.dossierVersion) },
      order: { dossierVersion: 'DESC' },
    });
  }

  lockActing(id: string, actor: DossierActor, manager: EntityManager): Promise<FilingEntity | null> {
    return acting(manager.getRepository(FilingEntity).createQueryBuilder('filing'), id, actor).setLock('pessimistic_write', undefined, ['filing']).getOne();
  }

  lockAddressed(id: string, office: string, manager: EntityManager): Promise<FilingEntity | null> {
    return manager.getRepository(FilingEntity).findOne({ where: { id, addressedTo: office }, lock: { mode: 'pessimistic_write' } });
  }

  /** Newest first; a two-step filing reaches its office with the summary, before it is submitted in full. */
  addressedTo(office: string, limit: number): Promise<FilingEntity[]> {
    return this.dataSource
      .getRepository(FilingEntity)
      .createQueryBuilder('filing')
      .where('filing.addressed_to = :office', { office })
      .orderBy('COALESCE(filing.submitted_at, filing.summary_submitted_at)', 'DESC')
      .limit(limit)
      .getMany();
  }

  async save(filing: FilingEntity, manager: EntityManager): Promise<FilingEntity> {
    return manager.getRepository(FilingEntity).save(filing);
  }

  transaction<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    return this.dataSource.transaction(work);
  }

  allOfDossier(dossierId: string): Promise<FilingEntity[]> {
    return this.dataSource.getRepository(FilingEntity).find({ where: { dossierId }, order: { createdAt: 'ASC' } });
  }

  /** A filing of a dossier the actor owns, or names as its declarant. */
  findActing(id: string, actor: DossierActor): Promise<FilingEntity | null> {
    return acting(this.dataSource.getRepository(FilingEntity).createQueryBuilder('filing'), id, actor).getOne();
  }
}

function acting(query: SelectQueryBuilder<FilingEntity>, id: string, actor: DossierActor): SelectQueryBuilder<FilingEntity> {
  return query.where('filing.id = :id', { id }).andWhere(ACTING_ON_DOSSIER('filing.dossier_id', 'filing.owner_organisation_id'), actor);
}
