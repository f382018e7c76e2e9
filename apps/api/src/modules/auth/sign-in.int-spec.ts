import {
  auditEvents,
  createIngestKey,
  createToken,
  createUser,
  signIn,
} from '../../../test/auth-helpers.js';
import { call } from '../../../test/http-client.js';
import { startMailSink, type MailSink } from '../../../test/mail-sink.js';
import { startTestApp, type TestApp, truncateAll } from '../../../test/test-app.js';

describe('sign-in, sessions and credentials', () => {
  let app: TestApp;
  let mail: MailSink;

  beforeAll(async () => {
    mail = await startMailSink();
    await truncateAll();
    app = await startTestApp({ SMTP_URL: mail.url });
  });
  afterAll(async () => {
    await app.close();
    await mail.close();
  });

  it('signs in with a mailed code, keeps the session HttpOnly/SameSite=Strict, and signs out for good', async () => {
    const user = await createUser(app, 'security_lead');
    await call(app.url, '/api/v1/auth/otp', { method: 'POST', body: { email: user.email } });
    const code = await mail.nextCode(user.email);
    const verified = await fetch(`${app.url}/api/v1/auth/otp/verify`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: user.email.toUpperCase(), code }),
    });
    expect(verified.status).toBe(200);
    const setCookie = verified.headers.get('set-cookie') ?? '';
    expect(setCookie).toMatch(/^vigil_session=[\w-]{43};/);
    expect(setCookie).toMatch(/HttpOnly/);
    expect(setCookie).toMatch(/SameSite=Strict/);
    const session = {
      cookie: setCookie.split(';')[0] as string,
      csrfToken: ((await verified.json()) as { csrfToken: string }).csrfToken,
    };

    const me = await call(app.url, '/api/v1/auth/me', { session });
    expect(me).toMatchObject({
      status: 200,
      body: { email: user.email, role: 'security_lead', via: 'session' },
    });
    expect((await call(app.url, '/api/v1/auth/csrf', { session })).body).toEqual({
      token: session.csrfToken,
    });

    expect((await call(app.url, '/api/v1/auth/logout', { method: 'POST', session })).status).toBe(
      204,
    );
    expect((await call(app.url, '/api/v1/auth/me', { session })).status).toBe(401);
    expect((await call(app.url, '/api/v1/auth/session', { session })).body).toEqual({ user: null });
    const [logout] = await auditEvents(app, 'auth.logout');
    expect(logout).toMatchObject({ outcome: 'success', actor_email: user.email, ip: '127.0.0.1' });
    const [login] = await auditEvents(app, 'auth.login');
    expect(login).toMatchObject({ outcome: 'success', actor_id: user.id, ip: '127.0.0.1' });
  });

  it('answers the same 202 for unknown and inactive addresses, sends them nothing, and audits the attempt', async () => {
    const before = mail.mails.length;
    const unknown = await call(app.url, '/api/v1/auth/otp', {
      method: 'POST',
      body: { email: 'nobody@example.test' },
    });
    const known = await createUser(app, 'dpo');
    const knownReply = await call(app.url, '/api/v1/auth/otp', {
      method: 'POST',
      body: { email: known.email },
    });
    expect(unknown.status).toBe(202);
    expect(knownReply.status).toBe(202);
    expect(unknown.body).toEqual(knownReply.body);
    await mail.nextCode(known.email);
    expect(mail.mails.slice(before).flatMap((m) => m.to)).toEqual([known.email]);
    const [attempt] = (await auditEvents(app, 'auth.otp.request')).filter(
      (e) => e.actor_email === 'nobody@example.test',
    );
    expect(attempt).toMatchObject({
      outcome: 'failure',
      metadata: { reason: 'unknown_email' },
      ip: '127.0.0.1',
    });
  });

  it('refuses a replayed code', async () => {
    const user = await createUser(app, 'auditor');
    await call(app.url, '/api/v1/auth/otp', { method: 'POST', body: { email: user.email } });
    const code = await mail.nextCode(user.email);
    const body = { email: user.email, code };
    expect((await call(app.url, '/api/v1/auth/otp/verify', { method: 'POST', body })).status).toBe(
      200,
    );
    const replay = await call(app.url, '/api/v1/auth/otp/verify', { method: 'POST', body });
    expect(replay.status).toBe(401);
    expect(replay.headers.get('content-type')).toMatch(/problem\+json/);
    const [failure] = (await auditEvents(app, 'auth.login')).filter((e) => e.outcome === 'failure');
    expect(failure).toMatchObject({
      actor_id: user.id,
      ip: '127.0.0.1',
      metadata: { reason: 'wrong_code' },
    });
  });

  it('locks an address for 15 minutes after 5 wrong codes, even with the right code', async () => {
    const user = await createUser(app, 'responder');
    await call(app.url, '/api/v1/auth/otp', { method: 'POST', body: { email: user.email } });
    const code = await mail.nextCode(user.email);
    const wrong = code === '000000' ? '111111' : '000000';
    for (let i = 0; i < 5; i++) {
      const reply = await call(app.url, '/api/v1/auth/otp/verify', {
        method: 'POST',
        body: { email: user.email, code: wrong },
      });
      expect(reply.status).toBe(401);
    }
    const locked = await call(app.url, '/api/v1/auth/otp/verify', {
      method: 'POST',
      body: { email: user.email, code },
    });
    expect(locked.status).toBe(429);
    expect(Number(locked.headers.get('retry-after'))).toBeGreaterThan(14 * 60);
    const [lockout] = (await auditEvents(app, 'auth.lockout')).filter(
      (e) => e.actor_id === user.id,
    );
    expect(lockout).toMatchObject({ outcome: 'success', ip: '127.0.0.1' });
    const [refused] = (await auditEvents(app, 'auth.login')).filter((e) => e.actor_id === user.id);
    expect(refused).toMatchObject({ outcome: 'failure', metadata: { reason: 'locked' } });
  });

  it('limits code requests per address with 429 and Retry-After', async () => {
    const email = 'flood@example.test';
    const replies = [];
    for (let i = 0; i < 6; i++)
      replies.push(await call(app.url, '/api/v1/auth/otp', { method: 'POST', body: { email } }));
    expect(replies.slice(0, 5).map((r) => r.status)).toEqual([202, 202, 202, 202, 202]);
    expect(replies[5]?.status).toBe(429);
    expect(Number(replies[5]?.headers.get('retry-after'))).toBeGreaterThan(0);
  });

  it('refuses a cookie-session POST without the CSRF token, and audits it', async () => {
    const admin = await createUser(app, 'admin');
    const session = await signIn(app, mail, admin.email);
    const refused = await call(app.url, '/api/v1/organizations', {
      method: 'POST',
      session,
      withoutCsrf: true,
      body: { name: 'Acme' },
    });
    expect(refused.status).toBe(403);
    const forged = await call(app.url, '/api/v1/organizations', {
      method: 'POST',
      session: { ...session, csrfToken: 'forged' },
      body: { name: 'Acme' },
    });
    expect(forged.status).toBe(403);
    const accepted = await call(app.url, '/api/v1/organizations', {
      method: 'POST',
      session,
      body: { name: 'Acme' },
    });
    expect(accepted.status).toBe(201);
    const rejections = (await auditEvents(app, 'auth.csrf.rejected')).filter(
      (e) => e.actor_id === admin.id,
    );
    expect(rejections).toHaveLength(2);
    expect(rejections[0]).toMatchObject({ outcome: 'failure', ip: '127.0.0.1' });
  });

  it('ends a session idle for 30 minutes', async () => {
    const user = await createUser(app, 'dpo');
    const session = await signIn(app, mail, user.email);
    await app.dataSource.query(
      `UPDATE session SET last_seen_at = now() - interval '31 minutes' WHERE user_id = $1`,
      [user.id],
    );
    expect((await call(app.url, '/api/v1/auth/me', { session })).status).toBe(401);
    const [ended] = (await auditEvents(app, 'auth.session.end')).filter(
      (e) => e.actor_id === user.id,
    );
    expect(ended).toMatchObject({ metadata: { reason: 'idle_timeout' } });
  });

  it('rotates the session on sign-in: the earlier cookie stops working', async () => {
    const user = await createUser(app, 'auditor');
    const first = await signIn(app, mail, user.email);
    await call(app.url, '/api/v1/auth/otp', { method: 'POST', body: { email: user.email } });
    const code = await mail.nextCode(user.email);
    const again = await call(app.url, '/api/v1/auth/otp/verify', {
      method: 'POST',
      body: { email: user.email, code },
      headers: { cookie: first.cookie },
    });
    expect(again.status).toBe(200);
    expect((await call(app.url, '/api/v1/auth/me', { session: first })).status).toBe(401);
  });

  it('refuses a revoked token on its next call, and audits creation, use and revocation', async () => {
    const admin = await createUser(app, 'admin');
    const session = await signIn(app, mail, admin.email);
    const created = await call<{ secret: string; credential: { id: string; prefix: string } }>(
      app.url,
      '/api/v1/api-tokens',
      { method: 'POST', session, body: { name: 'deploy script' } },
    );
    expect(created.status).toBe(201);
    const { secret, credential } = created.body;
    expect(secret.startsWith(credential.prefix)).toBe(true);
    const stored = (await app.dataSource.query('SELECT secret_hash FROM credential WHERE id = $1', [
      credential.id,
    ])) as {
      secret_hash: Buffer;
    }[];
    expect(stored[0]?.secret_hash.toString('utf8')).not.toContain(secret);

    expect((await call(app.url, '/api/v1/auth/me', { bearer: secret })).status).toBe(200);
    const listed = await call<{ items: { id: string; lastUsedAt: string | null }[] }>(
      app.url,
      '/api/v1/api-tokens',
      { session },
    );
    expect(JSON.stringify(listed.body)).not.toContain(secret);
    expect(listed.body.items.find((c) => c.id === credential.id)?.lastUsedAt).not.toBeNull();

    const revoked = await call(app.url, `/api/v1/api-tokens/${credential.id}/revoke`, {
      method: 'POST',
      session,
    });
    expect(revoked.status).toBe(200);
    const after = await call(app.url, '/api/v1/auth/me', { bearer: secret });
    expect(after.status).toBe(401);

    expect(
      (await auditEvents(app, 'token.create')).some((e) => e.target_id === credential.id),
    ).toBe(true);
    expect((await auditEvents(app, 'token.revoke'))[0]).toMatchObject({
      target_id: credential.id,
      actor_id: admin.id,
    });
    const uses = (await auditEvents(app, 'token.use')).filter((e) => e.target_id === credential.id);
    expect(uses.map((u) => u.outcome)).toEqual(['failure', 'success']);
    expect(uses[0]).toMatchObject({ metadata: { reason: 'revoked' }, ip: '127.0.0.1' });
  });

  it('deactivating a user ends its sessions and tokens at once', async () => {
    const admin = await createUser(app, 'admin');
    const adminSession = await signIn(app, mail, admin.email);
    const leaver = await createUser(app, 'security_lead');
    const leaverSession = await signIn(app, mail, leaver.email);
    const token = await createToken(app, leaver.email);
    expect((await call(app.url, '/api/v1/auth/me', { bearer: token })).status).toBe(200);

    const reply = await call(app.url, `/api/v1/users/${leaver.id}`, {
      method: 'PATCH',
      session: adminSession,
      body: { active: false },
    });
    expect(reply).toMatchObject({ status: 200, body: { active: false } });
    expect((await call(app.url, '/api/v1/auth/me', { session: leaverSession })).status).toBe(401);
    expect((await call(app.url, '/api/v1/auth/me', { bearer: token })).status).toBe(401);
    const [deactivation] = await auditEvents(app, 'user.deactivate');
    expect(deactivation).toMatchObject({
      actor_id: admin.id,
      target_id: leaver.id,
      metadata: { sessionsEnded: 1, tokensRevoked: 1 },
    });
    // The code it could still ask for would sign in nobody.
    await call(app.url, '/api/v1/auth/otp', { method: 'POST', body: { email: leaver.email } });
    const [request] = (await auditEvents(app, 'auth.otp.request')).filter(
      (e) => e.actor_id === leaver.id,
    );
    expect(request).toMatchObject({ outcome: 'failure', metadata: { reason: 'user_inactive' } });
  });

  it('lets an ingest key call only ingest endpoints', async () => {
    const key = await createIngestKey(app);
    const reply = await call(app.url, '/api/v1/auth/me', { bearer: key });
    expect(reply.status).toBe(403);
    expect((await call(app.url, '/api/v1/audit-events', { bearer: key })).status).toBe(403);
  });

  it('shows a client_auditor only its own organization, and nothing of another', async () => {
    const admin = await createUser(app, 'admin');
    const session = await signIn(app, mail, admin.email);
    const create = (id: string) =>
      call(app.url, '/api/v1/organizations', {
        method: 'POST',
        session,
        body: {
          id,
          name: id,
          jurisdictions: ['CA-QC'],
          contacts: [{ name: 'DPO', email: `dpo@${id}.test` }],
        },
      });
    expect((await create('org-alpha')).status).toBe(201);
    expect((await create('org-beta')).status).toBe(201);
    const clientAuditor = await createUser(app, 'client_auditor', { organizationId: 'org-alpha' });
    const token = await createToken(app, clientAuditor.email);

    const list = await call<{ items: { id: string }[] }>(app.url, '/api/v1/organizations', {
      bearer: token,
    });
    expect(list.body.items.map((o) => o.id)).toEqual(['org-alpha']);
    expect((await call(app.url, '/api/v1/organizations/org-alpha', { bearer: token })).status).toBe(
      200,
    );
    const other = await call(app.url, '/api/v1/organizations/org-beta', { bearer: token });
    expect(other.status).toBe(404);

    const events = await call<{ items: { organizationId?: string }[] }>(
      app.url,
      '/api/v1/audit-events?organizationId=org-beta&limit=1000',
      { bearer: token },
    );
    expect(events.status).toBe(200);
    expect(events.body.items).toEqual([]);
    const own = await call<{ items: { organizationId?: string; action: string }[] }>(
      app.url,
      '/api/v1/audit-events?limit=1000',
      { bearer: token },
    );
    expect(own.body.items.length).toBeGreaterThan(0);
    expect(own.body.items.every((e) => e.organizationId === 'org-alpha')).toBe(true);
  });
});
