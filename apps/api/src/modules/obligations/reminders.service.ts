import { InjectQueue } from '@nestjs/bullmq';
import { Injectable, Logger, type OnModuleInit, Optional } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Queue } from 'bullmq';
import { DataSource } from 'typeorm';
import { InjectConfig } from '../../config/config.module.js';
import type { Config } from '../../config/config.js';
import { QueueName } from '../../queue/queue.registry.js';
import { SweeperService } from '../../queue/sweeper.service.js';
import { OutboxService } from '../notifications/outbox.service.js';

const ESCALATE_EVERY_MS = 4 * 60 * 60 * 1000;
const BATCH = 200;

interface DueReminder {
  id: string;
  kind: string;
  due_at: Date;
  obligation_id: string;
  obligation_status: string;
  suspended: boolean;
  title: string;
  rule: string;
  deadline: Date | null;
  deadline_kind: string;
  incident_id: string;
  incident_number: string;
  incident_title: string;
  lead_email: string | null;
}

/**
 * Obligation reminders: each is a row first (written with the obligation), then a delayed BullMQ
 * job with the row's id; the processor and the sweeper both call `deliver`, which claims the row
 * with a conditional UPDATE, so a reminder goes out once whoever gets there first, and a Redis
 * flush or a killed worker only delays it until the next sweep.
 */
@Injectable()
export class RemindersService implements OnModuleInit {
  private readonly logger = new Logger(RemindersService.name);

  constructor(
    @InjectConfig() private readonly config: Config,
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly outbox: OutboxService,
    private readonly sweeper: SweeperService,
    @Optional() @InjectQueue(QueueName.Reminders) private readonly queue?: Queue,
  ) {}

  onModuleInit(): void {
    this.sweeper.register({ name: 'obligation-reminders', sweep: (now) => this.sweep(now) });
  }

  /** Hands reminder rows to the queue (after their transaction committed). Never throws. */
  async enqueue(reminders: { id: string; dueAt: Date }[]): Promise<void> {
    if (!this.queue || !reminders.length) return;
    const now = Date.now();
    await this.queue
      .addBulk(
        reminders.map((r) => ({
          name: 'deliver' as const,
          data: { reminderId: r.id },
          // The due time is part of the id: a reminder moved by a corrected clock gets a new job.
          opts: {
            jobId: `reminder:${r.id}:${r.dueAt.getTime()}`,
            delay: Math.max(0, r.dueAt.getTime() - now),
            removeOnComplete: true,
            removeOnFail: 1000,
            attempts: 5,
            backoff: { type: 'exponential', delay: 5_000 },
          },
        })),
      )
      .catch((error: Error) =>
        this.logger.warn(
          `could not queue reminders (the sweeper will deliver them): ${error.message}`,
        ),
      );
  }

  /** Sweeper: escalations for overdue obligations, then every due reminder not yet sent. */
  async sweep(now: Date): Promise<Record<string, number>> {
    const escalations = await this.createEscalations(now);
    const due = (await this.dataSource.query(
      `SELECT id FROM obligation_reminder WHERE sent_at IS NULL AND skipped_at IS NULL AND due_at <= $1
        ORDER BY due_at LIMIT ${BATCH}`,
      [now],
    )) as { id: string }[];
    let sent = 0;
    for (const { id } of due) if ((await this.deliver(id, now)) === 'sent') sent++;
    return { escalations, due: due.length, sent };
  }

  /** Every 4 h past the deadline while still pending: a reminder row for the admins. */
  private async createEscalations(now: Date): Promise<number> {
    const overdue = (await this.dataSource.query(
      `SELECT id, coalesce(due_at, target_at) AS deadline FROM obligation
        WHERE status = 'pending' AND kind = 'notice' AND NOT suspended AND coalesce(due_at, target_at) < $1`,
      [now],
    )) as { id: string; deadline: Date }[];
    let created = 0;
    for (const o of overdue) {
      const steps = Math.floor((now.getTime() - o.deadline.getTime()) / ESCALATE_EVERY_MS);
      for (let n = 1; n <= steps; n++) {
        const rows = (await this.dataSource.query(
          `INSERT INTO obligation_reminder (obligation_id, kind, due_at) VALUES ($1, $2, $3)
           ON CONFLICT (obligation_id, kind) DO NOTHING RETURNING id`,
          [o.id, `escalation-${n}`, new Date(o.deadline.getTime() + n * ESCALATE_EVERY_MS)],
        )) as unknown[];
        created += rows.length;
      }
    }
    return created;
  }

