import { Injectable, type OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { InjectConfig } from '../../config/config.module.js';
import type { Config } from '../../config/config.js';
import { SweeperService } from '../../queue/sweeper.service.js';
import { OutboxService } from '../notifications/outbox.service.js';
import { ContinuityEvidenceService } from './continuity-evidence.service.js';

interface DueRow {
  id: string;
  subject_kind: 'run' | 'backup_test' | 'drill';
  subject_id: string;
  kind: string;
  due_at: Date;
}

/**
 * RTO reminders of running runs (50/75/90/100 %) and overdue backup tests or drills: rows first,
 * delivered by the sweeper through the outbox, each claimed once by a conditional update.
 */
@Injectable()
export class ContinuityRemindersService implements OnModuleInit {
  constructor(
    @InjectConfig() private readonly config: Config,
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly evidence: ContinuityEvidenceService,
    private readonly outbox: OutboxService,
    private readonly sweeper: SweeperService,
  ) {}

  onModuleInit(): void {
    this.sweeper.register({ name: 'continuity-reminders', sweep: (now) => this.sweep(now) });
  }

  async sweep(now: Date): Promise<Record<string, number>> {
    let overdue = 0;
    for (const schedule of await this.evidence.schedules(now)) {
      if (!schedule.overdue) continue;
      // One row per missed due date: the reminder goes once, the next one after the next miss.
      const rows = (await this.dataSource.query(
        `INSERT INTO continuity_reminder (subject_kind, subject_id, kind, due_at) VALUES ($1, 'schedule', $2, $3)
         ON CONFLICT (subject_kind, subject_id, kind) DO NOTHING RETURNING id`,
        [schedule.kind, `overdue:${schedule.nextDueAt}`, schedule.nextDueAt],
      )) as unknown[];
      overdue += rows.length;
    }
    const due = (await this.dataSource.query(
      `SELECT id FROM continuity_reminder WHERE sent_at IS NULL AND skipped_at IS NULL AND due_at <= $1 ORDER BY due_at LIMIT 200`,
      [now],
    )) as { id: string }[];
    let sent = 0;
    for (const { id } of due) if (await this.deliver(id)) sent++;
    return { overdue, due: due.length, sent };
  }

  private async deliver(id: string): Promise<boolean> {
    const outgoing = await this.dataSource.transaction(async (tx) => {
      const [row] = (await tx.query(
        `SELECT id, subject_kind, subject_id, kind, due_at, sent_at, skipped_at FROM continuity_reminder
          WHERE id = $1 FOR UPDATE SKIP LOCKED`,
        [id],
      )) as (DueRow & { sent_at: Date | null; skipped_at: Date | null })[];
      // By id alone, as obligation reminders are claimed (see RemindersService.deliver).
      if (!row || row.sent_at || row.skipped_at) return null;
      const message =
        row.subject_kind === 'run' ? await this.runMessage(tx, row) : this.evidenceMessage(row);
      if (!message) {
        await tx.query(
          `UPDATE continuity_reminder SET skipped_at = now(), skip_reason = 'run finished' WHERE id = $1`,
          [row.id],
        );
        return null;
      }
      const recipients = await this.outbox.recipientsWithRoles(
        tx,
        ['security_lead', 'admin'],
        [message.alsoNotify],
      );
      const queued = await this.outbox.enqueueEach(tx, recipients, {
        purpose: 'continuity-reminder',
        dedupePrefix: `continuity:${row.id}`,
        subject: message.subject,
        body: message.body,
      });
      await tx.query(
        'UPDATE continuity_reminder SET sent_at = now(), recipients = $2 WHERE id = $1',
        [row.id, recipients],
      );
      return queued;
    });
    if (!outgoing) return false;
    await this.outbox.deliverEach(outgoing);
    return true;
  }

  private async runMessage(tx: EntityManager, row: DueRow) {
    const [run] = (await tx.query(
      `SELECT run.id, run.status, run.rto_hours, run.disruption_started_at, run.drill, v.title, u.email AS starter
         FROM runbook_run run
         JOIN runbook_version v ON v.runbook_id = run.runbook_id AND v.version = run.runbook_version
         LEFT JOIN app_user u ON u.id = run.started_by AND u.active
        WHERE run.id::text = $1`,
      [row.subject_id],
    )) as {
      id: string;
      status: string;
      rto_hours: string;
      disruption_started_at: Date;
      drill: boolean;
      title: string;
      starter: string | null;
    }[];
    if (!run || run.status !== 'running') return null;
    const dueAt = new Date(run.disruption_started_at.getTime() + Number(run.rto_hours) * 3_600_000);
    return {
      alsoNotify: run.starter,
      subject: `${row.kind} of the RTO: ${run.title}${run.drill ? ' (drill)' : ''}`,
      body:
        `${row.kind} of the ${Number(run.rto_hours)} h recovery time objective has passed for "${run.title}".\n` +
        `Service must be restored by ${dueAt.toISOString()} (${this.config.timeZone} times in the console).\n\n` +
        `Open the run: ${this.config.publicUrl}/runbook-runs/${run.id}\n`,
    };
  }

  private evidenceMessage(row: DueRow) {
    const what =
      row.subject_kind === 'backup_test' ? 'backup restore test' : 'disaster-recovery drill';
    return {
      alsoNotify: null,
      subject: `Overdue: the ${what} was due ${row.due_at.toISOString().slice(0, 10)}`,
      body:
        `No ${what} has been recorded since it fell due on ${row.due_at.toISOString()}.\n` +
        `Auditors expect this evidence on schedule (SOC 2 A1.3, ISO 27001 A.5.30 and 8.13).\n\n` +
        `Record it: ${this.config.publicUrl}/continuity\n`,
    };
  }
}
