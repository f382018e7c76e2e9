import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type {
  CreateWebhook,
  CreatedWebhook,
  UpdateWebhook,
  Webhook,
  WebhookEvent,
} from '@vigil/contracts';
import { randomBytes } from 'node:crypto';
import { DataSource, type EntityManager } from 'typeorm';
import { AppError } from '../../common/app-error.js';
import type { RequestContext, UserPrincipal } from '../../common/principal.js';
import { InjectConfig } from '../../config/config.module.js';
import type { Config } from '../../config/config.js';
import { AuditLogService } from '../audit-events/audit-log.service.js';
import { seal, unseal } from './sealed-secret.js';

interface WebhookRow {
  id: string;
  name: string;
  url: string;
  events: WebhookEvent[];
  active: boolean;
  created_at: Date;
  last_delivery_at: Date | null;
  last_status: Webhook['lastStatus'] | 'logged';
}

const SELECT = `
  SELECT w.id, w.name, w.url, w.events, w.active, w.created_at, last.at AS last_delivery_at, last.status AS last_status
    FROM webhook w
    LEFT JOIN LATERAL (SELECT coalesce(o.sent_at, o.created_at) AS at, o.status FROM outbox o
                        WHERE o.webhook_id = w.id ORDER BY o.created_at DESC LIMIT 1) last ON true
   WHERE w.deleted_at IS NULL`;

const toWebhook = (row: WebhookRow): Webhook => ({
  id: row.id,
  name: row.name,
  url: row.url,
  events: row.events,
  active: row.active,
  createdAt: row.created_at.toISOString(),
  lastDeliveryAt: row.last_delivery_at?.toISOString() ?? null,
  lastStatus: row.last_status === 'logged' ? 'sent' : row.last_status,
});

/** Webhook endpoints (admin): where reminders and escalations are POSTed, signed. */
@Injectable()
export class WebhooksService {
  constructor(
    @InjectConfig() private readonly config: Config,
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditLogService,
  ) {}

  async list(): Promise<Webhook[]> {
    const rows = (await this.dataSource.query(`${SELECT} ORDER BY w.created_at`)) as WebhookRow[];
    return rows.map(toWebhook);
  }

  async get(id: string): Promise<Webhook> {
    const [row] = (await this.dataSource.query(`${SELECT} AND w.id::text = $1`, [
      id,
    ])) as WebhookRow[];
    if (!row) throw new AppError('NOT_FOUND', `No webhook ${id}.`);
    return toWebhook(row);
  }

  async create(
    user: UserPrincipal,
    input: CreateWebhook,
    context: RequestContext,
  ): Promise<CreatedWebhook> {
    const secret = `whsec_${randomBytes(24).toString('base64url')}`;
    const id = await this.dataSource.transaction(async (tx) => {
      const [row] = (await tx.query(
        `INSERT INTO webhook (name, url, events, secret_sealed, active, created_by) VALUES ($1, $2, $3, $4, $5, $6) RETURNING id`,
        [
          input.name,
          input.url,
          input.events,
          seal(this.config.sessionSecret, secret),
          input.active,
          user.userId,
        ],
      )) as [{ id: string }];
      await this.record(tx, user, context, 'webhook.create', row.id, input.name, {
        url: input.url,
        events: input.events,
      });
      return row.id;
    });
    return { ...(await this.get(id)), secret };
  }

  async update(
    user: UserPrincipal,
    id: string,
    input: UpdateWebhook,
    context: RequestContext,
  ): Promise<Webhook> {
    await this.dataSource.transaction(async (tx) => {
      const before = await this.lock(tx, id);
      await tx.query(
        `UPDATE webhook SET name = coalesce($2, name), url = coalesce($3, url), events = coalesce($4, events),
                active = coalesce($5, active) WHERE id = $1`,
        [
          before.id,
          input.name ?? null,
          input.url ?? null,
          input.events ?? null,
          input.active ?? null,
        ],
      );
      if (input.active === false) await this.dropPending(tx, before.id, 'switched off');
      await this.record(tx, user, context, 'webhook.update', before.id, input.name ?? before.name, {
        changes: input,
      });
    });
    return this.get(id);
  }

  /** Kept as a row (deliveries refer to it), no longer listed or called. */
  async remove(user: UserPrincipal, id: string, context: RequestContext): Promise<void> {
    await this.dataSource.transaction(async (tx) => {
      const before = await this.lock(tx, id);
      await this.dropPending(tx, before.id, 'deleted');
      await tx.query('UPDATE webhook SET deleted_at = now(), active = false WHERE id = $1', [
        before.id,
      ]);
      await this.record(tx, user, context, 'webhook.delete', before.id, before.name, {});
    });
  }

  private async lock(tx: EntityManager, id: string): Promise<{ id: string; name: string }> {
    const [row] = (await tx.query(
      'SELECT id, name FROM webhook WHERE id::text = $1 AND deleted_at IS NULL FOR UPDATE',
      [id],
    )) as { id: string; name: string }[];
    if (!row) throw new AppError('NOT_FOUND', `No webhook ${id}.`);
    return row;
  }

  /** Deliveries still waiting for a retry stop with the endpoint, recorded as not sent. */
  private async dropPending(tx: EntityManager, id: string, why: string): Promise<void> {
    await tx.query(
      `UPDATE outbox SET status = 'failed', last_error = $2 WHERE webhook_id = $1 AND status = 'pending'`,
      [id, `not sent: the webhook was ${why}`],
    );
  }

  /** The active endpoints that asked for this event. */
  async subscribers(
    runner: EntityManager,
    event: WebhookEvent,
  ): Promise<{ id: string; url: string }[]> {
    return (await runner.query(
      'SELECT id, url FROM webhook WHERE active AND deleted_at IS NULL AND $1 = ANY(events) ORDER BY id',
      [event],
    )) as { id: string; url: string }[];
  }

  async signingSecret(webhookId: string): Promise<{ url: string; secret: string } | null> {
    const [row] = (await this.dataSource.query(
      'SELECT url, secret_sealed FROM webhook WHERE id = $1 AND active AND deleted_at IS NULL',
      [webhookId],
    )) as { url: string; secret_sealed: string }[];
    return row
      ? { url: row.url, secret: unseal(this.config.sessionSecret, row.secret_sealed) }
      : null;
  }

  private record(
    tx: EntityManager,
    user: UserPrincipal,
    context: RequestContext,
    action: string,
    id: string,
    name: string,
    metadata: Record<string, unknown>,
  ) {
    return this.audit.recordAdminAction(
      tx,
      user,
      context,
      action,
      { type: 'webhook', id, name },
      metadata,
    );
  }
}
