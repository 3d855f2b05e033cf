import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { type DataSource, type EntityManager, QueryFailedError } from 'typeorm';
import type { Finding } from './checks/finding.js';
import { DossierEntity, DossierVersionEntity } from './dossier.entity.js';
import type { Dossier } from './dossier.js';

export interface NewVersion {
  readonly document: Dossier;
  readonly findings: readonly Finding[];
  readonly errorCount: number;
  readonly createdBy: string;
}

/** Who acts on a dossier: its owner organisation, or the customs broker its current version names as declarant. */
export interface DossierActor {
  readonly organisation: string;
  readonly uscc: string | null;
}

export function actorOf(caller: { readonly organisationId: string | null; readonly uscc: string | null }): DossierActor {
  return { organisation: caller.organisationId ?? '', uscc: caller.uscc };
}

/**
 * The condition that the actor owns the dossier, or is the declarant its current version names
 * (代理申报: a customs broker files on the exporter's behalf), for the given id and owner columns.
 */
export const ACTING_ON_DOSSIER = (dossierId: string, owner: string): string =>
  `(${owner} = :organisation OR EXISTS (SELECT 1 FROM declarations.dossier acted
     JOIN declarations.dossier_version current ON current.dossier_id = acted.id AND current.version = acted.current_version
     WHERE acted.id = ${dossierId} AND current.document #>> '{parties,declarant,uscc}' = :uscc))`;

@Injectable()
export class DossierRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  transaction<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    return this.dataSource.transaction(work);
  }

  /** Creates the dossier with its first version, or returns 'duplicate' when the reference is taken. */
  async create(owner: string, version: NewVersion, manager: EntityManager, origin?: { node: string; dossierId: string }): Promise<DossierEntity | 'duplicate'> {
    // One round trip for the dossier and its first version: this is the hot path of filing.
    let rows: Array<{ id: string; created_at: Date; updated_at: Date }>;
    try {
      rows = (await manager.query(
        `WITH dossier AS (
           INSERT INTO declarations.dossier (owner_organisation_id, reference, current_version, created_by, origin_node, origin_dossier_id)
           VALUES ($1, $2, 1, $3, $7, $8) RETURNING id, created_at, updated_at)
         , version AS (
           INSERT INTO declarations.dossier_version (dossier_id, version, document, findings, error_count, created_by)
           SELECT id, 1, $4, $5, $6, $3 FROM dossier)
         SELECT id, created_at, updated_at FROM dossier`,
        [
          owner,
          version.document.reference,
          version.createdBy,
          JSON.stringify(version.document),
          JSON.stringify(version.findings),
          version.errorCount,
          origin?.node ?? null,
          origin?.dossierId ?? null,
        ],
      )) as typeof rows;
    } catch (error) {
      if (error instanceof QueryFailedError && (error.driverError as { code?: string }).code === '23505') return 'duplicate';
      throw error;
    }
    return manager.create(DossierEntity, {
      id: rows[0].id,
      ownerOrganisationId: owner,
      reference: version.document.reference,
      currentVersion: 1,
      createdBy: version.createdBy,
      originNode: origin?.node ?? null,
      originDossierId: origin?.dossierId ?? null,
      createdAt: rows[0].created_at,
      updatedAt: rows[0].updated_at,
    });
  }

  /** Locks the owner's dossier for a change; null when it is not theirs (or not there). */
  lockOwned(id: string, owner: string, manager: EntityManager): Promise<DossierEntity | null> {
    return manager.getRepository(DossierEntity).findOne({ where: { id, ownerOrganisationId: owner }, lock: { mode: 'pessimistic_write' } });
  }

  async addVersion(dossier: DossierEntity, version: NewVersion, manager: EntityManager): Promise<number> {
    const next = dossier.currentVersion + 1;
    await this.insertVersion(dossier.id, next, version, manager);
    await manager.getRepository(DossierEntity).update({ id: dossier.id }, { currentVersion: next });
    return next;
  }

  /** Locks the owner's copy of a dossier taken over from another node, when there is one. */
  lockAdopted(owner: string, node: string, dossierId: string, manager: EntityManager): Promise<DossierEntity | null> {
    return manager.getRepository(DossierEntity).findOne({ where: { ownerOrganisationId: owner, originNode: node, originDossierId: dossierId }, lock: { mode: 'pessimistic_write' } });
  }

  findById(id: string): Promise<DossierEntity | null> {
    return this.dataSource.getRepository(DossierEntity).findOneBy({ id });
  }

  findOwned(id: string, owner: string): Promise<DossierEntity | null> {
    return this.dataSource.getRepository(DossierEntity).findOneBy({ id, ownerOrganisationId: owner });
  }

  /** A dossier the actor owns, or names as its declarant. */
  findActing(id: string, actor: DossierActor): Promise<DossierEntity | null> {
    return this.dataSource
      .getRepository(DossierEntity)
      .createQueryBuilder('dossier')
      .where('dossier.id = :id', { id })
      .andWhere(ACTING_ON_DOSSIER('dossier.id', 'dossier.owner_organisation_id'), actor)
      .getOne();
  }

  findVersion(dossierId: string, version: number): Promise<DossierVersionEntity | null> {
    return this.dataSource.getRepository(DossierVersionEntity).findOneBy({ dossierId, version });
  }

  listVersions(dossierId: string): Promise<Array<Pick<DossierVersionEntity, 'version' | 'errorCount' | 'createdBy' | 'createdAt'>>> {
    return this.dataSource.getRepository(DossierVersionEntity).find({
      select: { version: true, errorCount: true, createdBy: true, createdAt: true },
      where: { dossierId },
      order: { version: 'ASC' },
    });
  }

  listOwned(owner: string, limit: number): Promise<DossierEntity[]> {
    return this.dataSource.getRepository(DossierEntity).find({ where: { ownerOrganisationId: owner }, order: { updatedAt: 'DESC' }, take: limit });
  }

  private async insertVersion(dossierId: string, version: number, v: NewVersion, manager: EntityManager): Promise<void> {
    await manager.query(
      `INSERT INTO declarations.dossier_version (dossier_id, version, document, findings, error_count, created_by) VALUES ($1, $2, $3, $4, $5, $6)`,
      [dossierId, version, JSON.stringify(v.document), JSON.stringify(v.findings), v.errorCount, v.createdBy],
    );
  }
}
