import type { OutboxMessage, Page } from '@vigil/contracts';
import { api, queryString } from '../../lib/api-client';

/** The newest mail records first; the API filters nothing but the count. */
export const listOutbox = (limit: number, signal?: AbortSignal) =>
  api.get<Page<OutboxMessage>>(`/api/v1/outbox${queryString({ limit })}`, { signal });
