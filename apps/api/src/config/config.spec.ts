import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ConfigError, loadConfig } from './config.js';

const dataDir = () => mkdtempSync(join(tmpdir(), 'vigil-config-'));

const problemsOf = (env: Record<string, string>): string[] => {
  try {
    loadConfig({ DATA_DIR: dataDir(), ...env });
  } catch (error) {
    if (error instanceof ConfigError) return error.problems;
    throw error;
  }
  throw new Error('expected a ConfigError');
};

describe('loadConfig', () => {
  it('gives the embedded default when nothing is set', () => {
    const config = loadConfig({ DATA_DIR: dataDir() });
    expect(config).toMatchObject({
      port: 3000,
      databaseUrl: null,
      databaseMode: 'embedded',
      redisUrl: null,
      smtpUrl: null,
      publicUrl: 'http://localhost:3000',
      logLevel: 'info',
      runWorkers: true,
    });
  });

  it.each([
    [{ PORT: 'abc' }, /^PORT: .*whole number.*\(got "abc"\)$/],
    [{ PORT: '70000' }, /^PORT: expected a port from 0 to 65535/],
    [{ PORT: '80.5' }, /^PORT: expected a whole number/],
    [
      { DATABASE_URL: 'mysql://x@localhost/db' },
      /^DATABASE_URL: expected a URL starting with postgres:\/\//,
    ],
    [{ REDIS_URL: 'not a url' }, /^REDIS_URL: expected a URL/],
    [{ SMTP_URL: 'http://mail' }, /^SMTP_URL: expected a URL starting with smtp:\/\//],
    [{ SESSION_SECRET: 'short' }, /^SESSION_SECRET: expected at least 32 characters/],
    [{ LOG_LEVEL: 'loud' }, /^LOG_LEVEL: /],
    [{ RUN_WORKERS: 'maybe' }, /^RUN_WORKERS: expected true or false/],
  ])('rejects %j naming the variable', (env, message) => {
    const problems = problemsOf(env);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(message);
  });

  it('lists every wrong variable at once', () => {
    expect(problemsOf({ PORT: '-1', LOG_LEVEL: 'x' }).map((p) => p.split(':')[0])).toEqual([
      'PORT',
      'LOG_LEVEL',
    ]);
  });

  it('treats an empty variable as unset', () => {
    expect(loadConfig({ DATA_DIR: dataDir(), DATABASE_URL: '', REDIS_URL: '' })).toMatchObject({
      databaseMode: 'embedded',
      redisUrl: null,
    });
  });

  it('generates a session secret once and keeps it under DATA_DIR', () => {
    const dir = dataDir();
    const first = loadConfig({ DATA_DIR: dir }).sessionSecret;
    expect(first.length).toBeGreaterThanOrEqual(32);
    expect(loadConfig({ DATA_DIR: dir }).sessionSecret).toBe(first);
    expect(loadConfig({ DATA_DIR: dataDir() }).sessionSecret).not.toBe(first);
  });

  it('prefers an explicit session secret and public URL', () => {
    const config = loadConfig({
      DATA_DIR: dataDir(),
      SESSION_SECRET: 'x'.repeat(40),
      PUBLIC_URL: 'https://vigil.example.com/',
      PORT: '8080',
    });
    expect(config.sessionSecret).toBe('x'.repeat(40));
    expect(config.publicUrl).toBe('https://vigil.example.com');
    expect(config.port).toBe(8080);
  });
});
