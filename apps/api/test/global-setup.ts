import pg from 'pg';

/** One fresh database per test run (migrated by setup-integration.ts); tests truncate between cases. */
export default async function globalSetup(): Promise<void> {
  const adminUrl = process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
  const name = `vigil_test_${Date.now()}_${process.pid}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  process.env.VIGIL_TEST_ADMIN_URL = adminUrl;
  process.env.VIGIL_TEST_DATABASE_URL = url.toString();
  process.env.VIGIL_TEST_DATABASE_NAME = name;
}
