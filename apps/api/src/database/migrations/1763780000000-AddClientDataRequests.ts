import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Client data ownership: export and deletion requests on a 30-day clock, legal holds, audit events
 * reduced to tombstones (seq and hash kept, so the chain still verifies and shows what was
 * destroyed), and signed certificates of destruction that are never rewritten.
 */
export class AddClientDataRequests1763780000000 implements MigrationInterface {
  name = 'AddClientDataRequests1763780000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      ALTER TABLE organization
        ADD COLUMN legal_hold_reason text,
        ADD COLUMN legal_hold_set_at timestamptz,
        ADD COLUMN legal_hold_set_by text,
        ADD COLUMN data_destroyed_at timestamptz`);
    await db.query('ALTER TABLE audit_event ADD COLUMN tombstoned_at timestamptz');

    await db.query(`
      CREATE TABLE data_request (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        organization_id text NOT NULL REFERENCES organization (id),
        kind text NOT NULL CONSTRAINT data_request_kind_check CHECK (kind IN ('export', 'deletion')),
        reason text NOT NULL CONSTRAINT data_request_reason_check CHECK (reason IN ('end_of_contract', 'on_request')),
        status text NOT NULL DEFAULT 'open' CONSTRAINT data_request_status_check CHECK (status IN ('open', 'in_progress', 'completed', 'rejected')),
        note text NOT NULL DEFAULT '',
        requested_at timestamptz NOT NULL,
        due_at timestamptz NOT NULL,
        completed_at timestamptz,
        assignee_id uuid REFERENCES app_user (id),
        export_manifest jsonb,
        certificate_id uuid,
        created_by uuid REFERENCES app_user (id),
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await db.query(
      'CREATE INDEX data_request_org_idx ON data_request (organization_id, requested_at DESC)',
    );
    await db.query(`
      CREATE TABLE data_request_event (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        request_id uuid NOT NULL REFERENCES data_request (id),
        at timestamptz NOT NULL DEFAULT clock_timestamp(),
        actor_label text NOT NULL,
        kind text NOT NULL,
        summary text NOT NULL
      )`);
    await db.query(`
      CREATE TABLE data_request_reminder (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        request_id uuid NOT NULL REFERENCES data_request (id),
        kind text NOT NULL,
        due_at timestamptz NOT NULL,
        sent_at timestamptz,
        skipped_at timestamptz,
        skip_reason text,
        recipients text[],
        CONSTRAINT data_request_reminder_key UNIQUE (request_id, kind)
      )`);
    await db.query(
      'CREATE INDEX data_request_reminder_due_idx ON data_request_reminder (due_at) WHERE sent_at IS NULL AND skipped_at IS NULL',
    );
    await db.query(`
      CREATE TABLE destruction_certificate (
        id uuid PRIMARY KEY,
        request_id uuid NOT NULL CONSTRAINT destruction_certificate_request_key UNIQUE REFERENCES data_request (id),
        statement jsonb NOT NULL,
        signature bytea NOT NULL,
        key_id text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await db.query(`
      CREATE TRIGGER destruction_certificate_append_only BEFORE UPDATE OR DELETE ON destruction_certificate
        FOR EACH ROW EXECUTE FUNCTION vigil_timeline_append_only()`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query('DROP TABLE destruction_certificate');
    await db.query('DROP TABLE data_request_reminder');
    await db.query('DROP TABLE data_request_event');
    await db.query('DROP TABLE data_request');
    await db.query('ALTER TABLE audit_event DROP COLUMN tombstoned_at');
    await db.query(`
      ALTER TABLE organization DROP COLUMN legal_hold_reason, DROP COLUMN legal_hold_set_at,
        DROP COLUMN legal_hold_set_by, DROP COLUMN data_destroyed_at`);
  }
}
