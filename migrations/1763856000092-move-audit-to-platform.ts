import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Every context's writes are audited in one table, `audit.audit_event`: identity's trail moves
 * there with its rows, its actions named `identity.<what>` like every context's. Indexed for what
 * is asked of it: an organisation's entries (as actor or as concerned), one target's history,
 * one request's writes, and a time range; newest first by id.
 */
export class MoveAuditToPlatform1763856000092 implements MigrationInterface {
  name = 'MoveAuditToPlatform1763856000092';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`CREATE SCHEMA audit`);
    await db.query(`ALTER TABLE identity.audit_event SET SCHEMA audit`);
    await db.query(`UPDATE audit.audit_event SET action = 'identity.' || lower(action)`);
    await db.query(`DROP INDEX audit.audit_event_at_idx`);
    await db.query(`DROP INDEX audit.audit_event_organisation_idx`);
    await db.query(`CREATE INDEX audit_event_organisation_idx ON audit.audit_event (organisation_id, id DESC) WHERE organisation_id IS NOT NULL`);
    await db.query(`CREATE INDEX audit_event_actor_organisation_idx ON audit.audit_event (actor_organisation_id, id DESC) WHERE actor_organisation_id IS NOT NULL`);
    await db.query(`CREATE INDEX audit_event_target_idx ON audit.audit_event (target_type, target_id, id DESC)`);
    await db.query(`CREATE INDEX audit_event_correlation_idx ON audit.audit_event (correlation_id) WHERE correlation_id IS NOT NULL`);
    await db.query(`CREATE INDEX audit_event_action_idx ON audit.audit_event (action text_pattern_ops, id DESC)`);
    await db.query(`CREATE INDEX audit_event_at_idx ON audit.audit_event (at)`);
  }

  /** Back to identity's own trail: the other contexts' entries have no place there and are dropped. */
  async down(db: QueryRunner): Promise<void> {
    for (const index of ['organisation', 'actor_organisation', 'target', 'correlation', 'action', 'at']) {
      await db.query(`DROP INDEX audit.audit_event_${index}_idx`);
    }
    await db.query(`DELETE FROM audit.audit_event WHERE NOT starts_with(action, 'identity.')`);
    await db.query(`UPDATE audit.audit_event SET action = upper(substr(action, length('identity.') + 1))`);
    await db.query(`ALTER TABLE audit.audit_event SET SCHEMA identity`);
    await db.query(`DROP SCHEMA audit`);
    await db.query(`CREATE INDEX audit_event_at_idx ON identity.audit_event (at DESC)`);
    await db.query(`CREATE INDEX audit_event_organisation_idx ON identity.audit_event (organisation_id, at DESC)`);
  }
}
