import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { ExportManifest, ExportManifestFile } from '@vigil/contracts';
import { createHash } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Writable } from 'node:stream';
import { DataSource } from 'typeorm';
import { AppError } from '../../common/app-error.js';
import type { RequestContext, UserPrincipal } from '../../common/principal.js';
import { type AuditEventRow, toAuditEvent } from '../audit-events/audit-event.row.js';
import { actorLabel, DataRequestsService } from './data-requests.service.js';
import { writeTar } from './tar-writer.js';

const BATCH = 2_000;

/** One NDJSON file being written to disk, hashed and counted as it goes. */
class NdjsonFile {
  readonly path: string;
  private readonly out;
  private readonly hash = createHash('sha256');
  count = 0;
  bytes = 0;

  constructor(
    dir: string,
    readonly name: string,
    readonly kind: string,
  ) {
    this.path = join(dir, name);
    this.out = createWriteStream(this.path);
  }

  async add(record: unknown): Promise<void> {
    const line = Buffer.from(`${JSON.stringify(record)}\n`, 'utf8');
    this.hash.update(line);
    this.count++;
    this.bytes += line.length;
    if (!this.out.write(line))
      await new Promise<void>((resolve) => this.out.once('drain', () => resolve()));
  }

  async close(): Promise<ExportManifestFile> {
    await new Promise<void>((resolve, reject) =>
      this.out.end((error?: Error | null) => (error ? reject(error) : resolve())),
    );
    return {
      name: this.name,
      kind: this.kind,
      count: this.count,
      bytes: this.bytes,
      sha256: this.hash.digest('hex'),
    };
  }
}

/**
 * Everything Vigil holds about a client, as a tar of NDJSON files (one per kind) plus a manifest
 * with each file's count and SHA-256. Files are written to a temporary directory first so the
 * archive can stream with known sizes; the export is audited and recorded on the request.
 */
@Injectable()
export class DataExportService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly requests: DataRequestsService,
  ) {}

  async prepare(
    user: UserPrincipal,
    requestId: string,
    context: RequestContext,
  ): Promise<{
    manifest: ExportManifest;
    totalRows: number;
    stream: (out: Writable) => Promise<void>;
    filename: string;
  }> {
    const request = await this.requests.get(requestId);
    if (request.status === 'rejected') throw new AppError('CONFLICT', 'This request was rejected.');
    const dir = await mkdtemp(join(tmpdir(), 'vigil-export-'));
    try {
      const files = [
        new NdjsonFile(dir, 'organization.ndjson', 'organization'),
        new NdjsonFile(dir, 'audit-events.ndjson', 'audit_events'),
        new NdjsonFile(dir, 'incidents.ndjson', 'incidents'),
        new NdjsonFile(dir, 'data-requests.ndjson', 'data_requests'),
      ] as const;
      const [organization, events, incidents, requests] = files;
      const orgId = request.organizationId;

      const [org] = (await this.dataSource.query(
        'SELECT id, name, jurisdictions, contacts, created_at FROM organization WHERE id = $1',
        [orgId],
      )) as Record<string, unknown>[];
      await organization.add(org);

      let after: { occurred_at: Date; source: string; seq: string } | null = null;
      for (;;) {
        const rows = (await this.dataSource.query(
          `SELECT * FROM audit_event WHERE organization_id = $1 AND tombstoned_at IS NULL
             AND ($2::timestamptz IS NULL OR (occurred_at, source, seq) > ($2, $3, $4))
           ORDER BY occurred_at, source, seq LIMIT ${BATCH}`,
          [orgId, after?.occurred_at ?? null, after?.source ?? null, after?.seq ?? null],
        )) as AuditEventRow[];
        for (const row of rows) await events.add(toAuditEvent(row));
        if (rows.length < BATCH) break;
        const last = rows[rows.length - 1] as AuditEventRow;
        after = { occurred_at: last.occurred_at, source: last.source, seq: last.seq };
      }

      const incidentRows = (await this.dataSource.query(
        `SELECT i.id, 'INC-' || i.number AS reference, i.title, i.summary, i.severity, i.status, i.detected_at, i.aware_at,
                i.closed_at,
                (SELECT coalesce(json_agg(json_build_object('rule', o.rule, 'title', o.title, 'status', o.status,
                          'dueAt', o.due_at, 'metAt', o.met_at, 'channel', o.channel, 'sentTo', o.sent_to,
                          'contentSha256', o.content_sha256) ORDER BY o.key), '[]')
                   FROM obligation o WHERE o.incident_id = i.id AND o.recipient->>'organizationId' = $1) AS notices_to_you
           FROM incident i JOIN incident_organization io ON io.incident_id = i.id
          WHERE io.organization_id = $1 ORDER BY i.detected_at`,
        [orgId],
      )) as Record<string, unknown>[];
      for (const row of incidentRows) await incidents.add(row);

      for (const r of await this.requests.list({ organizationId: orgId })) await requests.add(r);

      const listed = await Promise.all(files.map((f) => f.close()));
      const manifest: ExportManifest = {
        organizationId: orgId,
        requestId: request.id,
        generatedAt: new Date().toISOString(),
        files: listed,
      };
      const manifestBytes = Buffer.from(`${JSON.stringify(manifest, null, 2)}\n`, 'utf8');
      await this.dataSource.transaction(async (tx) => {
        await tx.query(
          `UPDATE data_request SET export_manifest = $2,
                  status = CASE WHEN kind = 'export' THEN 'completed' ELSE status END,
                  completed_at = CASE WHEN kind = 'export' THEN now() ELSE completed_at END
            WHERE id = $1`,
          [request.id, JSON.stringify(manifest)],
        );
        if (request.kind === 'export')
          await this.requests.stopReminders(tx, request.id, 'request completed');
        const counts = listed.map((f) => `${f.count} ${f.kind.replace('_', ' ')}`).join(', ');
        await this.requests.event(
          tx,
          request.id,
          actorLabel(user),
          'exported',
          `Export produced: ${counts}`,
        );
        await this.requests.record(
          tx,
          user,
          context,
          'data_request.export',
          request.id,
          request.organizationName,
          {
            files: listed.map((f) => ({ name: f.name, count: f.count, sha256: f.sha256 })),
          },
        );
      });
      const stamp = manifest.generatedAt.replace(/[:.]/g, '-');
      return {
        manifest,
        totalRows: listed.reduce((sum, f) => sum + f.count, 0),
        filename: `vigil-${orgId}-export-${stamp}.tar`,
        stream: async (out) => {
          try {
            await writeTar(
              out,
              [
                { name: 'manifest.json', content: manifestBytes, size: manifestBytes.length },
                ...listed.map((f, i) => ({ name: f.name, path: files[i]?.path, size: f.bytes })),
              ],
              new Date(manifest.generatedAt),
            );
          } finally {
            await rm(dir, { recursive: true, force: true });
          }
        },
      };
    } catch (error) {
      await rm(dir, { recursive: true, force: true });
      throw error;
    }
  }
}
