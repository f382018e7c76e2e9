import type {
  CreateDataRequest,
  DataRequest,
  DestructionCertificate,
  ExportManifest,
  Organization,
} from '@vigil/contracts';
import { api, apiStream, queryString } from '../../lib/api-client';
import { attachmentName } from '../audit/export-progress';
import { createArchiveReader, parseTotalRows, type ArchiveEntry } from './archive-progress';
import { parseManifest } from './manifest';

const ORGS = '/api/v1/organizations';
const REQUESTS = '/api/v1/data-requests';
const CERTIFICATES = '/api/v1/certificates';

const orgPath = (id: string) => `${ORGS}/${encodeURIComponent(id)}`;
const requestPath = (id: string) => `${REQUESTS}/${encodeURIComponent(id)}`;

export interface UpdateDataRequest {
  assigneeId?: string | null;
  status?: 'open' | 'in_progress' | 'rejected';
  note?: string;
}

export const listOrganizationRequests = (organizationId: string, signal?: AbortSignal) =>
  api.get<{ items: DataRequest[] }>(`${orgPath(organizationId)}/data-requests`, { signal });

/** Every organization's requests; `open` keeps those whose 30-day clock still runs. */
export const listDataRequests = (filter: { open?: boolean }, signal?: AbortSignal) =>
  api.get<{ items: DataRequest[] }>(
    `${REQUESTS}${queryString({ open: filter.open ? 'true' : undefined })}`,
    { signal },
  );

export const createDataRequest = ({
  organizationId,
  ...body
}: CreateDataRequest & { organizationId: string }) =>
  api.post<DataRequest>(`${orgPath(organizationId)}/data-requests`, body);

export const updateDataRequest = ({ id, ...body }: UpdateDataRequest & { id: string }) =>
  api.patch<DataRequest>(requestPath(id), body);

/** `{ reason }` sets the hold, `{ reason: null }` lifts it; answers with the organization. */
export const setLegalHold = ({
  organizationId,
  reason,
}: {
  organizationId: string;
  reason: string | null;
}) => api.put<Organization>(`${orgPath(organizationId)}/legal-hold`, { reason });

/** Refused with 409 while the organization is under a legal hold. */
export const confirmDeletion = ({ id, confirmName }: { id: string; confirmName: string }) =>
  api.post<DataRequest>(`${requestPath(id)}/delete`, { confirmName });

export const getCertificate = (id: string, signal?: AbortSignal) =>
  api.get<DestructionCertificate>(`${CERTIFICATES}/${encodeURIComponent(id)}`, { signal });

/** The certificate as a printable page, opened in a tab of its own. */
export const certificateHtmlUrl = (id: string) =>
  `${CERTIFICATES}/${encodeURIComponent(id)}?format=html`;

export interface ArchiveProgress {
  rows: number;
  bytes: number;
  /** From `X-Vigil-Total-Rows`; null when the server did not say. */
  total: number | null;
}

export interface DownloadedArchive extends ArchiveProgress {
  blob: Blob;
  filename: string;
  entries: readonly ArchiveEntry[];
  /** `manifest.json` as read from the archive itself. */
  manifest: ExportManifest | null;
}

/**
 * Streams `GET /data-requests/{id}/archive`, reporting the NDJSON rows as they arrive, and resolves
 * with the whole `.tar`. Aborting the signal stops the download.
 */
export const downloadArchive = async (
  id: string,
  { signal, onProgress }: { signal: AbortSignal; onProgress: (progress: ArchiveProgress) => void },
): Promise<DownloadedArchive> => {
  const response = await apiStream(`${requestPath(id)}/archive`, signal);
  const total = parseTotalRows(response.headers.get('X-Vigil-Total-Rows'));
  const reader = createArchiveReader();
  const chunks: Uint8Array<ArrayBuffer>[] = [];
  let bytes = 0;
  onProgress({ rows: 0, bytes, total });
  if (response.body) {
    const stream = response.body.getReader();
    for (;;) {
      const { done, value } = await stream.read();
      if (done) break;
      chunks.push(value);
      bytes += value.byteLength;
      reader.push(value);
      onProgress({ rows: reader.rows, bytes, total });
    }
  }
  const blob = new Blob(chunks, { type: 'application/x-tar' });
  const entry = reader.entries.find((e) => e.name.split('/').pop() === 'manifest.json');
  const manifest = entry
    ? parseManifest(await blob.slice(entry.offset, entry.offset + entry.size).text())
    : null;
  return {
    blob,
    filename:
      attachmentName(response.headers.get('Content-Disposition')) ?? `vigil-export-${id}.tar`,
    entries: reader.entries,
    manifest,
    rows: reader.rows,
    bytes,
    total,
  };
};

const hex = (buffer: ArrayBuffer) =>
  Array.from(new Uint8Array(buffer), (b) => b.toString(16).padStart(2, '0')).join('');

/**
 * The SHA-256 of each file in the archive, computed here; null where Web Crypto is missing (plain
 * http on another host than localhost).
 */
export const hashArchiveEntries = async (
  blob: Blob,
  entries: readonly ArchiveEntry[],
): Promise<Map<string, string> | null> => {
  if (!globalThis.crypto?.subtle) return null;
  const hashes = new Map<string, string>();
  for (const e of entries) {
    const content = await blob.slice(e.offset, e.offset + e.size).arrayBuffer();
    const digest = hex(await crypto.subtle.digest('SHA-256', content));
    hashes.set(e.name, digest);
    // The manifest may name a file without the folder the archive keeps it in.
    const base = e.name.split('/').pop();
    if (base && !hashes.has(base)) hashes.set(base, digest);
  }
  return hashes;
};
