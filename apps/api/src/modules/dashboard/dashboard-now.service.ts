import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { type DashboardNow, NEXT_DEADLINES, type Role } from '@vigil/contracts';
import { obligationStatus } from '@vigil/domain';
import { DataSource } from 'typeorm';
import { roleMayUse } from '../../common/access.decorator.js';
import { ALERT_READERS } from '../alerts/alerts.controller.js';
import { type AlertRow, toAlert } from '../alerts/alert.row.js';
import { INCIDENT_SELECT, type IncidentRow, toIncident } from '../incidents/incident.row.js';
import {
  OBLIGATION_SELECT,
  type ObligationRow,
  toObligation,
} from '../obligations/obligation.row.js';
import { OBLIGATION_READERS } from '../obligations/obligations.controller.js';

const OPEN_INCIDENT = `status NOT IN ('closed', 'false_positive')`;

type SeverityCounts = DashboardNow['incidents']['bySeverity'];
const noSeverities = (): SeverityCounts => ({ SEV1: 0, SEV2: 0, SEV3: 0, SEV4: 0 });

interface ClockRow {
  id: string;
  due_at: Date | null;
  target_at: Date | null;
  clock_started_at: Date | null;
  suspended: boolean;
  incident_number: number;
  rule: string;
}

// The deadlines board's order: overdue (most overdue first), then due soon, then the rest.
const STATE_RANK = { overdue: 0, due_soon: 1, pending: 2 } as const;

/** The overview's "right now" cards, counted over everything open, not a first page of it. */
@Injectable()
export class DashboardNowService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async now(role: Role, at = new Date()): Promise<DashboardNow> {
    const [incidents, alerts, obligations] = await Promise.all([
      this.incidents(),
      roleMayUse(role, ALERT_READERS) ? this.alerts() : null,
      roleMayUse(role, OBLIGATION_READERS) ? this.obligations(at) : null,
    ]);
    return { at: at.toISOString(), incidents, alerts, obligations };
  }

  private async incidents(): Promise<DashboardNow['incidents']> {
    const [counts, [oldest]] = (await Promise.all([
      this.dataSource.query(
        `SELECT severity, count(*)::int AS n, count(*) FILTER (WHERE status = 'detected')::int AS untriaged
           FROM incident WHERE ${OPEN_INCIDENT} GROUP BY severity`,
      ),
      this.dataSource.query(
        `${INCIDENT_SELECT} WHERE i.${OPEN_INCIDENT} ORDER BY i.detected_at, i.number LIMIT 1`,
      ),
    ])) as [{ severity: keyof SeverityCounts; n: number; untriaged: number }[], IncidentRow[]];
    const bySeverity = noSeverities();
    for (const row of counts) bySeverity[row.severity] = row.n;
    return {
      open: counts.reduce((sum, row) => sum + row.n, 0),
      bySeverity,
      awaitingTriage: counts.reduce((sum, row) => sum + row.untriaged, 0),
      oldest: oldest ? toIncident(oldest) : null,
    };
  }

  private async alerts(): Promise<NonNullable<DashboardNow['alerts']>> {
    const [counts, [oldest]] = (await Promise.all([
      this.dataSource.query(
        `SELECT severity, count(*)::int AS n FROM alert WHERE status = 'open' GROUP BY severity`,
      ),
      this.dataSource.query(
        `SELECT * FROM alert WHERE status = 'open' ORDER BY opened_at, id LIMIT 1`,
      ),
    ])) as [{ severity: keyof SeverityCounts; n: number }[], AlertRow[]];
    const bySeverity = noSeverities();
    for (const row of counts) bySeverity[row.severity] = row.n;
    return {
      waiting: counts.reduce((sum, row) => sum + row.n, 0),
      bySeverity,
      oldest: oldest ? toAlert(oldest) : null,
    };
  }

  private async obligations(at: Date): Promise<NonNullable<DashboardNow['obligations']>> {
    const rows = (await this.dataSource.query(
      `SELECT o.id, o.due_at, o.target_at, o.clock_started_at, o.suspended, i.number AS incident_number, o.rule
         FROM obligation o JOIN incident i ON i.id = o.incident_id
        WHERE o.status = 'pending' AND o.kind NOT IN ('response', 'record')`,
    )) as ClockRow[];
    let overdue = 0;
    let dueSoon = 0;
    const clocks: { row: ClockRow; rank: number; deadline: number }[] = [];
    for (const row of rows) {
      const deadline = row.due_at ?? row.target_at;
      // A suspended clock or one not started yet is open, but nothing is running out.
      if (row.suspended || !deadline) continue;
      const state = obligationStatus({
        dueAt: row.due_at?.toISOString() ?? null,
        targetAt: row.target_at?.toISOString() ?? null,
        clockStartedAt: row.clock_started_at?.toISOString() ?? null,
        now: at,
      }) as keyof typeof STATE_RANK;
      if (state === 'overdue') overdue += 1;
      if (state === 'due_soon') dueSoon += 1;
      clocks.push({ row, rank: STATE_RANK[state], deadline: deadline.getTime() });
    }
    const nextIds = clocks
      .sort(
        (a, b) =>
          a.rank - b.rank ||
          a.deadline - b.deadline ||
          Number(a.row.due_at === null) - Number(b.row.due_at === null) ||
          a.row.incident_number - b.row.incident_number ||
          a.row.rule.localeCompare(b.row.rule),
      )
      .slice(0, NEXT_DEADLINES)
      .map((clock) => clock.row.id);
    const next = nextIds.length
      ? ((await this.dataSource.query(`${OBLIGATION_SELECT} WHERE o.id = ANY($1::uuid[])`, [
          nextIds,
        ])) as ObligationRow[])
      : [];
    const byId = new Map(next.map((row) => [row.id, toObligation(row, at)]));
    return {
      open: rows.length,
      overdue,
      dueSoon,
      next: nextIds.flatMap((id) => byId.get(id) ?? []),
    };
  }
}
