import { Injectable, type OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type {
  createDataRequestSchema,
  DataRequest,
  DataRequestEvent,
  Organization,
  updateDataRequestSchema,
} from '@vigil/contracts';
import { reminderLabel, reminderMoments } from '@vigil/domain';
import { DataSource, type EntityManager } from 'typeorm';
import type { z } from 'zod';
import { AppError } from '../../common/app-error.js';
import type { RequestContext, UserPrincipal } from '../../common/principal.js';
import { InjectConfig } from '../../config/config.module.js';
import type { Config } from '../../config/config.js';
import { SweeperService } from '../../queue/sweeper.service.js';
import { AuditLogService } from '../audit-events/audit-log.service.js';
import { OutboxService } from '../notifications/outbox.service.js';
import { type OrganizationRow, toOrganization } from '../organizations/organizations.service.js';
import { DATA_REQUEST_SELECT, type DataRequestRow, toDataRequest } from './data-request.row.js';

/** The company's promise: export or deletion within 30 days of the request. */
export const DATA_REQUEST_DAYS = 30;
const DAY_MS = 86_400_000;

export const actorLabel = (user: UserPrincipal) => user.displayName ?? user.email;

/**
 * Client data requests: a 30-day clock from the request, with reminders at 50/75/90/100 % to the
 * DPOs and the assignee and a daily escalation to admins once overdue — rows first, delivered once
 * through the outbox by the sweeper.
 */
@Injectable()
export class DataRequestsService implements OnModuleInit {
  constructor(
    @InjectConfig() private readonly config: Config,
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditLogService,
    private readonly outbox: OutboxService,
    private readonly sweeper: SweeperService,
  ) {}

  onModuleInit(): void {
    this.sweeper.register({ name: 'data-request-reminders', sweep: (now) => this.sweep(now) });
  }

  async list(query: { organizationId?: string; open?: boolean }): Promise<DataRequest[]> {
    // An unknown organization is a 404, not an empty list that reads like "no requests yet".
    if (
      query.organizationId !== undefined &&
      !(
        (await this.dataSource.query('SELECT 1 FROM organization WHERE id = $1', [
          query.organizationId,
        ])) as unknown[]
      ).length
    )
      throw new AppError('NOT_FOUND', 'No such organization.');
    const rows = (await this.dataSource.query(
      `${DATA_REQUEST_SELECT}
        WHERE ($1::text IS NULL OR r.organization_id = $1) AND (NOT $2 OR r.status IN ('open', 'in_progress'))
        ORDER BY r.status IN ('completed', 'rejected'), r.due_at LIMIT 500`,
      [query.organizationId ?? null, query.open ?? false],
    )) as DataRequestRow[];
    return Promise.all(
      rows.map(async (row) =>
        toDataRequest(row, await this.history(this.dataSource.manager, row.id)),
      ),
    );
  }

  async get(id: string, runner: EntityManager = this.dataSource.manager): Promise<DataRequest> {
    const row = await this.row(runner, id);
    return toDataRequest(row, await this.history(runner, row.id));
  }

  async row(runner: EntityManager, id: string, lock = false): Promise<DataRequestRow> {
    const [row] = (await runner.query(
      `${DATA_REQUEST_SELECT} WHERE r.id::text = $1 ${lock ? 'FOR UPDATE OF r' : ''}`,
      [id],
    )) as DataRequestRow[];
    if (!row) throw new AppError('NOT_FOUND', `No data request ${id}.`);
    return row;
  }

  async create(
    user: UserPrincipal,
    organizationId: string,
    input: z.infer<typeof createDataRequestSchema>,
    context: RequestContext,
  ): Promise<DataRequest> {
    const id = await this.dataSource.transaction(async (tx) => {
      const organization = await this.organization(tx, organizationId);
      if (input.assigneeId) await this.assertAssignee(tx, input.assigneeId);
      const requestedAt = new Date(input.requestedAt ?? Date.now());
      const dueAt = new Date(requestedAt.getTime() + DATA_REQUEST_DAYS * DAY_MS);
      const [row] = (await tx.query(
        `INSERT INTO data_request (organization_id, kind, reason, note, requested_at, due_at, assignee_id, created_by)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id`,
        [
          organization.id,
          input.kind,
          input.reason,
          input.note,
          requestedAt,
          dueAt,
          input.assigneeId,
          user.userId,
        ],
      )) as [{ id: string }];
      const moments = reminderMoments({
        clockStartedAt: requestedAt.toISOString(),
        dueAt: dueAt.toISOString(),
      });
      for (const moment of moments) {
        await tx.query(
          `INSERT INTO data_request_reminder (request_id, kind, due_at) VALUES ($1, $2, $3)`,
          [row.id, reminderLabel(moment.fraction), moment.at],
        );
      }
      await this.event(
        tx,
        row.id,
        actorLabel(user),
        'created',
        `${input.kind === 'export' ? 'Export' : 'Deletion'} requested (${input.reason.replace(/_/g, ' ')}); due ${dueAt.toISOString().slice(0, 10)}`,
      );
      await this.record(tx, user, context, 'data_request.create', row.id, organization.name, {
        kind: input.kind,
        reason: input.reason,
      });
      return row.id;
    });
    return this.get(id);
  }

  async update(
    user: UserPrincipal,
    id: string,
    input: z.infer<typeof updateDataRequestSchema>,
    context: RequestContext,
  ): Promise<DataRequest> {
    await this.dataSource.transaction(async (tx) => {
      const row = await this.row(tx, id, true);
      if (row.status === 'completed') throw new AppError('CONFLICT', 'This request is completed.');
      if (input.assigneeId) await this.assertAssignee(tx, input.assigneeId);
      await tx.query(
        `UPDATE data_request SET assignee_id = CASE WHEN $2 THEN $3::uuid ELSE assignee_id END,
                status = coalesce($4, status), note = coalesce($5, note) WHERE id = $1`,
        [
          row.id,
          input.assigneeId !== undefined,
          input.assigneeId ?? null,
          input.status ?? null,
          input.note ?? null,
        ],
      );
      if (input.status === 'rejected') await this.stopReminders(tx, row.id, 'request rejected');
      const changes = Object.entries(input).map(([k, v]) => `${k} → ${v ?? 'none'}`);
      await this.event(tx, row.id, actorLabel(user), 'updated', changes.join('; '));
      await this.record(
        tx,
        user,
        context,
        'data_request.update',
        row.id,
        row.organization_name,
        input,
      );
    });
    return this.get(id);
  }

  async setLegalHold(
    user: UserPrincipal,
    organizationId: string,
    reason: string | null,
    context: RequestContext,
  ): Promise<Organization> {
    return this.dataSource.transaction(async (tx) => {
      const organization = await this.organization(tx, organizationId);
      const [rows] = (await tx.query(
        `UPDATE organization SET legal_hold_reason = $2, legal_hold_set_at = CASE WHEN $2::text IS NULL THEN NULL ELSE now() END,
                legal_hold_set_by = CASE WHEN $2::text IS NULL THEN NULL ELSE $3 END, updated_at = now()
          WHERE id = $1 RETURNING *`,
        [organization.id, reason, user.email],
      )) as [OrganizationRow[], number];
      await this.audit.recordAdminAction(
        tx,
        user,
        context,
        reason ? 'organization.legal_hold.set' : 'organization.legal_hold.lift',
        { type: 'organization', id: organization.id, name: organization.name },
        { reason },
      );
      return toOrganization(rows[0] as OrganizationRow);
    });
  }

  async organization(tx: EntityManager, id: string): Promise<OrganizationRow> {
    const [row] = (await tx.query('SELECT * FROM organization WHERE id = $1 FOR UPDATE', [
      id,
    ])) as OrganizationRow[];
    if (!row) throw new AppError('NOT_FOUND', `No organization ${id}.`);
    return row;
  }

  async event(
    tx: EntityManager,
    requestId: string,
    actor: string,
    kind: string,
    summary: string,
  ): Promise<void> {
    await tx.query(
      'INSERT INTO data_request_event (request_id, actor_label, kind, summary) VALUES ($1, $2, $3, $4)',
      [requestId, actor, kind, summary],
    );
  }

  async stopReminders(tx: EntityManager, requestId: string, why: string): Promise<void> {
    await tx.query(
      `UPDATE data_request_reminder SET skipped_at = now(), skip_reason = $2
        WHERE request_id = $1 AND sent_at IS NULL AND skipped_at IS NULL`,
      [requestId, why],
    );
  }

  record(
    tx: EntityManager,
    user: UserPrincipal,
    context: RequestContext,
    action: string,
    id: string,
    orgName: string,
    metadata: Record<string, unknown>,
  ) {
    return this.audit.recordAdminAction(
      tx,
      user,
      context,
      action,
      { type: 'data_request', id, name: orgName },
      metadata,
    );
  }

  /**
   * Reminders due, and a daily escalation row for each request past its 30 days: only today's, so
   * a request found days overdue escalates once rather than once per day it missed.
   */
  async sweep(now: Date): Promise<Record<string, number>> {
    const overdue = (await this.dataSource.query(
      `SELECT id, due_at FROM data_request WHERE status IN ('open', 'in_progress') AND due_at < $1`,
      [now],
    )) as { id: string; due_at: Date }[];
    let escalations = 0;
    for (const r of overdue) {
      const day = Math.floor((now.getTime() - r.due_at.getTime()) / DAY_MS);
      if (day < 1) continue;
      const rows = (await this.dataSource.query(
        `INSERT INTO data_request_reminder (request_id, kind, due_at) VALUES ($1, $2, $3)
         ON CONFLICT (request_id, kind) DO NOTHING RETURNING id`,
        [r.id, `escalation-${day}`, new Date(r.due_at.getTime() + day * DAY_MS)],
      )) as unknown[];
      escalations += rows.length;
    }
    const due = (await this.dataSource.query(
      `SELECT id FROM data_request_reminder WHERE sent_at IS NULL AND skipped_at IS NULL AND due_at <= $1 ORDER BY due_at LIMIT 200`,
      [now],
    )) as { id: string }[];
    let sent = 0;
    for (const { id } of due) if (await this.deliver(id)) sent++;
    return { escalations, due: due.length, sent };
  }

  private async deliver(reminderId: string): Promise<boolean> {
    const outgoing = await this.dataSource.transaction(async (tx) => {
      const [r] = (await tx.query(
        `SELECT m.id, m.kind, m.sent_at, m.skipped_at, q.id AS request_id, q.status, q.kind AS request_kind, q.due_at, o.name AS organization_name,
                o.id AS organization_id, u.email AS assignee_email
           FROM data_request_reminder m
           JOIN data_request q ON q.id = m.request_id
           JOIN organization o ON o.id = q.organization_id
           LEFT JOIN app_user u ON u.id = q.assignee_id AND u.active
          WHERE m.id = $1 FOR UPDATE OF m SKIP LOCKED`,
        [reminderId],
      )) as {
        id: string;
        kind: string;
        request_id: string;
        status: string;
        request_kind: string;
        due_at: Date;
        organization_name: string;
        organization_id: string;
        assignee_email: string | null;
        sent_at: Date | null;
        skipped_at: Date | null;
      }[];
      // By id alone, as obligation reminders are claimed (see RemindersService.deliver).
      if (!r || r.sent_at || r.skipped_at) return null;
      if (r.status === 'completed' || r.status === 'rejected') {
        await tx.query(
          `UPDATE data_request_reminder SET skipped_at = now(), skip_reason = $2 WHERE id = $1`,
          [r.id, `request ${r.status}`],
        );
        return null;
      }
      const escalation = r.kind.startsWith('escalation');
      const recipients = await this.outbox.recipientsWithRoles(
        tx,
        escalation ? ['admin', 'dpo'] : ['dpo'],
        [r.assignee_email],
      );
      const what = `${r.request_kind === 'export' ? 'data export' : 'data deletion'} for ${r.organization_name}`;
      const subject = escalation ? `OVERDUE: ${what}` : `${r.kind} of the 30 days: ${what}`;
      const body =
        `${escalation ? 'The 30 days promised to the client have passed' : `${r.kind} of the 30 days promised to the client have passed`} for the ${what}.\n` +
        `Due: ${r.due_at.toISOString()}\n\nOpen it: ${this.config.publicUrl}/organizations/${r.organization_id}\n`;
      const queued = await this.outbox.enqueueEach(tx, recipients, {
        purpose: escalation ? 'data-request-escalation' : 'data-request-reminder',
        dedupePrefix: `data-request:${r.id}`,
        subject,
        body,
      });
      await tx.query(
        'UPDATE data_request_reminder SET sent_at = now(), recipients = $2 WHERE id = $1',
        [r.id, recipients],
      );
      return queued;
    });
    if (!outgoing) return false;
    await this.outbox.deliverEach(outgoing);
    return true;
  }

  private async history(runner: EntityManager, requestId: string): Promise<DataRequestEvent[]> {
    const rows = (await runner.query(
      'SELECT at, actor_label, kind, summary FROM data_request_event WHERE request_id = $1 ORDER BY id',
      [requestId],
    )) as { at: Date; actor_label: string; kind: string; summary: string }[];
    return rows.map((r) => ({
      at: r.at.toISOString(),
      actor: r.actor_label,
      kind: r.kind,
      summary: r.summary,
    }));
  }

  private async assertAssignee(tx: EntityManager, id: string): Promise<void> {
    const [user] = (await tx.query(
      `SELECT id FROM app_user WHERE id = $1 AND active AND role IN ('dpo', 'admin')`,
      [id],
    )) as unknown[];
    if (!user) {
      throw new AppError('RULE_VIOLATION', 'The assignee must be an active DPO or admin.', {
        errors: [{ path: 'assigneeId', message: 'not an active DPO or admin' }],
      });
    }
  }
}
