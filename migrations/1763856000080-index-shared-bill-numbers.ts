import type { MigrationInterface, QueryRunner } from 'typeorm';

/** A bill shared from another node is looked up by its number (the QR code on the paper copy). */
export class IndexSharedBillNumbers1763856000080 implements MigrationInterface {
  name = 'IndexSharedBillNumbers1763856000080';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`CREATE INDEX inbound_bill_number_idx ON exchange.inbound_record ((payload->>'number')) WHERE kind = 'BILL_EVENT'`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP INDEX exchange.inbound_bill_number_idx`);
  }
}
