import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { createIngestKey, createUser, signIn } from '../../test/auth-helpers.js';
import { call } from '../../test/http-client.js';
import { startMailSink, type MailSink } from '../../test/mail-sink.js';
import { createScratchDatabase, startTestApp, type TestApp } from '../../test/test-app.js';
import { AuditRetentionService } from '../modules/audit-events/audit-retention.service.js';
import { migrate } from './data-source.js';

/** The app signs in as an ordinary role; migrations and grants run as the scratch database's owner. */
describe('least-privilege application role (DATABASE_MIGRATION_URL)', () => {
  const role = `vigil_app_${randomBytes(4).toString('hex')}`;
  const password = randomBytes(12).toString('base64url');
  let scratch: Awaited<ReturnType<typeof createScratchDatabase>>;
  let admin: pg.Client;
  let asApp: pg.Client;
  let app: TestApp;
  let mail: MailSink;

  beforeAll(async () => {
    scratch = await createScratchDatabase();
    admin = new pg.Client({ connectionString: scratch.url });
    await admin.connect();
    await admin.query(`CREATE ROLE ${role} LOGIN PASSWORD '${password}'`);
    const appUrl = new URL(scratch.url);
    appUrl.username = role;
    appUrl.password = password;
    mail = await startMailSink();
    app = await startTestApp({
      DATABASE_URL: appUrl.toString(),
      DATABASE_MIGRATION_URL: scratch.url,
      SMTP_URL: mail.url,
    });
    asApp = new pg.Client({ connectionString: appUrl.toString() });
    await asApp.connect();
  });

  afterAll(async () => {
    await asApp?.end();
    await app?.close();
    await mail?.close();
    await admin?.end();
    await scratch?.drop();
    const cleanup = new pg.Client({
      connectionString:
        process.env.VIGIL_TEST_ADMIN_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres',
    });
    await cleanup.connect();
    await cleanup.query(`DROP ROLE IF EXISTS ${role}`);
    await cleanup.end();
  });

  it('runs the app as the application role, not as the migration role', async () => {
    const [{ user }] = (await app.dataSource.query('SELECT current_user AS user')) as [
      { user: string },
    ];
    expect(user).toBe(role);
    const [{ owner }] = (
      await admin.query<{ owner: string }>(
        `SELECT pg_get_userbyid(relowner) AS owner FROM pg_class WHERE relname = 'audit_event'`,
      )
    ).rows as [{ owner: string }];
    expect(owner).not.toBe(role);
  });

  it('ingests events, creating a month partition at runtime without DDL rights', async () => {
    const key = await createIngestKey(app, 'app-prod');
    const reply = await call(app.url, '/api/v1/audit-events', {
      method: 'POST',
      bearer: key,
      body: {
        events: [
          {
            id: 'evt-now',
            occurredAt: new Date().toISOString(),
            category: 'access',
            action: 'auth.login',
            outcome: 'success',
            actor: { type: 'user', id: 'u_1' },
          },
          {
            // A late event from a month no partition exists for yet.
            id: 'evt-2019',
            occurredAt: '2019-03-04T05:06:07.000Z',
            category: 'data',
            action: 'data.export',
            outcome: 'success',
            actor: { type: 'user', id: 'u_2' },
          },
        ],
      },
    });
    expect(reply).toMatchObject({
      status: 200,
      body: { accepted: 2, duplicates: 0, rejected: [] },
    });
    const { rows } = await admin.query<{ owner: string; app_insert: boolean; app_update: boolean }>(
      `SELECT pg_get_userbyid(relowner) AS owner,
              has_table_privilege($1, 'audit_event_2019_03', 'INSERT') AS app_insert,
              has_table_privilege($1, 'audit_event_2019_03', 'UPDATE') AS app_update
         FROM pg_class WHERE relname = 'audit_event_2019_03'`,
      [role],
    );
    expect(rows).toEqual([
      { owner: expect.not.stringMatching(role), app_insert: true, app_update: false },
    ]);
  });

  it('signs in with a mailed code and creates an incident', async () => {
    const lead = await createUser(app, 'security_lead');
    const session = await signIn(app, mail, lead.email);
    const created = await call<{ id: string }>(app.url, '/api/v1/incidents', {
      method: 'POST',
      session,
      body: { title: 'Least-privilege smoke test', severity: 'SEV3' },
    });
    expect(created.status).toBe(201);
    const read = await call(app.url, `/api/v1/incidents/${created.body.id}`, { session });
    expect(read).toMatchObject({ status: 200, body: { title: 'Least-privilege smoke test' } });
  });

  const refusal = async (sql: string) =>
    asApp.query(sql).then(
      () => 'allowed',
      (error: { code?: string; message: string }) => `${error.code}: ${error.message}`,
    );

  it.each([
    ['CREATE TABLE', 'CREATE TABLE sneaky (id int)'],
    ['DROP TABLE', 'DROP TABLE incident'],
    ['ALTER TABLE', 'ALTER TABLE app_user ADD COLUMN sneaky int'],
    ['TRUNCATE of the audit log', 'TRUNCATE audit_event'],
    ['TRUNCATE of another table', 'TRUNCATE session'],
    ['UPDATE of an audit event', `UPDATE audit_event SET action = 'forged'`],
    ['UPDATE of a partition', `UPDATE audit_event_2019_03 SET hash = '\\x00'`],
    ['DELETE of audit events', 'DELETE FROM audit_event'],
    ['DELETE of a checkpoint', 'DELETE FROM audit_checkpoint'],
    ['DROP of a partition', 'DROP TABLE audit_event_2019_03'],
    ['writing the migration history', `DELETE FROM schema_migrations`],
  ])('refuses the app role %s with a permission error', async (_what, sql) => {
    expect(await refusal(sql)).toMatch(/^42501: (permission denied|must be owner)/);
  });

  it('re-applies the grants on the next start (another replica) without change or warning', async () => {
    const warnings: string[] = [];
    await expect(
      migrate(scratch.url, { appRole: role, onWarning: (w) => warnings.push(w) }),
    ).resolves.toEqual([]);
    expect(warnings).toEqual([]);
    expect(await refusal('SELECT count(*) FROM audit_event_2019_03')).toBe('allowed');
  });

  it('drops an expired month through the owner function, and nothing but a partition', async () => {
    // Retention run as of mid-2020: with 12 months kept, March 2019 is past the cutoff.
    const report = await app.app.get(AuditRetentionService).run(new Date('2020-06-15T00:00:00Z'));
    expect(report.dropped).toEqual([
      expect.objectContaining({ partition: 'audit_event_2019_03', events: 1 }),
    ]);
    const { rows } = await admin.query(`SELECT to_regclass('audit_event_2019_03') AS partition`);
    expect(rows).toEqual([{ partition: null }]);
    expect(await refusal(`SELECT vigil_drop_audit_partition('app_user')`)).toMatch(
      /^22023: app_user is not a monthly partition of the audit log/,
    );
  });

  it('still lets the app blank personal columns for a destruction request', async () => {
    // Privileges are checked even when no row matches.
    expect(await refusal('UPDATE audit_event SET metadata = NULL, ip = NULL WHERE false')).toBe(
      'allowed',
    );
  });
});
