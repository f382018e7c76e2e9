import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type {
  BackupTest,
  backupTestInputSchema,
  ContinuityReport,
  Drill,
  drillInputSchema,
  EvidenceSchedule,
} from '@vigil/contracts';
import {
  achievedRecovery,
  DEFAULT_EVIDENCE_CADENCE_MONTHS,
  DEFAULT_RPO_HOURS,
  DEFAULT_RTO_HOURS,
  type EvidenceKind,
  evidenceSchedule,
  tightestObjectives,
} from '@vigil/domain';
import { DataSource, type EntityManager } from 'typeorm';
import type { z } from 'zod';
import type { RequestContext, UserPrincipal } from '../../common/principal.js';
import { InjectConfig } from '../../config/config.module.js';
import type { Config } from '../../config/config.js';
import { AuditLogService } from '../audit-events/audit-log.service.js';
import { RunbooksService } from './runbooks.service.js';
import { ServicesService } from './services.service.js';
import { isoOrNull as iso } from '../../common/iso-time.js';

interface BackupTestRow {
  id: string;
  service_id: string | null;
  restored_what: string;
  backup_taken_at: Date;
  started_at: Date;
  finished_at: Date;
  integrity_checks: BackupTest['integrityChecks'];
  result: BackupTest['result'];
  notes: string;
  recorded_by_label: string;
  recorded_at: Date;
}

interface DrillRow {
  id: string;
  scenario: string;
  type: Drill['type'];
  run_id: string | null;
  participants: string[];
  key_personnel_unavailable: boolean;
  interruption_at: Date;
  restored_at: Date | null;
  recovery_point_at: Date | null;
  rto_hours: string;
  rpo_hours: string;
  findings: Drill['findings'];
  recorded_by_label: string;
  recorded_at: Date;
}

const toBackupTest = (r: BackupTestRow): BackupTest => ({
  id: r.id,
  serviceId: r.service_id,
  restoredWhat: r.restored_what,
  backupTakenAt: r.backup_taken_at.toISOString(),
  startedAt: r.started_at.toISOString(),
  finishedAt: r.finished_at.toISOString(),
  durationMinutes: Math.round((r.finished_at.getTime() - r.started_at.getTime()) / 60_000),
  integrityChecks: r.integrity_checks,
  result: r.result,
  notes: r.notes,
  recordedBy: r.recorded_by_label,
  recordedAt: r.recorded_at.toISOString(),
});

const toDrill = (r: DrillRow): Drill => {
  const rtoHours = Number(r.rto_hours);
  const rpoHours = Number(r.rpo_hours);
  const achieved = r.restored_at
    ? achievedRecovery({
        disruptionStartedAt: r.interruption_at.toISOString(),
        restoredAt: r.restored_at.toISOString(),
        recoveryPointAt: iso(r.recovery_point_at),
        rtoHours,
        rpoHours,
      })
    : null;
  return {
    id: r.id,
    scenario: r.scenario,
    type: r.type,
    runId: r.run_id,
    participants: r.participants,
    keyPersonnelUnavailable: r.key_personnel_unavailable,
    interruptionAt: r.interruption_at.toISOString(),
    restoredAt: iso(r.restored_at),
    recoveryPointAt: iso(r.recovery_point_at),
    achievedRtoMinutes: achieved?.rtoMinutes ?? null,
    achievedRpoMinutes: achieved?.rpoMinutes ?? null,
    rtoHours,
    rpoHours,
    rtoMet: achieved?.rtoMet ?? null,
    rpoMet: achieved?.rpoMet ?? null,
    findings: r.findings,
    recordedBy: r.recorded_by_label,
    recordedAt: r.recorded_at.toISOString(),
  };
};

const SCHEDULE_TABLE: Record<EvidenceKind, { table: string; column: string }> = {
  backup_test: { table: 'backup_test', column: 'finished_at' },
  drill: { table: 'drill', column: 'interruption_at' },
};

/** Backup tests and DR drills: the evidence auditors take away, on a cadence Vigil watches. */
@Injectable()
export class ContinuityEvidenceService {
  constructor(
    @InjectConfig() private readonly config: Config,
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly services: ServicesService,
    private readonly runbooks: RunbooksService,
    private readonly audit: AuditLogService,
  ) {}

  async backupTests(limit = 200): Promise<BackupTest[]> {
    const rows = (await this.dataSource.query(
      'SELECT * FROM backup_test ORDER BY finished_at DESC LIMIT $1',
      [limit],
    )) as BackupTestRow[];
    return rows.map(toBackupTest);
  }

