import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';

export interface Agreement {
  readonly partnerNode: string;
  readonly kinds: string[];
  readonly updatedBy: string;
  readonly updatedAt: Date;
}

export interface Consent {
  readonly id: string;
  readonly organisationId: string;
  readonly partnerNode: string;
  readonly kind: string;
  /** The one record consented to; null for a standing rule covering all of them. */
  readonly recordId: string | null;
  readonly createdBy: string;
  readonly createdAt: Date;
}

const CONSENT = `id, organisation_id AS "organisationId", partner_node AS "partnerNode", kind, record_id AS "recordId", created_by AS "createdBy", created_at AS "createdAt"`;

/** Agreements between nodes and organisations' consents: what may leave, and to whom. */
@Injectable()
export class SharingRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  transaction<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    return this.dataSource.transaction(work);
  }

  async putAgreement(partnerNode: string, kinds: readonly string[], by: string, manager: EntityManager): Promise<Agreement> {
    const [row] = (await manager.query(
      `INSERT INTO exchange.agreement (partner_node, kinds, updated_by) VALUES ($1, $2, $3)
       ON CONFLICT (partner_node) DO UPDATE SET kinds = EXCLUDED.kinds, updated_by = EXCLUDED.updated_by, updated_at = now()
       RETURNING partner_node AS "partnerNode", kinds, updated_by AS "updatedBy", updated_at AS "updatedAt"`,
      [partnerNode, kinds, by],
    )) as Agreement[];
    return row;
  }

  agreements(): Promise<Agreement[]> {
    return this.dataSource.query(
      `SELECT partner_node AS "partnerNode", kinds, updated_by AS "updatedBy", updated_at AS "updatedAt" FROM exchange.agreement ORDER BY partner_node`,
    ) as Promise<Agreement[]>;
  }

  async agreementCovers(partnerNode: string, kind: string): Promise<boolean> {
    return (await this.agreedKinds(partnerNode)).includes(kind);
  }

  /** The kinds the agreement with this partner covers; none without one. */
  async agreedKinds(partnerNode: string): Promise<string[]> {
    const [row] = (await this.dataSource.query(`SELECT kinds FROM exchange.agreement WHERE partner_node = $1`, [partnerNode])) as Array<{ kinds: string[] }>;
    return row?.kinds ?? [];
  }

  async addConsent(consent: Omit<Consent, 'id' | 'createdAt'>, manager: EntityManager): Promise<Consent> {
    const [row] = (await manager.query(
      `INSERT INTO exchange.consent (organisation_id, partner_node, kind, record_id, created_by) VALUES ($1, $2, $3, $4, $5) RETURNING ${CONSENT}`,
      [consent.organisationId, consent.partnerNode, consent.kind, consent.recordId, consent.createdBy],
    )) as Consent[];
    return row;
  }

  consents(organisationId: string): Promise<Consent[]> {
    return this.dataSource.query(`SELECT ${CONSENT} FROM exchange.consent WHERE organisation_id = $1 AND revoked_at IS NULL ORDER BY created_at`, [
      organisationId,
    ]) as Promise<Consent[]>;
  }

  async revokeConsent(organisationId: string, id: string, manager: EntityManager): Promise<boolean> {
    const rows = (await manager.query(
      `UPDATE exchange.consent SET revoked_at = now() WHERE id = $1 AND organisation_id = $2 AND revoked_at IS NULL RETURNING id`,
      [id, organisationId],
    )) as [unknown[], number];
    return rows[1] > 0;
  }

  /** For each request, the partners its organisation consented to receive the record, by name or standing rule. */
  async consentingPartners(requests: ReadonlyArray<{ organisationId: string; kind: string; recordId: string }>): Promise<string[][]> {
    const partners = requests.map((): string[] => []);
    if (requests.length === 0) return partners;
    const rows = (await this.dataSource.query(
      `SELECT DISTINCT r.n, c.partner_node FROM unnest($1::uuid[], $2::text[], $3::text[]) WITH ORDINALITY AS r(organisation_id, kind, record_id, n)
         JOIN exchange.consent c ON c.organisation_id = r.organisation_id AND c.kind = r.kind
          AND (c.record_id IS NULL OR c.record_id = r.record_id) AND c.revoked_at IS NULL`,
      [requests.map((r) => r.organisationId), requests.map((r) => r.kind), requests.map((r) => r.recordId)],
    )) as Array<{ n: string; partner_node: string }>;
    for (const row of rows) partners[Number(row.n) - 1].push(row.partner_node);
    return partners;
  }
}
