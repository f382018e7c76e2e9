import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Each person's console language; NULL follows their browser. */
export class AddUserLocale1763800000000 implements MigrationInterface {
  name = 'AddUserLocale1763800000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE app_user ADD COLUMN locale text CHECK (locale IN ('en', 'fr-CA'))`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query('ALTER TABLE app_user DROP COLUMN locale');
  }
}
