import { copyFileSync, mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createUser } from '../../test/auth-helpers.js';
import { call } from '../../test/http-client.js';
import { startMailSink, type MailSink } from '../../test/mail-sink.js';
import { startTestApp, type TestApp, truncateAll } from '../../test/test-app.js';

/**
 * The security review (issue 10) in one place, each promise checked against the running app.
 * Longer flows live beside their code: sign-in limits and lockout in modules/auth/sign-in.int-spec.ts,
 * secrets in logs in common/secret-logging.int-spec.ts, the database role in
 * database/app-role.int-spec.ts; the dependency audit is scripts/audit-deps.mjs.
 */

const WEB_SOURCE = resolve('apps/web');
const EVIL = 'https://evil.example';
const ONE_YEAR = 365 * 24 * 60 * 60;

/** The dashboard's own page template and its external theme script, served as the build serves them. */
const dashboardFixture = (): string => {
  const dir = mkdtempSync(join(tmpdir(), 'vigil-web-'));
  mkdirSync(join(dir, 'assets'));
  copyFileSync(join(WEB_SOURCE, 'index.html'), join(dir, 'index.html'));
  copyFileSync(join(WEB_SOURCE, 'public/theme-init.js'), join(dir, 'theme-init.js'));
  return dir;
};

const csp = (header: string | null): Map<string, string[]> =>
  new Map(
    (header ?? '')
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .filter((parts) => parts[0])
      .map(([name, ...values]) => [name as string, values]),
  );

const expectSecurityHeaders = (res: Response, what: string) => {
  const headers = res.headers;
  const hsts = /max-age=(\d+)/.exec(headers.get('strict-transport-security') ?? '');
  const policy = csp(headers.get('content-security-policy'));
  const scripts = policy.get('script-src') ?? policy.get('default-src');
  expect({
    what,
    hstsAtLeastAYear: Number(hsts?.[1] ?? 0) >= ONE_YEAR,
    scriptSrc: scripts,
    frameAncestors: policy.get('frame-ancestors'),
    objectSrc: policy.get('object-src'),
    xFrameOptions: headers.get('x-frame-options'),
    referrerPolicy: headers.get('referrer-policy'),
    nosniff: headers.get('x-content-type-options'),
    poweredBy: headers.get('x-powered-by'),
  }).toEqual({
    what,
    hstsAtLeastAYear: true,
    scriptSrc: ["'self'"],
    frameAncestors: ["'none'"],
    objectSrc: ["'none'"],
    xFrameOptions: 'DENY',
    referrerPolicy: expect.stringMatching(/^(no-referrer|same-origin|strict-origin)$/),
    nosniff: 'nosniff',
    poweredBy: null,
  });
  expect(scripts?.join(' ')).not.toMatch(/unsafe-inline|unsafe-eval|\*|data:/);
};

