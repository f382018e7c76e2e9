import { Injectable, Logger, type OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { InjectConfig } from '../../config/config.module.js';
import type { Config } from '../../config/config.js';
import { SweeperService } from '../../queue/sweeper.service.js';
import { type ChainGap, gapDocument } from './audit-chain-gap.js';
import { AuditCheckpointService } from './audit-checkpoint.service.js';
import { type AuditEventRow, toAuditEvent } from './audit-event.row.js';
import { AuditLogService } from './audit-log.service.js';
import { SigningKeyService } from './signing-key.service.js';

export interface RetentionReport {
  retentionMonths: number;
  /** Months that end before this moment are dropped whole. */
  cutoff: string;
  dropped: { partition: string; events: number; sources: string[] }[];
  keptOnHold: { holdId: string; incidentId: string | null; reason: string; events: number }[];
  gaps: ChainGap[];
}

const PARTITION = /^audit_event_(\d{4})_(\d{2})$/;
const MONTHS_AHEAD = 2;
const DAY_MS = 24 * 60 * 60 * 1000;

const monthStart = (year: number, month: number) => new Date(Date.UTC(year, month, 1));

/**
 * Keeps the log to AUDIT_RETENTION_MONTHS by dropping whole monthly partitions. Before a month goes,
 * events under a legal hold (or tied to an incident) are copied into evidence with their hash and
 * seq, the head of each affected source is checkpointed, and each dropped run of a chain is recorded
 * as a signed gap so that what remains still verifies.
 */
@Injectable()
export class AuditRetentionService implements OnModuleInit {
  private readonly logger = new Logger(AuditRetentionService.name);

  constructor(
    @InjectConfig() private readonly config: Config,
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly log: AuditLogService,
    private readonly checkpoints: AuditCheckpointService,
    private readonly signer: SigningKeyService,
    private readonly sweeper: SweeperService,
  ) {}

  onModuleInit(): void {
    this.sweeper.register({ name: 'audit-partitions', sweep: (now) => this.createAhead(now) });
    this.sweeper.register({ name: 'audit-retention', sweep: (now) => this.dailyRun(now) });
  }

  /** Creates this month's partition and the next ones, so ingest never waits on DDL. */
  async createAhead(now: Date): Promise<Record<string, number>> {
    const months = Array.from({ length: MONTHS_AHEAD + 1 }, (_, i) =>
      monthStart(now.getUTCFullYear(), now.getUTCMonth() + i).toISOString(),
    );
    await this.log.ensurePartitions(months);
    return { months: months.length };
  }

  private async dailyRun(now: Date): Promise<Record<string, number>> {
    const [last] = (await this.dataSource.query(
      `SELECT last_finished_at FROM sweeper_task_state WHERE task = 'audit-retention' AND last_outcome = 'ok'`,
    )) as { last_finished_at: Date | null }[];
    if (last?.last_finished_at && now.getTime() - last.last_finished_at.getTime() < DAY_MS)
      return { skipped: 1 };
    const report = await this.run(now);
    return {
      dropped: report.dropped.length,
      held: report.keptOnHold.reduce((n, h) => n + h.events, 0),
    };
  }

  cutoffFor(now: Date): Date {
    return monthStart(
      now.getUTCFullYear(),
      now.getUTCMonth() - this.config.auditRetentionMonths + 1,
    );
  }

  async run(now: Date = new Date()): Promise<RetentionReport> {
    const cutoff = this.cutoffFor(now);
    const report: RetentionReport = {
      retentionMonths: this.config.auditRetentionMonths,
      cutoff: cutoff.toISOString(),
      dropped: [],
      keptOnHold: [],
      gaps: [],
    };
    for (const partition of await this.expiredPartitions(cutoff)) {
      await this.dataSource.transaction(async (tx) => {
        const held = await this.copyHeldEvents(tx, partition.name, partition.from, partition.to);
        report.keptOnHold.push(...held);
        const sources = (await tx.query(
          `SELECT DISTINCT source FROM ${partition.name} ORDER BY source`,
        )) as {
          source: string;
        }[];
        for (const { source } of sources) await this.checkpoints.create(source, 'retention', tx);
        report.gaps.push(...(await this.recordGaps(tx, partition.name)));
        const [{ events }] = (await tx.query(
          `SELECT count(*)::int AS events FROM ${partition.name}`,
        )) as [{ events: number }];
        await tx.query(
          `DELETE FROM audit_event_key k USING ${partition.name} p WHERE k.source = p.source AND k.event_id = p.event_id`,
        );
        // Through the owner's function: the app role may not drop tables itself.
        await tx.query('SELECT vigil_drop_audit_partition($1)', [partition.name]);
        report.dropped.push({
          partition: partition.name,
          events,
          sources: sources.map((s) => s.source),
        });
      });
    }
    this.log.forgetPartitions();
    if (report.dropped.length) {
      await this.log.record({
        category: 'system',
        action: 'audit.retention',
        outcome: 'success',
        actor: { type: 'system', id: 'retention' },
        metadata: {
          cutoff: report.cutoff,
          dropped: report.dropped.map((d) => ({ partition: d.partition, events: d.events })),
          keptOnHold: report.keptOnHold.reduce((n, h) => n + h.events, 0),
        },
      });
      this.logger.log(`retention dropped ${report.dropped.map((d) => d.partition).join(', ')}`);
    }
    return report;
  }

  private async expiredPartitions(cutoff: Date): Promise<{ name: string; from: Date; to: Date }[]> {
    const rows = (await this.dataSource.query(
      `SELECT c.relname AS name FROM pg_inherits i
         JOIN pg_class c ON c.oid = i.inhrelid
         JOIN pg_class parent ON parent.oid = i.inhparent
        WHERE parent.relname = 'audit_event' ORDER BY c.relname`,
    )) as { name: string }[];
    return rows.flatMap(({ name }) => {
      const match = PARTITION.exec(name);
      if (!match) return [];
      const from = monthStart(Number(match[1]), Number(match[2]) - 1);
      const to = monthStart(Number(match[1]), Number(match[2]));
      return to <= cutoff ? [{ name, from, to }] : [];
    });
  }

  /** Copies the month's events covered by an active hold into evidence, hash and seq included. */
  private async copyHeldEvents(tx: EntityManager, partition: string, from: Date, to: Date) {
    const holds = (await tx.query(
      `SELECT id, incident_id, reason, organization_id, source, from_at, to_at FROM audit_legal_hold
        WHERE released_at IS NULL
          AND (from_at IS NULL OR from_at < $2) AND (to_at IS NULL OR to_at > $1)`,
      [from, to],
    )) as {
      id: string;
      incident_id: string | null;
      reason: string;
      organization_id: string | null;
      source: string | null;
      from_at: Date | null;
      to_at: Date | null;
    }[];
    const kept: RetentionReport['keptOnHold'] = [];
    for (const hold of holds) {
      const rows = (await tx.query(
        `SELECT * FROM ${partition}
          WHERE ($1::text IS NULL OR organization_id = $1) AND ($2::text IS NULL OR source = $2)
            AND ($3::timestamptz IS NULL OR occurred_at >= $3) AND ($4::timestamptz IS NULL OR occurred_at < $4)`,
        [hold.organization_id, hold.source, hold.from_at, hold.to_at],
      )) as AuditEventRow[];
      for (const row of rows) {
        await tx.query(
          `INSERT INTO audit_evidence (incident_id, hold_id, source, seq, hash, prev_hash, event)
           VALUES ($1, $2, $3, $4, $5, $6, $7) ON CONFLICT ON CONSTRAINT audit_evidence_unique DO NOTHING`,
          [
            hold.incident_id,
            hold.id,
            row.source,
            row.seq,
            row.hash,
            row.prev_hash,
            JSON.stringify(toAuditEvent(row)),
          ],
        );
      }
      if (rows.length)
        kept.push({
          holdId: hold.id,
          incidentId: hold.incident_id,
          reason: hold.reason,
          events: rows.length,
        });
    }
    return kept;
  }

  /** One signed gap per run of consecutive seqs the partition holds for a source. */
  private async recordGaps(tx: EntityManager, partition: string): Promise<ChainGap[]> {
    const runs = (await tx.query(
      `SELECT source, min(seq) AS from_seq, max(seq) AS to_seq FROM (
         SELECT source, seq, seq - row_number() OVER (PARTITION BY source ORDER BY seq) AS island FROM ${partition}
       ) runs GROUP BY source, island ORDER BY source, from_seq`,
    )) as { source: string; from_seq: string; to_seq: string }[];
    const [{ now }] = (await tx.query(`SELECT date_trunc('milliseconds', now()) AS now`)) as [
      { now: Date },
    ];
    const gaps: ChainGap[] = [];
    for (const run of runs) {
      const [{ hash }] = (await tx.query(
        `SELECT hash FROM ${partition} WHERE source = $1 AND seq = $2`,
        [run.source, run.to_seq],
      )) as [{ hash: Buffer }];
      const gap: ChainGap = {
        source: run.source,
        fromSeq: Number(run.from_seq),
        toSeq: Number(run.to_seq),
        lastHash: hash.toString('hex'),
        purgedAt: now.toISOString(),
        keyId: this.signer.keyId,
      };
      const signature = await this.signer.sign(gapDocument(gap), tx);
      await tx.query(
        `INSERT INTO audit_chain_gap (source, from_seq, to_seq, last_hash, purged_at, partition_name, key_id, signature)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
        [gap.source, gap.fromSeq, gap.toSeq, hash, gap.purgedAt, partition, gap.keyId, signature],
      );
      gaps.push(gap);
    }
    return gaps;
  }
}
