import type { Readiness } from '@vigil/contracts';
import { ApiError, api } from '../../lib/api-client';

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
    throw new ApiError({
      type: 'about:blank',
      title: 'Unexpected health response',
      status: 502,
      detail: 'The server answered /health/ready with something other than a readiness report.',
      instance: '/health/ready',
    });
  }
  return body;
};
