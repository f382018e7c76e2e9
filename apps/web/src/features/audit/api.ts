import type { AuditEvent, Page } from '@vigil/contracts';
import { api, apiStream, queryString } from '../../lib/api-client';
import type { AuditQuery } from './audit-filter';
import { attachmentName, createRowCounter } from './export-progress';
import type {
  AuditCheckpoint,
  AuditDayCount,
  ExportFormat,
  PublicKeys,
  VerifyResult,
} from './types';

const BASE = '/api/v1/audit-events';

export const PUBLIC_KEY_URL = `${BASE}/public-key`;

/** Newest first, keyset-paged: pass the previous page's `nextCursor` for the next one. */
export const searchAuditEvents = (
  query: AuditQuery & { limit: number; cursor?: string },
  signal?: AbortSignal,
) => api.get<Page<AuditEvent>>(`${BASE}${queryString({ ...query })}`, { signal });

export const fetchPerDay = (query: AuditQuery, signal?: AbortSignal) =>
  api.get<{ items: AuditDayCount[] }>(`${BASE}/per-day${queryString({ ...query })}`, { signal });

/** Recomputes every hash of the range server-side; can take a while on a long range. */
export const verifyAuditChain = (range: { from?: string; to?: string }) =>
  api.get<VerifyResult>(`${BASE}/verify${queryString(range)}`);

export const fetchPublicKeys = (signal?: AbortSignal) =>
  api.get<PublicKeys>(PUBLIC_KEY_URL, { signal });

/** Signs the current head of every source now. */
export const createCheckpoints = () =>
  api.post<{ items: AuditCheckpoint[] }>(`${BASE}/checkpoints`);

export interface ExportProgress {
  rows: number;
  bytes: number;
}

export interface ExportedFile extends ExportProgress {
  blob: Blob;
  filename: string;
}

/**
 * Streams `GET /audit-events/export`, reporting rows and bytes as they arrive, and resolves with
 * the whole file. Aborting the signal stops the download (the server stops querying too).
 */
export const exportAuditEvents = async (
  query: AuditQuery,
  format: ExportFormat,
  { signal, onProgress }: { signal: AbortSignal; onProgress: (progress: ExportProgress) => void },
): Promise<ExportedFile> => {
  const response = await apiStream(`${BASE}/export${queryString({ ...query, format })}`, signal);
  const counter = createRowCounter(format);
  const chunks: Uint8Array<ArrayBuffer>[] = [];
  let bytes = 0;
  if (response.body) {
    const reader = response.body.getReader();
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      chunks.push(value);
      bytes += value.byteLength;
      counter.push(value);
      onProgress({ rows: counter.rows, bytes });
    }
  }
  const type = format === 'csv' ? 'text/csv' : 'application/x-ndjson';
  return {
    blob: new Blob(chunks, { type }),
    filename:
      attachmentName(response.headers.get('Content-Disposition')) ?? `vigil-audit.${format}`,
    rows: counter.rows,
    bytes,
  };
};
