import { Injectable, Logger, type OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DetectionParams } from '@vigil/contracts';
import { DataSource, type EntityManager } from 'typeorm';
import { SweeperService } from '../../queue/sweeper.service.js';
import { AlertsService } from './alerts.service.js';
import { type DetectionHit, detectionQuery, type DetectionWindow } from './detection-query.js';
import { describeHit, type DetectionRuleRow } from './detection-rule.row.js';

const BATCH = 5_000;
type EventRule = DetectionRuleRow & { params: Exclude<DetectionParams, { kind: 'quiet_source' }> };
type QuietRule = DetectionRuleRow & { params: Extract<DetectionParams, { kind: 'quiet_source' }> };

/**
 * Runs detection rules over the audit log behind ingest, never in its way: each source has a
 * cursor, and a batch of new events is read, judged and the cursor advanced in one transaction,
 * so a crash re-reads the batch and a committed batch is never judged twice.
 */
@Injectable()
export class DetectionService implements OnModuleInit {
  private readonly logger = new Logger(DetectionService.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly alerts: AlertsService,
    private readonly sweeper: SweeperService,
  ) {}

  onModuleInit(): void {
    this.sweeper.register({ name: 'detections', sweep: () => this.evaluatePending() });
    this.sweeper.register({ name: 'quiet-sources', sweep: (now) => this.checkQuietSources(now) });
  }

  /** Reads every source past its cursor; returns how many events and alerts that took. */
  async evaluatePending(): Promise<Record<string, number>> {
    let events = 0;
    let fired = 0;
    for (;;) {
      const batch = await this.dataSource.transaction((tx) => this.evaluateOneBatch(tx));
      if (!batch) break;
      events += batch.events;
      fired += batch.fired;
    }
    return { events, fired };
  }

  private async evaluateOneBatch(
    tx: EntityManager,
  ): Promise<{ events: number; fired: number } | null> {
    await tx.query(
      `INSERT INTO detection_cursor (source, last_seq)
       SELECT source, 0 FROM audit_stream ON CONFLICT (source) DO NOTHING`,
    );
    // SKIP LOCKED: two workers never read the same source at once; each takes a different one.
    const [cursor] = (await tx.query(
      `SELECT c.source, c.last_seq, least(s.head_seq, c.last_seq + ${BATCH}) AS to_seq
         FROM detection_cursor c JOIN audit_stream s ON s.source = c.source
        WHERE s.head_seq > c.last_seq
        ORDER BY c.updated_at LIMIT 1 FOR UPDATE OF c SKIP LOCKED`,
    )) as { source: string; last_seq: string; to_seq: string }[];
    if (!cursor) return null;
    const fromSeq = Number(cursor.last_seq) + 1;
    const toSeq = Number(cursor.to_seq);
    const [range] = (await tx.query(
      `SELECT min(occurred_at) AS from, max(occurred_at) AS to, count(*)::int AS n FROM audit_event
        WHERE source = $1 AND seq BETWEEN $2 AND $3`,
      [cursor.source, fromSeq, toSeq],
    )) as [{ from: Date | null; to: Date | null; n: number }];

    let fired = 0;
    if (range.from && range.to) {
      const rules = (await tx.query(
        `SELECT * FROM detection_rule WHERE enabled AND params->>'kind' <> 'quiet_source'`,
      )) as EventRule[];
      const window: DetectionWindow = {
        source: cursor.source,
        from: range.from,
        to: range.to,
        seqRange: [fromSeq, toSeq],
      };
      for (const rule of rules) {
        for (const hit of await this.hits(tx, rule, window)) {
          await this.fire(tx, rule, hit);
          fired++;
        }
      }
    }
    await tx.query(
      'UPDATE detection_cursor SET last_seq = $2, updated_at = now() WHERE source = $1',
      [cursor.source, toSeq],
    );
    return { events: range.n, fired };
  }

  async hits(tx: EntityManager, rule: EventRule, window: DetectionWindow): Promise<DetectionHit[]> {
    const query = detectionQuery(rule.params, window);
    const rows = (await tx.query(query.text, query.params)) as {
      subject: string;
      source: string;
      at: Date;
      count: number;
    }[];
    return rows.map((r) => ({ subject: r.subject, source: r.source, at: r.at, count: r.count }));
  }

  private async fire(tx: EntityManager, rule: DetectionRuleRow, hit: DetectionHit): Promise<void> {
    await this.alerts.fire(tx, {
      candidate: {
        source: 'detection',
        detectionRuleId: rule.id,
        dedupKey: `detection:${rule.id}:${hit.subject}`,
      },
      title: describeHit(rule, hit.subject, hit.count),
      at: hit.at,
      detectionRuleId: rule.id,
      severity: rule.severity,
      details: { subject: hit.subject, source: hit.source, count: hit.count, rule: rule.name },
    });
  }

  /** A source that has gone quiet means the logging pipeline is broken; it resolves when events return. */
  async checkQuietSources(now: Date): Promise<Record<string, number>> {
    const rules = (await this.dataSource.query(
      `SELECT * FROM detection_rule WHERE enabled AND params->>'kind' = 'quiet_source'`,
    )) as QuietRule[];
    let quiet = 0;
    for (const rule of rules) {
      const [stream] = (await this.dataSource.query(
        'SELECT updated_at FROM audit_stream WHERE source = $1',
        [rule.params.source],
      )) as { updated_at: Date }[];
      const since = stream?.updated_at ?? null;
      const silentMs = since ? now.getTime() - since.getTime() : Number.POSITIVE_INFINITY;
      const key = `detection:${rule.id}:${rule.params.source}`;
      await this.dataSource.transaction(async (tx) => {
        if (silentMs > rule.params.quietMinutes * 60_000) {
          quiet++;
          await this.alerts.fire(tx, {
            candidate: { source: 'detection', detectionRuleId: rule.id, dedupKey: key },
            title: describeHit(rule, rule.params.source, 0),
            at: now,
            detectionRuleId: rule.id,
            severity: rule.severity,
            details: {
              subject: rule.params.source,
              source: rule.params.source,
              lastEventReceivedAt: since?.toISOString() ?? null,
            },
          });
        } else {
          await this.alerts.resolve(tx, key, now, 'events are arriving again');
        }
      });
    }
    if (quiet) this.logger.warn(`${quiet} audit source(s) quiet`);
    return { rules: rules.length, quiet };
  }
}
