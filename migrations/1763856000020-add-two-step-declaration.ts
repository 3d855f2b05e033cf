import type { MigrationInterface, QueryRunner } from 'typeorm';

const ONE_STEP = `'DRAFT', 'SUBMITTED', 'ACCEPTED', 'REJECTED', 'RELEASED'`;
const SUMMARY = `'SUMMARY_SUBMITTED', 'SUMMARY_ACCEPTED', 'SUMMARY_REJECTED'`;

/**
 * 两步申报: a filing may first be declared as a summary, frozen apart from its full content,
 * answered on its own, and followed by the complete declaration by a due day.
 */
export class AddTwoStepDeclaration1763856000020 implements MigrationInterface {
  name = 'AddTwoStepDeclaration1763856000020';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      ALTER TABLE declarations.filing
        DROP CONSTRAINT filing_status_check,
        ADD CONSTRAINT filing_status_check CHECK (status IN (${ONE_STEP}, ${SUMMARY})),
        ADD COLUMN summary               jsonb,
        ADD COLUMN summary_submitted_at  timestamptz,
        ADD COLUMN summary_submitted_by  text,
        ADD COLUMN complete_due_by       date`);
  }

  async down(db: QueryRunner): Promise<void> {
    // One-step filings know no summary: one not yet followed by its complete declaration is a draft again.
    await db.query(`UPDATE declarations.filing SET status = 'DRAFT', addressed_to = NULL, receipts = '[]' WHERE status IN (${SUMMARY})`);
    await db.query(`
      ALTER TABLE declarations.filing
        DROP CONSTRAINT filing_status_check,
        ADD CONSTRAINT filing_status_check CHECK (status IN (${ONE_STEP})),
        DROP COLUMN summary,
        DROP COLUMN summary_submitted_at,
        DROP COLUMN summary_submitted_by,
        DROP COLUMN complete_due_by`);
  }
}
