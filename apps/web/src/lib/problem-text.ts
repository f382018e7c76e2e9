import { ApiError } from './api-client';

export interface ProblemText {
  title: string;
  detail?: string;
  /** Status and path, for a support ticket or a log search. */
  reference?: string;
}

/** Words a person can act on for any failure; the server's own detail is kept, never hidden. */
export const describeProblem = (error: unknown, action?: string): ProblemText => {
  if (!(error instanceof ApiError)) {
    return {
      title: 'Something went wrong',
      detail: error instanceof Error ? error.message : undefined,
    };
  }
  const reference = error.isNetworkError
    ? undefined
    : [`HTTP ${error.status}`, error.instance].filter(Boolean).join(' · ');
  if (error.isNetworkError) {
    return { title: 'Cannot reach Vigil', detail: error.detail };
  }
  if (error.status === 404 && action) {
    return { title: `${action} is not available on this server`, detail: error.detail, reference };
  }
  if (error.status === 429) {
    const wait = error.retryAfterSeconds ? ` Try again in ${error.retryAfterSeconds} s.` : '';
    return { title: 'Too many attempts', detail: `${error.detail ?? ''}${wait}`.trim(), reference };
  }
  if (error.status >= 500) {
    return {
      title: 'The server could not complete this',
      detail: error.detail ?? 'It has been logged; try again in a moment.',
      reference,
    };
  }
  return { title: error.title, detail: error.detail, reference };
};