  /** Sends one reminder at most once; stale ones (met, waived, moved, suspended) are skipped. */
  async deliver(
    reminderId: string,
    now = new Date(),
  ): Promise<'sent' | 'skipped' | 'not-due' | 'gone'> {
    const sending = await this.dataSource.transaction(async (tx) => {
      const [r] = (await tx.query(
        `SELECT r.id, r.kind, r.due_at, o.id AS obligation_id, o.status AS obligation_status, o.suspended, o.title,
                o.rule, coalesce(o.due_at, o.target_at) AS deadline, o.deadline_kind, i.id AS incident_id,
                i.number AS incident_number, i.title AS incident_title, lead.email AS lead_email
           FROM obligation_reminder r
           JOIN obligation o ON o.id = r.obligation_id
           JOIN incident i ON i.id = o.incident_id
           LEFT JOIN app_user lead ON lead.id = i.lead_id AND lead.active
          WHERE r.id = $1 AND r.sent_at IS NULL AND r.skipped_at IS NULL
          FOR UPDATE OF r SKIP LOCKED`,
        [reminderId],
      )) as DueReminder[];
      if (!r) return { result: 'gone' as const };
      if (r.due_at.getTime() > now.getTime() + 1000) return { result: 'not-due' as const };
      if (r.obligation_status !== 'pending' || r.suspended) {
        await tx.query(
          `UPDATE obligation_reminder SET skipped_at = now(), skip_reason = $2 WHERE id = $1`,
          [r.id, r.suspended ? 'suspended' : `obligation ${r.obligation_status}`],
        );
        return { result: 'skipped' as const };
      }
      const escalation = r.kind.startsWith('escalation');
      const recipients = await this.recipients(tx, escalation, r.lead_email);
      const mail = this.compose(r, escalation);
      const outboxIds: { id: string; recipient: string }[] = [];
      for (const recipient of recipients) {
        const id = await this.outbox.enqueue(
          {
            purpose: escalation ? 'obligation-escalation' : 'obligation-reminder',
            recipient,
            keepBody: true,
            dedupeKey: `reminder:${r.id}:${recipient}`,
            ...mail,
          },
          tx,
        );
        if (id) outboxIds.push({ id, recipient });
      }
      await tx.query(
        `UPDATE obligation_reminder SET sent_at = now(), recipients = $2 WHERE id = $1`,
        [r.id, recipients],
      );
      return { result: 'sent' as const, outboxIds, mail };
    });
    if (sending.result === 'sent') {
      for (const { id, recipient } of sending.outboxIds)
        await this.outbox.deliver(id, { recipient, ...sending.mail });
    }
    return sending.result;
  }

  private async recipients(
    tx: import('typeorm').EntityManager,
    escalation: boolean,
    leadEmail: string | null,
  ): Promise<string[]> {
    const roles = escalation ? ['admin'] : ['dpo'];
    const rows = (await tx.query(
      `SELECT lower(email) AS email FROM app_user WHERE active AND role = ANY($1::text[])`,
      [roles],
    )) as { email: string }[];
    const emails = new Set(rows.map((r) => r.email));
    if (leadEmail) emails.add(leadEmail.toLowerCase());
    return [...emails].sort();
  }

  private compose(r: DueReminder, escalation: boolean): { subject: string; body: string } {
    const reference = `INC-${r.incident_number}`;
    const deadline = r.deadline?.toISOString() ?? 'no deadline set';
    const label = r.deadline_kind === 'legal' ? 'legal deadline' : 'internal target';
    const subject = escalation
      ? `OVERDUE: ${r.title} (${reference})`
      : `${r.kind} of the window: ${r.title} (${reference})`;
    const body =
      `${reference} ${r.incident_title}\n\n${r.title} [${r.rule}]\n${label}: ${deadline}\n\n` +
      `${escalation ? 'This notification is overdue and still not recorded as sent.' : `${r.kind} of the time to notify has passed.`}\n` +
      `Open the deadline: ${this.config.publicUrl}/incidents/${r.incident_id}\n`;
    return { subject, body };
  }
}
