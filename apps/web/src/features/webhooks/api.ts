import type {
  CreatedWebhook,
  CreateWebhook,
  OutboxAttempt,
  Page,
  UpdateWebhook,
  Webhook,
} from '@vigil/contracts';
import { api } from '../../lib/api-client';

const BASE = '/api/v1/webhooks';
const one = (id: string) => `${BASE}/${encodeURIComponent(id)}`;

/** What `POST /webhooks/{id}/test` answers: the outbox row it made and how each try went. */
export interface WebhookTestResult {
  outboxId: string;
  /** The outbox status after the first try: `pending` when it failed and will be retried. */
  status: string;
  attempts: OutboxAttempt[];
}

export const listWebhooks = (signal?: AbortSignal) => api.get<Page<Webhook>>(BASE, { signal });

/** The response holds the signing secret: the only time anyone sees it. */
export const createWebhook = (body: CreateWebhook) => api.post<CreatedWebhook>(BASE, body);

export const updateWebhook = ({ id, ...patch }: UpdateWebhook & { id: string }) =>
  api.patch<Webhook>(one(id), patch);

export const deleteWebhook = (id: string) => api.delete<void>(one(id));

/** Sends a signed test message now; answers once the endpoint has (or the attempt failed). */
export const testWebhook = (id: string) => api.post<WebhookTestResult>(`${one(id)}/test`);
