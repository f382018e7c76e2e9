import { auditEvents, createToken, createUser, signIn } from '../../../test/auth-helpers.js';
import { call } from '../../../test/http-client.js';
import { startMailSink, type MailSink } from '../../../test/mail-sink.js';
import { startTestApp, type TestApp, truncateAll } from '../../../test/test-app.js';

describe('own preferences: the console language', () => {
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

  it('follows the browser until a person chooses, keeps the choice across sessions, and audits it', async () => {
    const user = await createUser(app, 'dpo');
    const session = await signIn(app, mail, user.email);
    expect((await call(app.url, '/api/v1/auth/me', { session })).body).toMatchObject({
      locale: null,
    });

    const changed = await call(app.url, '/api/v1/auth/me', {
      method: 'PATCH',
      session,
      body: { locale: 'fr-CA' },
    });
    expect(changed).toMatchObject({ status: 200, body: { email: user.email, locale: 'fr-CA' } });

    const again = await signIn(app, mail, user.email);
    expect((await call(app.url, '/api/v1/auth/session', { session: again })).body).toMatchObject({
      user: { locale: 'fr-CA' },
    });
    const [event] = await auditEvents(app, 'user.preferences.update');
    expect(event).toMatchObject({ outcome: 'success', actor_email: user.email });
    expect(event?.metadata).toMatchObject({ locale: { from: null, to: 'fr-CA' } });

    // Choosing what is already set changes nothing and records nothing.
    await call(app.url, '/api/v1/auth/me', { method: 'PATCH', session, body: { locale: 'fr-CA' } });
    expect(await auditEvents(app, 'user.preferences.update')).toHaveLength(1);

    await call(app.url, '/api/v1/auth/me', { method: 'PATCH', session, body: { locale: null } });
    expect((await call(app.url, '/api/v1/auth/me', { session })).body).toMatchObject({
      locale: null,
    });
  });

  it('refuses languages the console does not have, unknown fields and a missing CSRF token', async () => {
    const user = await createUser(app, 'auditor');
    const session = await signIn(app, mail, user.email);
    for (const body of [{ locale: 'de' }, { locale: 'fr' }, { locale: 'en', role: 'admin' }, {}]) {
      const refused = await call(app.url, '/api/v1/auth/me', { method: 'PATCH', session, body });
      expect(refused.status).toBe(400);
      expect(refused.headers.get('content-type')).toMatch(/application\/problem\+json/);
    }
    const noCsrf = await call(app.url, '/api/v1/auth/me', {
      method: 'PATCH',
      session,
      withoutCsrf: true,
      body: { locale: 'en' },
    });
    expect(noCsrf.status).toBe(403);
    expect((await call(app.url, '/api/v1/auth/me', { session })).body).toMatchObject({
      role: 'auditor',
      locale: null,
    });
  });

  it('lets a token caller set the language of the person the token belongs to', async () => {
    const user = await createUser(app, 'security_lead');
    const bearer = await createToken(app, user.email);
    const changed = await call(app.url, '/api/v1/auth/me', {
      method: 'PATCH',
      bearer,
      body: { locale: 'en' },
    });
    expect(changed).toMatchObject({ status: 200, body: { locale: 'en', via: 'token' } });
  });
});
