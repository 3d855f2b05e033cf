import type { EntityManager } from 'typeorm';
import type { AppConfig } from '@landsea/config';
import { AuditAction } from '../identity.audit.js';
import { PasswordService } from '../passwords/password.service.js';

/** How an operator who lost (or never saw) the generated password sets a new one. */
export const RESET_OPERATOR_PASSWORD_COMMAND = 'npm run operator -- reset-password';

export async function operatorPasswordIs(manager: EntityManager, personId: string, password: string): Promise<boolean> {
  const [row] = (await manager.query(`SELECT password_hash FROM identity.person WHERE id = $1`, [personId])) as Array<{ password_hash: string | null }>;
  return new PasswordService().verify(row?.password_hash ?? null, password);
}

/**
 * Sets the node operator's password from the command line (run under the migration lock, in one
 * transaction): the password is checked as the seeded one is, every sign-in of the operator is ended
 * (its refresh tokens revoked), and the reset is audited.
 */
export async function resetOperatorPassword(manager: EntityManager, config: Pick<AppConfig, 'NODE_OPERATOR_EMAIL'>, password: string): Promise<void> {
  const [operator] = (await manager.query(
    `SELECT p.id, p.organisation_id FROM identity.person p JOIN identity.node n ON n.operator_organisation_id = p.organisation_id AND n.is_self
     WHERE lower(p.email) = lower($1) FOR UPDATE OF p`,
    [config.NODE_OPERATOR_EMAIL],
  )) as Array<{ id: string; organisation_id: string }>;
  if (!operator) {
    throw new Error(`There is no node operator account ${config.NODE_OPERATOR_EMAIL} in this database: run \`npm run migrate\` first, or check NODE_OPERATOR_EMAIL.`);
  }
  const passwordHash = await new PasswordService().hashAcceptable(password);
  await manager.query(`UPDATE identity.person SET password_hash = $2, updated_at = now() WHERE id = $1`, [operator.id, passwordHash]);
  await manager.query(`UPDATE identity.refresh_token SET revoked_at = now() WHERE person_id = $1 AND revoked_at IS NULL`, [operator.id]);
  await manager.query(
    `INSERT INTO audit.audit_event (action, outcome, actor_subject, organisation_id, target_type, target_id, details)
     VALUES ($1, 'SUCCESS', 'command-line', $2, 'person', $3, $4)`,
    [AuditAction.OPERATOR_PASSWORD_RESET, operator.organisation_id, operator.id, JSON.stringify({ email: config.NODE_OPERATOR_EMAIL, host: process.env.HOSTNAME ?? null })],
  );
}
