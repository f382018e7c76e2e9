import pg from 'pg';

export default async function globalTeardown(): Promise<void> {
  const name = process.env.VIGIL_TEST_DATABASE_NAME;
  if (!name || !process.env.VIGIL_TEST_ADMIN_URL) return;
  const admin = new pg.Client({ connectionString: process.env.VIGIL_TEST_ADMIN_URL });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  await admin.end();
}
