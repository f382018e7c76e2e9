import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { ResponseTarget } from '@vigil/contracts';
import { DEFAULT_RESPONSE_TARGETS } from '@vigil/domain';
import { DataSource } from 'typeorm';
import { type RequestContext, type UserPrincipal } from '../../common/principal.js';
import { AuditLogService } from '../audit-events/audit-log.service.js';
import { ObligationSyncService } from '../obligations/obligation-sync.service.js';
import { RemindersService } from '../obligations/reminders.service.js';
import { timelineActorOf } from './incident-timeline.service.js';

/** Acknowledge/contain/resolve targets per severity: defaults until an admin sets them. */
@Injectable()
export class ResponseTargetsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly obligations: ObligationSyncService,
    private readonly reminders: RemindersService,
    private readonly audit: AuditLogService,
  ) {}

  async list(): Promise<(ResponseTarget & { isDefault: boolean })[]> {
    const rows = (await this.dataSource.query(
      `SELECT severity, acknowledge_minutes AS "acknowledgeMinutes", contain_minutes AS "containMinutes",
              resolve_minutes AS "resolveMinutes" FROM response_target`,
    )) as ResponseTarget[];
    return DEFAULT_RESPONSE_TARGETS.map((fallback) => {
      const set = rows.find((r) => r.severity === fallback.severity);
      return { ...(set ?? fallback), isDefault: !set };
    });
  }

  /** Saves the targets (or returns severities to the defaults), then moves the pending clocks of every open incident to them. */
  async replace(
    user: UserPrincipal,
    { items, reset }: { items: ResponseTarget[]; reset: ResponseTarget['severity'][] },
    context: RequestContext,
  ): Promise<(ResponseTarget & { isDefault: boolean })[]> {
    await this.dataSource.transaction(async (tx) => {
      const kept = items.map((t) => t.severity);
      await tx.query('DELETE FROM response_target WHERE severity = ANY($1::text[])', [
        reset.filter((severity) => !kept.includes(severity)),
      ]);
      for (const t of items) {
        await tx.query(
          `INSERT INTO response_target (severity, acknowledge_minutes, contain_minutes, resolve_minutes, updated_by)
           VALUES ($1, $2, $3, $4, $5)
           ON CONFLICT (severity) DO UPDATE SET acknowledge_minutes = EXCLUDED.acknowledge_minutes,
             contain_minutes = EXCLUDED.contain_minutes, resolve_minutes = EXCLUDED.resolve_minutes,
             updated_at = now(), updated_by = EXCLUDED.updated_by`,
          [t.severity, t.acknowledgeMinutes, t.containMinutes, t.resolveMinutes, user.userId],
        );
      }
      await this.audit.recordAdminAction(
        tx,
        user,
        context,
        'response_targets.update',
        { type: 'settings', id: 'response-targets', name: 'Response targets' },
        { items, reset },
      );
    });
    const open = (await this.dataSource.query(
      `SELECT id FROM incident WHERE status NOT IN ('closed', 'false_positive')`,
    )) as { id: string }[];
    const actor = timelineActorOf(user);
    for (const { id } of open) {
      const outcome = await this.dataSource.transaction((tx) =>
        this.obligations.sync(tx, id, actor),
      );
      this.reminders.enqueue(outcome.reminders);
    }
    return this.list();
  }
}
