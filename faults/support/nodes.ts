import { type ChildProcess, execFile, spawn } from 'node:child_process';
import { appendFileSync, closeSync, mkdirSync, openSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { API_ENTRY, artifactsDir, CLI_ENTRY, repoRoot, WORKER_ENTRY } from './paths';
import { sleep, waitUntil } from './ports';

/**
 * The built processes as children: `dist/api/main.js` (HTTP; RUN_WORKERS=false for a pure API
 * node) and `dist/api/worker.js`. Output goes to faults/artifacts/<name>.log, appended across
 * restarts, so a failed test can be read afterwards.
 */
export interface VigilNode {
  name: string;
  env: Record<string, string>;
  /** http://127.0.0.1:<port> for an API node, null for a worker. */
  url: string | null;
  pid(): number | undefined;
  alive(): boolean;
  /** kill -9, then wait until the process is gone. */
  kill9(): Promise<void>;
  /** SIGTERM and wait (SIGKILL after 20 s). */
  stop(): Promise<void>;
  /** Starts the same process again with the same environment (and port). */
  start(): Promise<void>;
  logTail(lines?: number): string;
}

export const startNode = async (
  name: string,
  kind: 'api' | 'worker',
  env: Record<string, string>,
): Promise<VigilNode> => {
  mkdirSync(artifactsDir, { recursive: true });
  const logFile = join(artifactsDir, `${name}.log`);
  let child: ChildProcess | null = null;
  let exit: string | null = null;
  const url = kind === 'api' ? `http://127.0.0.1:${env.PORT}` : null;

  const logTail = (lines = 30) => {
    try {
      return readFileSync(logFile, 'utf8').trimEnd().split('\n').slice(-lines).join('\n');
    } catch {
      return '(no log)';
    }
  };

  const start = async () => {
    appendFileSync(logFile, `\n===== ${new Date().toISOString()} start ${name} =====\n`);
    const log = openSync(logFile, 'a');
    exit = null;
    const spawned = spawn(process.execPath, [kind === 'api' ? API_ENTRY : WORKER_ENTRY], {
      cwd: repoRoot,
      env: { PATH: process.env.PATH ?? '/usr/bin:/bin', TZ: 'UTC', ...env },
      stdio: ['ignore', log, log],
    });
    closeSync(log);
    child = spawned;
    spawned.once('exit', (code, signal) => {
      exit = signal ? `signal ${signal}` : `exit code ${code}`;
    });
    await waitUntil(
      `${name} to be ready`,
      async () => {
        if (exit) throw new Error(`${name} exited (${exit}):\n${logTail()}`);
        if (!url) return /Vigil worker is running/.test(logTail(50));
        const res = await fetch(`${url}/health/ready`, { signal: AbortSignal.timeout(2_000) });
        return res.status === 200;
      },
      { timeoutMs: 60_000, intervalMs: 200 },
    ).catch((error: Error) => {
      if (/exited/.test(error.message)) throw error;
      throw new Error(`${error.message}\nlast log lines of ${name}:\n${logTail()}`);
    });
  };

  const waitForExit = async (timeoutMs: number) => {
    const deadline = Date.now() + timeoutMs;
    while (!exit && Date.now() < deadline) await sleep(50);
    return exit !== null;
  };

  await start();
  return {
    name,
    env,
    url,
    pid: () => child?.pid,
    alive: () => child !== null && exit === null,
    logTail,
    start,
    async kill9() {
      if (!child || exit) return;
      child.kill('SIGKILL');
      await waitForExit(10_000);
    },
    async stop() {
      if (!child || exit) return;
      child.kill('SIGTERM');
      if (!(await waitForExit(20_000))) {
        child.kill('SIGKILL');
        await waitForExit(5_000);
      }
    },
  };
};

const run = promisify(execFile);

/** `node dist/api/cli.js …` against the same database; returns stdout. */
export const cli = async (env: Record<string, string>, ...args: string[]): Promise<string> => {
  // The CLI boots without HTTP; it must not inherit a node's PORT.
  const { PORT: _port, ...rest } = env;
  try {
    const { stdout } = await run(process.execPath, [CLI_ENTRY, ...args], {
      cwd: repoRoot,
      env: { PATH: process.env.PATH ?? '/usr/bin:/bin', TZ: 'UTC', ...rest },
      timeout: 60_000,
    });
    return stdout.trim();
  } catch (error) {
    const { stdout, stderr } = error as { stdout?: string; stderr?: string };
    throw Object.assign(
      new Error(`cli ${args.join(' ')} failed: ${stderr?.trim() || String(error)}`),
      { stdout },
    );
  }
};
