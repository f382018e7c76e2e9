import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { testDatabaseUrl, testRedisUrl, truncateAll } from '../test/test-app.js';

const CLI = resolve('dist/api/cli.js');

const cli = (...args: string[]) => {
  const result = spawnSync(process.execPath, [CLI, ...args], {
    env: {
      PATH: process.env.PATH ?? '',
      DATABASE_URL: testDatabaseUrl(),
      REDIS_URL: testRedisUrl(),
      REDIS_PREFIX: `vigil-cli-test-${process.pid}`,
      SESSION_SECRET: 'cli-test-session-secret-long-enough-0123456789',
      DATA_DIR: mkdtempSync(join(tmpdir(), 'vigil-cli-')),
      LOG_LEVEL: 'warn',
    },
    encoding: 'utf8',
    timeout: 60_000,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
};

beforeAll(async () => {
  if (!existsSync(CLI))
    throw new Error(`${CLI} is missing: build first (npx nx run-many -t build)`);
  await truncateAll();
});

describe('npm run cli', () => {
  it('creates a user, a token and an ingest key, printing only what scripts need on stdout', () => {
    const user = cli('user:create', '--email', 'Ops@Example.test', '--role', 'auditor');
    expect(user.status).toBe(0);
    expect(JSON.parse(user.stdout)).toMatchObject({
      email: 'ops@example.test',
      role: 'auditor',
      active: true,
    });

    const token = cli('token:create', '--email', 'ops@example.test', '--name', 'nightly export');
    expect(token.status).toBe(0);
    expect(token.stdout).toMatch(/^vgl_pat_[\w-]{43}\n$/);

    const key = cli('ingest-key:create', '--source', 'app-prod', '--name', 'app servers');
    expect(key.status).toBe(0);
    expect(key.stdout).toMatch(/^vgl_ik_[\w-]{43}\n$/);
  });

  it('says what is wrong with an option, on stderr, with a non-zero exit', () => {
    const bad = cli('user:create', '--email', 'x@example.test', '--role', 'overlord');
    expect(bad.status).toBe(1);
    expect(bad.stdout).toBe('');
    expect(bad.stderr).toMatch(/--role: /);
    expect(cli('no:such-command').status).toBe(2);
  });

  it('audit:verify exits 0 on an intact chain and 1 naming the broken seq', async () => {
    const ok = cli('audit:verify');
    expect(ok.status).toBe(0);
    expect(JSON.parse(ok.stdout)).toMatchObject({ ok: true });

    const pg = await import('pg');
    const client = new pg.default.Client({ connectionString: testDatabaseUrl() });
    await client.connect();
    await client.query(`SET vigil.audit_purge = 'on'`);
    await client.query(
      `UPDATE audit_event SET action = 'user.delete' WHERE source = 'vigil' AND seq = 2`,
    );
    await client.end();

    const broken = cli('audit:verify', '--source', 'vigil');
    expect(broken.stdout).toContain('"ok": false');
    expect(broken.status).toBe(1);
    expect(JSON.parse(broken.stdout)).toMatchObject({
      ok: false,
      firstBroken: { source: 'vigil', seq: 2 },
    });
  });
});
