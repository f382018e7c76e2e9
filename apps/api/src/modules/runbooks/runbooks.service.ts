import { Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  type Runbook,
  runbookInputSchema,
  type RunbookVersionSummary,
  serviceSchema,
} from '@vigil/contracts';
import { STARTER_RUNBOOKS, STARTER_SERVICES } from '@vigil/domain';
import { randomUUID } from 'node:crypto';
import { DataSource, type EntityManager } from 'typeorm';
import type { z } from 'zod';
import { AppError } from '../../common/app-error.js';
import type { RequestContext, UserPrincipal } from '../../common/principal.js';
import { AuditLogService } from '../audit-events/audit-log.service.js';
import { type TimelineActor, timelineActorOf } from '../incidents/incident-timeline.service.js';
import { RUNBOOK_SELECT, type RunbookRow, toRunbook } from './runbook.row.js';
import { ServicesService } from './services.service.js';

type ParsedRunbook = z.infer<typeof runbookInputSchema>;

/** Runbooks as immutable versions: an edit is a new version, archiving hides without deleting. */
@Injectable()
export class RunbooksService implements OnApplicationBootstrap {
  private readonly logger = new Logger(RunbooksService.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly services: ServicesService,
    private readonly audit: AuditLogService,
  ) {}

  /** A fresh database gets the company's starter services and runbooks, each once by its key. */
  async onApplicationBootstrap(): Promise<void> {
    await this.seedStarterLibrary().catch((error: Error) =>
      this.logger.warn(`starter runbooks not seeded: ${error.message}`),
    );
  }

  async seedStarterLibrary(): Promise<number> {
    return this.dataSource.transaction(async (tx) => {
      for (const s of STARTER_SERVICES) {
        const service = serviceSchema.parse(s);
        await tx.query(
          `INSERT INTO service (id, name, rto_hours, rpo_hours, owner, depends_on) VALUES ($1, $2, $3, $4, $5, $6)
           ON CONFLICT (id) DO NOTHING`,
          [
            service.id,
            service.name,
            service.rtoHours,
            service.rpoHours,
            service.owner,
            service.dependsOn,
          ],
        );
      }
      let added = 0;
      for (const { key, ...input } of STARTER_RUNBOOKS) {
        const [row] = (await tx.query(
          `INSERT INTO runbook (starter_key, kind, current_version) VALUES ($1, $2, 1)
           ON CONFLICT (starter_key) DO NOTHING RETURNING id`,
          [key, input.kind],
        )) as { id: string }[];
        if (!row) continue;
        await this.writeVersion(tx, row.id, 1, runbookInputSchema.parse(input), {
          id: null,
          label: 'Vigil starter library',
        });
        added++;
      }
      return added;
    });
  }

  async list(query: { kind?: string; category?: string; archived: boolean }): Promise<Runbook[]> {
    const rows = (await this.dataSource.query(
      `${RUNBOOK_SELECT}
        WHERE v.version = r.current_version AND (r.archived_at IS NOT NULL) = $1
          AND ($2::text IS NULL OR r.kind = $2) AND ($3::text IS NULL OR lower($3) = ANY(SELECT lower(c) FROM unnest(v.categories) c))
        ORDER BY r.kind, v.title`,
      [query.archived, query.kind ?? null, query.category ?? null],
    )) as RunbookRow[];
    return rows.map(toRunbook);
  }

  async get(
    id: string,
    version?: number,
    runner: EntityManager = this.dataSource.manager,
  ): Promise<Runbook> {
    const [row] = (await runner.query(
      `${RUNBOOK_SELECT} WHERE r.id::text = $1 AND v.version = coalesce($2, r.current_version)`,
      [id, version ?? null],
    )) as RunbookRow[];
    if (!row)
      throw new AppError(
        'NOT_FOUND',
        version ? `No version ${version} of runbook ${id}.` : `No runbook ${id}.`,
      );
    return toRunbook(row);
  }

