import type { AuditEventInput } from '@vigil/contracts';
import { baseUrl } from './server-info';

/** A call to the e2e server with a bearer credential (API token or ingest key), from Node. */
export const callApi = async <T>(
  credential: string,
  method: 'GET' | 'POST' | 'PATCH',
  path: string,
  body?: unknown,
): Promise<{ status: number; body: T }> => {
  const response = await fetch(`${baseUrl()}${path}`, {
    method,
    headers: {
      Authorization: `Bearer ${credential}`,
      ...(body === undefined ? {} : { 'Content-Type': 'application/json' }),
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await response.text();
  return { status: response.status, body: (text ? JSON.parse(text) : undefined) as T };
};

/** Like `callApi`, but fails the test on any non-2xx answer. */
export const api = async <T>(
  credential: string,
  method: 'GET' | 'POST' | 'PATCH',
  path: string,
  body?: unknown,
): Promise<T> => {
  const result = await callApi<T>(credential, method, path, body);
  if (result.status >= 300) {
    throw new Error(`${method} ${path} answered ${result.status}: ${JSON.stringify(result.body)}`);
  }
  return result.body;
};

export const ingestEvents = (ingestKey: string, events: AuditEventInput[]) =>
  api<{ accepted: number; duplicates: number; rejected: unknown[] }>(
    ingestKey,
    'POST',
    '/api/v1/audit-events',
    { events },
  );
