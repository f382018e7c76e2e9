import { ApiError, apiRequest, setCsrfToken } from './api-client';

const respond = (status: number, body: string, type = 'application/json', headers = {}) =>
  jest
    .spyOn(globalThis, 'fetch')
    .mockImplementation(
      async () => new Response(body, { status, headers: { 'Content-Type': type, ...headers } }),
    );

describe('apiRequest', () => {
  afterEach(() => {
    jest.restoreAllMocks();
    setCsrfToken(undefined);
  });

  it('sends JSON with the session cookie and returns the parsed body', async () => {
    const fetch = respond(200, '{"ok":true}');
    await expect(apiRequest('/api/v1/x', { method: 'POST', body: { a: 1 } })).resolves.toEqual({
      ok: true,
    });
    expect(fetch).toHaveBeenCalledWith(
      '/api/v1/x',
      expect.objectContaining({
        method: 'POST',
        body: '{"a":1}',
        credentials: 'same-origin',
        headers: expect.objectContaining({ 'Content-Type': 'application/json' }),
      }),
    );
  });

  it('turns a problem+json response into an ApiError with its fields', async () => {
    respond(
      422,
      JSON.stringify({
        type: 'urn:vigil:problem:validation',
        title: 'Unprocessable Entity',
        status: 422,
        detail: 'email is invalid',
        instance: '/api/v1/auth/otp',
        errors: [{ path: 'email', message: 'Invalid email' }, { nonsense: true }],
      }),
      'application/problem+json',
    );
    const error = await apiRequest('/api/v1/auth/otp').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({
      status: 422,
      title: 'Unprocessable Entity',
      detail: 'email is invalid',
      instance: '/api/v1/auth/otp',
      type: 'urn:vigil:problem:validation',
      errors: [{ path: 'email', message: 'Invalid email' }],
    });
  });

  it.each([
    ['an HTML error page', 502, '<h1>Bad gateway</h1>', 'text/html'],
    ['an empty body', 500, '', 'application/json'],
    ['broken JSON', 500, '{"title":', 'application/problem+json'],
  ])('still gives a usable ApiError for %s', async (_case, status, body, type) => {
    respond(status, body, type);
    const error = await apiRequest('/x').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ status, title: expect.any(String) as string });
  });

  it('reads Retry-After seconds', async () => {
    respond(429, '{"title":"Too Many Requests","status":429}', 'application/json', {
      'Retry-After': '30',
    });
    await expect(apiRequest('/x')).rejects.toMatchObject({ status: 429, retryAfterSeconds: 30 });
  });

  it('returns the body of a status the caller accepts, such as 503 from /health/ready', async () => {
    respond(503, '{"status":"unavailable"}');
    await expect(apiRequest('/health/ready', { acceptStatuses: [503] })).resolves.toEqual({
      status: 'unavailable',
    });
  });

  it('reports a network failure as status 0', async () => {
    jest.spyOn(globalThis, 'fetch').mockRejectedValue(new TypeError('Failed to fetch'));
    const error = await apiRequest('/x').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect((error as ApiError).isNetworkError).toBe(true);
  });

  it('fetches the CSRF token once and sends it with unsafe requests', async () => {
    const fetch = jest
      .spyOn(globalThis, 'fetch')
      .mockImplementation(async (input) =>
        String(input) === '/api/v1/auth/csrf'
          ? new Response('{"token":"t0k"}', { headers: { 'Content-Type': 'application/json' } })
          : new Response(null, { status: 204 }),
      );
    await apiRequest('/api/v1/incidents', { method: 'POST', body: {} });
    await apiRequest('/api/v1/incidents/1', { method: 'DELETE' });
    await apiRequest('/api/v1/incidents');
    const calls = fetch.mock.calls.map(([url, init]) => [
      String(url),
      (init?.headers as Record<string, string>)['X-CSRF-Token'],
    ]);
    expect(calls).toEqual([
      ['/api/v1/auth/csrf', undefined],
      ['/api/v1/incidents', 't0k'],
      ['/api/v1/incidents/1', 't0k'],
      ['/api/v1/incidents', undefined],
    ]);
  });

  it('does not ask for a CSRF token on public endpoints such as sign-in', async () => {
    const fetch = respond(202, '');
    await apiRequest('/api/v1/auth/otp', { method: 'POST', body: {}, ensureCsrf: false });
    expect(fetch).toHaveBeenCalledTimes(1);
  });
});