  async versions(id: string): Promise<RunbookVersionSummary[]> {
    await this.get(id);
    const rows = (await this.dataSource.query(
      `SELECT version, title, jsonb_array_length(steps) AS step_count, created_at, created_by_label
         FROM runbook_version WHERE runbook_id = $1 ORDER BY version DESC`,
      [id],
    )) as {
      version: number;
      title: string;
      step_count: number;
      created_at: Date;
      created_by_label: string | null;
    }[];
    return rows.map((r) => ({
      version: r.version,
      title: r.title,
      stepCount: r.step_count,
      createdAt: r.created_at.toISOString(),
      createdBy: r.created_by_label,
    }));
  }

  async create(
    user: UserPrincipal,
    input: ParsedRunbook,
    context: RequestContext,
  ): Promise<Runbook> {
    const id = await this.dataSource.transaction(async (tx) => {
      await this.services.byIds(tx, input.services);
      const [row] = (await tx.query(
        `INSERT INTO runbook (kind, current_version) VALUES ($1, 1) RETURNING id`,
        [input.kind],
      )) as [{ id: string }];
      await this.writeVersion(tx, row.id, 1, input, timelineActorOf(user));
      await this.record(tx, user, context, 'runbook.create', row.id, input.title, {
        version: 1,
        kind: input.kind,
      });
      return row.id;
    });
    return this.get(id);
  }

  /** A new version; runs already started keep following theirs. */
  async update(
    user: UserPrincipal,
    id: string,
    input: ParsedRunbook,
    context: RequestContext,
  ): Promise<Runbook> {
    await this.dataSource.transaction(async (tx) => {
      const [row] = (await tx.query(
        `SELECT id, current_version FROM runbook WHERE id::text = $1 FOR UPDATE`,
        [id],
      )) as { id: string; current_version: number }[];
      if (!row) throw new AppError('NOT_FOUND', `No runbook ${id}.`);
      await this.services.byIds(tx, input.services);
      const version = row.current_version + 1;
      await this.writeVersion(tx, row.id, version, input, timelineActorOf(user));
      await tx.query('UPDATE runbook SET current_version = $2, kind = $3 WHERE id = $1', [
        row.id,
        version,
        input.kind,
      ]);
      await this.record(tx, user, context, 'runbook.update', row.id, input.title, { version });
    });
    return this.get(id);
  }

  async setArchived(
    user: UserPrincipal,
    id: string,
    archived: boolean,
    context: RequestContext,
  ): Promise<Runbook> {
    await this.dataSource.transaction(async (tx) => {
      const runbook = await this.get(id, undefined, tx);
      await tx.query(
        `UPDATE runbook SET archived_at = CASE WHEN $2 THEN coalesce(archived_at, now()) ELSE NULL END WHERE id = $1`,
        [runbook.id, archived],
      );
      await this.record(
        tx,
        user,
        context,
        archived ? 'runbook.archive' : 'runbook.unarchive',
        runbook.id,
        runbook.title,
        {},
      );
    });
    return this.get(id);
  }

  private async writeVersion(
    tx: EntityManager,
    runbookId: string,
    version: number,
    input: ParsedRunbook,
    author: TimelineActor,
  ) {
    const steps = input.steps.map((step, index) => ({
      id: randomUUID().slice(0, 8),
      position: index + 1,
      title: step.title,
      body: step.body,
      role: step.role,
      expectedMinutes: step.expectedMinutes,
    }));
    await tx.query(
      `INSERT INTO runbook_version (runbook_id, version, title, summary, steps, services, categories, created_by, created_by_label)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
      [
        runbookId,
        version,
        input.title,
        input.summary,
        JSON.stringify(steps),
        input.services,
        input.categories,
        author.id,
        author.label,
      ],
    );
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
      { type: 'runbook', id, name: title },
      metadata,
    );
  }
}
