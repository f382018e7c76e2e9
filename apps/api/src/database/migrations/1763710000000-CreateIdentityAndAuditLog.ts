import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateIdentityAndAuditLog1763710000000 implements MigrationInterface {
  name = 'CreateIdentityAndAuditLog1763710000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE organization (
        id text PRIMARY KEY,
        name text NOT NULL,
        jurisdictions text[] NOT NULL DEFAULT '{}',
        contacts jsonb NOT NULL DEFAULT '[]',
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await db.query(`
      CREATE TABLE app_user (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        email text NOT NULL,
        role text NOT NULL CONSTRAINT app_user_role_check
          CHECK (role IN ('admin', 'security_lead', 'responder', 'dpo', 'auditor', 'client_auditor')),
        organization_id text REFERENCES organization (id),
        display_name text,
        active boolean NOT NULL DEFAULT true,
        created_at timestamptz NOT NULL DEFAULT now(),
        last_sign_in_at timestamptz,
        deactivated_at timestamptz,
        CONSTRAINT app_user_client_auditor_org_check CHECK (role <> 'client_auditor' OR organization_id IS NOT NULL)
      )`);
    await db.query('CREATE UNIQUE INDEX app_user_email_key ON app_user (lower(email))');

    await db.query(`
      CREATE TABLE session (
        id_hash bytea PRIMARY KEY,
        user_id uuid NOT NULL REFERENCES app_user (id),
        created_at timestamptz NOT NULL DEFAULT now(),
        last_seen_at timestamptz NOT NULL DEFAULT now(),
        expires_at timestamptz NOT NULL,
        ip text,
        user_agent text,
        method text NOT NULL CONSTRAINT session_method_check CHECK (method IN ('otp', 'sso')),
        ended_at timestamptz,
        end_reason text
      )`);
    await db.query(
      'CREATE INDEX session_user_open_idx ON session (user_id) WHERE ended_at IS NULL',
    );

    await db.query(`
      CREATE TABLE otp_challenge (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        email text NOT NULL,
        code_hash bytea NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        expires_at timestamptz NOT NULL,
        consumed_at timestamptz,
        ip text
      )`);
    await db.query(
      'CREATE INDEX otp_challenge_email_idx ON otp_challenge (email, created_at DESC)',
    );

    await db.query(`
      CREATE TABLE auth_throttle (
        key text PRIMARY KEY,
        hits integer NOT NULL,
        window_started_at timestamptz NOT NULL,
        locked_until timestamptz
      )`);

    await db.query(`
      CREATE TABLE credential (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        kind text NOT NULL CONSTRAINT credential_kind_check CHECK (kind IN ('personal', 'ingest')),
        name text NOT NULL,
        prefix text NOT NULL,
        secret_hash bytea NOT NULL CONSTRAINT credential_secret_hash_key UNIQUE,
        user_id uuid REFERENCES app_user (id),
        source text,
        created_by uuid REFERENCES app_user (id),
        created_at timestamptz NOT NULL DEFAULT now(),
        last_used_at timestamptz,
        expires_at timestamptz,
        revoked_at timestamptz,
        revoked_by uuid REFERENCES app_user (id),
        CONSTRAINT credential_binding_check CHECK (
          (kind = 'personal' AND user_id IS NOT NULL AND source IS NULL) OR
          (kind = 'ingest' AND user_id IS NULL AND source IS NOT NULL))
      )`);

    await db.query(`
      CREATE TABLE outbox (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        channel text NOT NULL CONSTRAINT outbox_channel_check CHECK (channel IN ('email', 'webhook')),
        purpose text NOT NULL,
        dedupe_key text CONSTRAINT outbox_dedupe_key UNIQUE,
        recipient text NOT NULL,
        subject text NOT NULL,
        body text,
        body_sha256 text NOT NULL,
        status text NOT NULL DEFAULT 'pending' CONSTRAINT outbox_status_check CHECK (status IN ('pending', 'sent', 'logged', 'failed')),
        attempts integer NOT NULL DEFAULT 0,
        last_error text,
        created_at timestamptz NOT NULL DEFAULT now(),
        next_attempt_at timestamptz NOT NULL DEFAULT now(),
        sent_at timestamptz
      )`);
    await db.query(
      `CREATE INDEX outbox_due_idx ON outbox (next_attempt_at) WHERE status = 'pending'`,
    );
    await db.query('CREATE INDEX outbox_created_idx ON outbox (created_at DESC)');

    // The audit log: one hash chain per source. audit_stream holds each chain's head and is the lock
    // that serialises appends to one source; audit_event_key makes (source, id) idempotent across
    // the monthly partitions.
    await db.query(`
      CREATE TABLE audit_stream (
        source text PRIMARY KEY,
        head_seq bigint NOT NULL DEFAULT 0,
        head_hash bytea NOT NULL,
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await db.query(`
      CREATE TABLE audit_event (
        source text NOT NULL,
        seq bigint NOT NULL,
        event_id text NOT NULL,
        occurred_at timestamptz NOT NULL,
        received_at timestamptz NOT NULL,
        category text NOT NULL,
        action text NOT NULL,
        outcome text NOT NULL,
        actor_type text NOT NULL,
        actor_id text,
        actor_email text,
        actor_role text,
        target_type text,
        target_id text,
        target_name text,
        organization_id text,
        project_id text,
        ip text,
        user_agent text,
        metadata jsonb,
        prev_hash bytea NOT NULL,
        hash bytea NOT NULL,
        CONSTRAINT audit_event_pkey PRIMARY KEY (source, seq, occurred_at)
      ) PARTITION BY RANGE (occurred_at)`);
    await db.query(
      'CREATE INDEX audit_event_occurred_idx ON audit_event (occurred_at, source, seq)',
    );
    await db.query(
      'CREATE INDEX audit_event_org_occurred_idx ON audit_event (organization_id, occurred_at DESC) WHERE organization_id IS NOT NULL',
    );
    await db.query(`
      CREATE TABLE audit_event_key (
        source text NOT NULL,
        event_id text NOT NULL,
        occurred_at timestamptz NOT NULL,
        CONSTRAINT audit_event_key_pkey PRIMARY KEY (source, event_id)
      )`);
  }

  async down(db: QueryRunner): Promise<void> {
    for (const table of [
      'audit_event_key',
      'audit_event',
      'audit_stream',
      'outbox',
      'credential',
      'auth_throttle',
      'otp_challenge',
      'session',
      'app_user',
      'organization',
    ]) {
      await db.query(`DROP TABLE ${table}`);
    }
  }
}
