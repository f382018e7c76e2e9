import {
  keepPreviousData,
  useInfiniteQuery,
  useMutation,
  useQuery,
  type InfiniteData,
} from '@tanstack/react-query';
import type { AuditEvent, Page } from '@vigil/contracts';
import { useEffect, useRef, useState } from 'react';
import { saveFile } from '../../lib/save-file';
import {
  createCheckpoints,
  exportAuditEvents,
  fetchPerDay,
  fetchPublicKeys,
  searchAuditEvents,
  verifyAuditChain,
  type ExportProgress,
} from './api';
import type { AuditQuery } from './audit-filter';
import type { ExportFormat } from './types';

export const AUDIT_PAGE_SIZE = 100;

export const auditKeys = {
  all: ['audit-events'] as const,
  list: (query: AuditQuery) => [...auditKeys.all, 'list', query] as const,
  perDay: (query: AuditQuery) => [...auditKeys.all, 'per-day', query] as const,
  publicKeys: () => [...auditKeys.all, 'public-keys'] as const,
};

/** The events of a filter, page after page as the table asks for more. */
export const useAuditEvents = (query: AuditQuery) =>
  useInfiniteQuery({
    queryKey: auditKeys.list(query),
    queryFn: ({ pageParam, signal }) =>
      searchAuditEvents({ ...query, limit: AUDIT_PAGE_SIZE, cursor: pageParam }, signal),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
    select: (data: InfiniteData<Page<AuditEvent>, string | undefined>) =>
      data.pages.flatMap((page) => page.items),
    // An audit log only grows: what was loaded stays right; refresh is explicit.
    staleTime: 5 * 60_000,
    // While new filters load, the old rows stay (dimmed) instead of a blank table.
    placeholderData: keepPreviousData,
  });

export const useAuditPerDay = (query: AuditQuery) =>
  useQuery({
    queryKey: auditKeys.perDay(query),
    queryFn: ({ signal }) => fetchPerDay(query, signal),
    select: (data) => data.items,
    staleTime: 5 * 60_000,
    placeholderData: keepPreviousData,
  });

export const usePublicKeys = () =>
  useQuery({
    queryKey: auditKeys.publicKeys(),
    queryFn: ({ signal }) => fetchPublicKeys(signal),
    staleTime: Infinity,
  });

export const useVerifyChain = () => useMutation({ mutationFn: verifyAuditChain });

export const useCreateCheckpoints = () => useMutation({ mutationFn: createCheckpoints });

export type ExportState =
  | { status: 'idle' }
  | ({ status: 'running'; format: ExportFormat } & ExportProgress)
  | ({ status: 'done'; format: ExportFormat; filename: string } & ExportProgress)
  | ({ status: 'cancelled'; format: ExportFormat } & ExportProgress)
  | { status: 'failed'; format: ExportFormat; error: unknown };

const PROGRESS_EVERY_MS = 100;

/**
 * Downloads an export with live progress, then saves it. One at a time; `cancel()` aborts the
 * stream, and leaving the page does too.
 */
export const useAuditExport = () => {
  const [state, setState] = useState<ExportState>({ status: 'idle' });
  const controller = useRef<AbortController | null>(null);

  useEffect(() => () => controller.current?.abort(), []);

  const mutation = useMutation({
    mutationFn: async ({ query, format }: { query: AuditQuery; format: ExportFormat }) => {
      controller.current?.abort();
      const abort = new AbortController();
      controller.current = abort;
      let last = 0;
      let progress: ExportProgress = { rows: 0, bytes: 0 };
      setState({ status: 'running', format, ...progress });
      try {
        const file = await exportAuditEvents(query, format, {
          signal: abort.signal,
          onProgress: (next) => {
            progress = next;
            const now = performance.now();
            if (now - last < PROGRESS_EVERY_MS) return;
            last = now;
            setState({ status: 'running', format, ...next });
          },
        });
        saveFile(file.blob, file.filename);
        setState({
          status: 'done',
          format,
          filename: file.filename,
          rows: file.rows,
          bytes: file.bytes,
        });
      } catch (error) {
        if (abort.signal.aborted) {
          setState({ status: 'cancelled', format, ...progress });
          return;
        }
        setState({ status: 'failed', format, error });
        // Rethrown so that a 401 reaches the session check like any other failed call.
        throw error;
      } finally {
        if (controller.current === abort) controller.current = null;
      }
    },
  });

  return {
    state,
    start: (query: AuditQuery, format: ExportFormat) => mutation.mutate({ query, format }),
    cancel: () => controller.current?.abort(),
    dismiss: () => setState({ status: 'idle' }),
  };
};
