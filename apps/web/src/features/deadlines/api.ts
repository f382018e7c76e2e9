import type { Obligation, Page } from '@vigil/contracts';
import { api, queryString } from '../../lib/api-client';
import type { BoardKind } from './board';

const BASE = '/api/v1/obligations';

/** The API's maximum: the board shows every clock, not a first page of them. */
export const OBLIGATION_LIST_LIMIT = 1000;

export interface ObligationQuery {
  kind: BoardKind;
  incidentId?: string;
}

/** Every obligation of a kind (met and waived included), ordered by the API by due time. */
export const listObligations = (query: ObligationQuery, signal?: AbortSignal) =>
  api.get<Page<Obligation>>(`${BASE}${queryString({ ...query, limit: OBLIGATION_LIST_LIMIT })}`, {
    signal,
  });

export const obligationPath = (id: string) => `${BASE}/${encodeURIComponent(id)}`;

/** Records that a duty will not be carried out, and why (e.g. a GDPR Art. 34(3) exemption). */
export const waiveObligation = ({ id, reason }: { id: string; reason: string }) =>
  api.post<Obligation>(`${obligationPath(id)}/waive`, { reason });
