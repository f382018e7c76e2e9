import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { AuditEvent, AuditEventSearch } from '@vigil/contracts';
import { once } from 'node:events';
import type { Writable } from 'node:stream';
import { DataSource } from 'typeorm';
import { actorOf, type RequestContext, type UserPrincipal } from '../../common/principal.js';
import type { DataScope } from '../../common/scope.js';
import { type AuditEventRow, toAuditEvent } from './audit-event.row.js';
import { AuditLogService } from './audit-log.service.js';
import { AuditQueryService } from './audit-query.service.js';

export type ExportFormat = 'csv' | 'ndjson';
export type ExportFilter = Omit<AuditEventSearch, 'limit' | 'cursor'>;

// Small batches: less garbage promoted across each await on the socket, so RSS stays flat.
const BATCH = 500;

const CSV_COLUMNS: [string, (e: AuditEvent) => unknown][] = [
  ['occurredAt', (e) => e.occurredAt],
  ['source', (e) => e.source],
  ['seq', (e) => e.seq],
  ['id', (e) => e.id],
  ['category', (e) => e.category],
  ['action', (e) => e.action],
  ['outcome', (e) => e.outcome],
  ['actorType', (e) => e.actor.type],
  ['actorId', (e) => e.actor.id],
  ['actorEmail', (e) => e.actor.email],
  ['actorRole', (e) => e.actor.role],
  ['targetType', (e) => e.target?.type],
  ['targetId', (e) => e.target?.id],
  ['targetName', (e) => e.target?.name],
  ['organizationId', (e) => e.organizationId],
  ['projectId', (e) => e.projectId],
  ['ip', (e) => e.ip],
  ['userAgent', (e) => e.userAgent],
  ['receivedAt', (e) => e.receivedAt],
  ['hash', (e) => e.hash],
  ['metadata', (e) => (e.metadata === undefined ? undefined : JSON.stringify(e.metadata))],
];

/** RFC 4180 quoting; a cell a spreadsheet would run as a formula is prefixed with a quote (OWASP). */
export const csvCell = (value: unknown): string => {
  if (value === undefined || value === null) return '';
  let text = String(value);
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
};

export const csvHeader = () => `${CSV_COLUMNS.map(([name]) => name).join(',')}\r\n`;
export const csvLine = (event: AuditEvent) =>
  `${CSV_COLUMNS.map(([, get]) => csvCell(get(event))).join(',')}\r\n`;

/**
 * Streams the same rows the screen shows, in the same order and scope, in keyset batches written
 * with backpressure: memory stays flat whatever the size. The export is itself audited.
 */
@Injectable()
export class AuditExportService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly query: AuditQueryService,
    private readonly log: AuditLogService,
  ) {}

  async stream(
    user: UserPrincipal,
    scope: DataScope,
    filter: ExportFilter,
    format: ExportFormat,
    out: Writable,
    context: RequestContext,
  ): Promise<number> {
    let rows = 0;
    let aborted = false;
    const onClose = () => (aborted = true);
    out.once('close', onClose);
    const write = async (chunk: string) => {
      if (out.write(chunk)) return;
      // Whichever of drain/close comes first, the other listener is removed, not left behind per batch.
      const waiting = new AbortController();
      try {
        await Promise.race([
          once(out, 'drain', { signal: waiting.signal }),
          once(out, 'close', { signal: waiting.signal }),
        ]);
      } finally {
        waiting.abort();
      }
    };
    try {
      if (format === 'csv') await write(csvHeader());
      let cursor: [string, string, number] | null = null;
      while (!aborted) {
        const where = this.query.filterFor(scope, filter);
        if (cursor) {
          const [at, source, seq] = cursor;
          where.add(
            (p) => `(occurred_at, source, seq) < (${p(at)}::timestamptz, ${p(source)}, ${p(seq)})`,
          );
        }
        const batch = (await this.dataSource.query(
          `SELECT * FROM audit_event ${where.where} ORDER BY occurred_at DESC, source DESC, seq DESC LIMIT ${BATCH}`,
          where.params,
        )) as AuditEventRow[];
        if (!batch.length) break;
        let chunk = '';
        for (const row of batch) {
          const event = toAuditEvent(row);
          chunk += format === 'csv' ? csvLine(event) : `${JSON.stringify(event)}\n`;
        }
        await write(chunk);
        rows += batch.length;
        const last = batch[batch.length - 1] as AuditEventRow;
        cursor = [last.occurred_at.toISOString(), last.source, Number(last.seq)];
        if (batch.length < BATCH) break;
      }
    } finally {
      out.off('close', onClose);
      await this.log.record({
        category: 'data',
        action: 'data.export',
        outcome: aborted ? 'failure' : 'success',
        actor: actorOf(user),
        organizationId:
          scope.kind === 'organization' ? scope.organizationId : filter.organizationId,
        target: { type: 'audit_log', id: 'audit-events', name: `audit log export (${format})` },
        ip: context.ip,
        userAgent: context.userAgent,
        metadata: {
          format,
          filter: { ...filter },
          rows,
          ...(aborted ? { reason: 'client disconnected' } : {}),
        },
      });
    }
    return rows;
  }
}
