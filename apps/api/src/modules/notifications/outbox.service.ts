import { Injectable, Logger, type OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { OutboxAttempt, OutboxMessage } from '@vigil/contracts';
import { createHash } from 'node:crypto';
import { DataSource, type EntityManager } from 'typeorm';
import { SweeperService } from '../../queue/sweeper.service.js';
import { MailerService } from './mailer.service.js';
import { signWebhook } from './webhook-signature.js';
import { WebhooksService } from './webhooks.service.js';

export interface OutgoingEmail {
  purpose: string;
  recipient: string;
  subject: string;
  body: string;
  /** False for secrets (sign-in codes): only the body's hash is kept, and a failed send is not retried later. */
  keepBody: boolean;
  dedupeKey?: string;
}

export interface QueuedMail {
  id: string;
  recipient: string;
  subject: string;
  body: string;
}

const MAX_ATTEMPTS = 8;
const WEBHOOK_TIMEOUT_MS = 10_000;

/** A failure no retry can mend: the message is marked failed at once. */
class FinalDeliveryError extends Error {}

interface LeasedRow {
  channel: OutboxMessage['channel'];
  purpose: string;
  recipient: string;
  subject: string;
  body: string | null;
  webhook_id: string | null;
}

interface OutboxRow {
  id: string;
  channel: OutboxMessage['channel'];
  purpose: string;
  recipient: string;
  subject: string;
  body_sha256: string;
  status: OutboxMessage['status'];
  attempts: number;
  last_error: string | null;
  created_at: Date;
  sent_at: Date | null;
}

const toMessage = (row: OutboxRow): OutboxMessage => ({
  id: row.id,
  channel: row.channel,
  purpose: row.purpose,
  recipient: row.recipient,
  subject: row.subject,
  bodySha256: row.body_sha256,
  status: row.status,
  attempts: row.attempts,
  lastError: row.last_error,
  createdAt: row.created_at.toISOString(),
  sentAt: row.sent_at?.toISOString() ?? null,
});

/**
 * Every outbound message is an outbox row first (DESIGN.md principle 1): recipient, subject, body
 * hash, status and attempts are the record of what was sent, when and to whom.
 */
@Injectable()
export class OutboxService implements OnModuleInit {
  private readonly logger = new Logger(OutboxService.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly mailer: MailerService,
    private readonly webhooks: WebhooksService,
    private readonly sweeper: SweeperService,
  ) {}

  onModuleInit(): void {
    this.sweeper.register({ name: 'outbox', sweep: () => this.retryDue() });
  }

  async enqueue(mail: OutgoingEmail, tx?: EntityManager): Promise<string | null> {
    const runner = tx ?? this.dataSource.manager;
    const rows = (await runner.query(
      `INSERT INTO outbox (channel, purpose, dedupe_key, recipient, subject, body, body_sha256)
       VALUES ('email', $1, $2, $3, $4, $5, $6)
       ON CONFLICT (dedupe_key) DO NOTHING RETURNING id`,
      [
        mail.purpose,
        mail.dedupeKey ?? null,
        mail.recipient,
        mail.subject,
        mail.keepBody ? mail.body : null,
        createHash('sha256').update(mail.body).digest('hex'),
      ],
    )) as { id: string }[];
    return rows[0]?.id ?? null;
  }

  /**
   * The active users holding one of `roles`, plus anyone named in `also` (a lead, an assignee):
   * lower-cased, once each, sorted — the recipient list every reminder uses.
   */
  async recipientsWithRoles(
    tx: EntityManager,
    roles: readonly string[],
    also: readonly (string | null)[] = [],
  ): Promise<string[]> {
    const rows = (await tx.query(
      `SELECT lower(email) AS email FROM app_user WHERE active AND role = ANY($1::text[])`,
      [roles],
    )) as { email: string }[];
    const emails = new Set(rows.map((row) => row.email));
    for (const email of also) if (email) emails.add(email.toLowerCase());
    return [...emails].sort();
  }

  /**
   * One stored mail per recipient, each with the dedupe key `<dedupePrefix>:<recipient>` so a
   * reminder claimed twice still writes one row per person. Deliver them after the commit with
   * `deliverEach`.
   */
  async enqueueEach(
    tx: EntityManager,
    recipients: readonly string[],
    mail: { purpose: string; subject: string; body: string; dedupePrefix: string },
  ): Promise<QueuedMail[]> {
    const queued: QueuedMail[] = [];
    for (const recipient of recipients) {
      const id = await this.enqueue(
        {
          purpose: mail.purpose,
          recipient,
          subject: mail.subject,
          body: mail.body,
          keepBody: true,
          dedupeKey: `${mail.dedupePrefix}:${recipient}`,
        },
        tx,
      );
      if (id) queued.push({ id, recipient, subject: mail.subject, body: mail.body });
    }
    return queued;
  }

  /** Sends what `enqueueEach` stored; failures stay pending for the sweeper. */
  async deliverEach(queued: readonly QueuedMail[]): Promise<void> {
    await Promise.all(queued.map((mail) => this.deliver(mail.id, mail)));
  }

  /** A webhook delivery: the JSON body is stored whole so every retry sends the same bytes. */
  async enqueueWebhook(
    hook: {
      purpose: string;
      webhookId: string;
      url: string;
      event: string;
      payload: Record<string, unknown>;
      dedupeKey: string;
    },
    tx?: EntityManager,
  ): Promise<string | null> {
    const body = JSON.stringify(hook.payload);
    const rows = (await (tx ?? this.dataSource.manager).query(
      `INSERT INTO outbox (channel, purpose, dedupe_key, recipient, subject, body, body_sha256, webhook_id)
       VALUES ('webhook', $1, $2, $3, $4, $5, $6, $7)
       ON CONFLICT (dedupe_key) DO NOTHING RETURNING id`,
      [
        hook.purpose,
        hook.dedupeKey,
        hook.url,
        hook.event,
        body,
        createHash('sha256').update(body).digest('hex'),
        hook.webhookId,
      ],
    )) as { id: string }[];
    return rows[0]?.id ?? null;
  }

  /**
   * One delivery attempt; records the outcome on the row and in outbox_attempt. Never throws. The
   * attempt first takes a lease on the row (next_attempt_at moved past the longest exchange), so the
   * enqueuer and the sweeper never send the same message side by side. `mail` spares a read of a
   * row just written; a webhook row is always read back, with its endpoint's secret.
   */
  async deliver(
    id: string,
    mail?: { recipient: string; subject: string; body: string },
  ): Promise<OutboxMessage['status'] | 'taken'> {
    const [leasedRows] = (await this.dataSource.query(
      `UPDATE outbox SET next_attempt_at = now() + interval '45 seconds'
        WHERE id = $1 AND status = 'pending' AND next_attempt_at <= now()
        RETURNING channel, purpose, recipient, subject, body, webhook_id`,
      [id],
    )) as [LeasedRow[], number];
    const row = leasedRows[0];
    if (!row) return 'taken';
    const started = Date.now();
    try {
      let outcome: 'sent' | 'logged';
      let detail: string | null = null;
      if (row.channel === 'webhook') {
        detail = await this.postWebhook(id, row);
        outcome = 'sent';
      } else {
        const message = mail ?? {
          recipient: row.recipient,
          subject: row.subject,
          body: row.body ?? '',
        };
        if (this.mailer.configured) {
          await this.mailer.send({
            to: message.recipient,
            subject: message.subject,
            text: message.body,
            key: `outbox-${id}`,
          });
          outcome = 'sent';
        } else {
          this.mailer.log({ to: message.recipient, subject: message.subject, text: message.body });
          outcome = 'logged';
        }
      }
      await this.dataSource.query(
        `WITH attempt AS (INSERT INTO outbox_attempt (outbox_id, outcome, detail, duration_ms) VALUES ($1, $2, $3, $4))
         UPDATE outbox SET status = $2, attempts = attempts + 1, sent_at = now(), last_error = NULL WHERE id = $1`,
        [id, outcome, detail, Date.now() - started],
      );
      return outcome;
    } catch (error) {
      const message = (error instanceof Error ? error.message : String(error)).slice(0, 500);
      const [rows] = (await this.dataSource.query(
        `WITH attempt AS (INSERT INTO outbox_attempt (outbox_id, outcome, detail, duration_ms) VALUES ($1, 'failed', $2, $4))
         UPDATE outbox SET attempts = attempts + 1, last_error = $2,
                status = CASE WHEN body IS NULL OR attempts + 1 >= $3 OR $5 THEN 'failed' ELSE 'pending' END,
                next_attempt_at = now() + make_interval(secs => least(30 * power(2, attempts), 3600))
          WHERE id = $1 RETURNING status`,
        [id, message, MAX_ATTEMPTS, Date.now() - started, error instanceof FinalDeliveryError],
      )) as [{ status: OutboxMessage['status'] }[], number];
      this.logger.warn(`${row.channel} ${id} to ${row.recipient} failed: ${message}`);
      return rows[0]?.status ?? 'failed';
    }
  }

  /** POSTs the stored body, signed; a non-2xx answer is a failed attempt. Returns "HTTP <status>". */
  private async postWebhook(id: string, row: LeasedRow): Promise<string> {
    const endpoint = row.webhook_id ? await this.webhooks.signingSecret(row.webhook_id) : null;
    if (!endpoint) throw new FinalDeliveryError('the webhook was deleted or switched off');
    const body = row.body ?? '';
    const timestamp = Math.floor(Date.now() / 1000);
    const response = await fetch(endpoint.url, {
      method: 'POST',
      redirect: 'manual',
      signal: AbortSignal.timeout(WEBHOOK_TIMEOUT_MS),
      headers: {
        'content-type': 'application/json',
        'user-agent': 'Vigil-Webhook/1',
        'x-vigil-event': row.subject,
        'x-vigil-delivery': id,
        'x-vigil-timestamp': String(timestamp),
        'x-vigil-signature': signWebhook(endpoint.secret, timestamp, body),
      },
      body,
    });
    await response.body?.cancel();
    if (!response.ok) {
      const refusal = `HTTP ${response.status} from the webhook`;
      // A test is a question asked now: its answer is final, not something to retry for an hour.
      throw row.purpose === 'webhook-test' ? new FinalDeliveryError(refusal) : new Error(refusal);
    }
    return `HTTP ${response.status}`;
  }

  /** Every attempt at one message, oldest first. */
  async attempts(id: string): Promise<OutboxAttempt[]> {
    const rows = (await this.dataSource.query(
      'SELECT at, outcome, detail, duration_ms FROM outbox_attempt WHERE outbox_id = $1 ORDER BY id',
      [id],
    )) as {
      at: Date;
      outcome: OutboxAttempt['outcome'];
      detail: string | null;
      duration_ms: number;
    }[];
    return rows.map((r) => ({
      at: r.at.toISOString(),
      outcome: r.outcome,
      detail: r.detail,
      durationMs: r.duration_ms,
    }));
  }

  list(limit = 100): Promise<OutboxMessage[]> {
    return this.dataSource
      .query(
        `SELECT id, channel, purpose, recipient, subject, body_sha256, status, attempts, last_error, created_at, sent_at
           FROM outbox ORDER BY created_at DESC LIMIT $1`,
        [limit],
      )
      .then((rows: OutboxRow[]) => rows.map(toMessage));
  }

  /** Sweeper task: retries stored messages whose next attempt is due. */
  private async retryDue(): Promise<Record<string, number>> {
    const due = (await this.dataSource.query(
      `SELECT id FROM outbox
        WHERE status = 'pending' AND body IS NOT NULL AND next_attempt_at <= now()
        ORDER BY next_attempt_at LIMIT 100`,
    )) as { id: string }[];
    let sent = 0;
    for (const row of due) {
      const status = await this.deliver(row.id);
      if (status === 'sent' || status === 'logged') sent++;
    }
    return { due: due.length, sent };
  }
}
