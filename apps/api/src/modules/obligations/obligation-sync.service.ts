import { Injectable } from '@nestjs/common';
import type { Contact, Jurisdiction } from '@vigil/contracts';
import {
  deriveObligations,
  deriveResponseClocks,
  type IncidentState,
  type ResponseTargetMinutes,
  type ExistingObligation,
  type ObligationRuleId,
  type PrivacyAssessment,
  reminderLabel,
  reminderMoments,
} from '@vigil/domain';
import type { EntityManager } from 'typeorm';
import {
  IncidentTimelineService,
  type TimelineActor,
} from '../incidents/incident-timeline.service.js';
import { isoOrNull as iso } from '../../common/iso-time.js';

interface IncidentClockRow {
  id: string;
  severity: 'SEV1' | 'SEV2' | 'SEV3' | 'SEV4';
  status: IncidentState;
  detected_at: Date;
  aware_at: Date | null;
  aware_at_processor: Date | null;
  acknowledged_at: Date | null;
  contained_at: Date | null;
  closed_at: Date | null;
}

interface ScheduledObligation {
  id: string;
  clock_started_at: Date | null;
  due_at: Date | null;
  target_at: Date | null;
  suspended: boolean;
}

export interface SyncOutcome {
  added: string[];
  retired: string[];
  rescheduled: string[];
  /** Reminder rows created or moved; the caller hands them to the queue after commit. */
  reminders: { id: string; dueAt: Date }[];
}

/**
 * Re-derives an incident's obligations from its stored facts and applies the plan: adds, keeps
 * (moving the dates of pending ones), retires pending ones that no longer apply, and keeps met or
 * waived ones whatever happens. Then (re)writes the reminder rows of every pending obligation.
 */
@Injectable()
export class ObligationSyncService {
  constructor(private readonly timeline: IncidentTimelineService) {}

