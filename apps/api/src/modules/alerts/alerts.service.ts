import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Alert, AlertListQuery } from '@vigil/contracts';
import { type AlertCandidate, decideAlert, isSuppressed, onFiring } from '@vigil/domain';
import { DataSource, type EntityManager } from 'typeorm';
import { AppError } from '../../common/app-error.js';
import { actorOf, type RequestContext, type UserPrincipal } from '../../common/principal.js';
import { AuditLogService } from '../audit-events/audit-log.service.js';
import { IncidentOpeningService } from '../incidents/incident-opening.service.js';
import { type AlertRow, toAlert } from './alert.row.js';
import { AlertRulesService } from './alert-rules.service.js';

export interface Firing {
  candidate: AlertCandidate;
  title: string;
  at: Date;
  alarmId?: string | null;
  detectionRuleId?: string | null;
  /** A severity the source itself asserts (a webhook's); a matching rule still overrides it. */
  severity?: Alert['severity'];
  details?: Record<string, unknown>;
}

export interface FiringResult {
  alertId: string;
  outcome: 'new' | 'refire' | 'reopen';
  incidentId: string | null;
}

const SEVERITY_ORDER = `CASE severity WHEN 'SEV1' THEN 1 WHEN 'SEV2' THEN 2 WHEN 'SEV3' THEN 3 ELSE 4 END`;

/**
 * The alert queue: one alert per firing episode of a key (an alarm ARN, a detection subject, a
 * webhook dedupKey). Firings of one key are serialised on an advisory lock, so a burst of
 * deliveries cannot open two alerts or two incidents.
 */
