import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * BCP/DRP in Vigil: services with their recovery objectives, runbooks kept as immutable versions
 * (a run keeps the version it started with), runs with per-step state, backup tests and DR drills
 * as audit evidence, the evidence cadence, and reminder rows for RTO clocks and overdue evidence.
 */
export class AddRunbooksAndContinuity1763770000000 implements MigrationInterface {
  name = 'AddRunbooksAndContinuity1763770000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE service (
        id text PRIMARY KEY,
        name text NOT NULL,
        rto_hours numeric NOT NULL DEFAULT 48 CHECK (rto_hours > 0),
        rpo_hours numeric NOT NULL DEFAULT 24 CHECK (rpo_hours > 0),
        owner text,
        depends_on text[] NOT NULL DEFAULT '{}',
        retired boolean NOT NULL DEFAULT false,
        updated_at timestamptz NOT NULL DEFAULT now(),
        updated_by uuid REFERENCES app_user (id)
      )`);

    await db.query(`
      CREATE TABLE runbook (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        starter_key text CONSTRAINT runbook_starter_key UNIQUE,
        kind text NOT NULL CONSTRAINT runbook_kind_check CHECK (kind IN ('IR', 'BCP', 'DRP')),
        current_version integer NOT NULL,
        archived_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await db.query(`
      CREATE TABLE runbook_version (
        runbook_id uuid NOT NULL REFERENCES runbook (id),
        version integer NOT NULL,
        title text NOT NULL,
        summary text NOT NULL,
        steps jsonb NOT NULL,
        services text[] NOT NULL,
        categories text[] NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        created_by uuid REFERENCES app_user (id),
        created_by_label text,
        CONSTRAINT runbook_version_pkey PRIMARY KEY (runbook_id, version)
      )`);
    // A version is what a run followed: written once, never changed.
    await db.query(`
      CREATE TRIGGER runbook_version_append_only BEFORE UPDATE OR DELETE ON runbook_version
        FOR EACH ROW EXECUTE FUNCTION vigil_timeline_append_only()`);

    await db.query(`
      CREATE TABLE runbook_run (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        runbook_id uuid NOT NULL,
        runbook_version integer NOT NULL,
        incident_id uuid REFERENCES incident (id),
        drill boolean NOT NULL DEFAULT false,
        status text NOT NULL DEFAULT 'running' CONSTRAINT runbook_run_status_check CHECK (status IN ('running', 'recovered', 'aborted')),
        started_at timestamptz NOT NULL DEFAULT now(),
        started_by uuid REFERENCES app_user (id),
        started_by_label text NOT NULL,
        disruption_started_at timestamptz NOT NULL,
        last_good_backup_at timestamptz,
        service_ids text[] NOT NULL,
        rto_hours numeric NOT NULL,
        rpo_hours numeric NOT NULL,
        finished_at timestamptz,
        restored_at timestamptz,
        recovery_point_at timestamptz,
        note text,
        CONSTRAINT runbook_run_version_fkey FOREIGN KEY (runbook_id, runbook_version) REFERENCES runbook_version (runbook_id, version)
      )`);
    await db.query('CREATE INDEX runbook_run_incident_idx ON runbook_run (incident_id)');
    await db.query(`
      CREATE TABLE runbook_run_step (
        run_id uuid NOT NULL REFERENCES runbook_run (id),
        step_id text NOT NULL,
        status text NOT NULL CONSTRAINT runbook_run_step_status_check CHECK (status IN ('pending', 'done', 'skipped', 'blocked')),
        note text,
        updated_at timestamptz NOT NULL DEFAULT now(),
        updated_by uuid REFERENCES app_user (id),
        updated_by_label text NOT NULL,
        CONSTRAINT runbook_run_step_pkey PRIMARY KEY (run_id, step_id)
      )`);

    await db.query(`
      CREATE TABLE backup_test (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        service_id text REFERENCES service (id),
        restored_what text NOT NULL,
        backup_taken_at timestamptz NOT NULL,
        started_at timestamptz NOT NULL,
        finished_at timestamptz NOT NULL,
        integrity_checks jsonb NOT NULL,
        result text NOT NULL CONSTRAINT backup_test_result_check CHECK (result IN ('passed', 'failed', 'partial')),
        notes text NOT NULL,
        recorded_by uuid REFERENCES app_user (id),
        recorded_by_label text NOT NULL,
        recorded_at timestamptz NOT NULL DEFAULT now()
      )`);
    await db.query(`
      CREATE TABLE drill (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        scenario text NOT NULL,
        type text NOT NULL CONSTRAINT drill_type_check CHECK (type IN ('tabletop', 'functional_restore', 'failover')),
        run_id uuid CONSTRAINT drill_run_key UNIQUE REFERENCES runbook_run (id),
        participants text[] NOT NULL,
        key_personnel_unavailable boolean NOT NULL,
        interruption_at timestamptz NOT NULL,
        restored_at timestamptz,
        recovery_point_at timestamptz,
        rto_hours numeric NOT NULL,
        rpo_hours numeric NOT NULL,
        findings jsonb NOT NULL,
        recorded_by uuid REFERENCES app_user (id),
        recorded_by_label text NOT NULL,
        recorded_at timestamptz NOT NULL DEFAULT now()
      )`);

    // When the cadence started counting: the first piece of evidence is due a grace period later.
    await db.query(`
      CREATE TABLE evidence_schedule (
        kind text PRIMARY KEY CONSTRAINT evidence_schedule_kind_check CHECK (kind IN ('backup_test', 'drill')),
        every_months integer NOT NULL CHECK (every_months BETWEEN 1 AND 36),
        started_at timestamptz NOT NULL DEFAULT now()
      )`);

    // RTO clocks of runs (50/75/90/100 %) and overdue evidence (one row per missed due date):
    // the unique key makes "remind once" a property of the table.
    await db.query(`
      CREATE TABLE continuity_reminder (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        subject_kind text NOT NULL CONSTRAINT continuity_reminder_subject_check CHECK (subject_kind IN ('run', 'backup_test', 'drill')),
        subject_id text NOT NULL,
        kind text NOT NULL,
        due_at timestamptz NOT NULL,
        sent_at timestamptz,
        skipped_at timestamptz,
        skip_reason text,
        recipients text[],
        CONSTRAINT continuity_reminder_key UNIQUE (subject_kind, subject_id, kind)
      )`);
    await db.query(
      'CREATE INDEX continuity_reminder_due_idx ON continuity_reminder (due_at) WHERE sent_at IS NULL AND skipped_at IS NULL',
    );
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query('DROP TABLE continuity_reminder');
    await db.query('DROP TABLE evidence_schedule');
    await db.query('DROP TABLE drill');
    await db.query('DROP TABLE backup_test');
    await db.query('DROP TABLE runbook_run_step');
    await db.query('DROP TABLE runbook_run');
    await db.query('DROP TABLE runbook_version');
    await db.query('DROP TABLE runbook');
    await db.query('DROP TABLE service');
  }
}
