import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { AuditEvent, AuditEventInput } from '@vigil/contracts';
import { randomUUID } from 'node:crypto';
import { DataSource, type EntityManager } from 'typeorm';
import { actorOf, type RequestContext, type UserPrincipal } from '../../common/principal.js';
import { copyRows, type CopyValue } from '../../database/copy.js';
import { chainHash, GENESIS_HASH } from './audit-chain.js';

export interface AppendResult {
  accepted: number;
  duplicates: number;
  /** The stored events, in chain order. */
  stored: Pick<AuditEvent, 'id' | 'seq'>[];
}

/** The console's own events: everything but the id and time, which the log assigns. */
export type ConsoleEvent = Omit<AuditEventInput, 'id' | 'occurredAt'> & { occurredAt?: string };

export const CONSOLE_SOURCE = 'vigil';

/** "no partition of relation found for row" */
const NO_PARTITION = '23514';

const EVENT_COLUMN_NAMES = [
  'source',
  'seq',
  'event_id',
  'occurred_at',
  'received_at',
  'category',
  'action',
  'outcome',
  'actor_type',
  'actor_id',
  'actor_email',
  'actor_role',
  'target_type',
  'target_id',
  'target_name',
  'organization_id',
  'project_id',
  'ip',
  'user_agent',
  'metadata',
  'prev_hash',
  'hash',
] as const;

/**
 * The one way into the audit log, for ingested and console events alike. Appends to a source's
 * hash chain inside one transaction: the stream row is locked first, so batches of one source
 * serialise while different sources proceed in parallel; (source, id) makes retries idempotent.
 */
@Injectable()
export class AuditLogService {
  /** Months whose partition is known to exist; created on first use otherwise (late events). */
  private readonly partitions = new Set<string>();

  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  forgetPartitions(): void {
    this.partitions.clear();
  }

  /** Makes sure the monthly partitions for these times exist (the job creates them ahead too). */
  async ensurePartitions(times: Iterable<string>, manager?: EntityManager): Promise<void> {
    const months = new Set<string>();
    for (const time of times)
      months.add(`${new Date(time).toISOString().slice(0, 7)}-01T00:00:00Z`);
    for (const month of months) {
      if (this.partitions.has(month)) continue;
      await (manager ?? this.dataSource.manager).query('SELECT vigil_ensure_audit_partition($1)', [
        month,
      ]);
      this.partitions.add(month);
    }
  }

  async append(
    source: string,
    events: AuditEventInput[],
    manager?: EntityManager,
  ): Promise<AppendResult> {
    if (manager) return this.appendWith(manager, source, events);
    // Partitions first, in their own statements: DDL inside the append would hold its locks until commit.
    await this.ensurePartitions(events.map((e) => e.occurredAt));
    try {
      return await this.dataSource.transaction((tx) => this.appendWith(tx, source, events));
    } catch (error) {
      // Retention on another node may have dropped a month this process thought existed.
      if ((error as { driverError?: { code?: string } }).driverError?.code !== NO_PARTITION)
        throw error;
      this.partitions.clear();
      return this.dataSource.transaction((tx) => this.appendWith(tx, source, events));
    }
  }

  /** Records something the console did; joins the caller's transaction when given one. */
  async record(event: ConsoleEvent, manager?: EntityManager): Promise<void> {
    await this.append(
      CONSOLE_SOURCE,
      [{ ...event, id: randomUUID(), occurredAt: event.occurredAt ?? new Date().toISOString() }],
      manager,
    );
  }

  /** A successful admin action by a signed-in user: the shape most console events share. */
  recordAdminAction(
    tx: EntityManager,
    user: UserPrincipal,
    context: RequestContext,
    action: string,
    target: NonNullable<ConsoleEvent['target']>,
    metadata: Record<string, unknown> = {},
  ): Promise<void> {
    return this.record(
      {
        category: 'admin',
        action,
        outcome: 'success',
        actor: actorOf(user),
        target,
        ip: context.ip,
        userAgent: context.userAgent,
        metadata,
      },
      tx,
    );
  }

  private async appendWith(
    tx: EntityManager,
    source: string,
    events: AuditEventInput[],
  ): Promise<AppendResult> {
    const unique = new Map<string, AuditEventInput>();
    for (const event of events) if (!unique.has(event.id)) unique.set(event.id, event);
    if (!unique.size) return { accepted: 0, duplicates: events.length, stored: [] };
    await this.ensurePartitions(
      [...unique.values()].map((e) => e.occurredAt),
      tx,
    );

    await tx.query(
      `INSERT INTO audit_stream (source, head_seq, head_hash) VALUES ($1, 0, $2) ON CONFLICT (source) DO NOTHING`,
      [source, GENESIS_HASH],
    );
    const [head] = (await tx.query(
      `SELECT head_seq, head_hash, clock_timestamp() AS now FROM audit_stream WHERE source = $1 FOR UPDATE`,
      [source],
    )) as [{ head_seq: string; head_hash: Buffer; now: Date }];

    // Claiming the keys is the duplicate check: one index probe per event, and a retry of a batch
    // (or of part of it) gets back only the ids that are new.
    const candidates = [...unique.values()];
    const claimed = (await tx.query(
      `INSERT INTO audit_event_key (source, event_id, occurred_at)
       SELECT $1, * FROM unnest($2::text[], $3::timestamptz[])
       ON CONFLICT (source, event_id) DO NOTHING RETURNING event_id`,
      [source, candidates.map((e) => e.id), candidates.map((e) => e.occurredAt)],
    )) as { event_id: string }[];
    const fresh = new Set(claimed.map((row) => row.event_id));
    for (const id of unique.keys()) if (!fresh.has(id)) unique.delete(id);

    const receivedAt = head.now.toISOString();
    let seq = Number(head.head_seq);
    let prevHash = head.head_hash;
    const rows: CopyValue[][] = [];
    const stored: AppendResult['stored'] = [];
    for (const input of unique.values()) {
      seq += 1;
      const event: Omit<AuditEvent, 'hash'> = {
        ...input,
        occurredAt: new Date(input.occurredAt).toISOString(),
        source,
        seq,
        receivedAt,
      };
      const hash = chainHash(prevHash, event);
      rows.push([
        source,
        seq,
        event.id,
        event.occurredAt,
        receivedAt,
        event.category,
        event.action,
        event.outcome,
        event.actor.type,
        event.actor.id ?? null,
        event.actor.email ?? null,
        event.actor.role ?? null,
        event.target?.type ?? null,
        event.target?.id ?? null,
        event.target?.name ?? null,
        event.organizationId ?? null,
        event.projectId ?? null,
        event.ip ?? null,
        event.userAgent ?? null,
        event.metadata === undefined ? null : JSON.stringify(event.metadata),
        prevHash,
        hash,
      ]);
      stored.push({ id: event.id, seq });
      prevHash = hash;
    }

    if (stored.length) {
      await copyRows(tx, 'audit_event', EVENT_COLUMN_NAMES, rows);
      await tx.query(
        'UPDATE audit_stream SET head_seq = $2, head_hash = $3, updated_at = now() WHERE source = $1',
        [source, seq, prevHash],
      );
    }
    return { accepted: stored.length, duplicates: events.length - stored.length, stored };
  }
}
