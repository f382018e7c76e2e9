import type {
  Assessment,
  CreateIncident,
  Evidence,
  Incident,
  IncidentDetail,
  LinkEvidence,
  Page,
  TimelineEntry,
  UpdateIncident,
} from '@vigil/contracts';
import { api, queryString } from '../../lib/api-client';
import type { IncidentQuery } from './incident-filter';
import type { IncidentStatus } from './incident-lifecycle';

const BASE = '/api/v1/incidents';

const one = (id: string) => `${BASE}/${encodeURIComponent(id)}`;

/** One page of the list; `cursor` is the `nextCursor` of the page before, under the same filters. */
export const listIncidents = (
  query: IncidentQuery,
  page: { limit: number; cursor?: string },
  signal?: AbortSignal,
) => api.get<Page<Incident>>(`${BASE}${queryString({ ...query, ...page })}`, { signal });

/** The incident with its assessment, obligations, response clocks, evidence and alerts. */
export const getIncident = (id: string, signal?: AbortSignal) =>
  api.get<IncidentDetail>(one(id), { signal });

export const createIncident = (body: CreateIncident) => api.post<IncidentDetail>(BASE, body);

/** Every field sent becomes one timeline entry; clock fields re-derive the obligations. */
export const updateIncident = ({ id, ...body }: UpdateIncident & { id: string }) =>
  api.patch<IncidentDetail>(one(id), body);

/** 409 when the move is not allowed from the current state (someone else moved it first). */
export const moveIncident = ({ id, to, note }: { id: string; to: IncidentStatus; note?: string }) =>
  api.post<IncidentDetail>(`${one(id)}/transitions`, note ? { to, note } : { to });

export const getTimeline = (id: string, signal?: AbortSignal) =>
  api.get<Page<TimelineEntry>>(`${one(id)}/timeline`, { signal });

/** Answers with the whole timeline, the new note last. */
export const addNote = ({ id, body }: { id: string; body: string }) =>
  api.post<Page<TimelineEntry>>(`${one(id)}/notes`, { body });

/** Saving re-derives the obligations: the answer carries the new list. */
export const saveAssessment = ({ id, assessment }: { id: string; assessment: Assessment }) =>
  api.put<IncidentDetail>(`${one(id)}/assessment`, assessment);

/** Copies an audit event, with its chain hash, into the incident. */
export const linkEvidence = ({ id, ...body }: LinkEvidence & { id: string }) =>
  api.post<Evidence>(`${one(id)}/evidence`, body);