  async sync(tx: EntityManager, incidentId: string, actor: TimelineActor): Promise<SyncOutcome> {
    const [incident] = (await tx.query(
      `SELECT id, severity, status, detected_at, aware_at, aware_at_processor,
              coalesce(acknowledged_at, triage_started_at) AS acknowledged_at, contained_at, closed_at
         FROM incident WHERE id = $1 FOR UPDATE`,
      [incidentId],
    )) as IncidentClockRow[];
    if (!incident) throw new Error(`incident ${incidentId} vanished during sync`);
    const [assessmentRow] = (await tx.query(
      'SELECT data FROM privacy_assessment WHERE incident_id = $1',
      [incidentId],
    )) as { data: PrivacyAssessment }[];
    const organizations = (await tx.query(
      `SELECT o.id, o.name, o.jurisdictions, o.contacts FROM incident_organization io
         JOIN organization o ON o.id = io.organization_id WHERE io.incident_id = $1 ORDER BY o.id`,
      [incidentId],
    )) as { id: string; name: string; jurisdictions: Jurisdiction[]; contacts: Contact[] }[];
    const existingRows = (await tx.query(
      `SELECT key, rule, status, met_at, clock_started_at, due_at, target_at, retain_until FROM obligation
        WHERE incident_id = $1 AND kind <> 'response'`,
      [incidentId],
    )) as {
      key: string;
      rule: ObligationRuleId;
      status: ExistingObligation['status'];
      met_at: Date | null;
      clock_started_at: Date | null;
      due_at: Date | null;
      target_at: Date | null;
      retain_until: Date | null;
    }[];

    const plan = deriveObligations({
      incident: {
        id: incident.id,
        severity: incident.severity,
        detectedAt: incident.detected_at.toISOString(),
        awareAt: iso(incident.aware_at),
        awareAtProcessor: iso(incident.aware_at_processor),
      },
      assessment: assessmentRow?.data ?? null,
      organizations,
      existing: existingRows.map((r) => ({
        key: r.key,
        rule: r.rule,
        status: r.status,
        metAt: iso(r.met_at),
        clockStartedAt: iso(r.clock_started_at),
        dueAt: iso(r.due_at),
        targetAt: iso(r.target_at),
        retainUntil: iso(r.retain_until),
      })),
    });

    const outcome: SyncOutcome = { added: [], retired: [], rescheduled: [], reminders: [] };
    for (const draft of plan.obligations) {
      const before = existingRows.find((r) => r.key === draft.key);
      if (draft.change === 'retire') {
        if (before?.status === 'pending') {
          await tx.query(
            `UPDATE obligation SET status = 'retired', because = $3, updated_at = now() WHERE incident_id = $1 AND key = $2`,
            [incidentId, draft.key, draft.because],
          );
          await tx.query(
            `UPDATE obligation_reminder SET skipped_at = now(), skip_reason = 'obligation retired'
              WHERE obligation_id = (SELECT id FROM obligation WHERE incident_id = $1 AND key = $2)
                AND sent_at IS NULL AND skipped_at IS NULL`,
            [incidentId, draft.key],
          );
          outcome.retired.push(draft.key);
        }
        continue;
      }
      const pending = !before || before.status === 'pending' || before.status === 'retired';
      const [row] = (await tx.query(
        `INSERT INTO obligation (incident_id, key, rule, regime, kind, title, recipient, legal_basis, clock_started_at,
                                 due_at, target_at, retain_until, deadline_kind, deadline_label, suspended,
                                 clock_missing, no_longer_required, because)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18)
         ON CONFLICT (incident_id, key) DO UPDATE SET
           title = EXCLUDED.title, recipient = EXCLUDED.recipient, because = EXCLUDED.because,
           legal_basis = EXCLUDED.legal_basis,
           deadline_kind = CASE WHEN obligation.status IN ('pending', 'retired') THEN EXCLUDED.deadline_kind ELSE obligation.deadline_kind END,
           deadline_label = CASE WHEN obligation.status IN ('pending', 'retired') THEN EXCLUDED.deadline_label ELSE obligation.deadline_label END,
           no_longer_required = EXCLUDED.no_longer_required, suspended = EXCLUDED.suspended,
           clock_missing = EXCLUDED.clock_missing, updated_at = now(),
           status = CASE WHEN obligation.status = 'retired' THEN 'pending' ELSE obligation.status END,
           clock_started_at = CASE WHEN obligation.status IN ('pending', 'retired') THEN EXCLUDED.clock_started_at ELSE obligation.clock_started_at END,
           due_at = CASE WHEN obligation.status IN ('pending', 'retired') THEN EXCLUDED.due_at ELSE obligation.due_at END,
           target_at = CASE WHEN obligation.status IN ('pending', 'retired') THEN EXCLUDED.target_at ELSE obligation.target_at END,
           retain_until = CASE WHEN obligation.status IN ('pending', 'retired') THEN EXCLUDED.retain_until ELSE obligation.retain_until END
         RETURNING id, status, clock_started_at, due_at, target_at, suspended`,
        [
          incidentId,
          draft.key,
          draft.rule,
          draft.regime,
          draft.kind,
          draft.title,
          JSON.stringify(draft.recipient),
          draft.legalBasis,
          draft.clockStartedAt,
          draft.dueAt,
          draft.targetAt,
          draft.retainUntil,
          draft.deadlineKind,
          draft.deadlineLabel,
          draft.suspended,
          draft.clockMissing,
          draft.noLongerRequired,
          draft.because,
        ],
      )) as (ScheduledObligation & { status: string })[];
      if (!row) continue;
      if (!before || before.status === 'retired') outcome.added.push(draft.key);
      else if (
        pending &&
        (iso(before.due_at) !== draft.dueAt || iso(before.target_at) !== draft.targetAt)
      ) {
        outcome.rescheduled.push(draft.key);
      }
      if (row.status === 'pending' && draft.kind === 'notice') {
        outcome.reminders.push(...(await this.scheduleReminders(tx, row)));
      }
    }

    outcome.reminders.push(...(await this.syncResponseClocks(tx, incident)));

    if (outcome.added.length || outcome.retired.length || outcome.rescheduled.length) {
      await this.timeline.append(tx, incidentId, actor, 'obligations', this.describe(outcome), {
        added: outcome.added,
        retired: outcome.retired,
        rescheduled: outcome.rescheduled,
      });
    }
    return outcome;
  }

