import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { CompleteObligation, Obligation, ObligationListQuery } from '@vigil/contracts';
import { gdprSaNeedsDelayReason } from '@vigil/domain';
import { createHash } from 'node:crypto';
import { DataSource, type EntityManager } from 'typeorm';
import { AppError } from '../../common/app-error.js';
import { actorOf, type RequestContext, type UserPrincipal } from '../../common/principal.js';
import { AuditLogService } from '../audit-events/audit-log.service.js';
import {
  IncidentTimelineService,
  timelineActorOf,
} from '../incidents/incident-timeline.service.js';
import { OBLIGATION_SELECT, type ObligationRow, toObligation } from './obligation.row.js';

/** The DPO's clocks: listing by urgency, recording a notice as sent, or waiving with a reason. */
@Injectable()
export class ObligationsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly timeline: IncidentTimelineService,
    private readonly audit: AuditLogService,
  ) {}

  async list(query: ObligationListQuery, now = new Date()): Promise<Obligation[]> {
    const rows = (await this.dataSource.query(
      `${OBLIGATION_SELECT}
        WHERE o.status <> 'retired' AND ($1::text IS NULL OR o.regime = $1) AND ($2::uuid IS NULL OR o.incident_id = $2)
          AND (o.kind = 'response') = $4
        ORDER BY o.status <> 'pending', coalesce(o.due_at, o.target_at) NULLS LAST, o.key
        LIMIT CASE WHEN $5::boolean THEN NULL ELSE $3::int END`,
      [
        query.regime ?? null,
        query.incidentId ?? null,
        query.limit,
        query.kind === 'response',
        Boolean(query.status),
      ],
    )) as ObligationRow[];
    const items = rows.map((row) => toObligation(row, now));
    // due_soon and overdue depend on the clock, so the status filter runs here, before the limit.
    if (!query.status) return items;
    return items.filter((o) => o.status === query.status).slice(0, query.limit);
  }

  async complete(
    user: UserPrincipal,
    id: string,
    input: CompleteObligation,
    context: RequestContext,
  ): Promise<Obligation> {
    return this.change(user, id, context, 'obligation.complete', async (tx, row) => {
      if (row.status !== 'pending')
        throw new AppError('CONFLICT', `This obligation is already ${row.status}.`);
      if (row.kind === 'response') {
        throw new AppError(
          'RULE_VIOLATION',
          'A response target is met by moving the incident to its state, not by recording a notice.',
        );
      }
      const late = gdprSaNeedsDelayReason({
        dueAt: row.due_at?.toISOString() ?? null,
        sentAt: input.sentAt,
      });
      if (late && !input.delayReason) {
        // GDPR Art. 33(1): a notification after 72 h must say why it is late.
        throw new AppError(
          'RULE_VIOLATION',
          'Sent after the legal deadline: give the reasons for the delay.',
          {
            errors: [{ path: 'delayReason', message: 'required when sent after the due time' }],
          },
        );
      }
      const sha256 = createHash('sha256')
        .update(input.content ?? input.summary)
        .digest('hex');
      await tx.query(
        `UPDATE obligation SET status = 'met', met_at = $2, channel = $3, sent_to = $4, notice_summary = $5,
                content_sha256 = $6, delay_reason = $7, completed_by = $8, notice_content = $9,
                notice_language = $10, updated_at = now() WHERE id = $1`,
        [
          row.id,
          input.sentAt,
          input.channel,
          input.recipient,
          input.summary,
          sha256,
          input.delayReason ?? null,
          user.userId,
          input.content ?? null,
          input.language ?? null,
        ],
      );
      await tx.query(
        `UPDATE obligation_reminder SET skipped_at = now(), skip_reason = 'obligation met'
          WHERE obligation_id = $1 AND sent_at IS NULL AND skipped_at IS NULL`,
        [row.id],
      );
      await this.timeline.append(
        tx,
        row.incident_id,
        timelineActorOf(user),
        'notice',
        `${row.title}: sent ${input.sentAt} by ${input.channel} to ${input.recipient}${late ? ' (late)' : ''}`,
        {
          obligationId: row.id,
          rule: row.rule,
          contentSha256: sha256,
          delayReason: input.delayReason ?? null,
        },
      );
      return { rule: row.rule, sentAt: input.sentAt, late, contentSha256: sha256 };
    });
  }

  async waive(
    user: UserPrincipal,
    id: string,
    reason: string,
    context: RequestContext,
  ): Promise<Obligation> {
    return this.change(user, id, context, 'obligation.waive', async (tx, row) => {
      if (row.status !== 'pending')
        throw new AppError('CONFLICT', `This obligation is already ${row.status}.`);
      await tx.query(
        `UPDATE obligation SET status = 'waived', waived_at = now(), waived_by = $2, waive_reason = $3, updated_at = now()
          WHERE id = $1`,
        [row.id, user.userId, reason],
      );
      await tx.query(
        `UPDATE obligation_reminder SET skipped_at = now(), skip_reason = 'obligation waived'
          WHERE obligation_id = $1 AND sent_at IS NULL AND skipped_at IS NULL`,
        [row.id],
      );
      await this.timeline.append(
        tx,
        row.incident_id,
        timelineActorOf(user),
        'waived',
        `${row.title}: waived — ${reason}`,
        {
          obligationId: row.id,
          rule: row.rule,
        },
      );
      return { rule: row.rule, reason };
    });
  }

  private async change(
    user: UserPrincipal,
    id: string,
    context: RequestContext,
    action: string,
    apply: (tx: EntityManager, row: ObligationRow) => Promise<Record<string, unknown>>,
  ): Promise<Obligation> {
    await this.dataSource.transaction(async (tx) => {
      const [row] = (await tx.query(`${OBLIGATION_SELECT} WHERE o.id::text = $1 FOR UPDATE OF o`, [
        id,
      ])) as ObligationRow[];
      if (!row) throw new AppError('NOT_FOUND', `No obligation ${id}.`);
      const metadata = await apply(tx, row);
      await this.audit.record(
        {
          category: 'admin',
          action,
          outcome: 'success',
          actor: actorOf(user),
          target: {
            type: 'obligation',
            id: row.id,
            name: `${row.rule} INC-${row.incident_number}`,
          },
          ip: context.ip,
          userAgent: context.userAgent,
          metadata,
        },
        tx,
      );
    });
    const [row] = (await this.dataSource.query(`${OBLIGATION_SELECT} WHERE o.id::text = $1`, [
      id,
    ])) as ObligationRow[];
    return toObligation(row as ObligationRow, new Date());
  }
}
