import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The incident list's order as an index (open first, severity, newest detection, number): a keyset
 * page reads its hundred rows and their next deadlines, not every incident and every obligation.
 */
export class AddIncidentListIndex1763810000000 implements MigrationInterface {
  name = 'AddIncidentListIndex1763810000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(
      `CREATE INDEX incident_list_order_idx
         ON incident ((status IN ('closed', 'false_positive')), severity, detected_at DESC, number DESC)`,
    );
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query('DROP INDEX incident_list_order_idx');
  }
}
