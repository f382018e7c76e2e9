import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { DataRequest, ExportManifest, Organization } from '@vigil/contracts';
import { useEffect, useRef, useState } from 'react';
import { saveFile } from '../../lib/save-file';
import { organizationKeys } from '../organizations/queries';
import { listUsers } from '../users/api';
import { userKeys } from '../users/queries';
import {
  confirmDeletion,
  createDataRequest,
  downloadArchive,
  getCertificate,
  hashArchiveEntries,
  listDataRequests,
  listOrganizationRequests,
  setLegalHold,
  updateDataRequest,
  type ArchiveProgress,
} from './api';

export const dataRequestKeys = {
  all: ['data-requests'] as const,
  ofOrganization: (organizationId: string) =>
    [...dataRequestKeys.all, 'organization', organizationId] as const,
  open: () => [...dataRequestKeys.all, 'open'] as const,
  certificate: (id: string) => ['certificates', id] as const,
};

/** Clocks count down in the browser; this only picks up what other people changed. */
export const DATA_REQUEST_REFRESH_MS = 60_000;

export const useOrganizationRequests = (organizationId: string) =>
  useQuery({
    queryKey: dataRequestKeys.ofOrganization(organizationId),
    queryFn: ({ signal }) => listOrganizationRequests(organizationId, signal),
    select: (data) => data.items,
    refetchInterval: DATA_REQUEST_REFRESH_MS,
  });

/** Every open request across clients, for the Deadlines board. */
export const useOpenDataRequests = () =>
  useQuery({
    queryKey: dataRequestKeys.open(),
    queryFn: ({ signal }) => listDataRequests({ open: true }, signal),
    select: (data) => data.items,
    refetchInterval: DATA_REQUEST_REFRESH_MS,
  });

export const useCertificate = (id: string | null) =>
  useQuery({
    queryKey: dataRequestKeys.certificate(id ?? ''),
    queryFn: ({ signal }) => getCertificate(id ?? '', signal),
    enabled: id !== null,
    // Signed once, never changed.
    staleTime: Infinity,
  });

const useInvalidateRequests = () => {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: dataRequestKeys.all });
};

export const useCreateDataRequest = () => {
  const invalidate = useInvalidateRequests();
  return useMutation({ mutationFn: createDataRequest, onSuccess: invalidate });
};

export const useUpdateDataRequest = () => {
  const invalidate = useInvalidateRequests();
  return useMutation({ mutationFn: updateDataRequest, onSuccess: invalidate });
};

export const useConfirmDeletion = () => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: confirmDeletion,
    // A refusal may be a hold set by someone else since the page loaded: show it.
    onSettled: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: dataRequestKeys.all }),
        queryClient.invalidateQueries({ queryKey: organizationKeys.all }),
      ]),
  });
};

export const useSetLegalHold = () => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: setLegalHold,
    onSuccess: (organization: Organization) => {
      queryClient.setQueryData(organizationKeys.detail(organization.id), organization);
      return Promise.all([
        queryClient.invalidateQueries({ queryKey: organizationKeys.all }),
        queryClient.invalidateQueries({ queryKey: dataRequestKeys.all }),
      ]);
    },
  });
};

export type ArchiveState =
  | { status: 'idle' }
  | ({ status: 'running'; requestId: string } & ArchiveProgress)
  | ({
      status: 'done';
      requestId: string;
      filename: string;
      /** SHA-256 per file name, computed here; null where the browser cannot. */
      hashes: ReadonlyMap<string, string> | null;
      manifest: ExportManifest | null;
    } & ArchiveProgress)
  | ({ status: 'cancelled'; requestId: string } & ArchiveProgress)
  | { status: 'failed'; requestId: string; error: unknown };

const PROGRESS_EVERY_MS = 100;

/**
 * Downloads a request's archive with live progress, saves it, and hashes each file it holds. One
 * at a time; `cancel()` aborts the stream, and leaving the page does too.
 */
export const useArchiveDownload = () => {
  const [state, setState] = useState<ArchiveState>({ status: 'idle' });
  const controller = useRef<AbortController | null>(null);
  const invalidate = useInvalidateRequests();

  useEffect(() => () => controller.current?.abort(), []);

  const mutation = useMutation({
    mutationFn: async (request: Pick<DataRequest, 'id'>) => {
      controller.current?.abort();
      const abort = new AbortController();
      controller.current = abort;
      const requestId = request.id;
      let last = 0;
      let progress: ArchiveProgress = { rows: 0, bytes: 0, total: null };
      setState({ status: 'running', requestId, ...progress });
      try {
        const file = await downloadArchive(requestId, {
          signal: abort.signal,
          onProgress: (next) => {
            progress = next;
            const now = performance.now();
            if (now - last < PROGRESS_EVERY_MS) return;
            last = now;
            setState({ status: 'running', requestId, ...next });
          },
        });
        saveFile(file.blob, file.filename);
        const hashes = await hashArchiveEntries(file.blob, file.entries);
        setState({
          status: 'done',
          requestId,
          filename: file.filename,
          hashes,
          manifest: file.manifest,
          rows: file.rows,
          bytes: file.bytes,
          total: file.total,
        });
      } catch (error) {
        if (abort.signal.aborted) {
          setState({ status: 'cancelled', requestId, ...progress });
          return;
        }
        setState({ status: 'failed', requestId, error });
        // Rethrown so that a 401 reaches the session check like any other failed call.
        throw error;
      } finally {
        if (controller.current === abort) controller.current = null;
      }
    },
    // The server records the manifest and a history entry once the archive is written.
    onSettled: invalidate,
  });

  return {
    state,
    start: (request: Pick<DataRequest, 'id'>) => mutation.mutate(request),
    cancel: () => controller.current?.abort(),
    dismiss: () => setState({ status: 'idle' }),
  };
};

/** `GET /users` answers admins only: everyone else is not asked (a 403 would be noise). */
export const useAssigneeCandidates = (enabled: boolean) =>
  useQuery({
    queryKey: userKeys.list(),
    queryFn: ({ signal }) => listUsers(signal),
    select: (page) => page.items,
    enabled,
    staleTime: 60_000,
  });