@Injectable()
export class AlertsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly rules: AlertRulesService,
    private readonly incidents: IncidentOpeningService,
    private readonly audit: AuditLogService,
  ) {}

  async fire(tx: EntityManager, firing: Firing): Promise<FiringResult> {
    const key = firing.candidate.dedupKey;
    await tx.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`alert:${key}`]);
    const decision = decideAlert({
      rules: await this.rules.active(tx),
      candidate: firing.candidate,
    });
    const [latest] = (await tx.query(
      'SELECT * FROM alert WHERE dedup_key = $1 ORDER BY opened_at DESC LIMIT 1',
      [key],
    )) as AlertRow[];
    const latestState = latest
      ? {
          status: latest.status,
          resolvedAt: latest.resolved_at,
          suppressedUntil: latest.suppressed_until,
        }
      : null;
    const outcome = onFiring({
      latest: latestState,
      now: firing.at,
      suppressionMinutes: latest?.suppression_minutes ?? decision.suppressionMinutes,
    });

    if (latest && outcome.kind !== 'new') {
      const stillSuppressed = isSuppressed(latestState, firing.at);
      await tx.query(
        `UPDATE alert SET fire_count = fire_count + 1, last_fired_at = greatest(last_fired_at, $2),
                status = CASE WHEN $3 THEN 'open' WHEN status = 'suppressed' AND NOT $4 THEN 'open' ELSE status END,
                resolved_at = CASE WHEN $3 THEN NULL ELSE resolved_at END,
                incident_resolution_suggested = false
          WHERE id = $1`,
        [latest.id, firing.at, outcome.kind === 'reopen', stillSuppressed],
      );
      await this.activity(
        tx,
        latest.id,
        outcome.kind === 'reopen' ? 'reopened' : 'fired',
        null,
        null,
        firing.details,
      );
      return { alertId: latest.id, outcome: outcome.kind, incidentId: latest.incident_id };
    }

    let incidentId: string | null = null;
    if (decision.action === 'attach_incident') {
      incidentId = await this.incidents.openIncidentFor(tx, {
        ruleId: decision.ruleId,
        alarmId: firing.alarmId ?? null,
      });
    }
    if (
      !incidentId &&
      (decision.action === 'open_incident' || decision.action === 'attach_incident')
    ) {
      incidentId = (
        await this.incidents.open(tx, {
          title: firing.title,
          severity: decision.ruleId ? decision.severity : (firing.severity ?? decision.severity),
          detectedAt: firing.at,
          createdBy: null,
          reason: `alert rule ${decision.ruleId}`,
        })
      ).id;
    }
    const suppressed = decision.action === 'suppress';
    const [row] = (await tx.query(
      `INSERT INTO alert (source, dedup_key, title, severity, status, rule_id, alarm_id, detection_rule_id, incident_id,
                          suppression_minutes, opened_at, last_fired_at, suppressed_until, suppress_reason, details)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $11, $12, $13, $14) RETURNING id`,
      [
        firing.candidate.source,
        key,
        firing.title.slice(0, 300),
        decision.ruleId ? decision.severity : (firing.severity ?? decision.severity),
        suppressed ? 'suppressed' : 'open',
        decision.ruleId,
        firing.alarmId ?? null,
        firing.detectionRuleId ?? null,
        incidentId,
        decision.suppressionMinutes,
        firing.at,
        suppressed ? new Date(firing.at.getTime() + decision.suppressionMinutes * 60_000) : null,
        suppressed ? 'alert rule' : null,
        JSON.stringify(firing.details ?? {}),
      ],
    )) as [{ id: string }];
    await this.activity(tx, row.id, 'opened', null, null, {
      ruleId: decision.ruleId,
      action: decision.action,
    });
    if (incidentId)
      await this.activity(tx, row.id, 'promoted', null, 'by alert rule', { incidentId });
    return { alertId: row.id, outcome: 'new', incidentId };
  }

  /** The source says the problem is over (OK, webhook resolved): resolve; suggest, never force, the incident. */
  async resolve(
    tx: EntityManager,
    dedupKey: string,
    at: Date,
    reason: string,
  ): Promise<string | null> {
    await tx.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`alert:${dedupKey}`]);
    const [rows] = (await tx.query(
      `UPDATE alert a SET status = 'resolved', resolved_at = $2,
              incident_resolution_suggested = a.incident_id IS NOT NULL AND EXISTS (
                SELECT 1 FROM incident i WHERE i.id = a.incident_id AND i.status NOT IN ('closed', 'false_positive'))
        WHERE dedup_key = $1 AND status <> 'resolved' RETURNING id`,
      [dedupKey, at],
    )) as [{ id: string }[], number];
    const alertId = rows[0]?.id ?? null;
    if (alertId) await this.activity(tx, alertId, 'resolved', null, reason, null);
    return alertId;
  }

  async list(query: AlertListQuery): Promise<Alert[]> {
    const rows = (await this.dataSource.query(
      `SELECT * FROM alert WHERE ($1::text IS NULL OR status = $1) AND ($2::text IS NULL OR source = $2)
        ORDER BY (status = 'resolved'), ${SEVERITY_ORDER}, opened_at LIMIT $3`,
      [query.status ?? null, query.source ?? null, query.limit],
    )) as AlertRow[];
    return rows.map(toAlert);
  }

  async get(id: string): Promise<
    Alert & {
      activity: { kind: string; at: string; actorId: string | null; note: string | null }[];
    }
  > {
    const [row] = (await this.dataSource.query('SELECT * FROM alert WHERE id::text = $1', [
      id,
    ])) as AlertRow[];
    if (!row) throw new AppError('NOT_FOUND', `No alert ${id}.`);
    const activity = (await this.dataSource.query(
      'SELECT kind, at, actor_id, note FROM alert_activity WHERE alert_id = $1 ORDER BY at, id',
      [row.id],
    )) as { kind: string; at: Date; actor_id: string | null; note: string | null }[];
    return {
      ...toAlert(row),
      activity: activity.map((a) => ({
        kind: a.kind,
        at: a.at.toISOString(),
        actorId: a.actor_id,
        note: a.note,
      })),
    };
  }

  acknowledge(
    user: UserPrincipal,
    id: string,
    note: string | undefined,
    context: RequestContext,
  ): Promise<Alert> {
    return this.act(user, id, context, 'alert.acknowledge', async (tx, row) => {
      if (row.status === 'resolved')
        throw new AppError('CONFLICT', 'This alert is already resolved.');
      await tx.query(
        `UPDATE alert SET status = 'acknowledged', acknowledged_at = coalesce(acknowledged_at, now()), acknowledged_by = $2
          WHERE id = $1`,
        [row.id, user.userId],
      );
      await this.activity(tx, row.id, 'acknowledged', user.userId, note ?? null, null);
    });
  }

  suppress(
    user: UserPrincipal,
    id: string,
    input: { reason: string; minutes: number },
    context: RequestContext,
  ): Promise<Alert> {
    return this.act(user, id, context, 'alert.suppress', async (tx, row) => {
      if (row.status === 'resolved')
        throw new AppError('CONFLICT', 'This alert is already resolved.');
      await tx.query(
        `UPDATE alert SET status = 'suppressed', suppressed_until = now() + make_interval(mins => $2), suppress_reason = $3
          WHERE id = $1`,
        [row.id, input.minutes, input.reason],
      );
      await this.activity(tx, row.id, 'suppressed', user.userId, input.reason, {
        minutes: input.minutes,
      });
    });
  }

  /** Opens an incident from the alert, or attaches it to the one named. */
  promote(
    user: UserPrincipal,
    id: string,
    input: { incidentId?: string; title?: string },
    context: RequestContext,
  ): Promise<Alert> {
    return this.act(user, id, context, 'alert.promote', async (tx, row) => {
      if (row.incident_id)
        throw new AppError('CONFLICT', 'This alert already belongs to an incident.');
      let incidentId = input.incidentId ?? null;
      if (incidentId) {
        const [incident] = (await tx.query(
          `SELECT id FROM incident WHERE id = $1 AND status NOT IN ('closed', 'false_positive')`,
          [incidentId],
        )) as { id: string }[];
        if (!incident)
          throw new AppError('RULE_VIOLATION', 'That incident does not exist or is closed.');
      } else {
        incidentId = (
          await this.incidents.open(tx, {
            title: input.title ?? row.title,
            severity: row.severity,
            detectedAt: row.opened_at,
            createdBy: { id: user.userId, label: user.email },
            reason: 'promoted from an alert',
          })
        ).id;
      }
      await tx.query(
        `UPDATE alert SET incident_id = $2, status = CASE WHEN status = 'open' THEN 'acknowledged' ELSE status END,
                acknowledged_at = coalesce(acknowledged_at, now()), acknowledged_by = coalesce(acknowledged_by, $3)
          WHERE id = $1`,
        [row.id, incidentId, user.userId],
      );
      await this.activity(tx, row.id, 'promoted', user.userId, null, { incidentId });
    });
  }

  private async act(
    user: UserPrincipal,
    id: string,
    context: RequestContext,
    action: string,
    change: (tx: EntityManager, row: AlertRow) => Promise<void>,
  ): Promise<Alert> {
    await this.dataSource.transaction(async (tx) => {
      const [row] = (await tx.query('SELECT * FROM alert WHERE id::text = $1 FOR UPDATE', [
        id,
      ])) as AlertRow[];
      if (!row) throw new AppError('NOT_FOUND', `No alert ${id}.`);
      await change(tx, row);
      await this.audit.record(
        {
          category: 'admin',
          action,
          outcome: 'success',
          actor: actorOf(user),
          target: { type: 'alert', id: row.id, name: row.title },
          ip: context.ip,
          userAgent: context.userAgent,
        },
        tx,
      );
    });
    return this.get(id);
  }

  private async activity(
    tx: EntityManager,
    alertId: string,
    kind: string,
    actorId: string | null,
    note: string | null,
    data: Record<string, unknown> | null | undefined,
  ): Promise<void> {
    await tx.query(
      'INSERT INTO alert_activity (alert_id, kind, actor_id, note, data) VALUES ($1, $2, $3, $4, $5)',
      [alertId, kind, actorId, note, data ? JSON.stringify(data) : null],
    );
  }
}
