import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Monthly partitions created on demand, append-only enforcement, signed checkpoints, legal holds
 * and the evidence copies retention makes before it drops a month.
 */
export class HardenAuditLog1763730000000 implements MigrationInterface {
  name = 'HardenAuditLog1763730000000';

  async up(db: QueryRunner): Promise<void> {
    // Rows change only through retention (whole partitions) or a destruction request (tombstones),
    // and both say so with SET LOCAL vigil.audit_purge = 'on'.
    await db.query(`
      CREATE FUNCTION vigil_audit_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF coalesce(current_setting('vigil.audit_purge', true), '') = 'on' THEN
          RETURN CASE TG_OP WHEN 'DELETE' THEN OLD ELSE NEW END;
        END IF;
        RAISE EXCEPTION 'audit_event is append-only: % refused', TG_OP USING ERRCODE = 'insufficient_privilege';
      END $$`);
    await db.query(`
      CREATE TRIGGER audit_event_append_only BEFORE UPDATE OR DELETE ON audit_event
        FOR EACH ROW EXECUTE FUNCTION vigil_audit_append_only()`);
    await db.query(`
      CREATE TRIGGER audit_event_no_truncate BEFORE TRUNCATE ON audit_event
        FOR EACH STATEMENT EXECUTE FUNCTION vigil_audit_append_only()`);

    // One partition per calendar month (UTC), created once even when concurrent ingest of the same
    // late month races for it; each partition also refuses TRUNCATE on its own.
    await db.query(`
      CREATE FUNCTION vigil_ensure_audit_partition(month_start timestamptz) RETURNS text LANGUAGE plpgsql AS $$
      DECLARE
        lower_bound timestamptz := date_trunc('month', month_start AT TIME ZONE 'UTC') AT TIME ZONE 'UTC';
        upper_bound timestamptz := lower_bound + interval '1 month';
        partition_name text := 'audit_event_' || to_char(lower_bound AT TIME ZONE 'UTC', 'YYYY_MM');
      BEGIN
        IF to_regclass(partition_name) IS NOT NULL THEN RETURN partition_name; END IF;
        PERFORM pg_advisory_xact_lock(hashtext('vigil_audit_partition'));
        BEGIN
          EXECUTE format('CREATE TABLE %I PARTITION OF audit_event FOR VALUES FROM (%L) TO (%L)',
                         partition_name, lower_bound, upper_bound);
          EXECUTE format('CREATE TRIGGER audit_event_no_truncate BEFORE TRUNCATE ON %I
                          FOR EACH STATEMENT EXECUTE FUNCTION vigil_audit_append_only()', partition_name);
        EXCEPTION WHEN duplicate_table THEN
          -- Another transaction created it after our check (its catalog change was not yet visible).
          NULL;
        END;
        RETURN partition_name;
      END $$`);

    // The auditor's filters: actor, action prefix, IP/CIDR, organization (created in the parent
    // migration), each with time so the newest-first scan stays on the index.
    await db.query('CREATE INDEX audit_event_actor_id_idx ON audit_event (actor_id, occurred_at)');
    await db.query(
      'CREATE INDEX audit_event_actor_email_idx ON audit_event (lower(actor_email), occurred_at)',
    );
    await db.query(
      'CREATE INDEX audit_event_action_idx ON audit_event (action text_pattern_ops, occurred_at)',
    );
    // A btree on inet serves CIDR filters too (the planner turns <<= into a range scan) and costs
    // ingest far less than GiST. Lookups by (source, seq) use the primary key's prefix.
    await db.query('CREATE INDEX audit_event_ip_idx ON audit_event ((ip::inet), occurred_at)');

    await db.query(`
      CREATE TABLE signing_key (
        key_id text PRIMARY KEY,
        algorithm text NOT NULL DEFAULT 'Ed25519',
        public_key_pem text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await db.query(`
      CREATE TABLE audit_checkpoint (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        source text NOT NULL,
        seq bigint NOT NULL,
        hash bytea NOT NULL,
        created_at timestamptz NOT NULL,
        key_id text NOT NULL REFERENCES signing_key (key_id),
        signature bytea NOT NULL,
        reason text NOT NULL CONSTRAINT audit_checkpoint_reason_check CHECK (reason IN ('hourly', 'on_demand', 'retention'))
      )`);
    await db.query(
      'CREATE INDEX audit_checkpoint_source_idx ON audit_checkpoint (source, seq DESC)',
    );

    // Runs of a source's chain that retention dropped, each signed: the next remaining event links
    // to last_hash, so what is left still verifies from its new start.
    await db.query(`
      CREATE TABLE audit_chain_gap (
        source text NOT NULL,
        from_seq bigint NOT NULL,
        to_seq bigint NOT NULL,
        last_hash bytea NOT NULL,
        purged_at timestamptz NOT NULL,
        partition_name text NOT NULL,
        key_id text NOT NULL REFERENCES signing_key (key_id),
        signature bytea NOT NULL,
        CONSTRAINT audit_chain_gap_pkey PRIMARY KEY (source, from_seq)
      )`);

    await db.query(`
      CREATE TABLE audit_legal_hold (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        reason text NOT NULL,
        incident_id text,
        organization_id text,
        source text,
        from_at timestamptz,
        to_at timestamptz,
        created_by uuid REFERENCES app_user (id),
        created_at timestamptz NOT NULL DEFAULT now(),
        released_at timestamptz
      )`);
    await db.query(`
      CREATE TABLE audit_evidence (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        incident_id text,
        hold_id uuid REFERENCES audit_legal_hold (id),
        source text NOT NULL,
        seq bigint NOT NULL,
        hash bytea NOT NULL,
        prev_hash bytea NOT NULL,
        event jsonb NOT NULL,
        copied_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT audit_evidence_unique UNIQUE NULLS NOT DISTINCT (incident_id, hold_id, source, seq)
      )`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query('DROP TABLE audit_evidence');
    await db.query('DROP TABLE audit_legal_hold');
    await db.query('DROP TABLE audit_chain_gap');
    await db.query('DROP TABLE audit_checkpoint');
    await db.query('DROP TABLE signing_key');
    for (const index of ['actor_id', 'actor_email', 'action', 'ip']) {
      await db.query(`DROP INDEX audit_event_${index}_idx`);
    }
    await db.query('DROP TRIGGER audit_event_no_truncate ON audit_event');
    await db.query('DROP TRIGGER audit_event_append_only ON audit_event');
    await db.query('DROP FUNCTION vigil_ensure_audit_partition(timestamptz)');
    await db.query('DROP FUNCTION vigil_audit_append_only()');
  }
}
