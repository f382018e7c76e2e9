import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { waitFor } from '../test/test-app.js';

const MAIN = resolve('dist/api/main.js');

interface Run {
  child: ChildProcess;
  output: () => string;
  exited: Promise<number | null>;
}

const run = (env: Record<string, string>): Run => {
  const child = spawn(process.execPath, [MAIN], {
    env: {
      PATH: process.env.PATH ?? '',
      HOME: process.env.HOME ?? '/tmp',
      LOG_LEVEL: 'info',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<number | null>((r) => child.once('exit', (code) => r(code)));
  return { child, output: () => output, exited };
};

const ready = (port: number) =>
  waitFor(
    async () => {
      const res = await fetch(`http://127.0.0.1:${port}/health/ready`).catch(() => null);
      return res?.status === 200 ? res : null;
    },
    { timeoutMs: 60_000, what: `Vigil on port ${port}` },
  );

const postmasterPid = (dataDir: string): number | null => {
  const file = join(dataDir, 'pg', 'postmaster.pid');
  return existsSync(file) ? Number(readFileSync(file, 'utf8').split('\n')[0]) : null;
};

const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

beforeAll(() => {
  if (!existsSync(MAIN))
    throw new Error(`${MAIN} is missing: build first (npx nx run-many -t build)`);
});

describe('start-up of the built server', () => {
  it('stops with a message naming PORT when PORT is wrong', async () => {
    const vigil = run({ PORT: 'abc', DATA_DIR: mkdtempSync(join(tmpdir(), 'vigil-port-')) });
    expect(await vigil.exited).toBe(1);
    expect(vigil.output()).toMatch(
      /Vigil cannot start: invalid configuration:\n\s+- PORT: expected a whole number/,
    );
  });

  it('runs the embedded PostgreSQL, survives SIGKILL, reuses its data and stops Postgres on SIGTERM', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'vigil-embedded-'));
    const port = 34000 + Math.floor(Math.random() * 1000);
    const env = { PORT: String(port), DATA_DIR: dataDir, WEB_DIST_DIR: join(dataDir, 'no-web') };

    const first = run(env);
    try {
      await ready(port);
      expect(first.output()).toMatch(/applied \d+ migration\(s\)/);
      expect(existsSync(join(dataDir, 'session-secret'))).toBe(true);
    } finally {
      first.child.kill('SIGKILL');
      await first.exited;
    }
    const orphan = postmasterPid(dataDir);
    expect(orphan && alive(orphan)).toBe(true);

    const second = run(env);
    try {
      const res = await ready(port);
      expect(await res.json()).toMatchObject({
        mode: { database: 'embedded', timers: 'in-process' },
      });
      expect(second.output()).toMatch(/left running by a process that ended abruptly/);
      expect(second.output()).not.toMatch(/applied \d+ migration/);
    } finally {
      second.child.kill('SIGTERM');
    }
    expect(await second.exited).toBe(0);
    expect(alive(orphan as number)).toBe(false);
    expect(postmasterPid(dataDir)).toBeNull();
  });
});
