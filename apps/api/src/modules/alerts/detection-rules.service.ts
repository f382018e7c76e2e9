import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DetectionRuleInput, DetectionRuleRecord } from '@vigil/contracts';
import { DataSource, type EntityManager } from 'typeorm';
import { AppError } from '../../common/app-error.js';
import type { RequestContext, UserPrincipal } from '../../common/principal.js';
import { AuditLogService } from '../audit-events/audit-log.service.js';
import { DetectionService } from './detection.service.js';
import { describeHit, type DetectionRuleRow, toDetectionRule } from './detection-rule.row.js';

const DAY_MS = 24 * 60 * 60 * 1000;

export interface PreviewHit {
  subject: string;
  source: string;
  at: string;
  count: number;
  title: string;
}

@Injectable()
export class DetectionRulesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly detection: DetectionService,
    private readonly audit: AuditLogService,
  ) {}

  async list(): Promise<DetectionRuleRecord[]> {
    const rows = (await this.dataSource.query(
      'SELECT * FROM detection_rule ORDER BY created_at',
    )) as DetectionRuleRow[];
    return rows.map(toDetectionRule);
  }

  async create(
    user: UserPrincipal,
    input: DetectionRuleInput,
    context: RequestContext,
  ): Promise<DetectionRuleRecord> {
    return this.dataSource.transaction(async (tx) => {
      const [row] = (await tx.query(
        'INSERT INTO detection_rule (name, enabled, severity, params) VALUES ($1, $2, $3, $4) RETURNING *',
        [input.name, input.enabled, input.severity, JSON.stringify(input.params)],
      )) as [DetectionRuleRow];
      await this.record(tx, user, context, 'detection_rule.create', row);
      return toDetectionRule(row);
    });
  }

  async update(
    user: UserPrincipal,
    id: string,
    input: Partial<DetectionRuleInput>,
    context: RequestContext,
  ): Promise<DetectionRuleRecord> {
    return this.dataSource.transaction(async (tx) => {
      const [[row]] = (await tx.query(
        `UPDATE detection_rule SET name = coalesce($2, name), enabled = coalesce($3, enabled),
                severity = coalesce($4, severity), params = coalesce($5::jsonb, params), updated_at = now()
          WHERE id::text = $1 RETURNING *`,
        [
          id,
          input.name ?? null,
          input.enabled ?? null,
          input.severity ?? null,
          input.params ? JSON.stringify(input.params) : null,
        ],
      )) as [DetectionRuleRow[], number];
      if (!row) throw new AppError('NOT_FOUND', `No detection rule ${id}.`);
      await this.record(tx, user, context, 'detection_rule.update', row, {
        fields: Object.keys(input),
      });
      return toDetectionRule(row);
    });
  }

  async remove(user: UserPrincipal, id: string, context: RequestContext): Promise<void> {
    await this.dataSource.transaction(async (tx) => {
      const [rows] = (await tx.query('DELETE FROM detection_rule WHERE id::text = $1 RETURNING *', [
        id,
      ])) as [DetectionRuleRow[], number];
      const row = rows[0];
      if (!row) throw new AppError('NOT_FOUND', `No detection rule ${id}.`);
      await this.record(tx, user, context, 'detection_rule.delete', row);
    });
  }

  /** "Test this rule against the last 24 h": what it would have raised, without raising anything. */
  async preview(
    input: DetectionRuleInput,
    now = new Date(),
  ): Promise<{ from: string; to: string; hits: PreviewHit[] }> {
    const from = new Date(now.getTime() - DAY_MS);
    const rule = {
      id: 'preview',
      name: input.name,
      enabled: true,
      severity: input.severity,
      params: input.params,
    };
    let hits: PreviewHit[];
    if (input.params.kind === 'quiet_source') {
      const source = input.params.source;
      const [stream] = (await this.dataSource.query(
        'SELECT updated_at FROM audit_stream WHERE source = $1',
        [source],
      )) as { updated_at: Date }[];
      const quiet =
        !stream || now.getTime() - stream.updated_at.getTime() > input.params.quietMinutes * 60_000;
      hits = quiet
        ? [
            {
              subject: source,
              source,
              at: now.toISOString(),
              count: 0,
              title: describeHit(rule, source, 0),
            },
          ]
        : [];
    } else {
      const params = input.params;
      const found = await this.detection.hits(
        this.dataSource.manager,
        { ...rule, params, created_at: now, updated_at: now },
        { source: null, from, to: now, seqRange: null },
      );
      hits = found.map((h) => ({
        subject: h.subject,
        source: h.source,
        at: h.at.toISOString(),
        count: h.count,
        title: describeHit(rule, h.subject, h.count),
      }));
    }
    return { from: from.toISOString(), to: now.toISOString(), hits: hits.slice(0, 200) };
  }

  private record(
    tx: EntityManager,
    user: UserPrincipal,
    context: RequestContext,
    action: string,
    row: DetectionRuleRow,
    metadata: Record<string, unknown> = {},
  ) {
    return this.audit.recordAdminAction(
      tx,
      user,
      context,
      action,
      { type: 'detection_rule', id: row.id, name: row.name },
      { ...metadata, params: row.params, enabled: row.enabled },
    );
  }
}
