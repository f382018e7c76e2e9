import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { RunbookRun, RunbookStep, RunStep } from '@vigil/contracts';
import {
  achievedRecovery,
  rpoExposure,
  rtoReminderMoments,
  tightestObjectives,
} from '@vigil/domain';
import { DataSource, type EntityManager } from 'typeorm';
import { AppError } from '../../common/app-error.js';
import type { RequestContext, UserPrincipal } from '../../common/principal.js';
import { AuditLogService } from '../audit-events/audit-log.service.js';
import {
  IncidentTimelineService,
  timelineActorOf,
} from '../incidents/incident-timeline.service.js';
import { RunbooksService } from './runbooks.service.js';
import { ServicesService } from './services.service.js';
import { isoOrNull as iso } from '../../common/iso-time.js';

interface RunRow {
  id: string;
  runbook_id: string;
  runbook_version: number;
  incident_id: string | null;
  incident_number: string | null;
  drill: boolean;
  status: RunbookRun['status'];
  started_at: Date;
  started_by_label: string;
  disruption_started_at: Date;
  last_good_backup_at: Date | null;
  service_ids: string[];
  rto_hours: string;
  rpo_hours: string;
  finished_at: Date | null;
  restored_at: Date | null;
  recovery_point_at: Date | null;
  title: string;
  kind: RunbookRun['kind'];
  steps: RunbookStep[];
}

const RUN_SELECT = `
  SELECT run.*, i.number AS incident_number, v.title, r.kind, v.steps
    FROM runbook_run run
    JOIN runbook r ON r.id = run.runbook_id
    JOIN runbook_version v ON v.runbook_id = run.runbook_id AND v.version = run.runbook_version
    LEFT JOIN incident i ON i.id = run.incident_id`;

const minutesBetween = (from: Date, to: Date) =>
  Math.round((to.getTime() - from.getTime()) / 60_000);
const STEP_LEADS = ['security_lead', 'admin'];
/** Browsers' clocks drift: a time a few minutes ahead is "now", not the future. */
const CLOCK_SKEW_MS = 5 * 60_000;

/**
 * A runbook followed against the clock: the version it started with, each step's state with who and
 * when, live RTO/RPO against its services' objectives, and on the incident's timeline as it goes.
 */
