import type { Problem, ProblemFieldError } from '@vigil/contracts';

/** A failed API call, carrying the RFC 9457 problem the server sent (or one built for it). */
export class ApiError extends Error {
  override readonly name = 'ApiError';
  readonly status: number;
  readonly title: string;
  readonly detail?: string;
  readonly type: string;
  readonly instance?: string;
  readonly errors: ProblemFieldError[];
  /** Seconds from a `Retry-After` header (429, 503), when the server sent one. */
  readonly retryAfterSeconds?: number;

  constructor(problem: Problem, retryAfterSeconds?: number) {
    super(problem.detail ?? problem.title);
    this.status = problem.status;
    this.title = problem.title;
    this.detail = problem.detail;
    this.type = problem.type;
    this.instance = problem.instance;
    this.errors = problem.errors ?? [];
    this.retryAfterSeconds = retryAfterSeconds;
  }

  /** True when the request never got an HTTP answer (offline, DNS, server down, CORS). */
  get isNetworkError(): boolean {
    return this.status === 0;
  }
}

export const isApiError = (error: unknown): error is ApiError => error instanceof ApiError;

type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

export interface RequestOptions {
  method?: Method;
  body?: unknown;
  signal?: AbortSignal;
  /** Statuses besides 2xx whose body is the answer, e.g. 503 from `/health/ready`. */
  acceptStatuses?: readonly number[];
  /**
   * Fetch a CSRF token first when none is known (default for unsafe methods). Public endpoints
   * such as sign-in pass false: without a session there is no token to fetch.
   */
  ensureCsrf?: boolean;
}

// The session cookie is HttpOnly; unsafe requests also need this token in X-CSRF-Token.
// Sign-in hands it over; after a reload it is fetched again from GET /auth/csrf.
let csrfToken: string | undefined;

export const setCsrfToken = (token: string | undefined): void => {
  csrfToken = token;
};

const isUnsafe = (method: Method) => method !== 'GET';

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const isFieldError = (value: unknown): value is ProblemFieldError =>
  isRecord(value) && typeof value.path === 'string' && typeof value.message === 'string';

const toProblem = (body: unknown, response: Response): Problem => {
  const fallbackTitle = response.statusText || `HTTP ${response.status}`;
  if (!isRecord(body)) {
    return { type: 'about:blank', title: fallbackTitle, status: response.status };
  }
  return {
    type: typeof body.type === 'string' ? body.type : 'about:blank',
    title: typeof body.title === 'string' ? body.title : fallbackTitle,
    status: typeof body.status === 'number' ? body.status : response.status,
    detail: typeof body.detail === 'string' ? body.detail : undefined,
    instance: typeof body.instance === 'string' ? body.instance : undefined,
    errors: Array.isArray(body.errors) ? body.errors.filter(isFieldError) : undefined,
  };
};

const parseRetryAfter = (response: Response): number | undefined => {
  const header = response.headers.get('Retry-After');
  if (!header) return undefined;
  const seconds = Number(header);
  if (Number.isFinite(seconds)) return seconds;
  const at = Date.parse(header);
  return Number.isNaN(at) ? undefined : Math.max(0, Math.round((at - Date.now()) / 1000));
};

const readBody = async (response: Response): Promise<unknown> => {
  if (response.status === 204 || response.status === 205) return undefined;
  const text = await response.text();
  if (!text) return undefined;
  const type = response.headers.get('Content-Type') ?? '';
  if (!/[/+]json\b/.test(type)) return text;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return text;
  }
};

/**
 * Calls the Vigil API with the session cookie and JSON bodies. Resolves with the parsed body;
 * rejects with an `ApiError` for a problem response or a network failure.
 */
export const apiRequest = async <T>(path: string, options: RequestOptions = {}): Promise<T> => {
  const { method = 'GET', body, signal, acceptStatuses = [], ensureCsrf = true } = options;
  const headers: Record<string, string> = { Accept: 'application/json, application/problem+json' };
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  if (isUnsafe(method)) {
    if (!csrfToken && ensureCsrf) {
      // A failure here is left to the real request, whose 401/403 problem says what is wrong.
      csrfToken = await apiRequest<{ token: string }>('/api/v1/auth/csrf', { signal }).then(
        (r) => r.token,
        () => undefined,
      );
    }
    if (csrfToken) headers['X-CSRF-Token'] = csrfToken;
  }

  let response: Response;
  try {
    response = await fetch(path, {
      method,
      headers,
      body: body === undefined ? undefined : JSON.stringify(body),
      credentials: 'same-origin',
      signal,
    });
  } catch (error) {
    if (signal?.aborted) throw error;
    throw new ApiError({
      type: 'about:blank',
      // describeProblem words it in the person's language.
      title: 'Network error',
      status: 0,
    });
  }

  const parsed = await readBody(response);
  if (response.ok || acceptStatuses.includes(response.status)) return parsed as T;
  throw new ApiError(toProblem(parsed, response), parseRetryAfter(response));
};

/**
 * Starts a GET whose body the caller reads as a stream (exports). Resolves with the response once
 * its status is 2xx; a problem response is read and thrown as an `ApiError` like any other call.
 */
export const apiStream = async (path: string, signal?: AbortSignal): Promise<Response> => {
  let response: Response;
  try {
    response = await fetch(path, { credentials: 'same-origin', signal });
  } catch (error) {
    if (signal?.aborted) throw error;
    throw new ApiError({
      type: 'about:blank',
      // describeProblem words it in the person's language.
      title: 'Network error',
      status: 0,
    });
  }
  if (response.ok) return response;
  throw new ApiError(toProblem(await readBody(response), response), parseRetryAfter(response));
};

/** `?a=1&b=2` from the defined, non-empty values; `''` when there are none. */
export const queryString = (params: Record<string, string | number | undefined | null>): string => {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value !== undefined && value !== null && value !== '') search.set(key, String(value));
  }
  const text = search.toString();
  return text ? `?${text}` : '';
};

export const api = {
  get: <T>(path: string, options?: Omit<RequestOptions, 'method' | 'body'>) =>
    apiRequest<T>(path, { ...options, method: 'GET' }),
  post: <T>(path: string, body?: unknown, options?: Omit<RequestOptions, 'method' | 'body'>) =>
    apiRequest<T>(path, { ...options, method: 'POST', body }),
  put: <T>(path: string, body?: unknown, options?: Omit<RequestOptions, 'method' | 'body'>) =>
    apiRequest<T>(path, { ...options, method: 'PUT', body }),
  patch: <T>(path: string, body?: unknown, options?: Omit<RequestOptions, 'method' | 'body'>) =>
    apiRequest<T>(path, { ...options, method: 'PATCH', body }),
  delete: <T>(path: string, options?: Omit<RequestOptions, 'method' | 'body'>) =>
    apiRequest<T>(path, { ...options, method: 'DELETE' }),
};