  /**
   * The acknowledge/contain/resolve targets of the incident's severity, stored as obligations of
   * kind `response` so they share the reminders; met when the incident first reaches the state.
   */
  private async syncResponseClocks(
    tx: EntityManager,
    incident: IncidentClockRow,
  ): Promise<{ id: string; dueAt: Date }[]> {
    const targets = (await tx.query(
      `SELECT severity, acknowledge_minutes AS "acknowledgeMinutes", contain_minutes AS "containMinutes",
              resolve_minutes AS "resolveMinutes" FROM response_target`,
    )) as ResponseTargetMinutes[];
    const clocks = deriveResponseClocks(
      {
        severity: incident.severity,
        status: incident.status,
        detectedAt: incident.detected_at.toISOString(),
        acknowledgedAt: iso(incident.acknowledged_at),
        containedAt: iso(incident.contained_at),
        closedAt: iso(incident.closed_at),
      },
      targets,
    );
    const reminders: { id: string; dueAt: Date }[] = [];
    for (const clock of clocks) {
      const status = clock.metAt ? 'met' : clock.retired ? 'retired' : 'pending';
      const [row] = (await tx.query(
        `INSERT INTO obligation (incident_id, key, rule, regime, kind, title, recipient, legal_basis,
                                 clock_started_at, target_at, deadline_kind, deadline_label, because, status, met_at)
         VALUES ($1, $2, $3, 'RESPONSE', 'response', $4, $5, 'Company remediation plan', $6, $7, 'target', $8, $9, $10, $11)
         ON CONFLICT (incident_id, key) DO UPDATE SET
           title = CASE WHEN obligation.status = 'pending' THEN EXCLUDED.title ELSE obligation.title END,
           clock_started_at = CASE WHEN obligation.status = 'pending' THEN EXCLUDED.clock_started_at ELSE obligation.clock_started_at END,
           target_at = CASE WHEN obligation.status = 'pending' THEN EXCLUDED.target_at ELSE obligation.target_at END,
           deadline_label = CASE WHEN obligation.status = 'pending' THEN EXCLUDED.deadline_label ELSE obligation.deadline_label END,
           because = CASE WHEN obligation.status = 'pending' THEN EXCLUDED.because ELSE obligation.because END,
           status = CASE WHEN obligation.status = 'pending' THEN EXCLUDED.status ELSE obligation.status END,
           met_at = CASE WHEN obligation.status = 'pending' THEN EXCLUDED.met_at ELSE obligation.met_at END,
           updated_at = now()
         RETURNING id, status, clock_started_at, due_at, target_at, suspended`,
        [
          incident.id,
          clock.key,
          clock.rule,
          clock.title,
          JSON.stringify({ kind: 'team', display: 'Incident lead and security leads' }),
          clock.clockStartedAt,
          clock.targetAt,
          clock.deadlineLabel,
          clock.because,
          status,
          clock.metAt,
        ],
      )) as (ScheduledObligation & { status: string })[];
      if (!row) continue;
      if (row.status === 'pending') reminders.push(...(await this.scheduleReminders(tx, row)));
      else {
        await tx.query(
          `UPDATE obligation_reminder SET skipped_at = now(), skip_reason = $2
            WHERE obligation_id = $1 AND sent_at IS NULL AND skipped_at IS NULL`,
          [row.id, `target ${row.status}`],
        );
      }
    }
    return reminders;
  }

  /** The 50/75/90/100 % moments of a pending notice's window; unsent ones follow a moved clock. */
  private async scheduleReminders(
    tx: EntityManager,
    obligation: ScheduledObligation,
  ): Promise<{ id: string; dueAt: Date }[]> {
    if (obligation.suspended) {
      await tx.query(
        `UPDATE obligation_reminder SET skipped_at = now(), skip_reason = 'suspended'
          WHERE obligation_id = $1 AND sent_at IS NULL AND skipped_at IS NULL`,
        [obligation.id],
      );
      return [];
    }
    const moments = reminderMoments({
      clockStartedAt: iso(obligation.clock_started_at),
      dueAt: iso(obligation.due_at),
      targetAt: iso(obligation.target_at),
    });
    const scheduled: { id: string; dueAt: Date }[] = [];
    for (const moment of moments) {
      const rows = (await tx.query(
        `INSERT INTO obligation_reminder (obligation_id, kind, due_at) VALUES ($1, $2, $3)
         ON CONFLICT (obligation_id, kind) DO UPDATE SET due_at = EXCLUDED.due_at, skipped_at = NULL, skip_reason = NULL
           WHERE obligation_reminder.sent_at IS NULL
             AND (obligation_reminder.due_at IS DISTINCT FROM EXCLUDED.due_at OR obligation_reminder.skipped_at IS NOT NULL)
         RETURNING id, due_at`,
        [obligation.id, reminderLabel(moment.fraction), moment.at],
      )) as { id: string; due_at: Date }[];
      for (const r of rows) scheduled.push({ id: r.id, dueAt: r.due_at });
    }
    return scheduled;
  }

  private describe(outcome: SyncOutcome): string {
    const parts = [
      outcome.added.length ? `added ${outcome.added.join(', ')}` : '',
      outcome.rescheduled.length ? `moved ${outcome.rescheduled.join(', ')}` : '',
      outcome.retired.length ? `retired ${outcome.retired.join(', ')}` : '',
    ].filter(Boolean);
    return `Obligations re-derived: ${parts.join('; ')}`;
  }
}
