import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { JSONWebKeySet } from 'jose';
import type { DataSource } from 'typeorm';

export interface PartnerNode {
  readonly provinceCode: string;
  readonly baseUrl: string;
  readonly jwksUrl: string | null;
  readonly pinnedJwks: JSONWebKeySet | null;
}

/** The corridor nodes this node trusts, from identity.node (every row but its own). */
@Injectable()
export class PartnerNodeRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async findByIssuer(issuer: string): Promise<PartnerNode | null> {
    const [row] = (await this.dataSource.query(
      `SELECT province_code AS "provinceCode", base_url AS "baseUrl", jwks_url AS "jwksUrl", pinned_jwks AS "pinnedJwks"
         FROM identity.node WHERE NOT is_self AND rtrim(base_url, '/') = rtrim($1, '/')`,
      [issuer],
    )) as PartnerNode[];
    return row ?? null;
  }

  async findByProvince(provinceCode: string): Promise<PartnerNode | null> {
    const [row] = (await this.dataSource.query(
      `SELECT province_code AS "provinceCode", base_url AS "baseUrl", jwks_url AS "jwksUrl", pinned_jwks AS "pinnedJwks"
         FROM identity.node WHERE NOT is_self AND province_code = $1`,
      [provinceCode],
    )) as PartnerNode[];
    return row ?? null;
  }

  /** Adds or updates a partner; false when the province is this node's own. */
  async upsert(partner: PartnerNode): Promise<boolean> {
    const rows = (await this.dataSource.query(
      `INSERT INTO identity.node (province_code, base_url, is_self, jwks_url, pinned_jwks) VALUES ($1, $2, false, $3, $4)
       ON CONFLICT (province_code) DO UPDATE SET base_url = EXCLUDED.base_url, jwks_url = EXCLUDED.jwks_url,
         pinned_jwks = EXCLUDED.pinned_jwks, updated_at = now()
       WHERE NOT identity.node.is_self RETURNING province_code`,
      [partner.provinceCode, partner.baseUrl, partner.jwksUrl, partner.pinnedJwks],
    )) as unknown[];
    return rows.length === 1;
  }

  async list(): Promise<PartnerNode[]> {
    return (await this.dataSource.query(
      `SELECT province_code AS "provinceCode", base_url AS "baseUrl", jwks_url AS "jwksUrl", pinned_jwks AS "pinnedJwks"
         FROM identity.node WHERE NOT is_self ORDER BY province_code`,
    )) as PartnerNode[];
  }
}
