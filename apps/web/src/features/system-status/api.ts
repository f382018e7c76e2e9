import type { Readiness } from '@vigil/contracts';
import { pick } from '../../i18n';
import { ApiError, api } from '../../lib/api-client';
import { messages } from './messages';

const isReadiness = (value: unknown): value is Readiness => {
  if (typeof value !== 'object' || value === null) return false;
  const body = value as Partial<Readiness>;
  return (
    (body.status === 'ok' || body.status === 'unavailable') &&
    typeof body.checks?.postgres?.status === 'string' &&
    Array.isArray(body.down) &&
    typeof body.mode?.timers === 'string'
  );
};

/** `GET /health/ready`: a 503 still carries the readiness body, naming what is down. */
export const fetchReadiness = async (signal?: AbortSignal): Promise<Readiness> => {
  const body = await api.get<unknown>('/health/ready', { signal, acceptStatuses: [503] });
  if (!isReadiness(body)) {
    const t = pick(messages).unexpectedResponse;
    throw new ApiError({
      type: 'about:blank',
      title: t.title,
      status: 502,
      detail: t.detail,
      instance: '/health/ready',
    });
  }
  return body;
};