describe('security review', () => {
  let app: TestApp;
  let mail: MailSink;

  beforeAll(async () => {
    await truncateAll();
    mail = await startMailSink();
    app = await startTestApp({ SMTP_URL: mail.url, WEB_DIST_DIR: dashboardFixture() });
  });
  afterAll(async () => {
    await app.close();
    await mail.close();
  });

  describe('headers', () => {
    it.each([
      ['the dashboard page', '/', 'text/html', 200],
      ['a client route of the dashboard', '/incidents', 'text/html', 200],
      ['an API route', '/api/v1/auth/session', 'application/json', 200],
      ['the OpenAPI UI', '/api/docs', 'text/html', 200],
      ['a problem response', '/api/v1/no-such-thing', 'application/json', 404],
    ])(
      '%s sends HSTS, a CSP without inline scripts, no framing, a referrer policy and nosniff',
      async (what, path, accept, status) => {
        const res = await fetch(`${app.url}${path}`, { headers: { accept } });
        expect(res.status).toBe(status);
        if (status === 404) {
          expect(res.headers.get('content-type')).toMatch(/^application\/problem\+json/);
        }
        expectSecurityHeaders(res, what);
      },
    );

    it.each([
      ['the dashboard', '/', '<div id="root">'],
      ['the OpenAPI UI', '/api/docs', 'swagger-ui'],
    ])(
      'serves %s with no inline script, so the CSP does not break it',
      async (_what, path, marker) => {
        const html = await (
          await fetch(`${app.url}${path}`, { headers: { accept: 'text/html' } })
        ).text();
        expect(html).toContain(marker);
        const scripts = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)];
        expect(scripts.length).toBeGreaterThan(0);
        for (const [, attributes, body] of scripts) {
          expect(attributes).toMatch(/\bsrc="[^"]+"/);
          expect(body?.trim()).toBe('');
        }
        expect(html).not.toMatch(/\son[a-z]+\s*=|javascript:/i);
      },
    );

    it('lets only the OpenAPI UI use inline styles, never inline scripts', async () => {
      const docs = csp((await fetch(`${app.url}/api/docs`)).headers.get('content-security-policy'));
      const page = csp((await fetch(`${app.url}/`)).headers.get('content-security-policy'));
      expect(docs.get('style-src')).toContain("'unsafe-inline'");
      expect(page.get('style-src')).toEqual(["'self'"]);
    });
  });

  describe('session cookie', () => {
    const signInCookie = async (target: TestApp, inbox: MailSink): Promise<string> => {
      const user = await createUser(target, 'auditor');
      await call(target.url, '/api/v1/auth/otp', { method: 'POST', body: { email: user.email } });
      const code = await inbox.nextCode(user.email);
      const res = await fetch(`${target.url}/api/v1/auth/otp/verify`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ email: user.email, code }),
      });
      expect(res.status).toBe(200);
      return res.headers.get('set-cookie') ?? '';
    };
    const attributes = (setCookie: string) =>
      setCookie
        .split(';')
        .slice(1)
        .map((a) => a.trim().split('=')[0]?.toLowerCase());

    it('is HttpOnly, SameSite=Strict and Path=/ (plain http on localhost: not Secure, or browsers drop it)', async () => {
      const cookie = await signInCookie(app, mail);
      expect(cookie).toMatch(/^vigil_session=[^;]+;/);
      expect(cookie).toMatch(/; HttpOnly/);
      expect(cookie).toMatch(/; SameSite=Strict/);
      expect(cookie).toMatch(/; Path=\//);
      expect(attributes(cookie)).not.toContain('domain');
    });

    it('is Secure and __Host- prefixed once PUBLIC_URL is https (TLS here or at a proxy)', async () => {
      const inbox = await startMailSink();
      const behindTls = await startTestApp({
        SMTP_URL: inbox.url,
        PUBLIC_URL: 'https://vigil.example.test',
        TRUST_PROXY: 'true',
      });
      try {
        const cookie = await signInCookie(behindTls, inbox);
        expect(cookie).toMatch(/^__Host-vigil_session=[^;]+;/);
        expect(attributes(cookie)).toEqual(
          expect.arrayContaining(['secure', 'httponly', 'samesite', 'path']),
        );
        expect(cookie).toMatch(/; SameSite=Strict/);
        expect(cookie).toMatch(/; Path=\//);
        expect(attributes(cookie)).not.toContain('domain');
      } finally {
        await behindTls.close();
        await inbox.close();
      }
    });
  });

  describe('CORS is closed', () => {
    const corsHeaders = (res: Response) =>
      [...res.headers.keys()].filter((name) => name.startsWith('access-control-'));

    it('answers a cross-origin preflight with no Access-Control-Allow-* header', async () => {
      const res = await fetch(`${app.url}/api/v1/incidents`, {
        method: 'OPTIONS',
        headers: {
          origin: EVIL,
          'access-control-request-method': 'POST',
          'access-control-request-headers': 'content-type, x-csrf-token',
        },
      });
      expect(corsHeaders(res)).toEqual([]);
    });

    it('answers a cross-origin GET, with or without credentials, with no Access-Control-Allow-* header', async () => {
      const attempts: Record<string, string>[] = [
        { origin: EVIL },
        { origin: EVIL, cookie: 'vigil_session=anything' },
        { origin: EVIL, authorization: 'Bearer vgl_pat_nothing' },
      ];
      for (const headers of attempts) {
        const res = await fetch(`${app.url}/api/v1/auth/session`, { headers });
        expect(corsHeaders(res)).toEqual([]);
      }
    });
  });

  describe('rate limits (full flows in modules/auth/sign-in.int-spec.ts)', () => {
    const expectLimited = (reply: { status: number; headers: Headers; body: unknown }) => {
      expect(reply.status).toBe(429);
      expect(reply.headers.get('content-type')).toMatch(/^application\/problem\+json/);
      expect(Number(reply.headers.get('retry-after'))).toBeGreaterThan(0);
    };

    it('limits code requests per address', async () => {
      const email = 'review-flood@example.test';
      const replies = [];
      for (let i = 0; i < 6; i++) {
        replies.push(await call(app.url, '/api/v1/auth/otp', { method: 'POST', body: { email } }));
      }
      expect(replies.slice(0, 5).map((r) => r.status)).toEqual([202, 202, 202, 202, 202]);
      expectLimited(replies[5] as (typeof replies)[number]);
    });

    it('locks code verification for an address after 5 wrong codes, known address or not', async () => {
      const email = 'review-guess@example.test';
      for (let i = 0; i < 5; i++) {
        const wrong = await call(app.url, '/api/v1/auth/otp/verify', {
          method: 'POST',
          body: { email, code: String(100000 + i) },
        });
        expect(wrong.status).toBe(401);
      }
      const locked = await call(app.url, '/api/v1/auth/otp/verify', {
        method: 'POST',
        body: { email, code: '123456' },
      });
      expectLimited(locked);
      expect(Number(locked.headers.get('retry-after'))).toBeGreaterThan(14 * 60);
    });

    // Last: it uses up this address's verification budget for the rest of the file.
    it('limits code verifications per client address across many addresses', async () => {
      let reply: Awaited<ReturnType<typeof call>> | undefined;
      for (let i = 0; i < 70 && reply?.status !== 429; i++) {
        reply = await call(app.url, '/api/v1/auth/otp/verify', {
          method: 'POST',
          body: { email: `spray-${i}@example.test`, code: '000000' },
        });
      }
      expectLimited(reply as NonNullable<typeof reply>);
    });
  });
});
