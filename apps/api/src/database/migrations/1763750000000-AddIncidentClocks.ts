import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Incidents in full: the timestamps each state and each legal clock need (domain §4e), affected
 * clients, an append-only timeline, the DPO's privacy assessment, the obligations derived from it
 * and their reminders (rows first, delivered by the queue, repaired by the sweeper).
 */
export class AddIncidentClocks1763750000000 implements MigrationInterface {
  name = 'AddIncidentClocks1763750000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      ALTER TABLE incident
        ADD COLUMN aware_at timestamptz,
        ADD COLUMN aware_at_processor timestamptz,
        ADD COLUMN acknowledged_at timestamptz,
        ADD COLUMN triage_started_at timestamptz,
        ADD COLUMN contained_at timestamptz,
        ADD COLUMN eradicated_at timestamptz,
        ADD COLUMN recovered_at timestamptz,
        ADD COLUMN closed_at timestamptz,
        ADD COLUMN false_positive_at timestamptz`);
    await db.query(`
      CREATE TABLE incident_organization (
        incident_id uuid NOT NULL REFERENCES incident (id),
        organization_id text NOT NULL REFERENCES organization (id),
        CONSTRAINT incident_organization_pkey PRIMARY KEY (incident_id, organization_id)
      )`);
    await db.query(`
      CREATE TABLE incident_timeline (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        incident_id uuid NOT NULL REFERENCES incident (id),
        at timestamptz NOT NULL DEFAULT clock_timestamp(),
        actor_id uuid REFERENCES app_user (id),
        actor_label text NOT NULL,
        kind text NOT NULL,
        summary text NOT NULL,
        data jsonb
      )`);
    await db.query(
      'CREATE INDEX incident_timeline_incident_idx ON incident_timeline (incident_id, id)',
    );
    // Timeline entries are evidence too: written once, never changed.
    await db.query(`
      CREATE FUNCTION vigil_timeline_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF coalesce(current_setting('vigil.audit_purge', true), '') = 'on' THEN
          RETURN CASE TG_OP WHEN 'DELETE' THEN OLD ELSE NEW END;
        END IF;
        RAISE EXCEPTION 'incident_timeline is append-only: % refused', TG_OP USING ERRCODE = 'insufficient_privilege';
      END $$`);
    await db.query(`
      CREATE TRIGGER incident_timeline_append_only BEFORE UPDATE OR DELETE ON incident_timeline
        FOR EACH ROW EXECUTE FUNCTION vigil_timeline_append_only()`);

    await db.query(`
      CREATE TABLE privacy_assessment (
        incident_id uuid PRIMARY KEY REFERENCES incident (id),
        data jsonb NOT NULL,
        version integer NOT NULL DEFAULT 1,
        assessed_by uuid REFERENCES app_user (id),
        assessed_at timestamptz NOT NULL DEFAULT now()
      )`);

    await db.query(`
      CREATE TABLE obligation (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        incident_id uuid NOT NULL REFERENCES incident (id),
        key text NOT NULL,
        rule text NOT NULL,
        regime text NOT NULL,
        kind text NOT NULL CONSTRAINT obligation_kind_check CHECK (kind IN ('notice', 'record')),
        title text NOT NULL,
        recipient jsonb NOT NULL,
        legal_basis text NOT NULL,
        clock_started_at timestamptz,
        due_at timestamptz,
        target_at timestamptz,
        retain_until timestamptz,
        deadline_kind text NOT NULL,
        deadline_label text NOT NULL,
        suspended boolean NOT NULL DEFAULT false,
        clock_missing text,
        status text NOT NULL DEFAULT 'pending' CONSTRAINT obligation_status_check
          CHECK (status IN ('pending', 'met', 'waived', 'retired')),
        no_longer_required boolean NOT NULL DEFAULT false,
        because text NOT NULL,
        met_at timestamptz,
        channel text,
        sent_to text,
        notice_summary text,
        content_sha256 text,
        delay_reason text,
        completed_by uuid REFERENCES app_user (id),
        waived_at timestamptz,
        waived_by uuid REFERENCES app_user (id),
        waive_reason text,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT obligation_incident_key UNIQUE (incident_id, key)
      )`);
    await db.query(
      `CREATE INDEX obligation_open_idx ON obligation (coalesce(due_at, target_at)) WHERE status = 'pending'`,
    );

    // One row per reminder moment (50/75/90/100 % of the window, then every 4 h overdue); the
    // unique key makes "send once" a property of the table, whoever delivers it.
    await db.query(`
      CREATE TABLE obligation_reminder (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        obligation_id uuid NOT NULL REFERENCES obligation (id),
        kind text NOT NULL,
        due_at timestamptz NOT NULL,
        sent_at timestamptz,
        skipped_at timestamptz,
        skip_reason text,
        recipients text[],
        CONSTRAINT obligation_reminder_kind_key UNIQUE (obligation_id, kind)
      )`);
    await db.query(
      'CREATE INDEX obligation_reminder_due_idx ON obligation_reminder (due_at) WHERE sent_at IS NULL AND skipped_at IS NULL',
    );
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query('DROP TABLE obligation_reminder');
    await db.query('DROP TABLE obligation');
    await db.query('DROP TABLE privacy_assessment');
    await db.query('DROP TABLE incident_timeline');
    await db.query('DROP FUNCTION vigil_timeline_append_only()');
    await db.query('DROP TABLE incident_organization');
    await db.query(`
      ALTER TABLE incident
        DROP COLUMN aware_at, DROP COLUMN aware_at_processor, DROP COLUMN acknowledged_at,
        DROP COLUMN triage_started_at, DROP COLUMN contained_at, DROP COLUMN eradicated_at,
        DROP COLUMN recovered_at, DROP COLUMN closed_at, DROP COLUMN false_positive_at`);
  }
}
