import { InjectQueue } from '@nestjs/bullmq';
import {
  Injectable,
  Logger,
  type OnApplicationShutdown,
  type OnModuleInit,
  Optional,
} from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { WebhookEvent } from '@vigil/contracts';
import type { Queue } from 'bullmq';
import { DataSource } from 'typeorm';
import { InjectConfig } from '../../config/config.module.js';
import type { Config } from '../../config/config.js';
import { QueueName } from '../../queue/queue.registry.js';
import { SweeperService } from '../../queue/sweeper.service.js';
import { OutboxService } from '../notifications/outbox.service.js';
import { WebhooksService } from '../notifications/webhooks.service.js';

const ESCALATE_EVERY_MS = 4 * 60 * 60 * 1000;
const BATCH = 200;

interface DueReminder {
  id: string;
  kind: string;
  obligation_kind: 'notice' | 'record' | 'response';
  recipient_display: string;
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
export class RemindersService implements OnModuleInit, OnApplicationShutdown {
  private readonly logger = new Logger(RemindersService.name);

  constructor(
    @InjectConfig() private readonly config: Config,
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly outbox: OutboxService,
    private readonly webhooks: WebhooksService,
    private readonly sweeper: SweeperService,
    @Optional() @InjectQueue(QueueName.Reminders) private readonly queue?: Queue,
  ) {}

  onModuleInit(): void {
    this.sweeper.register({ name: 'obligation-reminders', sweep: (now) => this.sweep(now) });
  }

