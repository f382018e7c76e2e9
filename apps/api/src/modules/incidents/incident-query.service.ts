import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Incident, IncidentListQuery, Page } from '@vigil/contracts';
import { DataSource } from 'typeorm';
import { decodeIncidentCursor, encodeIncidentCursor } from './incident.cursor.js';
import { INCIDENT_SELECT, type IncidentRow, toIncident } from './incident.row.js';

/** Spelled as in `incident_list_order_idx`, so the planner matches it to the index. */
const CLOSED = `(i.status IN ('closed', 'false_positive'))`;
const ORDER = `${CLOSED}, i.severity, i.detected_at DESC, i.number DESC`;

const cursorOf = (row: IncidentRow) =>
  encodeIncidentCursor({
    closed: row.status === 'closed' || row.status === 'false_positive',
    severity: row.severity,
    detectedAt: row.detected_at_exact,
    number: Number(row.number),
  });

/**
 * The incident list, keyset-paged: open first, most severe first, newest detection first. A page
 * starts after the last row of the one before, so incidents opened or moved meanwhile neither
 * repeat nor push rows that were already there out of the pages still to come.
 */
@Injectable()
export class IncidentQueryService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async list(query: IncidentListQuery): Promise<Page<Incident>> {
    const where: string[] = [];
    const params: unknown[] = [];
    const p = (value: unknown) => `$${params.push(value)}`;
    if (query.status) where.push(`i.status = ${p(query.status)}`);
    if (query.severity) where.push(`i.severity = ${p(query.severity)}`);
    if (query.q) {
      const like = p(`%${query.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`);
      where.push(
        `(i.title ILIKE ${like} OR i.summary ILIKE ${like} OR ('INC-' || i.number) = upper(${p(query.q)}))`,
      );
    }
    if (query.organizationId) {
      where.push(
        `EXISTS (SELECT 1 FROM incident_organization io WHERE io.incident_id = i.id AND io.organization_id = ${p(query.organizationId)})`,
      );
    }
    // IS FALSE rather than NOT: Postgres rewrites NOT IN to <> ALL, which the index cannot serve.
    if (query.openOnly) where.push(`${CLOSED} IS FALSE`);
    if (query.cursor) {
      const after = decodeIncidentCursor(query.cursor);
      const group = `(${p(after.closed)}::boolean, ${p(after.severity)}::text)`;
      // Mixed directions rule out one row comparison: the (closed, severity) bound is an index
      // condition, and only the rest of the cursor's own group is filtered.
      where.push(
        `(${CLOSED}, i.severity) >= ${group}
         AND ((${CLOSED}, i.severity) > ${group}
              OR (i.detected_at, i.number) < (${p(after.detectedAt)}::timestamptz, ${p(after.number)}::bigint))`,
      );
    }
    const rows = (await this.dataSource.query(
      `${INCIDENT_SELECT} ${where.length ? `WHERE ${where.join(' AND ')}` : ''}
        ORDER BY ${ORDER} LIMIT ${p(query.limit + 1)}`,
      params,
    )) as IncidentRow[];
    const page = rows.slice(0, query.limit);
    const last = page.at(-1);
    return {
      items: page.map(toIncident),
      nextCursor: rows.length > query.limit && last ? cursorOf(last) : null,
    };
  }
}