  async recordBackupTest(
    user: UserPrincipal,
    input: z.infer<typeof backupTestInputSchema>,
    context: RequestContext,
  ): Promise<BackupTest> {
    return this.dataSource.transaction(async (tx) => {
      if (input.serviceId) await this.services.byIds(tx, [input.serviceId]);
      const [row] = (await tx.query(
        `INSERT INTO backup_test (service_id, restored_what, backup_taken_at, started_at, finished_at, integrity_checks,
                                  result, notes, recorded_by, recorded_by_label)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) RETURNING *`,
        [
          input.serviceId,
          input.restoredWhat,
          input.backupTakenAt,
          input.startedAt,
          input.finishedAt,
          JSON.stringify(input.integrityChecks),
          input.result,
          input.notes,
          user.userId,
          user.displayName ?? user.email,
        ],
      )) as BackupTestRow[];
      const test = toBackupTest(row as BackupTestRow);
      await this.audit.recordAdminAction(
        tx,
        user,
        context,
        'continuity.backup_test',
        { type: 'backup_test', id: test.id, name: input.restoredWhat.slice(0, 200) },
        { result: input.result, backupTakenAt: input.backupTakenAt },
      );
      return test;
    });
  }

  async drills(limit = 200): Promise<Drill[]> {
    const rows = (await this.dataSource.query(
      'SELECT * FROM drill ORDER BY interruption_at DESC LIMIT $1',
      [limit],
    )) as DrillRow[];
    return rows.map(toDrill);
  }

  async recordDrill(
    user: UserPrincipal,
    input: z.infer<typeof drillInputSchema>,
    context: RequestContext,
  ): Promise<Drill> {
    return this.dataSource.transaction(async (tx) => {
      const services = input.services.length
        ? await this.services.byIds(tx, input.services)
        : (await this.services.list(tx)).filter((s) => !s.retired);
      const { rtoHours, rpoHours } = tightestObjectives(services);
      const [row] = (await tx.query(
        `INSERT INTO drill (scenario, type, run_id, participants, key_personnel_unavailable, interruption_at,
                            restored_at, recovery_point_at, rto_hours, rpo_hours, findings, recorded_by, recorded_by_label)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13) RETURNING *`,
        [
          input.scenario,
          input.type,
          input.runId,
          input.participants,
          input.keyPersonnelUnavailable,
          input.interruptionAt,
          input.restoredAt,
          input.recoveryPointAt,
          rtoHours,
          rpoHours,
          JSON.stringify(input.findings),
          user.userId,
          user.displayName ?? user.email,
        ],
      )) as DrillRow[];
      const drill = toDrill(row as DrillRow);
      await this.audit.recordAdminAction(
        tx,
        user,
        context,
        'continuity.drill',
        { type: 'drill', id: drill.id, name: input.scenario.slice(0, 200) },
        {
          type: input.type,
          achievedRtoMinutes: drill.achievedRtoMinutes,
          achievedRpoMinutes: drill.achievedRpoMinutes,
        },
      );
      return drill;
    });
  }

  /** Backup tests quarterly and DR drills yearly unless configured otherwise, counted in TIME_ZONE. */
  async schedules(
    now = new Date(),
    runner: EntityManager = this.dataSource.manager,
  ): Promise<EvidenceSchedule[]> {
    await runner.query(
      `INSERT INTO evidence_schedule (kind, every_months) VALUES ('backup_test', $1), ('drill', $2)
       ON CONFLICT (kind) DO NOTHING`,
      [DEFAULT_EVIDENCE_CADENCE_MONTHS.backup_test, DEFAULT_EVIDENCE_CADENCE_MONTHS.drill],
    );
    const rows = (await runner.query(
      'SELECT kind, every_months, started_at FROM evidence_schedule ORDER BY kind',
    )) as {
      kind: EvidenceKind;
      every_months: number;
      started_at: Date;
    }[];
    const result: EvidenceSchedule[] = [];
    for (const row of rows) {
      const { table, column } = SCHEDULE_TABLE[row.kind];
      const [last] = (await runner.query(
        `SELECT max(${column}) AS last FROM ${table}${row.kind === 'backup_test' ? ` WHERE result = 'passed'` : ''}`,
      )) as [{ last: Date | null }];
      result.push(
        evidenceSchedule({
          kind: row.kind,
          everyMonths: row.every_months,
          lastAt: iso(last.last),
          startedAt: row.started_at.toISOString(),
          now: now.toISOString(),
          timeZone: this.config.timeZone,
        }),
      );
    }
    return result;
  }

  async report(now = new Date()): Promise<ContinuityReport> {
    const [services, schedules, lastBackupTests, drills, runbooks] = await Promise.all([
      this.services.list(),
      this.schedules(now),
      this.backupTests(20),
      this.drills(50),
      Promise.all([this.runbooks.list({ archived: false })]).then(([list]) => list),
    ]);
    return {
      generatedAt: now.toISOString(),
      objectives: {
        defaultRtoHours: DEFAULT_RTO_HOURS,
        defaultRpoHours: DEFAULT_RPO_HOURS,
        services,
      },
      schedules,
      lastBackupTests,
      drills,
      openFindings: drills.flatMap((d) =>
        d.findings
          .filter((f) => !f.closedAt)
          .map((f) => ({ ...f, drillId: d.id, scenario: d.scenario })),
      ),
      runbooks: runbooks
        .filter((r) => r.kind !== 'IR')
        .map((r) => ({
          id: r.id,
          title: r.title,
          kind: r.kind,
          version: r.version,
          updatedAt: r.updatedAt,
        })),
    };
  }
}
