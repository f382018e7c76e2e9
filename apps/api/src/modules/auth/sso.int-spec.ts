import { createHash } from 'node:crypto';
import { createServer } from 'node:net';
import { auditEvents, createUser } from '../../../test/auth-helpers.js';
import { call } from '../../../test/http-client.js';
import { type OidcProvider, startOidcProvider } from '../../../test/oidc-provider.js';
import { startTestApp, type TestApp, truncateAll } from '../../../test/test-app.js';

/** PUBLIC_URL must name the app's own port for the redirect_uri, so the port is chosen first. */
const freePort = () =>
  new Promise<number>((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });

const manual = (url: string, cookie?: string) =>
  fetch(url, { redirect: 'manual', headers: cookie ? { cookie } : {} });

const location = (res: globalThis.Response): string => {
  const value = res.headers.get('location');
  if (!value) throw new Error(`expected a redirect, got ${res.status}: no Location`);
  return value;
};

const cookieNamed = (res: globalThis.Response, name: string): string | undefined =>
  res.headers
    .getSetCookie()
    .map((c) => c.split(';')[0] as string)
    .find((c) => c.startsWith(`${name}=`) && c.length > name.length + 1);

interface Flow {
  /** The provider's authorization URL, as /start sent the browser there. */
  authorizeUrl: URL;
  state: string;
  /** The state-binding cookie /start set, ready for a Cookie header. */
  stateCookie: string;
  /** Where the provider sends the browser back. */
  callbackUrl: string;
}

