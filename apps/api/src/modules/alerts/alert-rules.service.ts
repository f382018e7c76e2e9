import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { AlertRuleInput, AlertRuleRecord } from '@vigil/contracts';
import { type AlertRule, compilePattern } from '@vigil/domain';
import { DataSource, type EntityManager } from 'typeorm';
import { AppError } from '../../common/app-error.js';
import type { RequestContext, UserPrincipal } from '../../common/principal.js';
import { AuditLogService } from '../audit-events/audit-log.service.js';

interface AlertRuleRow {
  id: string;
  position: number;
  name: string;
  enabled: boolean;
  match: AlertRuleRecord['match'];
  severity: AlertRuleRecord['severity'];
  action: AlertRuleRecord['action'];
  suppression_minutes: number;
  notify: string[];
  created_at: Date;
  updated_at: Date;
}

const toRecord = (row: AlertRuleRow): AlertRuleRecord => ({
  id: row.id,
  position: row.position,
  name: row.name,
  enabled: row.enabled,
  match: row.match,
  severity: row.severity,
  action: row.action,
  suppressionMinutes: row.suppression_minutes,
  notify: row.notify,
  createdAt: row.created_at.toISOString(),
  updatedAt: row.updated_at.toISOString(),
});

const assertPatterns = (input: Partial<AlertRuleInput>) => {
  for (const field of ['alarmName', 'dedupKey'] as const) {
    const pattern = input.match?.[field];
    if (!pattern) continue;
    try {
      compilePattern(pattern);
    } catch (error) {
      throw new AppError('VALIDATION_FAILED', `match.${field} is not a valid pattern.`, {
        errors: [
          { path: `match.${field}`, message: error instanceof Error ? error.message : 'invalid' },
        ],
      });
    }
  }
};

/** Ordered alert rules, edited in the console; the first enabled match decides what an alert does. */
@Injectable()
export class AlertRulesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditLogService,
  ) {}

  async list(): Promise<AlertRuleRecord[]> {
    const rows = (await this.dataSource.query(
      'SELECT * FROM alert_rule ORDER BY position, created_at',
    )) as AlertRuleRow[];
    return rows.map(toRecord);
  }

  /** The rules as the matcher takes them, read inside the caller's transaction. */
  async active(tx: EntityManager): Promise<AlertRule[]> {
    const rows = (await tx.query(
      'SELECT * FROM alert_rule WHERE enabled ORDER BY position, created_at',
    )) as AlertRuleRow[];
    return rows.map((row) => ({
      id: row.id,
      name: row.name,
      enabled: row.enabled,
      match: row.match,
      severity: row.severity,
      action: row.action,
      suppressionMinutes: row.suppression_minutes,
    }));
  }

  async create(
    user: UserPrincipal,
    input: AlertRuleInput,
    context: RequestContext,
  ): Promise<AlertRuleRecord> {
    assertPatterns(input);
    return this.dataSource.transaction(async (tx) => {
      const [row] = (await tx.query(
        `INSERT INTO alert_rule (position, name, enabled, match, severity, action, suppression_minutes, notify)
         VALUES (coalesce($1, (SELECT coalesce(max(position), 0) + 10 FROM alert_rule)), $2, $3, $4, $5, $6, $7, $8)
         RETURNING *`,
        [
          input.position ?? null,
          input.name,
          input.enabled,
          JSON.stringify(input.match),
          input.severity,
          input.action,
          input.suppressionMinutes,
          JSON.stringify(input.notify),
        ],
      )) as [AlertRuleRow];
      await this.record(tx, user, context, 'alert_rule.create', row);
      return toRecord(row);
    });
  }

  async update(
    user: UserPrincipal,
    id: string,
    input: Partial<AlertRuleInput>,
    context: RequestContext,
  ): Promise<AlertRuleRecord> {
    assertPatterns(input);
    return this.dataSource.transaction(async (tx) => {
      const [[row]] = (await tx.query(
        `UPDATE alert_rule SET
           position = coalesce($2, position), name = coalesce($3, name), enabled = coalesce($4, enabled),
           match = coalesce($5::jsonb, match), severity = coalesce($6, severity), action = coalesce($7, action),
           suppression_minutes = coalesce($8, suppression_minutes), notify = coalesce($9::jsonb, notify),
           updated_at = now()
         WHERE id::text = $1 RETURNING *`,
        [
          id,
          input.position ?? null,
          input.name ?? null,
          input.enabled ?? null,
          input.match ? JSON.stringify(input.match) : null,
          input.severity ?? null,
          input.action ?? null,
          input.suppressionMinutes ?? null,
          input.notify ? JSON.stringify(input.notify) : null,
        ],
      )) as [AlertRuleRow[], number];
      if (!row) throw new AppError('NOT_FOUND', `No alert rule ${id}.`);
      await this.record(tx, user, context, 'alert_rule.update', row, {
        fields: Object.keys(input),
      });
      return toRecord(row);
    });
  }

  async remove(user: UserPrincipal, id: string, context: RequestContext): Promise<void> {
    await this.dataSource.transaction(async (tx) => {
      const [rows] = (await tx.query('DELETE FROM alert_rule WHERE id::text = $1 RETURNING *', [
        id,
      ])) as [AlertRuleRow[], number];
      const row = rows[0];
      if (!row) throw new AppError('NOT_FOUND', `No alert rule ${id}.`);
      await this.record(tx, user, context, 'alert_rule.delete', row);
    });
  }

  private record(
    tx: EntityManager,
    user: UserPrincipal,
    context: RequestContext,
    action: string,
    row: AlertRuleRow,
    metadata: Record<string, unknown> = {},
  ) {
    return this.audit.recordAdminAction(
      tx,
      user,
      context,
      action,
      { type: 'alert_rule', id: row.id, name: row.name },
      { ...metadata, match: row.match, action: row.action, severity: row.severity },
    );
  }
}
