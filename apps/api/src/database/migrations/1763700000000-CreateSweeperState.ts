import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateSweeperState1763700000000 implements MigrationInterface {
  name = 'CreateSweeperState1763700000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE sweeper_task_state (
        task text PRIMARY KEY,
        runs bigint NOT NULL DEFAULT 0,
        last_started_at timestamptz,
        last_finished_at timestamptz,
        last_outcome text CONSTRAINT sweeper_task_state_outcome_check CHECK (last_outcome IN ('ok', 'error')),
        last_result jsonb,
        last_error text
      )`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query('DROP TABLE sweeper_task_state');
  }
}
