import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The five detections every deployment starts with; the two that name people or sources start
 * disabled until an admin fills them in.
 */
export const DEFAULT_DETECTION_RULES_SQL = `
  INSERT INTO detection_rule (name, enabled, severity, params) VALUES
    ('Repeated sign-in failures for one actor', true, 'SEV2',
     '{"kind":"threshold","action":"auth.*","outcome":"failure","groupBy":"actor","count":10,"windowMinutes":5}'),
    ('Production database admin action by someone not allowed', false, 'SEV1',
     '{"kind":"forbidden_actor","action":"db.admin.*","allowedActors":[]}'),
    ('Access by a deactivated user', true, 'SEV1', '{"kind":"deactivated_user"}'),
    ('Mass export', true, 'SEV2', '{"kind":"mass_export","action":"data.export","count":5,"windowMinutes":10}'),
    ('Logging pipeline quiet (no events from a source)', false, 'SEV2',
     '{"kind":"quiet_source","source":"app-prod","quietMinutes":30}')`;

/**
 * CloudWatch alarms and their histories, SNS deliveries, alerts with their rules, detection rules
 * over the audit log, and the incident table in its first, minimal form (the incident issue extends it).
 */
export class CreateAlarmsAndAlerts1763740000000 implements MigrationInterface {
  name = 'CreateAlarmsAndAlerts1763740000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE incident (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        number bigint GENERATED ALWAYS AS IDENTITY CONSTRAINT incident_number_key UNIQUE,
        title text NOT NULL,
        summary text,
        severity text NOT NULL CONSTRAINT incident_severity_check CHECK (severity IN ('SEV1', 'SEV2', 'SEV3', 'SEV4')),
        status text NOT NULL DEFAULT 'detected' CONSTRAINT incident_status_check
          CHECK (status IN ('detected', 'triage', 'contained', 'eradicated', 'recovered', 'closed', 'false_positive')),
        category text,
        lead_id uuid REFERENCES app_user (id),
        detected_at timestamptz NOT NULL DEFAULT now(),
        created_at timestamptz NOT NULL DEFAULT now(),
        created_by uuid REFERENCES app_user (id),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);

    await db.query(`
      CREATE TABLE alarm (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        alarm_arn text NOT NULL CONSTRAINT alarm_arn_key UNIQUE,
        name text NOT NULL,
        description text,
        account_id text NOT NULL,
        region text NOT NULL,
        kind text NOT NULL CONSTRAINT alarm_kind_check CHECK (kind IN ('metric', 'metric_math', 'composite')),
        namespace text,
        metric_name text,
        dimensions jsonb NOT NULL DEFAULT '{}',
        metrics jsonb,
        composite_rule text,
        state text NOT NULL CONSTRAINT alarm_state_check CHECK (state IN ('OK', 'ALARM', 'INSUFFICIENT_DATA')),
        state_changed_at timestamptz NOT NULL,
        reason text NOT NULL DEFAULT '',
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    // One row per transition. The same change arriving twice (an SNS retry, or by SNS and by
    // EventBridge) is stored once, whichever key it collides on.
    await db.query(`
      CREATE TABLE alarm_state_change (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        alarm_id uuid NOT NULL REFERENCES alarm (id),
        delivery text NOT NULL CONSTRAINT alarm_state_change_delivery_check CHECK (delivery IN ('sns', 'eventbridge')),
        message_id text NOT NULL,
        old_state text,
        new_state text NOT NULL,
        reason text NOT NULL DEFAULT '',
        reason_data jsonb,
        changed_at timestamptz NOT NULL,
        received_at timestamptz NOT NULL DEFAULT now(),
        raw jsonb NOT NULL,
        CONSTRAINT alarm_state_change_message_key UNIQUE (delivery, message_id),
        CONSTRAINT alarm_state_change_transition_key UNIQUE (alarm_id, changed_at, new_state)
      )`);
    await db.query(
      'CREATE INDEX alarm_state_change_alarm_idx ON alarm_state_change (alarm_id, changed_at DESC)',
    );
    await db.query(`
      CREATE TABLE alarm_configuration_change (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        event_id text NOT NULL CONSTRAINT alarm_configuration_change_event_key UNIQUE,
        alarm_arn text NOT NULL,
        alarm_name text NOT NULL,
        operation text,
        configuration jsonb,
        previous jsonb,
        changed_at timestamptz NOT NULL,
        received_at timestamptz NOT NULL DEFAULT now()
      )`);
    await db.query(
      'CREATE INDEX alarm_configuration_change_arn_idx ON alarm_configuration_change (alarm_arn, changed_at DESC)',
    );

    await db.query(`
      CREATE TABLE sns_message (
        message_id text PRIMARY KEY,
        type text NOT NULL,
        topic_arn text NOT NULL,
        received_at timestamptz NOT NULL DEFAULT now()
      )`);
    await db.query(`
      CREATE TABLE sns_subscription (
        message_id text PRIMARY KEY,
        topic_arn text NOT NULL,
        subscribe_url text NOT NULL,
        token text NOT NULL,
        status text NOT NULL DEFAULT 'pending' CONSTRAINT sns_subscription_status_check
          CHECK (status IN ('pending', 'confirmed', 'failed')),
        received_at timestamptz NOT NULL DEFAULT now(),
        confirmed_at timestamptz,
        confirmed_by uuid REFERENCES app_user (id),
        last_error text
      )`);

    await db.query(`
      CREATE TABLE alert_rule (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        position integer NOT NULL,
        name text NOT NULL,
        enabled boolean NOT NULL DEFAULT true,
        match jsonb NOT NULL DEFAULT '{}',
        severity text NOT NULL CONSTRAINT alert_rule_severity_check CHECK (severity IN ('SEV1', 'SEV2', 'SEV3', 'SEV4')),
        action text NOT NULL CONSTRAINT alert_rule_action_check
          CHECK (action IN ('open_incident', 'attach_incident', 'alert_only', 'suppress')),
        suppression_minutes integer NOT NULL DEFAULT 30,
        notify jsonb NOT NULL DEFAULT '[]',
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await db.query(`
      CREATE TABLE detection_rule (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        name text NOT NULL,
        enabled boolean NOT NULL DEFAULT true,
        severity text NOT NULL CONSTRAINT detection_rule_severity_check CHECK (severity IN ('SEV1', 'SEV2', 'SEV3', 'SEV4')),
        params jsonb NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    // Where detection has read up to, per audit source: the worker resumes here after any crash.
    await db.query(`
      CREATE TABLE detection_cursor (
        source text PRIMARY KEY,
        last_seq bigint NOT NULL DEFAULT 0,
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);

    await db.query(`
      CREATE TABLE alert (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        source text NOT NULL CONSTRAINT alert_source_check CHECK (source IN ('alarm', 'detection', 'webhook')),
        dedup_key text NOT NULL,
        title text NOT NULL,
        severity text NOT NULL CONSTRAINT alert_severity_check CHECK (severity IN ('SEV1', 'SEV2', 'SEV3', 'SEV4')),
        status text NOT NULL DEFAULT 'open' CONSTRAINT alert_status_check
          CHECK (status IN ('open', 'acknowledged', 'suppressed', 'resolved')),
        rule_id uuid REFERENCES alert_rule (id) ON DELETE SET NULL,
        alarm_id uuid REFERENCES alarm (id),
        detection_rule_id uuid REFERENCES detection_rule (id) ON DELETE SET NULL,
        incident_id uuid REFERENCES incident (id),
        suppression_minutes integer NOT NULL DEFAULT 30,
        opened_at timestamptz NOT NULL,
        last_fired_at timestamptz NOT NULL,
        fire_count integer NOT NULL DEFAULT 1,
        acknowledged_at timestamptz,
        acknowledged_by uuid REFERENCES app_user (id),
        resolved_at timestamptz,
        suppressed_until timestamptz,
        suppress_reason text,
        incident_resolution_suggested boolean NOT NULL DEFAULT false,
        details jsonb NOT NULL DEFAULT '{}'
      )`);
    // At most one live episode per key: concurrent firings of the same alarm cannot open two.
    await db.query(
      `CREATE UNIQUE INDEX alert_live_episode_key ON alert (dedup_key) WHERE status <> 'resolved'`,
    );
    await db.query('CREATE INDEX alert_dedup_recent_idx ON alert (dedup_key, opened_at DESC)');
    await db.query(`CREATE INDEX alert_queue_idx ON alert (status, severity, opened_at)`);
    await db.query(`
      CREATE TABLE alert_activity (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        alert_id uuid NOT NULL REFERENCES alert (id),
        kind text NOT NULL,
        at timestamptz NOT NULL DEFAULT now(),
        actor_id uuid REFERENCES app_user (id),
        note text,
        data jsonb
      )`);
    await db.query('CREATE INDEX alert_activity_alert_idx ON alert_activity (alert_id, at)');

    await db.query(DEFAULT_DETECTION_RULES_SQL);
  }

  async down(db: QueryRunner): Promise<void> {
    for (const table of [
      'alert_activity',
      'alert',
      'detection_cursor',
      'detection_rule',
      'alert_rule',
      'sns_subscription',
      'sns_message',
      'alarm_configuration_change',
      'alarm_state_change',
      'alarm',
      'incident',
    ]) {
      await db.query(`DROP TABLE ${table}`);
    }
  }
}
