import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { AuditEvent, AuditEventSearch, Page } from '@vigil/contracts';
import { isIP } from 'node:net';
import { DataSource } from 'typeorm';
import { AppError } from '../../common/app-error.js';
import type { DataScope } from '../../common/scope.js';
import { type AuditEventRow, toAuditEvent } from './audit-event.row.js';

type Cursor = [occurredAt: string, source: string, seq: number];

const encodeCursor = (event: AuditEvent): string =>
  Buffer.from(
    JSON.stringify([event.occurredAt, event.source, event.seq] satisfies Cursor),
  ).toString('base64url');

const decodeCursor = (cursor: string): Cursor => {
  try {
    const value = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as unknown;
    if (
      Array.isArray(value) &&
      typeof value[0] === 'string' &&
      !Number.isNaN(Date.parse(value[0])) &&
      typeof value[1] === 'string' &&
      Number.isSafeInteger(value[2])
    ) {
      return value as Cursor;
    }
  } catch {
    // fall through to the error below
  }
  throw new AppError('VALIDATION_FAILED', 'The cursor is not one this server gave out.', {
    errors: [{ path: 'cursor', message: 'invalid cursor' }],
  });
};

const isCidr = (value: string): boolean => {
  const [address, bits, ...rest] = value.split('/');
  const version = isIP(address ?? '');
  const size = Number(bits);
  return (
    rest.length === 0 &&
    version !== 0 &&
    Number.isInteger(size) &&
    size >= 0 &&
    size <= (version === 4 ? 32 : 128)
  );
};

/** Builds WHERE clauses with numbered parameters. */
class Filter {
  readonly clauses: string[] = [];
  readonly params: unknown[] = [];

  add(clause: (p: (value: unknown) => string) => string): void {
    this.clauses.push(clause((value) => `$${this.params.push(value)}`));
  }

  get where(): string {
    return this.clauses.length ? `WHERE ${this.clauses.join(' AND ')}` : '';
  }
}

/** Auditor search: newest first, keyset-paged, always inside the caller's data scope. */
@Injectable()
export class AuditQueryService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async search(scope: DataScope, query: AuditEventSearch): Promise<Page<AuditEvent>> {
    const filter = this.filterFor(scope, query);
    if (query.cursor) {
      const [occurredAt, source, seq] = decodeCursor(query.cursor);
      filter.add(
        (p) =>
          `(occurred_at, source, seq) < (${p(occurredAt)}::timestamptz, ${p(source)}, ${p(seq)})`,
      );
    }
    const limit = query.limit;
    const rows = (await this.dataSource.query(
      `SELECT * FROM audit_event ${filter.where}
        ORDER BY occurred_at DESC, source DESC, seq DESC LIMIT ${limit + 1}`,
      filter.params,
    )) as AuditEventRow[];
    const items = rows.slice(0, limit).map(toAuditEvent);
    const last = items[items.length - 1];
    return { items, nextCursor: rows.length > limit && last ? encodeCursor(last) : null };
  }

  /** Events per UTC day over the filtered range (the auditor's chart). */
  async perDay(
    scope: DataScope,
    query: Omit<AuditEventSearch, 'limit' | 'cursor'>,
  ): Promise<{ day: string; count: number }[]> {
    const filter = this.filterFor(scope, query);
    const rows = (await this.dataSource.query(
      `SELECT to_char(date_trunc('day', occurred_at AT TIME ZONE 'UTC'), 'YYYY-MM-DD') AS day, count(*)::int AS count
         FROM audit_event ${filter.where} GROUP BY 1 ORDER BY 1`,
      filter.params,
    )) as { day: string; count: number }[];
    return rows;
  }

  filterFor(scope: DataScope, query: Omit<AuditEventSearch, 'limit' | 'cursor'>): Filter {
    const filter = new Filter();
    // Destroyed on the client's request: kept in the chain only, never served.
    filter.add(() => 'tombstoned_at IS NULL');
    if (scope.kind === 'organization')
      filter.add((p) => `organization_id = ${p(scope.organizationId)}`);
    if (query.from) filter.add((p) => `occurred_at >= ${p(query.from)}::timestamptz`);
    if (query.to) filter.add((p) => `occurred_at < ${p(query.to)}::timestamptz`);
    if (query.actor) {
      // One index each way: an address matches the email (any case), anything else the actor id.
      // An OR of the two would cost a bitmap over every event of the actor on each page.
      const actor = query.actor;
      if (actor.includes('@')) filter.add((p) => `lower(actor_email) = lower(${p(actor)})`);
      else filter.add((p) => `actor_id = ${p(actor)}`);
    }
    if (query.action) {
      if (query.action.endsWith('.*')) {
        const prefix = query.action.slice(0, -1).replace(/[\\%_]/g, (c) => `\\${c}`);
        filter.add((p) => `action LIKE ${p(`${prefix}%`)}`);
      } else {
        filter.add((p) => `action = ${p(query.action)}`);
      }
    }
    if (query.category) filter.add((p) => `category = ${p(query.category)}`);
    if (query.outcome) filter.add((p) => `outcome = ${p(query.outcome)}`);
    if (query.organizationId) filter.add((p) => `organization_id = ${p(query.organizationId)}`);
    if (query.source) filter.add((p) => `source = ${p(query.source)}`);
    if (query.ip) {
      // Compared as inet, so the (ip::inet, occurred_at) index serves it, rare addresses included.
      if (isIP(query.ip)) filter.add((p) => `ip::inet = ${p(query.ip)}::inet`);
      else if (isCidr(query.ip)) filter.add((p) => `ip::inet <<= ${p(query.ip)}::inet`);
      else {
        throw new AppError('VALIDATION_FAILED', 'The ip filter takes an address or a CIDR block.', {
          errors: [{ path: 'ip', message: 'expected an IP address or CIDR' }],
        });
      }
    }
    if (query.q) {
      const like = `%${query.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
      filter.add((p) => `(target_name ILIKE ${p(like)} OR metadata::text ILIKE ${p(like)})`);
    }
    return filter;
  }
}
