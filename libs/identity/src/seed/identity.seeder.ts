import { randomBytes } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { Role } from '@landsea/auth';
import { type AppConfig, CORRIDOR_PROVINCES } from '@landsea/config';
import type { Seeder } from '@landsea/database';
import { PasswordService } from '../passwords/password.service.js';
import { operatorPasswordIs, RESET_OPERATOR_PASSWORD_COMMAND } from './operator-password.js';

/**
 * The identity context's reference data: the corridor's provinces, this node, its operator
 * organisation and the operator's first account. Runs on every migrate; changes nothing twice.
 */
export function identitySeeder(config: AppConfig): Seeder {
  return async (manager: EntityManager, say: (line: string) => void) => {
    const params = CORRIDOR_PROVINCES.flatMap((p) => [p.code, p.nameZh, p.nameEn]);
    const values = CORRIDOR_PROVINCES.map((_, i) => `($${i * 3 + 1}, $${i * 3 + 2}, $${i * 3 + 3})`).join(', ');
    await manager.query(
      `INSERT INTO identity.province (code, name_zh, name_en) VALUES ${values}
       ON CONFLICT (code) DO UPDATE SET name_zh = EXCLUDED.name_zh, name_en = EXCLUDED.name_en`,
      params,
    );

    const province = CORRIDOR_PROVINCES.find((p) => p.code === config.NODE_PROVINCE);
    if (!province) throw new Error(`Unknown corridor province ${config.NODE_PROVINCE}`);
    const [self] = (await manager.query(
      `SELECT province_code, operator_organisation_id FROM identity.node WHERE is_self`,
    )) as Array<{ province_code: string; operator_organisation_id: string }>;
    if (self && self.province_code !== province.code) {
      throw new Error(
        `This database belongs to the ${self.province_code} node, but NODE_PROVINCE is ${province.code}: give each node its own database.`,
      );
    }

    let operatorId = self?.operator_organisation_id;
    if (!operatorId) {
      const [created] = (await manager.query(
        `INSERT INTO identity.organisation (country, name_zh, name_en, province_code, kinds, status)
         VALUES ('CN', $1, $2, $3, ARRAY['NODE_OPERATOR'], 'APPROVED') RETURNING id`,
        [`陆海新通道单一窗口${province.nameZh}节点运营方`, `Landsea ${province.nameEn} node operator`, province.code],
      )) as Array<{ id: string }>;
      operatorId = created.id;
    }
    await manager.query(
      `INSERT INTO identity.node (province_code, base_url, is_self, operator_organisation_id)
       VALUES ($1, $2, true, $3)
       ON CONFLICT (province_code) DO UPDATE SET base_url = EXCLUDED.base_url, is_self = true, updated_at = now()
       WHERE identity.node.base_url IS DISTINCT FROM EXCLUDED.base_url OR NOT identity.node.is_self`,
      [province.code, config.PUBLIC_BASE_URL, operatorId],
    );
    const [operator] = (await manager.query(`SELECT id, password_hash IS NOT NULL AS "hasPassword" FROM identity.person WHERE lower(email) = lower($1)`, [
      config.NODE_OPERATOR_EMAIL,
    ])) as Array<{ id: string; hasPassword: boolean }>;
    if (operator?.hasPassword) {
      if (config.NODE_OPERATOR_PASSWORD && !(await operatorPasswordIs(manager, operator.id, config.NODE_OPERATOR_PASSWORD))) {
        say(
          `The node operator account ${config.NODE_OPERATOR_EMAIL} already exists with another password; NODE_OPERATOR_PASSWORD is ignored ` +
            `(it only sets the first password). To reset it: NODE_OPERATOR_PASSWORD='…' ${RESET_OPERATOR_PASSWORD_COMMAND}`,
        );
      }
      return;
    }
    const generated = config.NODE_OPERATOR_PASSWORD ? undefined : `${randomBytes(12).toString('base64url')}-Aa1`;
    const passwordHash = await new PasswordService().hashAcceptable(config.NODE_OPERATOR_PASSWORD ?? (generated as string));
    if (operator) {
      // Seeded before accounts had passwords.
      await manager.query(`UPDATE identity.person SET password_hash = $2, updated_at = now() WHERE id = $1`, [operator.id, passwordHash]);
    } else {
      await manager.query(
        `INSERT INTO identity.person (organisation_id, email, display_name, roles, status, password_hash)
         VALUES ($1, $2, $3, $4, 'ACTIVE', $5)`,
        [operatorId, config.NODE_OPERATOR_EMAIL, `${province.nameEn} node operator`, [Role.NODE_OPERATOR, Role.ORG_ADMIN], passwordHash],
      );
    }
    if (generated) {
      say(`Created the node operator account ${config.NODE_OPERATOR_EMAIL} with password ${generated} (shown once; set NODE_OPERATOR_PASSWORD to choose it).`);
    }
  };
}
