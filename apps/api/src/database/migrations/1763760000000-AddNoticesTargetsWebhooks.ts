import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * What the incident clocks needed next: response targets per severity (kept as obligations of kind
 * `response`, so they share the reminder machinery), the DPO's notice drafts and the text actually
 * sent, audit events copied into an incident as evidence, webhook endpoints for reminders, and one
 * row per delivery attempt of every outbound message.
 */
export class AddNoticesTargetsWebhooks1763760000000 implements MigrationInterface {
  name = 'AddNoticesTargetsWebhooks1763760000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      ALTER TABLE obligation DROP CONSTRAINT obligation_kind_check,
        ADD CONSTRAINT obligation_kind_check CHECK (kind IN ('notice', 'record', 'response')),
        ADD COLUMN notice_language text,
        ADD COLUMN notice_content text`);

    // Overrides only: a severity without a row uses the defaults of libs/domain response-clocks.
    await db.query(`
      CREATE TABLE response_target (
        severity text PRIMARY KEY CONSTRAINT response_target_severity_check CHECK (severity IN ('SEV1', 'SEV2', 'SEV3', 'SEV4')),
        acknowledge_minutes integer NOT NULL CHECK (acknowledge_minutes > 0),
        contain_minutes integer NOT NULL CHECK (contain_minutes > 0),
        resolve_minutes integer NOT NULL CHECK (resolve_minutes > 0),
        updated_at timestamptz NOT NULL DEFAULT now(),
        updated_by uuid REFERENCES app_user (id)
      )`);

    await db.query(`
      CREATE TABLE notice_draft (
        obligation_id uuid NOT NULL REFERENCES obligation (id),
        language text NOT NULL CONSTRAINT notice_draft_language_check CHECK (language IN ('en', 'fr')),
        subject text NOT NULL,
        body text NOT NULL,
        recipient text NOT NULL,
        channel text NOT NULL,
        saved_at timestamptz NOT NULL DEFAULT now(),
        saved_by uuid REFERENCES app_user (id),
        CONSTRAINT notice_draft_pkey PRIMARY KEY (obligation_id, language)
      )`);

    await db.query(`
      CREATE TABLE incident_evidence (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        incident_id uuid NOT NULL REFERENCES incident (id),
        source text NOT NULL,
        seq bigint NOT NULL,
        event_id text NOT NULL,
        occurred_at timestamptz NOT NULL,
        action text NOT NULL,
        outcome text NOT NULL,
        actor text,
        hash bytea NOT NULL,
        event jsonb NOT NULL,
        linked_at timestamptz NOT NULL DEFAULT now(),
        linked_by uuid REFERENCES app_user (id),
        linked_by_label text NOT NULL,
        CONSTRAINT incident_evidence_event_key UNIQUE (incident_id, source, event_id)
      )`);
    // A copy kept as evidence outlives the audit event's retention and is never edited.
    await db.query(`
      CREATE TRIGGER incident_evidence_append_only BEFORE UPDATE OR DELETE ON incident_evidence
        FOR EACH ROW EXECUTE FUNCTION vigil_timeline_append_only()`);

    await db.query(`
      CREATE TABLE webhook (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        name text NOT NULL,
        url text NOT NULL,
        events text[] NOT NULL,
        secret_sealed text NOT NULL,
        active boolean NOT NULL DEFAULT true,
        created_at timestamptz NOT NULL DEFAULT now(),
        created_by uuid REFERENCES app_user (id),
        deleted_at timestamptz
      )`);
    await db.query(`ALTER TABLE outbox ADD COLUMN webhook_id uuid REFERENCES webhook (id)`);

    await db.query(`
      CREATE TABLE outbox_attempt (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        outbox_id uuid NOT NULL REFERENCES outbox (id),
        at timestamptz NOT NULL DEFAULT now(),
        outcome text NOT NULL CONSTRAINT outbox_attempt_outcome_check CHECK (outcome IN ('sent', 'logged', 'failed')),
        detail text,
        duration_ms integer NOT NULL
      )`);
    await db.query('CREATE INDEX outbox_attempt_outbox_idx ON outbox_attempt (outbox_id, id)');
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query('DROP TABLE outbox_attempt');
    await db.query('ALTER TABLE outbox DROP COLUMN webhook_id');
    await db.query('DROP TABLE webhook');
    await db.query('DROP TABLE incident_evidence');
    await db.query('DROP TABLE notice_draft');
    await db.query('DROP TABLE response_target');
    await db.query(
      `DELETE FROM obligation_reminder WHERE obligation_id IN (SELECT id FROM obligation WHERE kind = 'response')`,
    );
    await db.query(`DELETE FROM obligation WHERE kind = 'response'`);
    await db.query(`
      ALTER TABLE obligation DROP COLUMN notice_content, DROP COLUMN notice_language,
        DROP CONSTRAINT obligation_kind_check,
        ADD CONSTRAINT obligation_kind_check CHECK (kind IN ('notice', 'record'))`);
  }
}