describe('sign-in with OpenID Connect', () => {
  let app: TestApp;
  let provider: OidcProvider;

  beforeAll(async () => {
    await truncateAll();
    provider = await startOidcProvider({ clientId: 'vigil', clientSecret: 's3cret' });
    const port = await freePort();
    app = await startTestApp({
      PORT: String(port),
      PUBLIC_URL: `http://localhost:${port}`,
      OIDC_ISSUER: provider.url,
      OIDC_CLIENT_ID: 'vigil',
      OIDC_CLIENT_SECRET: 's3cret',
    });
  });
  afterAll(async () => {
    await app.close();
    await provider.close();
  });

  /** The browser's trip out: /start, then the provider's /authorize, up to the way back. */
  const begin = async (): Promise<Flow> => {
    const started = await manual(`${app.url}/api/v1/auth/sso/start`);
    expect(started.status).toBe(302);
    const authorizeUrl = new URL(location(started));
    const stateCookie = cookieNamed(started, 'vigil_sso_state');
    if (!stateCookie) throw new Error('/start set no state cookie');
    const authorized = await manual(authorizeUrl.toString());
    expect(authorized.status).toBe(302);
    return {
      authorizeUrl,
      state: authorizeUrl.searchParams.get('state') ?? '',
      stateCookie,
      callbackUrl: location(authorized),
    };
  };

  const finish = async (flow: Flow, callbackUrl = flow.callbackUrl) => {
    const res = await manual(callbackUrl, flow.stateCookie);
    expect(res.status).toBe(302);
    return { location: location(res), session: cookieNamed(res, 'vigil_session') };
  };

  const signInAs = async (user: { sub?: string; email: string; email_verified?: boolean }) => {
    provider.user = { sub: `sub-${user.email}`, email_verified: true, ...user };
    return finish(await begin());
  };

  const failuresFor = async (reason: string) =>
    (await auditEvents(app, 'auth.login')).filter(
      (e) => e.outcome === 'failure' && e.metadata?.reason === reason,
    );

  const openSessions = async (userId: string) =>
    (
      (await app.dataSource.query(
        'SELECT count(*)::int AS n FROM session WHERE user_id = $1 AND ended_at IS NULL',
        [userId],
      )) as { n: number }[]
    )[0]?.n;

  it('says SSO is on, and with which provider', async () => {
    expect((await call(app.url, '/api/v1/auth/sso')).body).toEqual({
      enabled: true,
      issuer: provider.url,
    });
  });

  it('sends the browser to the provider with PKCE, state and nonce', async () => {
    const started = await manual(`${app.url}/api/v1/auth/sso/start`);
    const url = new URL(location(started));
    expect(`${url.origin}${url.pathname}`).toBe(`${provider.url}/authorize`);
    expect(Object.fromEntries(url.searchParams)).toMatchObject({
      response_type: 'code',
      client_id: 'vigil',
      redirect_uri: `${app.url}/api/v1/auth/sso/callback`,
      scope: 'openid email profile',
      code_challenge_method: 'S256',
    });
    expect(url.searchParams.get('code_challenge')).toMatch(/^[\w-]{43}$/);
    expect(url.searchParams.get('state')).toMatch(/^[\w-]{43}$/);
    expect(url.searchParams.get('nonce')).toMatch(/^[\w-]{43}$/);
    expect(started.headers.get('set-cookie')).toMatch(/HttpOnly/);
    expect(started.headers.get('set-cookie')).toMatch(/SameSite=Lax/);
  });

  it('signs in an active user whose verified email matches, and audits it', async () => {
    const user = await createUser(app, 'security_lead');
    const { location: landing, session } = await signInAs({ email: user.email.toUpperCase() });
    expect(landing).toBe('/');
    expect(session).toMatch(/^vigil_session=[\w-]{43}$/);

    const me = await call(app.url, '/api/v1/auth/me', {
      session: { cookie: session ?? '', csrfToken: '' },
    });
    expect(me).toMatchObject({
      status: 200,
      body: { email: user.email, role: 'security_lead', via: 'session' },
    });
    const [login] = (await auditEvents(app, 'auth.login')).filter((e) => e.actor_id === user.id);
    expect(login).toMatchObject({
      outcome: 'success',
      ip: '127.0.0.1',
      metadata: { method: 'sso', issuer: provider.url },
    });
    const [row] = (await app.dataSource.query(
      `SELECT s.method, u.last_sign_in_at FROM session s JOIN app_user u ON u.id = s.user_id
        WHERE s.user_id = $1`,
      [user.id],
    )) as { method: string; last_sign_in_at: Date | null }[];
    expect(row?.method).toBe('sso');
    expect(row?.last_sign_in_at).not.toBeNull();
  });

  it.each([
    ['an unverified email', 'email_unverified', { email_verified: false }],
    ['an address with no account', 'unknown_user', { email: 'stranger@example.test' }],
    ['a deactivated account', 'user_inactive', { deactivate: true }],
  ])(
    'refuses %s, sends the browser back to sign-in, and audits why',
    async (_case, reason, how) => {
      const user = await createUser(app, 'responder');
      if ('deactivate' in how) {
        await app.dataSource.query('UPDATE app_user SET active = false WHERE id = $1', [user.id]);
      }
      const { location: landing, session } = await signInAs({
        email: 'email' in how ? how.email : user.email,
        email_verified: 'email_verified' in how ? how.email_verified : true,
      });
      expect(landing).toBe(`/sign-in?sso_error=${reason}`);
      expect(session).toBeUndefined();
      expect(await openSessions(user.id)).toBe(0);
      const [failure] = await failuresFor(reason);
      expect(failure).toMatchObject({ ip: '127.0.0.1', metadata: { method: 'sso', reason } });
    },
  );

  it('refuses a tampered state, and one the browser was never given', async () => {
    const user = await createUser(app, 'dpo');
    provider.user = { sub: 'sub-dpo', email: user.email, email_verified: true };
    const flow = await begin();
    const tampered = new URL(flow.callbackUrl);
    tampered.searchParams.set(
      'state',
      `${flow.state.slice(0, -1)}${flow.state.endsWith('A') ? 'B' : 'A'}`,
    );
    expect(await finish(flow, tampered.toString())).toEqual({
      location: '/sign-in?sso_error=state_invalid',
      session: undefined,
    });
    // Login CSRF: someone else's callback link, opened in a browser that did not start the flow.
    expect(await finish({ ...flow, stateCookie: 'vigil_sso_state=mine' })).toEqual({
      location: '/sign-in?sso_error=state_invalid',
      session: undefined,
    });
    expect(await openSessions(user.id)).toBe(0);
    expect((await failuresFor('state_invalid')).length).toBeGreaterThanOrEqual(2);
  });

  it('refuses a replayed callback: the state is spent by the first', async () => {
    const user = await createUser(app, 'auditor');
    provider.user = { sub: 'sub-auditor', email: user.email, email_verified: true };
    const flow = await begin();
    expect((await finish(flow)).location).toBe('/');
    const before = (await failuresFor('state_invalid')).length;
    expect(await finish(flow)).toEqual({
      location: '/sign-in?sso_error=state_invalid',
      session: undefined,
    });
    expect(await openSessions(user.id)).toBe(1);
    expect(await failuresFor('state_invalid')).toHaveLength(before + 1);
  });

  it('refuses a state older than 10 minutes', async () => {
    const user = await createUser(app, 'auditor');
    provider.user = { sub: 'sub-late', email: user.email, email_verified: true };
    const flow = await begin();
    await app.dataSource.query(
      `UPDATE oidc_login_state SET expires_at = now() - interval '1 second' WHERE state_hash = $1`,
      [createHash('sha256').update(flow.state).digest()],
    );
    expect((await finish(flow)).location).toBe('/sign-in?sso_error=state_invalid');
    expect(await openSessions(user.id)).toBe(0);
  });

  it('fails the code exchange when the PKCE verifier is not the one the challenge was made from', async () => {
    const user = await createUser(app, 'responder');
    provider.user = { sub: 'sub-pkce', email: user.email, email_verified: true };
    const flow = await begin();
    await app.dataSource.query(
      `UPDATE oidc_login_state SET code_verifier = $2 WHERE state_hash = $1`,
      [createHash('sha256').update(flow.state).digest(), 'x'.repeat(43)],
    );
    expect(await finish(flow)).toEqual({
      location: '/sign-in?sso_error=token_exchange_failed',
      session: undefined,
    });
    expect(provider.refusals.at(-1)).toBe('code_verifier');
    expect(await openSessions(user.id)).toBe(0);
    const [failure] = await failuresFor('token_exchange_failed');
    expect(failure).toMatchObject({ metadata: { method: 'sso' } });
    expect(JSON.stringify(failure)).not.toMatch(/eyJ/); // no token reaches the audit log
  });
});

describe('sign-in with OpenID Connect, not configured', () => {
  let app: TestApp;

  beforeAll(async () => {
    app = await startTestApp();
  });
  afterAll(() => app.close());

  it('says SSO is off and answers /start with a 404 problem', async () => {
    expect((await call(app.url, '/api/v1/auth/sso')).body).toEqual({
      enabled: false,
      issuer: null,
    });
    const start = await call(app.url, '/api/v1/auth/sso/start');
    expect(start.status).toBe(404);
    expect(start.headers.get('content-type')).toMatch(/problem\+json/);
  });
});
