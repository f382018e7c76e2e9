import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { ExportManifest, ExportManifestFile } from '@vigil/contracts';
import { createHash } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { mkdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import type { Writable } from 'node:stream';
import { DataSource, type QueryRunner } from 'typeorm';
import { AppError } from '../../common/app-error.js';
import { actorOf, type RequestContext, type UserPrincipal } from '../../common/principal.js';
import { InjectConfig } from '../../config/config.module.js';
import type { Config } from '../../config/config.js';
import { type AuditEventRow, toAuditEvent } from '../audit-events/audit-event.row.js';
import { AuditLogService } from '../audit-events/audit-log.service.js';
import { actorLabel, DataRequestsService } from './data-requests.service.js';
import { writeTar } from './tar-writer.js';

const BATCH = 2_000;

/** Errors of the disk the export is written to: the export failed, the request did not. */
const STORAGE_ERRORS: Record<string, string> = {
  ENOSPC: "no space left on the server's disk",
  EDQUOT: "the server's disk quota is exhausted",
  EFBIG: 'the file grew past what the server allows',
  EIO: "the server's disk reported an I/O error",
  EROFS: "the server's export directory is read-only",
  EACCES: 'the server may not write to its export directory',
};

const storageError = (error: unknown): string | null => {
  const code = (error as NodeJS.ErrnoException | null)?.code;
  return code && code in STORAGE_ERRORS ? `${STORAGE_ERRORS[code]} (${code})` : null;
};

/** One NDJSON file being written to disk, hashed and counted as it goes. */
class NdjsonFile {
  readonly path: string;
  private readonly out;
  private readonly hash = createHash('sha256');
  /** A failed write (ENOSPC…) surfaces here; without a listener it would crash the process. */
  private failure: Error | null = null;
  count = 0;
  bytes = 0;

  constructor(
    dir: string,
    readonly name: string,
    readonly kind: string,
  ) {
    this.path = join(dir, name);
    this.out = createWriteStream(this.path);
    this.out.on('error', (error) => (this.failure ??= error));
  }

  async add(record: unknown): Promise<void> {
    if (this.failure) throw this.failure;
    const line = Buffer.from(`${JSON.stringify(record)}\n`, 'utf8');
    this.hash.update(line);
    this.count++;
    this.bytes += line.length;
    if (this.out.write(line)) return;
    // 'drain' never comes after a failed write: wait for whichever of the two happens.
    await new Promise<void>((resolve, reject) => {
      const done = () => {
        this.out.off('drain', done);
        this.out.off('error', done);
        if (this.failure) reject(this.failure);
        else resolve();
      };
      this.out.once('drain', done);
      this.out.once('error', done);
    });
  }

  async close(): Promise<ExportManifestFile> {
    if (this.failure) throw this.failure;
    await new Promise<void>((resolve, reject) => {
      if (this.out.destroyed) return reject(this.failure ?? new Error(`${this.name} was closed`));
      this.out.once('error', reject);
      this.out.end(() => (this.failure ? reject(this.failure) : resolve()));
    });
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
    @InjectConfig() private readonly config: Config,
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly requests: DataRequestsService,
    private readonly audit: AuditLogService,
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
    // Staged under DATA_DIR (sized for data, unlike a tmpfs /tmp), one directory per request; the
    // lock keeps two downloads of one request from writing the same files.
    const lock = await this.lockExport(request.id);
    const dir = join(this.config.dataDir, 'exports', request.id);
    const cleanUp = async () => {
      await rm(dir, { recursive: true, force: true }).catch(() => undefined);
      await this.unlockExport(lock, request.id);
    };
    try {
      await mkdir(dir, { recursive: true, mode: 0o700 });
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
            await cleanUp();
          }
        },
      };
    } catch (error) {
      await cleanUp();
      const reason = storageError(error);
      if (!reason) throw error;
      await this.recordFailure(user, context, request.id, request.organizationName, reason);
      throw new AppError(
        'DEPENDENCY_DOWN',
        `The export could not be written: ${reason}. Nothing was produced and the request stays open; ` +
          'try again once space is freed.',
        { retryAfterSeconds: 60 },
      );
    }
  }

  private async lockExport(requestId: string): Promise<QueryRunner> {
    const lock = this.dataSource.createQueryRunner();
    await lock.connect();
    const [{ locked }] = (await lock
      .query('SELECT pg_try_advisory_lock(hashtext($1)) AS locked', [`data-export:${requestId}`])
      .catch(async (error: unknown) => {
        await lock.release();
        throw error;
      })) as [{ locked: boolean }];
    if (locked) return lock;
    await lock.release();
    throw new AppError(
      'CONFLICT',
      'An export of this request is being produced right now; download it again when that one is done.',
    );
  }

  private async unlockExport(lock: QueryRunner, requestId: string): Promise<void> {
    await lock
      .query('SELECT pg_advisory_unlock(hashtext($1))', [`data-export:${requestId}`])
      .catch(() => undefined);
    await lock.release();
  }

  /** On the request's history and in the audit log: an export was attempted and produced nothing. */
  private async recordFailure(
    user: UserPrincipal,
    context: RequestContext,
    requestId: string,
    organizationName: string,
    reason: string,
  ): Promise<void> {
    await this.dataSource.transaction(async (tx) => {
      await this.requests.event(
        tx,
        requestId,
        actorLabel(user),
        'export_failed',
        `Export failed: ${reason}; nothing was delivered`,
      );
      await this.audit.record(
        {
          category: 'admin',
          action: 'data_request.export',
          outcome: 'failure',
          actor: actorOf(user),
          target: { type: 'data_request', id: requestId, name: organizationName },
          ip: context.ip,
          userAgent: context.userAgent,
          metadata: { reason },
        },
        tx,
      );
    });
  }
}