@Injectable()
export class RunbookRunsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly runbooks: RunbooksService,
    private readonly services: ServicesService,
    private readonly timeline: IncidentTimelineService,
    private readonly audit: AuditLogService,
  ) {}

  async start(
    user: UserPrincipal,
    runbookId: string,
    input: {
      incidentId?: string;
      drill: boolean;
      disruptionStartedAt?: string;
      lastGoodBackupAt?: string;
      services?: string[];
    },
    context: RequestContext,
  ): Promise<RunbookRun> {
    const id = await this.dataSource.transaction(async (tx) => {
      const runbook = await this.runbooks.get(runbookId, undefined, tx);
      if (runbook.archived)
        throw new AppError('CONFLICT', 'This runbook is archived: restore it to run it.');
      if (input.incidentId) {
        const [incident] = (await tx.query('SELECT id FROM incident WHERE id = $1 FOR UPDATE', [
          input.incidentId,
        ])) as unknown[];
        if (!incident)
          throw new AppError('RULE_VIOLATION', `No incident ${input.incidentId}.`, {
            errors: [{ path: 'incidentId', message: 'unknown incident' }],
          });
      }
      const services = await this.services.byIds(tx, input.services ?? runbook.services);
      const { rtoHours, rpoHours } = tightestObjectives(services);
      const disruption = input.disruptionStartedAt ?? new Date().toISOString();
      if (Date.parse(disruption) > Date.now() + CLOCK_SKEW_MS) {
        throw new AppError('RULE_VIOLATION', 'The disruption cannot start in the future.', {
          errors: [{ path: 'disruptionStartedAt', message: 'in the future' }],
        });
      }
      if (input.lastGoodBackupAt && Date.parse(input.lastGoodBackupAt) > Date.parse(disruption)) {
        throw new AppError(
          'RULE_VIOLATION',
          'The last good backup cannot be later than the disruption.',
          {
            errors: [{ path: 'lastGoodBackupAt', message: 'after the disruption start' }],
          },
        );
      }
      const [row] = (await tx.query(
        `INSERT INTO runbook_run (runbook_id, runbook_version, incident_id, drill, started_by, started_by_label,
                                  disruption_started_at, last_good_backup_at, service_ids, rto_hours, rpo_hours)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11) RETURNING id`,
        [
          runbook.id,
          runbook.version,
          input.incidentId ?? null,
          input.drill,
          user.userId,
          timelineActorOf(user).label,
          disruption,
          input.lastGoodBackupAt ?? null,
          services.map((s) => s.id),
          rtoHours,
          rpoHours,
        ],
      )) as [{ id: string }];
      const now = Date.now();
      for (const moment of rtoReminderMoments({ disruptionStartedAt: disruption, rtoHours })) {
        if (Date.parse(moment.at) <= now) continue;
        await tx.query(
          `INSERT INTO continuity_reminder (subject_kind, subject_id, kind, due_at) VALUES ('run', $1, $2, $3)`,
          [row.id, moment.label, moment.at],
        );
      }
      if (input.incidentId) {
        await this.timeline.append(
          tx,
          input.incidentId,
          timelineActorOf(user),
          'runbook',
          `Started ${input.drill ? 'a drill of ' : ''}runbook "${runbook.title}" (v${runbook.version}); RTO ${rtoHours} h, RPO ${rpoHours} h`,
          { runId: row.id, runbookId: runbook.id, version: runbook.version },
        );
      }
      await this.record(tx, user, context, 'runbook.run.start', row.id, runbook.title, {
        runbookId: runbook.id,
        version: runbook.version,
        incidentId: input.incidentId ?? null,
        drill: input.drill,
      });
      return row.id;
    });
    return this.get(id);
  }

  async list(query: {
    incidentId?: string;
    drill?: boolean;
    status?: string;
  }): Promise<RunbookRun[]> {
    const rows = (await this.dataSource.query(
      `${RUN_SELECT}
        WHERE ($1::uuid IS NULL OR run.incident_id = $1) AND ($2::boolean IS NULL OR run.drill = $2)
          AND ($3::text IS NULL OR run.status = $3)
        ORDER BY run.status <> 'running', run.started_at DESC LIMIT 200`,
      [query.incidentId ?? null, query.drill ?? null, query.status ?? null],
    )) as RunRow[];
    return Promise.all(rows.map((row) => this.toRun(this.dataSource.manager, row)));
  }

  async get(id: string, runner: EntityManager = this.dataSource.manager): Promise<RunbookRun> {
    return this.toRun(runner, await this.row(runner, id));
  }

  async updateStep(
    user: UserPrincipal,
    runId: string,
    stepId: string,
    change: { status: RunStep['status']; note?: string },
    context: RequestContext,
  ): Promise<RunbookRun> {
    await this.dataSource.transaction(async (tx) => {
      const run = await this.row(tx, runId, true);
      if (run.status !== 'running')
        throw new AppError('CONFLICT', `This run is ${run.status}: its steps are closed.`);
      const step = run.steps.find((s) => s.id === stepId);
      if (!step) throw new AppError('NOT_FOUND', `No step ${stepId} in this run.`);
      if (step.role && step.role !== user.role && !STEP_LEADS.includes(user.role)) {
        throw new AppError(
          'FORBIDDEN',
          `Step ${step.position} is for the ${step.role.replace('_', ' ')}.`,
        );
      }
      await tx.query(
        `INSERT INTO runbook_run_step (run_id, step_id, status, note, updated_by, updated_by_label)
         VALUES ($1, $2, $3, $4, $5, $6)
         ON CONFLICT (run_id, step_id) DO UPDATE SET status = EXCLUDED.status, note = EXCLUDED.note,
           updated_at = now(), updated_by = EXCLUDED.updated_by, updated_by_label = EXCLUDED.updated_by_label`,
        [
          run.id,
          step.id,
          change.status,
          change.note ?? null,
          user.userId,
          timelineActorOf(user).label,
        ],
      );
      if (run.incident_id) {
        const what = change.status === 'pending' ? 'reopened' : change.status;
        await this.timeline.append(
          tx,
          run.incident_id,
          timelineActorOf(user),
          'runbook',
          `${run.title} — step ${step.position} "${step.title}" ${what}${change.note ? `: ${change.note}` : ''}`,
          { runId: run.id, stepId: step.id, status: change.status },
        );
      }
      await this.record(tx, user, context, 'runbook.run.step', run.id, run.title, {
        stepId: step.id,
        position: step.position,
        status: change.status,
      });
    });
    return this.get(runId);
  }

  /** Records the achieved recovery time and data-loss window against the run's objectives. */
  async finish(
    user: UserPrincipal,
    runId: string,
    input: {
      restoredAt?: string;
      recoveryPointAt?: string;
      outcome: 'recovered' | 'aborted';
      note?: string;
    },
    context: RequestContext,
  ): Promise<RunbookRun> {
    await this.dataSource.transaction(async (tx) => {
      const run = await this.row(tx, runId, true);
      if (run.status !== 'running')
        throw new AppError('CONFLICT', `This run is already ${run.status}.`);
      const restoredAt =
        input.outcome === 'recovered' ? (input.restoredAt ?? new Date().toISOString()) : null;
      const recoveryPointAt = input.recoveryPointAt ?? iso(run.last_good_backup_at);
      const disruption = run.disruption_started_at.getTime();
      const refuse = (path: string, message: string) => {
        throw new AppError('RULE_VIOLATION', message, { errors: [{ path, message }] });
      };
      if (restoredAt && Date.parse(restoredAt) < disruption)
        refuse('restoredAt', 'Service cannot be restored before the disruption started.');
      if (restoredAt && Date.parse(restoredAt) > Date.now() + CLOCK_SKEW_MS)
        refuse('restoredAt', 'The restore time is in the future.');
      if (recoveryPointAt && Date.parse(recoveryPointAt) > disruption)
        refuse(
          'recoveryPointAt',
          'The recovery point must be before the disruption: data after it is what was lost.',
        );
      await tx.query(
        `UPDATE runbook_run SET status = $2, finished_at = now(), restored_at = $3, recovery_point_at = $4, note = $5 WHERE id = $1`,
        [run.id, input.outcome, restoredAt, recoveryPointAt, input.note ?? null],
      );
      await tx.query(
        `UPDATE continuity_reminder SET skipped_at = now(), skip_reason = 'run finished'
          WHERE subject_kind = 'run' AND subject_id = $1 AND sent_at IS NULL AND skipped_at IS NULL`,
        [run.id],
      );
      const rtoHours = Number(run.rto_hours);
      const rpoHours = Number(run.rpo_hours);
      const achieved = restoredAt
        ? achievedRecovery({
            disruptionStartedAt: run.disruption_started_at.toISOString(),
            restoredAt,
            recoveryPointAt,
            rtoHours,
            rpoHours,
          })
        : null;
      const summary = achieved
        ? `${run.title} finished: recovered in ${hours(achieved.rtoMinutes)} (RTO ${rtoHours} h ${achieved.rtoMet ? 'met' : 'missed'})` +
          (achieved.rpoMinutes === null
            ? ', recovery point not recorded'
            : `, data loss window ${hours(achieved.rpoMinutes)} (RPO ${rpoHours} h ${achieved.rpoMet ? 'met' : 'missed'})`)
        : `${run.title} aborted${input.note ? `: ${input.note}` : ''}`;
      if (run.incident_id) {
        await this.timeline.append(tx, run.incident_id, timelineActorOf(user), 'runbook', summary, {
          runId: run.id,
          outcome: input.outcome,
          achievedRtoMinutes: achieved?.rtoMinutes ?? null,
          achievedRpoMinutes: achieved?.rpoMinutes ?? null,
        });
      }
      if (run.drill) {
        // A drill run is DR test evidence in its own right (SOC 2 A1.3, ISO 27001 A.5.30).
        const participants = (await tx.query(
          `SELECT DISTINCT updated_by_label AS name FROM runbook_run_step WHERE run_id = $1
           UNION SELECT $2 ORDER BY 1`,
          [run.id, run.started_by_label],
        )) as { name: string }[];
        await tx.query(
          `INSERT INTO drill (scenario, type, run_id, participants, key_personnel_unavailable, interruption_at,
                              restored_at, recovery_point_at, rto_hours, rpo_hours, findings, recorded_by, recorded_by_label)
           VALUES ($1, 'functional_restore', $2, $3, false, $4, $5, $6, $7, $8, '[]', $9, $10)`,
          [
            `${run.title} (runbook v${run.runbook_version})`,
            run.id,
            participants.map((p) => p.name),
            run.disruption_started_at,
            restoredAt,
            recoveryPointAt,
            rtoHours,
            rpoHours,
            user.userId,
            timelineActorOf(user).label,
          ],
        );
      }
      await this.record(tx, user, context, 'runbook.run.finish', run.id, run.title, {
        outcome: input.outcome,
        achievedRtoMinutes: achieved?.rtoMinutes ?? null,
        achievedRpoMinutes: achieved?.rpoMinutes ?? null,
      });
    });
    return this.get(runId);
  }

  private async row(runner: EntityManager, id: string, lock = false): Promise<RunRow> {
    const [row] = (await runner.query(
      `${RUN_SELECT} WHERE run.id::text = $1 ${lock ? 'FOR UPDATE OF run' : ''}`,
      [id],
    )) as RunRow[];
    if (!row) throw new AppError('NOT_FOUND', `No runbook run ${id}.`);
    return row;
  }

  private async toRun(runner: EntityManager, row: RunRow): Promise<RunbookRun> {
    const states = (await runner.query(
      'SELECT step_id, status, note, updated_at, updated_by_label FROM runbook_run_step WHERE run_id = $1',
      [row.id],
    )) as {
      step_id: string;
      status: RunStep['status'];
      note: string | null;
      updated_at: Date;
      updated_by_label: string;
    }[];
    const services = row.service_ids.length
      ? ((await runner.query(
          'SELECT id, name, rto_hours, rpo_hours FROM service WHERE id = ANY($1::text[]) ORDER BY name',
          [row.service_ids],
        )) as { id: string; name: string; rto_hours: string; rpo_hours: string }[])
      : [];
    const disruption = row.disruption_started_at.toISOString();
    return {
      id: row.id,
      runbookId: row.runbook_id,
      runbookVersion: row.runbook_version,
      title: row.title,
      kind: row.kind,
      incidentId: row.incident_id,
      incidentReference: row.incident_number ? `INC-${row.incident_number}` : null,
      drill: row.drill,
      status: row.status,
      startedAt: row.started_at.toISOString(),
      startedBy: row.started_by_label,
      disruptionStartedAt: disruption,
      lastGoodBackupAt: iso(row.last_good_backup_at),
      finishedAt: iso(row.finished_at),
      restoredAt: iso(row.restored_at),
      recoveryPointAt: iso(row.recovery_point_at),
      achievedRtoMinutes: row.restored_at
        ? minutesBetween(row.disruption_started_at, row.restored_at)
        : null,
      achievedRpoMinutes:
        row.restored_at && row.recovery_point_at
          ? minutesBetween(row.recovery_point_at, row.disruption_started_at)
          : null,
      rtoHours: Number(row.rto_hours),
      rpoHours: Number(row.rpo_hours),
      objectives: services.map((s) => {
        const rtoHours = Number(s.rto_hours);
        const rpoHours = Number(s.rpo_hours);
        const exposure = rpoExposure({
          disruptionStartedAt: disruption,
          lastGoodBackupAt: iso(row.recovery_point_at ?? row.last_good_backup_at),
          rpoHours,
        });
        return {
          serviceId: s.id,
          name: s.name,
          rtoHours,
          rpoHours,
          rtoDueAt: new Date(
            row.disruption_started_at.getTime() + rtoHours * 3_600_000,
          ).toISOString(),
          rpoExposureMinutes: exposure.exposureMinutes,
          rpoMet: exposure.met,
        };
      }),
      steps: row.steps.map((step) => {
        const state = states.find((s) => s.step_id === step.id);
        return {
          ...step,
          status: state?.status ?? 'pending',
          note: state?.note ?? null,
          updatedAt: iso(state?.updated_at ?? null),
          updatedBy: state?.updated_by_label ?? null,
        };
      }),
    };
  }

  private record(
    tx: EntityManager,
    user: UserPrincipal,
    context: RequestContext,
    action: string,
    id: string,
    title: string,
    metadata: Record<string, unknown>,
  ) {
    return this.audit.recordAdminAction(
      tx,
      user,
      context,
      action,
      { type: 'runbook_run', id, name: title },
      metadata,
    );
  }
}

const hours = (minutes: number) => {
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  return h ? `${h} h${m ? ` ${m} min` : ''}` : `${m} min`;
};
