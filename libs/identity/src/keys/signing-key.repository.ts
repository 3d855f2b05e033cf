import { Injectable } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import type { JWK } from 'jose';
import type { DataSource, EntityManager, Repository } from 'typeorm';
import { SigningKeyEntity } from './signing-key.entity.js';

@Injectable()
export class SigningKeyRepository {
  constructor(
    @InjectRepository(SigningKeyEntity) private readonly keys: Repository<SigningKeyEntity>,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  findActiveWithPrivateKey(): Promise<SigningKeyEntity | null> {
    return this.keys.createQueryBuilder('k').addSelect('k.privateJwk').where(`k.status = 'ACTIVE'`).getOne();
  }

  /** The active key and every retired key still inside its publication window. */
  findPublished(): Promise<SigningKeyEntity[]> {
    return this.keys
      .createQueryBuilder('k')
      .where(`k.status = 'ACTIVE' OR k.publish_until > now()`)
      .orderBy('k.created_at', 'DESC')
      .getMany();
  }

  /** Every key the node has had, newest first: records stay verifiable after a key retires. */
  findAll(): Promise<SigningKeyEntity[]> {
    return this.keys.createQueryBuilder('k').orderBy('k.created_at', 'DESC').getMany();
  }

  /** Adds the first active key unless another instance just did; true when this one won. */
  async insertFirstActive(kid: string, privateJwk: JWK, publicJwk: JWK, manager: EntityManager): Promise<boolean> {
    const rows = (await manager.query(
      `INSERT INTO identity.signing_key (kid, private_jwk, public_jwk, status) VALUES ($1, $2, $3, 'ACTIVE')
       ON CONFLICT (status) WHERE status = 'ACTIVE' DO NOTHING RETURNING kid`,
      [kid, privateJwk, publicJwk],
    )) as unknown[];
    return rows.length === 1;
  }

  /** Retires the active key (still published until `publishUntil`) and makes the new one active. */
  async rotate(kid: string, privateJwk: JWK, publicJwk: JWK, publishUntil: Date, manager: EntityManager): Promise<string | null> {
    const [retired] = (await manager.query(
      `UPDATE identity.signing_key SET status = 'RETIRED', retired_at = now(), publish_until = $1
        WHERE status = 'ACTIVE' RETURNING kid`,
      [publishUntil],
    )) as [Array<{ kid: string }>, number];
    await manager.query(`INSERT INTO identity.signing_key (kid, private_jwk, public_jwk, status) VALUES ($1, $2, $3, 'ACTIVE')`, [
      kid,
      privateJwk,
      publicJwk,
    ]);
    return retired[0]?.kid ?? null;
  }

  transaction<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    return this.dataSource.transaction(work);
  }
}
