import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type {
  Assessment,
  CreateIncident,
  Evidence,
  LinkEvidence,
  IncidentDetail,
  TimelineEntry,
  UpdateIncident,
} from '@vigil/contracts';
import { type IncidentState, transition } from '@vigil/domain';
import { DataSource, type EntityManager } from 'typeorm';
import { AppError } from '../../common/app-error.js';
import { actorOf, type RequestContext, type UserPrincipal } from '../../common/principal.js';
import { AuditLogService } from '../audit-events/audit-log.service.js';
import { ObligationSyncService } from '../obligations/obligation-sync.service.js';
import {
  type ObligationRow,
  OBLIGATION_SELECT,
  toObligation,
} from '../obligations/obligation.row.js';
import { RemindersService } from '../obligations/reminders.service.js';
import { INCIDENT_SELECT, type IncidentRow, toIncident } from './incident.row.js';
import { IncidentEvidenceService } from './incident-evidence.service.js';
import { IncidentTimelineService, timelineActorOf } from './incident-timeline.service.js';

const TIMESTAMP_COLUMN: Record<string, string> = {
  triageStartedAt: 'triage_started_at',
  containedAt: 'contained_at',
  eradicatedAt: 'eradicated_at',
  recoveredAt: 'recovered_at',
  closedAt: 'closed_at',
};

/** Fields whose change moves legal clocks: obligations are re-derived after them. */
const CLOCK_FIELDS: (keyof UpdateIncident)[] = [
  'detectedAt',
  'awareAt',
  'awareAtProcessor',
  'organizationIds',
  'severity',
];

