import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateOidcLoginState1763720000000 implements MigrationInterface {
  name = 'CreateOidcLoginState1763720000000';

  async up(db: QueryRunner): Promise<void> {
    // One row per SSO sign-in in flight, keyed by the hash of its state; spent by the callback.
    await db.query(`
      CREATE TABLE oidc_login_state (
        state_hash bytea PRIMARY KEY,
        code_verifier text NOT NULL,
        nonce text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        expires_at timestamptz NOT NULL
      )`);
    await db.query('CREATE INDEX oidc_login_state_expires_idx ON oidc_login_state (expires_at)');
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query('DROP TABLE oidc_login_state');
  }
}
