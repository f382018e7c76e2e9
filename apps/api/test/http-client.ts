/** A tiny HTTP client for tests: JSON in and out, an optional cookie session with its CSRF token. */
export interface Session {
  cookie: string;
  csrfToken: string;
}

export interface Call {
  method?: string;
  body?: unknown;
  session?: Session;
  bearer?: string;
  headers?: Record<string, string>;
  /** Leave the CSRF header out on purpose. */
  withoutCsrf?: boolean;
}

export interface Reply<T = unknown> {
  status: number;
  headers: Headers;
  body: T;
}

export const call = async <T = unknown>(
  baseUrl: string,
  path: string,
  options: Call = {},
): Promise<Reply<T>> => {
  const method = options.method ?? 'GET';
  const headers: Record<string, string> = { accept: 'application/json', ...options.headers };
  if (options.body !== undefined) headers['content-type'] ??= 'application/json';
  if (options.session) {
    headers.cookie = options.session.cookie;
    if (!options.withoutCsrf && !['GET', 'HEAD'].includes(method))
      headers['x-csrf-token'] = options.session.csrfToken;
  }
  if (options.bearer) headers.authorization = `Bearer ${options.bearer}`;
  const res = await fetch(`${baseUrl}${path}`, {
    method,
    headers,
    body:
      options.body === undefined
        ? undefined
        : typeof options.body === 'string'
          ? options.body
          : JSON.stringify(options.body),
    redirect: 'manual',
  });
  const text = await res.text();
  let body: unknown = text;
  try {
    body = text ? JSON.parse(text) : null;
  } catch {
    // not JSON: keep the text
  }
  return { status: res.status, headers: res.headers, body: body as T };
};