@Injectable()
export class IncidentsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly timeline: IncidentTimelineService,
    private readonly obligations: ObligationSyncService,
    private readonly reminders: RemindersService,
    private readonly audit: AuditLogService,
    private readonly evidence: IncidentEvidenceService,
  ) {}

  async create(
    user: UserPrincipal,
    input: CreateIncident,
    context: RequestContext,
  ): Promise<IncidentDetail> {
    const { id, reminders } = await this.dataSource.transaction(async (tx) => {
      await this.assertOrganizations(tx, input.organizationIds);
      const [row] = (await tx.query(
        `INSERT INTO incident (title, summary, severity, category, detected_at, aware_at, lead_id, created_by)
         VALUES ($1, $2, $3, $4, coalesce($5::timestamptz, now()), $6, $7, $8) RETURNING id, number`,
        [
          input.title,
          input.summary ?? null,
          input.severity,
          input.category ?? null,
          input.detectedAt ?? null,
          input.awareAt ?? null,
          input.leadId ?? null,
          user.userId,
        ],
      )) as [{ id: string; number: string }];
      for (const org of input.organizationIds) {
        await tx.query(
          'INSERT INTO incident_organization (incident_id, organization_id) VALUES ($1, $2)',
          [row.id, org],
        );
      }
      await this.timeline.append(
        tx,
        row.id,
        timelineActorOf(user),
        'opened',
        `Opened as ${input.severity}: ${input.title}`,
        {
          organizationIds: input.organizationIds,
        },
      );
      await this.record(tx, user, context, 'incident.open', row.id, input.title, {
        severity: input.severity,
      });
      const synced = await this.obligations.sync(tx, row.id, timelineActorOf(user));
      return { id: row.id, reminders: synced.reminders };
    });
    this.reminders.enqueue(reminders);
    return this.get(id);
  }

  async get(id: string, now = new Date()): Promise<IncidentDetail> {
    const [row] = (await this.dataSource.query(
      `${INCIDENT_SELECT} WHERE i.id::text = $1 OR ('INC-' || i.number) = upper($1)`,
      [id],
    )) as IncidentRow[];
    if (!row) throw new AppError('NOT_FOUND', `No incident ${id}.`);
    const [assessment] = (await this.dataSource.query(
      `SELECT a.data, a.version, a.assessed_at, u.email AS assessed_by FROM privacy_assessment a
         LEFT JOIN app_user u ON u.id = a.assessed_by WHERE a.incident_id = $1`,
      [row.id],
    )) as { data: Assessment; version: number; assessed_at: Date; assessed_by: string | null }[];
    const obligations = (await this.dataSource.query(
      `${OBLIGATION_SELECT} WHERE o.incident_id = $1 AND o.status <> 'retired' ORDER BY coalesce(o.due_at, o.target_at) NULLS LAST, o.key`,
      [row.id],
    )) as ObligationRow[];
    const alerts = (await this.dataSource.query(
      'SELECT id, title, severity, status, opened_at FROM alert WHERE incident_id = $1 ORDER BY opened_at',
      [row.id],
    )) as { id: string; title: string; severity: string; status: string; opened_at: Date }[];
    return {
      ...toIncident(row),
      assessment: assessment
        ? {
            ...assessment.data,
            assessedBy: assessment.assessed_by,
            assessedAt: assessment.assessed_at.toISOString(),
            version: assessment.version,
          }
        : null,
      obligations: obligations
        .filter((o) => o.kind !== 'response')
        .map((o) => toObligation(o, now)),
      responseClocks: obligations
        .filter((o) => o.kind === 'response')
        .map((o) => toObligation(o, now)),
      evidence: await this.evidence.list(this.dataSource.manager, row.id),
      runs: await this.runsOf(row.id),
      alerts: alerts.map((a) => ({
        id: a.id,
        title: a.title,
        severity: a.severity,
        status: a.status,
        openedAt: a.opened_at.toISOString(),
      })),
    };
  }

  private async runsOf(incidentId: string): Promise<IncidentDetail['runs']> {
    const rows = (await this.dataSource.query(
      `SELECT run.id, v.title, r.kind, run.status, run.drill, run.started_at FROM runbook_run run
         JOIN runbook r ON r.id = run.runbook_id
         JOIN runbook_version v ON v.runbook_id = run.runbook_id AND v.version = run.runbook_version
        WHERE run.incident_id = $1 ORDER BY run.started_at`,
      [incidentId],
    )) as (Omit<IncidentDetail['runs'][number], 'startedAt'> & { started_at: Date })[];
    return rows.map(({ started_at, ...run }) => ({ ...run, startedAt: started_at.toISOString() }));
  }

  async update(
    user: UserPrincipal,
    id: string,
    input: UpdateIncident,
    context: RequestContext,
  ): Promise<IncidentDetail> {
    const reminders = await this.dataSource.transaction(async (tx) => {
      const before = await this.lock(tx, id);
      const fields: [string, unknown][] = [];
      const column: Record<string, string> = {
        title: 'title',
        summary: 'summary',
        severity: 'severity',
        category: 'category',
        detectedAt: 'detected_at',
        awareAt: 'aware_at',
        awareAtProcessor: 'aware_at_processor',
        leadId: 'lead_id',
      };
      for (const [key, value] of Object.entries(input)) {
        if (key !== 'organizationIds' && column[key]) fields.push([column[key], value]);
      }
      if (fields.length) {
        await tx.query(
          `UPDATE incident SET ${fields.map(([c], i) => `${c} = $${i + 2}`).join(', ')}, updated_at = now() WHERE id = $1`,
          [before.id, ...fields.map(([, v]) => v)],
        );
      }
      if (input.organizationIds) {
        await this.assertOrganizations(tx, input.organizationIds);
        await tx.query('DELETE FROM incident_organization WHERE incident_id = $1', [before.id]);
        for (const org of input.organizationIds) {
          await tx.query(
            'INSERT INTO incident_organization (incident_id, organization_id) VALUES ($1, $2)',
            [before.id, org],
          );
        }
      }
      const changed = Object.keys(input);
      await this.timeline.append(
        tx,
        before.id,
        timelineActorOf(user),
        'edited',
        `Changed ${changed.join(', ')}`,
        {
          changes: input,
        },
      );
      await this.record(tx, user, context, 'incident.update', before.id, before.title, {
        fields: changed,
      });
      if (!changed.some((field) => CLOCK_FIELDS.includes(field as keyof UpdateIncident))) return [];
      return (await this.obligations.sync(tx, before.id, timelineActorOf(user))).reminders;
    });
    this.reminders.enqueue(reminders);
    return this.get(id);
  }

  async transition(
    user: UserPrincipal,
    id: string,
    to: IncidentState,
    note: string | undefined,
    at: string | undefined,
    context: RequestContext,
  ): Promise<IncidentDetail> {
    const reminders = await this.dataSource.transaction(async (tx) => {
      const before = await this.lock(tx, id);
      const moment = at ?? new Date().toISOString();
      const result = transition({ from: before.status, to, at: moment });
      if (!result.ok) throw new AppError('CONFLICT', result.reason);
      const column = TIMESTAMP_COLUMN[result.timestampField];
      await tx.query(
        `UPDATE incident SET status = $2, ${column ? `${column} = coalesce(${column}, $3),` : ''}
                false_positive_at = CASE WHEN $2 = 'false_positive' THEN $3::timestamptz ELSE false_positive_at END,
                acknowledged_at = CASE WHEN $4 = 'detected' THEN coalesce(acknowledged_at, $3::timestamptz) ELSE acknowledged_at END,
                updated_at = now()
          WHERE id = $1`,
        [before.id, to, result.at, before.status],
      );
      await this.timeline.append(
        tx,
        before.id,
        timelineActorOf(user),
        'status',
        `${before.status} → ${to}${note ? `: ${note}` : ''}`,
        {
          from: before.status,
          to,
          at: result.at,
        },
      );
      await this.record(tx, user, context, 'incident.transition', before.id, before.title, {
        from: before.status,
        to,
      });
      // Reaching a state meets its response target; a false positive stops the rest.
      return (await this.obligations.sync(tx, before.id, timelineActorOf(user))).reminders;
    });
    this.reminders.enqueue(reminders);
    return this.get(id);
  }

  async note(
    user: UserPrincipal,
    id: string,
    body: string,
    context: RequestContext,
  ): Promise<TimelineEntry[]> {
    return this.dataSource.transaction(async (tx) => {
      const incident = await this.lock(tx, id);
      await this.timeline.append(tx, incident.id, timelineActorOf(user), 'note', body);
      await this.record(tx, user, context, 'incident.note', incident.id, incident.title, {});
      return this.timeline.list(tx, incident.id);
    });
  }

  async linkEvidence(
    user: UserPrincipal,
    id: string,
    ref: LinkEvidence,
    context: RequestContext,
  ): Promise<{ evidence: Evidence; created: boolean }> {
    return this.dataSource.transaction(async (tx) => {
      const incident = await this.lock(tx, id);
      const linked = await this.evidence.link(tx, incident.id, ref, timelineActorOf(user));
      if (linked.created) {
        await this.record(tx, user, context, 'incident.evidence', incident.id, incident.title, {
          source: ref.source,
          eventId: ref.eventId,
        });
      }
      return linked;
    });
  }

  async timelineOf(id: string): Promise<TimelineEntry[]> {
    const [row] = (await this.dataSource.query(
      `SELECT id FROM incident WHERE id::text = $1 OR ('INC-' || number) = upper($1)`,
      [id],
    )) as { id: string }[];
    if (!row) throw new AppError('NOT_FOUND', `No incident ${id}.`);
    return this.timeline.list(this.dataSource.manager, row.id);
  }

  async lock(
    tx: EntityManager,
    id: string,
  ): Promise<{ id: string; title: string; status: IncidentState }> {
    const [row] = (await tx.query(
      `SELECT id, title, status FROM incident WHERE id::text = $1 OR ('INC-' || number) = upper($1) FOR UPDATE`,
      [id],
    )) as {
      id: string;
      title: string;
      status: IncidentState;
    }[];
    if (!row) throw new AppError('NOT_FOUND', `No incident ${id}.`);
    return row;
  }

  private async assertOrganizations(tx: EntityManager, ids: string[]): Promise<void> {
    if (!ids.length) return;
    const rows = (await tx.query('SELECT id FROM organization WHERE id = ANY($1::text[])', [
      ids,
    ])) as { id: string }[];
    const missing = ids.filter((id) => !rows.some((r) => r.id === id));
    if (missing.length) {
      throw new AppError('RULE_VIOLATION', `Unknown organization(s): ${missing.join(', ')}.`, {
        errors: [{ path: 'organizationIds', message: `unknown: ${missing.join(', ')}` }],
      });
    }
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
    return this.audit.record(
      {
        category: 'admin',
        action,
        outcome: 'success',
        actor: actorOf(user),
        target: { type: 'incident', id, name: title },
        ip: context.ip,
        userAgent: context.userAgent,
        metadata,
      },
      tx,
    );
  }
}
