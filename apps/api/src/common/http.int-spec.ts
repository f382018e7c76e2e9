import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import { startTestApp, type TestApp } from '../../test/test-app.js';

describe('HTTP basics', () => {
  let app: TestApp;

  beforeAll(async () => {
    app = await startTestApp();
  });
  afterAll(() => app.close());

  it('answers an unknown route with problem+json 404', async () => {
    const res = await fetch(`${app.url}/api/v1/no-such-thing`, {
      headers: { accept: 'application/json' },
    });
    expect(res.status).toBe(404);
    expect(res.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    expect(await res.json()).toEqual({
      type: 'about:blank',
      title: 'Not Found',
      status: 404,
      detail: expect.any(String),
      instance: '/api/v1/no-such-thing',
    });
  });

  it('refuses a 20 MiB body with 413 before reading it all', async () => {
    const body = JSON.stringify({ events: [{ blob: 'x'.repeat(20 * 1024 * 1024) }] });
    const res = await fetch(`${app.url}/api/v1/audit-events`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body,
    });
    expect(res.status).toBe(413);
    expect(res.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    const problem = (await res.json()) as { status: number; detail: string };
    expect(problem.status).toBe(413);
    expect(JSON.stringify(problem)).not.toMatch(/at .*\.js:\d+/);
  });

  it('keeps console endpoints to a 1 MiB body', async () => {
    const res = await fetch(`${app.url}/api/v1/incidents`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ title: 'x'.repeat(2 * 1024 * 1024) }),
    });
    expect(res.status).toBe(413);
  });

  it('answers malformed JSON with 400 problem+json and no stack trace', async () => {
    const res = await fetch(`${app.url}/api/v1/anything`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"events": [',
    });
    expect(res.status).toBe(400);
    const text = await res.text();
    expect(JSON.parse(text)).toMatchObject({ status: 400, title: 'Bad Request' });
    expect(text).not.toMatch(/SyntaxError|node_modules|\.js:\d+/);
  });

  it('sends strict security headers and a request id', async () => {
    const res = await fetch(`${app.url}/health/live`, { headers: { 'x-request-id': 'trace-123' } });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-security-policy')).toContain("script-src 'self'");
    expect(res.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
    expect(res.headers.get('content-security-policy')).not.toContain('unsafe-inline');
    expect(res.headers.get('strict-transport-security')).toMatch(/max-age=31536000/);
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('referrer-policy')).toBe('no-referrer');
    expect(res.headers.get('x-request-id')).toBe('trace-123');
    expect(res.headers.get('x-powered-by')).toBeNull();
  });

  it('replaces a request id that could forge log lines', async () => {
    const res = await fetch(`${app.url}/health/live`, { headers: { 'x-request-id': 'a b\tc' } });
    expect(res.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('reports readiness of Postgres and Redis', async () => {
    const res = await fetch(`${app.url}/health/ready`);
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({
      status: 'ok',
      checks: { postgres: { status: 'up' }, redis: { status: 'up' } },
      down: [],
      mode: { database: 'external', timers: 'redis' },
    });
  });

  it('exposes Prometheus metrics including request durations by route', async () => {
    await fetch(`${app.url}/health/live`);
    const res = await fetch(`${app.url}/metrics`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/plain/);
    const text = await res.text();
    expect(text).toContain('vigil_process_resident_memory_bytes');
    expect(text).toMatch(
      /vigil_http_request_duration_seconds_count\{method="GET",route="\/health\/live",status="200"\} \d+/,
    );
  });

  it('publishes the OpenAPI document and its UI', async () => {
    const json = await fetch(`${app.url}/api/docs-json`);
    expect(json.status).toBe(200);
    const document = (await json.json()) as { openapi: string; paths: Record<string, unknown> };
    expect(document.openapi).toMatch(/^3\./);
    expect(Object.keys(document.paths)).toEqual(
      expect.arrayContaining(['/health/live', '/health/ready']),
    );
    const ui = await fetch(`${app.url}/api/docs`);
    expect(ui.status).toBe(200);
    expect(await ui.text()).toContain('swagger-ui');
  });
});

describe('the built dashboard', () => {
  let app: TestApp;
  const script = `console.log(${JSON.stringify('vigil '.repeat(500))});\n`;

  beforeAll(async () => {
    // What the web build writes: each asset with its .br and .gz twins.
    const dir = mkdtempSync(join(tmpdir(), 'vigil-web-'));
    mkdirSync(join(dir, 'assets'));
    writeFileSync(join(dir, 'index.html'), '<!doctype html><title>Vigil</title>');
    writeFileSync(join(dir, 'assets/app-1a2b.js'), script);
    writeFileSync(join(dir, 'assets/app-1a2b.js.br'), brotliCompressSync(script));
    writeFileSync(join(dir, 'assets/app-1a2b.js.gz'), gzipSync(script));
    app = await startTestApp({ WEB_DIST_DIR: dir });
  });
  afterAll(() => app.close());

  const asset = (acceptEncoding: string) =>
    fetch(`${app.url}/assets/app-1a2b.js`, { headers: { 'accept-encoding': acceptEncoding } });

  it.each([
    ['br, gzip', 'br'],
    ['gzip', 'gzip'],
    ['identity', null],
  ])('serves assets precompressed for Accept-Encoding %s', async (accepted, encoding) => {
    const res = await asset(accepted);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-encoding')).toBe(encoding);
    expect(res.headers.get('content-type')).toMatch(/^text\/javascript/);
    expect(res.headers.get('vary')).toMatch(/accept-encoding/i);
    expect(res.headers.get('cache-control')).toMatch(/immutable/);
    expect(await res.text()).toBe(script);
  });
});