  /**
   * Hands reminder rows to the queue (after their transaction committed). Never throws, and never
   * waits: while Redis is down BullMQ holds the call until it returns, and the request that
   * committed the rows must not hang on it — the sweeper delivers them either way.
   */
  enqueue(reminders: { id: string; dueAt: Date }[]): void {
    if (!this.queue || !reminders.length) return;
    const now = Date.now();
    void this.queue
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

  /**
   * Every 4 h past the deadline while still pending: a reminder row for the admins. Only the step
   * now current is written: a clock found long overdue (backdated, or Vigil was down) escalates
   * once, not once for each 4 h it missed.
   */
  private async createEscalations(now: Date): Promise<number> {
    const overdue = (await this.dataSource.query(
      `SELECT id, coalesce(due_at, target_at) AS deadline FROM obligation
        WHERE status = 'pending' AND kind IN ('notice', 'response') AND NOT suspended AND coalesce(due_at, target_at) < $1`,
      [now],
    )) as { id: string; deadline: Date }[];
    let created = 0;
    for (const o of overdue) {
      const step = Math.floor((now.getTime() - o.deadline.getTime()) / ESCALATE_EVERY_MS);
      if (step < 1) continue;
      const rows = (await this.dataSource.query(
        `INSERT INTO obligation_reminder (obligation_id, kind, due_at) VALUES ($1, $2, $3)
         ON CONFLICT (obligation_id, kind) DO NOTHING RETURNING id`,
        [o.id, `escalation-${step}`, new Date(o.deadline.getTime() + step * ESCALATE_EVERY_MS)],
      )) as unknown[];
      created += rows.length;
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
        `SELECT r.id, r.kind, r.due_at, r.sent_at, r.skipped_at, o.kind AS obligation_kind,
                o.recipient->>'display' AS recipient_display, o.id AS obligation_id, o.status AS obligation_status, o.suspended, o.title,
                o.rule, coalesce(o.due_at, o.target_at) AS deadline, o.deadline_kind, i.id AS incident_id,
                i.number AS incident_number, i.title AS incident_title, lead.email AS lead_email
           FROM obligation_reminder r
           JOIN obligation o ON o.id = r.obligation_id
           JOIN incident i ON i.id = o.incident_id
           LEFT JOIN app_user lead ON lead.id = i.lead_id AND lead.active
          WHERE r.id = $1
          FOR UPDATE OF r SKIP LOCKED`,
        [reminderId],
      )) as (DueReminder & { sent_at: Date | null; skipped_at: Date | null })[];
      // Looked up by id alone: repeating the partial index's condition here made the planner scan
      // every unsent reminder per claim on a table without fresh statistics.
      if (!r || r.sent_at || r.skipped_at) return { result: 'gone' as const };
      if (r.due_at.getTime() > now.getTime() + 1000) return { result: 'not-due' as const };
      if (r.obligation_status !== 'pending' || r.suspended) {
        await tx.query(
          `UPDATE obligation_reminder SET skipped_at = now(), skip_reason = $2 WHERE id = $1`,
          [r.id, r.suspended ? 'suspended' : `obligation ${r.obligation_status}`],
        );
        return { result: 'skipped' as const };
      }
      const escalation = r.kind.startsWith('escalation');
      const event: WebhookEvent = `${r.obligation_kind === 'response' ? 'response' : 'obligation'}.${escalation ? 'escalation' : 'reminder'}`;
      const recipients = await this.outbox.recipientsWithRoles(
        tx,
        escalation ? ['admin'] : r.obligation_kind === 'response' ? ['security_lead'] : ['dpo'],
        [r.lead_email],
      );
      const mail = this.compose(r, escalation);
      const emails = await this.outbox.enqueueEach(tx, recipients, {
        purpose: escalation ? 'obligation-escalation' : 'obligation-reminder',
        dedupePrefix: `reminder:${r.id}`,
        ...mail,
      });
      const hooks: string[] = [];
      for (const hook of await this.webhooks.subscribers(tx, event)) {
        const id = await this.outbox.enqueueWebhook(
          {
            purpose: escalation ? 'obligation-escalation' : 'obligation-reminder',
            webhookId: hook.id,
            url: hook.url,
            event,
            dedupeKey: `reminder:${r.id}:webhook:${hook.id}`,
            payload: this.webhookPayload(r, event, mail.subject),
          },
          tx,
        );
        if (id) hooks.push(id);
      }
      await tx.query(
        `UPDATE obligation_reminder SET sent_at = now(), recipients = $2 WHERE id = $1`,
        [r.id, recipients],
      );
      return { result: 'sent' as const, emails, hooks };
    });
    if (sending.result === 'sent') {
      // The reminder is on record once committed; its messages go out beside the next claims
      // (SMTP is the slow part), and the outbox sweeper finishes any this process could not.
      this.track(
        Promise.all([
          this.outbox.deliverEach(sending.emails),
          ...sending.hooks.map((id) => this.outbox.deliver(id)),
        ]),
      );
    }
    return sending.result;
  }

  private readonly sending = new Set<Promise<unknown>>();

  private track(delivery: Promise<unknown>): void {
    // A delivery that fails before its attempt is recorded (the database went away) leaves the
    // message pending for the sweeper; it must not become an unhandled rejection that ends the process.
    const settled = delivery.catch((error: unknown) =>
      this.logger.warn(`Reminder delivery left to the outbox sweeper: ${String(error)}`),
    );
    this.sending.add(settled);
    void settled.finally(() => this.sending.delete(settled));
  }

  /** Lets messages already handed to SMTP or a webhook finish before the process stops. */
  async onApplicationShutdown(): Promise<void> {
    await Promise.allSettled([...this.sending]);
  }

  /** Slack-compatible: `text` is what a channel shows; `vigil` carries the facts for machines. */
  private webhookPayload(r: DueReminder, event: WebhookEvent, subject: string) {
    const url = `${this.config.publicUrl}/incidents/${r.incident_id}`;
    return {
      text: `${subject} — <${url}|open INC-${r.incident_number}>`,
      vigil: {
        event,
        reminder: { id: r.id, moment: r.kind, dueAt: r.due_at.toISOString() },
        obligation: {
          id: r.obligation_id,
          rule: r.rule,
          title: r.title,
          deadline: r.deadline?.toISOString() ?? null,
          deadlineKind: r.deadline_kind,
        },
        incident: {
          id: r.incident_id,
          reference: `INC-${r.incident_number}`,
          title: r.incident_title,
          url,
        },
      },
    };
  }

  private compose(r: DueReminder, escalation: boolean): { subject: string; body: string } {
    const reference = `INC-${r.incident_number}`;
    const response = r.obligation_kind === 'response';
    const deadline = r.deadline ? this.inZone(r.deadline) : 'no deadline set';
    const label = r.deadline_kind === 'legal' ? 'legal deadline' : 'internal target';
    // Two hundred clients of one incident get two hundred reminders: each names its client.
    const what = response ? r.title : `${r.title}: ${r.recipient_display}`;
    const subject = escalation
      ? `OVERDUE: ${what} (${reference})`
      : `${r.kind} of the window: ${what} (${reference})`;
    const state = escalation
      ? response
        ? 'This response target has passed and the incident has not reached it.'
        : 'This notification is overdue and still not recorded as sent.'
      : `${r.kind} of the time ${response ? 'allowed' : 'to notify'} has passed.`;
    const body =
      `${reference} ${r.incident_title}\n\n${what} [${r.rule}]\n${label}: ${deadline}\n\n${state}\n` +
      `Open the incident: ${this.config.publicUrl}/incidents/${r.incident_id}\n`;
    return { subject, body };
  }

  /** "2026-11-21 14:00 America/Toronto (19:00 UTC)": people read their zone, logs read UTC. */
  private inZone(at: Date): string {
    const local = new Intl.DateTimeFormat('sv-SE', {
      timeZone: this.config.timeZone,
      dateStyle: 'short',
      timeStyle: 'short',
    }).format(at);
    return `${local} ${this.config.timeZone} (${at.toISOString().slice(0, 16).replace('T', ' ')} UTC)`;
  }
}
