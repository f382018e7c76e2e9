import { Injectable, Logger, type OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { OutboxMessage } from '@vigil/contracts';
import { createHash } from 'node:crypto';
import { DataSource, type EntityManager } from 'typeorm';
import { SweeperService } from '../../queue/sweeper.service.js';
import { MailerService } from './mailer.service.js';

export interface OutgoingEmail {
  purpose: string;
  recipient: string;
  subject: string;
  body: string;
  /** False for secrets (sign-in codes): only the body's hash is kept, and a failed send is not retried later. */
  keepBody: boolean;
  dedupeKey?: string;
}

const MAX_ATTEMPTS = 8;

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
   * One delivery attempt; records the outcome on the row. Never throws. The attempt first takes a
   * lease on the row (next_attempt_at moved past the longest SMTP exchange, 3 × 10 s timeouts), so the enqueuer and
   * the sweeper never send the same message side by side.
   */
  async deliver(
    id: string,
    mail: { recipient: string; subject: string; body: string },
  ): Promise<OutboxMessage['status'] | 'taken'> {
    const [, leased] = (await this.dataSource.query(
      `UPDATE outbox SET next_attempt_at = now() + interval '45 seconds'
        WHERE id = $1 AND status = 'pending' AND next_attempt_at <= now() RETURNING 1`,
      [id],
    )) as [unknown[], number];
    if (!leased) return 'taken';
    if (!this.mailer.configured) {
      this.mailer.log({ to: mail.recipient, subject: mail.subject, text: mail.body });
      await this.dataSource.query(
        `UPDATE outbox SET status = 'logged', attempts = attempts + 1, sent_at = now() WHERE id = $1`,
        [id],
      );
      return 'logged';
    }
    try {
      await this.mailer.send({ to: mail.recipient, subject: mail.subject, text: mail.body });
      await this.dataSource.query(
        `UPDATE outbox SET status = 'sent', attempts = attempts + 1, sent_at = now(), last_error = NULL WHERE id = $1`,
        [id],
      );
      return 'sent';
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      const [rows] = (await this.dataSource.query(
        `UPDATE outbox SET attempts = attempts + 1, last_error = $2,
                status = CASE WHEN body IS NULL OR attempts + 1 >= $3 THEN 'failed' ELSE 'pending' END,
                next_attempt_at = now() + make_interval(secs => least(30 * power(2, attempts), 3600))
          WHERE id = $1 RETURNING status`,
        [id, message.slice(0, 500), MAX_ATTEMPTS],
      )) as [{ status: OutboxMessage['status'] }[], number];
      this.logger.warn(`mail ${id} to ${mail.recipient} failed: ${message}`);
      return rows[0]?.status ?? 'failed';
    }
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
      `SELECT id, recipient, subject, body FROM outbox
        WHERE status = 'pending' AND body IS NOT NULL AND next_attempt_at <= now()
        ORDER BY next_attempt_at LIMIT 100`,
    )) as { id: string; recipient: string; subject: string; body: string }[];
    let sent = 0;
    for (const row of due) {
      const status = await this.deliver(row.id, row);
      if (status === 'sent' || status === 'logged') sent++;
    }
    return { due: due.length, sent };
  }
}
