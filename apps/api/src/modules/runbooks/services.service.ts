import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Service } from '@vigil/contracts';
import { DataSource, type EntityManager } from 'typeorm';
import { AppError } from '../../common/app-error.js';
import type { RequestContext, UserPrincipal } from '../../common/principal.js';
import { AuditLogService } from '../audit-events/audit-log.service.js';

interface ServiceRow {
  id: string;
  name: string;
  rto_hours: string;
  rpo_hours: string;
  owner: string | null;
  depends_on: string[];
  retired: boolean;
}

export const toService = (row: ServiceRow): Service => ({
  id: row.id,
  name: row.name,
  rtoHours: Number(row.rto_hours),
  rpoHours: Number(row.rpo_hours),
  owner: row.owner,
  dependsOn: row.depends_on,
  retired: row.retired,
});

/** The company's services and the recovery objectives each is held to. */
@Injectable()
export class ServicesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditLogService,
  ) {}

  async list(runner: EntityManager = this.dataSource.manager): Promise<Service[]> {
    const rows = (await runner.query(
      'SELECT * FROM service ORDER BY retired, name',
    )) as ServiceRow[];
    return rows.map(toService);
  }

  async byIds(runner: EntityManager, ids: readonly string[]): Promise<Service[]> {
    if (!ids.length) return [];
    const rows = (await runner.query(
      'SELECT * FROM service WHERE id = ANY($1::text[]) ORDER BY name',
      [ids],
    )) as ServiceRow[];
    const missing = ids.filter((id) => !rows.some((r) => r.id === id));
    if (missing.length) {
      throw new AppError('RULE_VIOLATION', `Unknown service(s): ${missing.join(', ')}.`, {
        errors: [{ path: 'services', message: `unknown: ${missing.join(', ')}` }],
      });
    }
    return rows.map(toService);
  }

  /** Upserts every service given; dependencies must name known services and never loop. */
  async replace(
    user: UserPrincipal,
    items: Service[],
    context: RequestContext,
  ): Promise<Service[]> {
    await this.dataSource.transaction(async (tx) => {
      const existing = (await tx.query('SELECT id, depends_on FROM service')) as {
        id: string;
        depends_on: string[];
      }[];
      const graph = new Map(existing.map((s) => [s.id, s.depends_on]));
      for (const s of items) graph.set(s.id, s.dependsOn);
      for (const s of items) {
        const unknown = s.dependsOn.filter((d) => !graph.has(d));
        if (unknown.length) {
          throw new AppError(
            'RULE_VIOLATION',
            `${s.id} depends on unknown service(s): ${unknown.join(', ')}.`,
            {
              errors: [
                { path: `items.${s.id}.dependsOn`, message: `unknown: ${unknown.join(', ')}` },
              ],
            },
          );
        }
      }
      const loop = findCycle(graph);
      if (loop) {
        throw new AppError('RULE_VIOLATION', `Dependencies loop: ${loop.join(' → ')}.`, {
          errors: [{ path: 'items', message: 'dependencies must not loop' }],
        });
      }
      for (const s of items) {
        await tx.query(
          `INSERT INTO service (id, name, rto_hours, rpo_hours, owner, depends_on, retired, updated_by)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8)
           ON CONFLICT (id) DO UPDATE SET name = EXCLUDED.name, rto_hours = EXCLUDED.rto_hours,
             rpo_hours = EXCLUDED.rpo_hours, owner = EXCLUDED.owner, depends_on = EXCLUDED.depends_on,
             retired = EXCLUDED.retired, updated_at = now(), updated_by = EXCLUDED.updated_by`,
          [s.id, s.name, s.rtoHours, s.rpoHours, s.owner, s.dependsOn, s.retired, user.userId],
        );
      }
      await this.audit.recordAdminAction(
        tx,
        user,
        context,
        'services.update',
        { type: 'settings', id: 'services', name: 'Services and recovery objectives' },
        {
          services: items.map((s) => ({
            id: s.id,
            rtoHours: s.rtoHours,
            rpoHours: s.rpoHours,
            retired: s.retired,
          })),
        },
      );
    });
    return this.list();
  }
}

const findCycle = (graph: Map<string, string[]>): string[] | null => {
  const state = new Map<string, 'visiting' | 'done'>();
  const walk = (id: string, path: string[]): string[] | null => {
    if (state.get(id) === 'done') return null;
    if (state.get(id) === 'visiting') return [...path.slice(path.indexOf(id)), id];
    state.set(id, 'visiting');
    for (const next of graph.get(id) ?? []) {
      const loop = walk(next, [...path, id]);
      if (loop) return loop;
    }
    state.set(id, 'done');
    return null;
  };
  for (const id of graph.keys()) {
    const loop = walk(id, []);
    if (loop) return loop;
  }
  return null;
};
