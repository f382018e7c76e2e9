import type {
  RunbookInput,
  Runbook,
  RunbookKind,
  RunbookVersionSummary,
  Service,
} from '@vigil/contracts';
import { api, queryString } from '../../lib/api-client';

const BASE = '/api/v1/runbooks';

const one = (id: string) => `${BASE}/${encodeURIComponent(id)}`;

/** What `GET /runbooks` filters on; search is done in the browser over what comes back. */
export interface RunbookQuery {
  kind?: RunbookKind;
  category?: string;
  archived?: 'true';
}

export const listRunbooks = (query: RunbookQuery, signal?: AbortSignal) =>
  api.get<{ items: Runbook[] }>(`${BASE}${queryString({ ...query })}`, { signal });

/** The current version, or an older one read-only with `version`. */
export const getRunbook = (id: string, version: number | undefined, signal?: AbortSignal) =>
  api.get<Runbook>(`${one(id)}${queryString({ version })}`, { signal });

export const listRunbookVersions = (id: string, signal?: AbortSignal) =>
  api.get<{ items: RunbookVersionSummary[] }>(`${one(id)}/versions`, { signal });

export const createRunbook = (body: RunbookInput) => api.post<Runbook>(BASE, body);

/** Saving makes a new version; runs already started keep the version they began with. */
export const updateRunbook = ({ id, ...body }: RunbookInput & { id: string }) =>
  api.put<Runbook>(one(id), body);

export const archiveRunbook = (id: string) => api.post<Runbook>(`${one(id)}/archive`);
export const unarchiveRunbook = (id: string) => api.post<Runbook>(`${one(id)}/unarchive`);

/** The services runbooks recover, with their RTO and RPO. */
export const listServices = (signal?: AbortSignal) =>
  api.get<{ items: Service[] }>('/api/v1/services', { signal });
