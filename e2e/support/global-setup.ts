import { spawn } from 'node:child_process';
import {
  closeSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  openSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { adminDatabaseUrl, createDatabase, dropDatabase } from './database';
import { startMailSink, type MailSink } from './mail-sink';
import { artifactsDir, repoRoot, serverInfoFile, serverLogFile } from './paths';
import { isOurServer, stopProcess } from './process';
import { readServerInfo, type ServerInfo } from './server-info';

const API_ENTRY = 'dist/api/main.js';

// Setup and teardown run in the same (parent) process: the mail sink is handed over here.
export const mailSinkSlot = globalThis as typeof globalThis & { vigilE2eMailSink?: MailSink };
const READY_TIMEOUT_MS = 60_000;

const freePort = () =>
  new Promise<number>((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => (port ? resolve(port) : reject(new Error('No free port found'))));
    });
  });

const logTail = (lines = 40) => {
  try {
    return readFileSync(serverLogFile, 'utf8').trimEnd().split('\n').slice(-lines).join('\n');
  } catch {
    return '(no server log)';
  }
};

const assertBuilt = () => {
  const missing = [API_ENTRY, 'dist/web/index.html'].filter((f) => !existsSync(join(repoRoot, f)));
  if (missing.length > 0) {
    throw new Error(
      `The browser tests run against the built app, and ${missing.join(' and ')} ` +
        `${missing.length > 1 ? 'are' : 'is'} missing. Run \`npx nx run-many -t build\` first.`,
    );
  }
};

/** A run killed before its teardown leaves its server behind; stop it before starting anew. */
const stopLeftoverServer = async () => {
  const previous = readServerInfo();
  if (previous && isOurServer(previous.pid)) await stopProcess(previous.pid);
};

const waitUntilReady = async (baseUrl: string, exited: () => string | undefined): Promise<void> => {
  const deadline = Date.now() + READY_TIMEOUT_MS;
  let last = 'no answer yet';
  while (Date.now() < deadline) {
    const exit = exited();
    if (exit)
      throw new Error(`The API exited during start-up (${exit}). Last log lines:\n${logTail()}`);
    try {
      const response = await fetch(`${baseUrl}/health/ready`, {
        signal: AbortSignal.timeout(2_000),
      });
      if (response.status === 200) return;
      last = `HTTP ${response.status}: ${(await response.text()).slice(0, 300)}`;
    } catch (error) {
      last = error instanceof Error ? error.message : String(error);
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(
    `GET ${baseUrl}/health/ready did not answer 200 within ${READY_TIMEOUT_MS / 1000} s ` +
      `(last: ${last}). Last log lines:\n${logTail()}`,
  );
};

export default async function globalSetup(): Promise<void> {
  assertBuilt();
  mkdirSync(artifactsDir, { recursive: true });
  await stopLeftoverServer();

  const stamp = Date.now();
  const database = `vigil_e2e_${stamp}`;
  const adminUrl = adminDatabaseUrl();
  const redisUrl = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';
  const redisPrefix = `vigil-e2e-${stamp}`;
  const port = await freePort();
  const baseUrl = `http://localhost:${port}`;
  const dataDir = mkdtempSync(join(tmpdir(), 'vigil-e2e-'));
  const mailSink = await startMailSink();

  let databaseUrl: string;
  try {
    databaseUrl = await createDatabase(adminUrl, database);
  } catch (error) {
    rmSync(dataDir, { recursive: true, force: true });
    await mailSink.close();
    const reason = error instanceof Error ? error.message : String(error);
    throw new Error(
      `Could not create the e2e database on ${adminUrl} (${reason}). ` +
        'Is Postgres running? Set TEST_DATABASE_URL to use another server.',
    );
  }

  const serverEnv = {
    PORT: String(port),
    DATABASE_URL: databaseUrl,
    REDIS_URL: redisUrl,
    REDIS_PREFIX: redisPrefix,
    PUBLIC_URL: baseUrl,
    LOG_LEVEL: 'warn',
    NO_COLOR: '1',
    DATA_DIR: dataDir,
    // Sign-in codes go to the tests' inbox, so a browser test can sign in for real.
    SMTP_URL: mailSink.url,
  };
  const log = openSync(serverLogFile, 'w');
  const child = spawn(process.execPath, [API_ENTRY], {
    cwd: repoRoot,
    env: { ...process.env, ...serverEnv },
    // The server writes straight into the log file, so it never blocks on Jest's pipes.
    stdio: ['ignore', log, log],
  });
  closeSync(log);

  let exit: string | undefined;
  child.on('exit', (code, signal) => {
    exit = signal ? `signal ${signal}` : `exit code ${code}`;
  });
  const pid = child.pid;

  try {
    if (pid === undefined) throw new Error(`Could not start node ${API_ENTRY}`);
    await waitUntilReady(baseUrl, () => exit);
  } catch (error) {
    // Jest skips globalTeardown when globalSetup fails: clean up here.
    if (pid !== undefined) await stopProcess(pid);
    await dropDatabase(adminUrl, database).catch(() => undefined);
    rmSync(dataDir, { recursive: true, force: true });
    await mailSink.close();
    throw error;
  }

  const info: ServerInfo = {
    baseUrl,
    pid,
    database,
    adminDatabaseUrl: adminUrl,
    redisUrl,
    redisPrefix,
    dataDir,
    env: serverEnv,
  };
  writeFileSync(serverInfoFile, `${JSON.stringify(info, null, 2)}\n`);
  mailSinkSlot.vigilE2eMailSink = mailSink;
  process.env.E2E_BASE_URL = baseUrl;
}
