import 'reflect-metadata';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { DataSource } from 'typeorm';
import { startVigil, type Vigil } from '../src/bootstrap.js';

export const testDatabaseUrl = (): string => {
  const url = process.env.VIGIL_TEST_DATABASE_URL;
  if (!url)
    throw new Error(
      'integration tests run through jest --selectProjects integration (global setup)',
    );
  return url;
};

export const testRedisUrl = (): string => process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';

let prefixCounter = 0;

/** The environment of a test instance: the run's database, Redis under a key prefix of its own. */
export const testEnv = (
  overrides: Record<string, string | undefined> = {},
): Record<string, string | undefined> => ({
  PORT: '0',
  HOST: '127.0.0.1',
  DATABASE_URL: testDatabaseUrl(),
  REDIS_URL: testRedisUrl(),
  REDIS_PREFIX: `vigil-test-${process.pid}-${Date.now()}-${prefixCounter++}`,
  SESSION_SECRET: 'test-session-secret-that-is-long-enough-0123456789',
  DATA_DIR: mkdtempSync(join(tmpdir(), 'vigil-test-')),
  LOG_LEVEL: 'silent',
  SWEEP_INTERVAL_MS: '60000',
  ...overrides,
});

export interface TestApp extends Vigil {
  url: string;
  dataSource: DataSource;
}

export const startTestApp = async (
  overrides: Record<string, string | undefined> = {},
): Promise<TestApp> => {
  const vigil = await startVigil({ env: testEnv(overrides), http: true });
  if (!vigil.url) throw new Error('the test app did not listen');
  return { ...vigil, url: vigil.url, dataSource: vigil.app.get(DataSource) };
};

/** Empties every table but the migration history, so each test starts from a migrated, empty database. */
export const truncateAll = async (url = testDatabaseUrl()): Promise<void> => {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ name: string }>(
      `SELECT quote_ident(tablename) AS name FROM pg_tables
        WHERE schemaname = 'public' AND tablename <> 'schema_migrations' AND tablename NOT LIKE 'audit_event\\_2%'`,
    );
    // The audit log refuses TRUNCATE unless the session says it is purging on purpose.
    await client.query(`SET vigil.audit_purge = 'on'`);
    // A running app's workers (detections, sweeper) may hold row locks a moment longer: retry a deadlock.
    for (let attempt = 1; rows.length; attempt++) {
      try {
        await client.query(
          `TRUNCATE ${rows.map((r) => r.name).join(', ')} RESTART IDENTITY CASCADE`,
        );
        break;
      } catch (error) {
        if ((error as { code?: string }).code !== '40P01' || attempt === 5) throw error;
        await new Promise((r) => setTimeout(r, 100 * attempt));
      }
    }
  } finally {
    await client.end();
  }
};

/** Creates an empty database beside the run's one, for tests that migrate from nothing. */
export const createScratchDatabase = async (): Promise<{
  url: string;
  drop: () => Promise<void>;
}> => {
  const adminUrl =
    process.env.VIGIL_TEST_ADMIN_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
  const name = `vigil_scratch_${Date.now()}_${Math.floor(Math.random() * 1e6)}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: async () => {
      const again = new pg.Client({ connectionString: adminUrl });
      await again.connect();
      await again.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await again.end();
    },
  };
};

export const waitFor = async <T>(
  probe: () => Promise<T | undefined | null | false>,
  { timeoutMs = 10_000, intervalMs = 100, what = 'condition' } = {},
): Promise<T> => {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value) return value;
    if (Date.now() > deadline)
      throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((r) => setTimeout(r, intervalMs));
  }
};
