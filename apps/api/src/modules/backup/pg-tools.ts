import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { accessSync, constants, readdirSync } from 'node:fs';
import { delimiter, join } from 'node:path';
import { promisify } from 'node:util';
import pg from 'pg';
import { BackupError } from './backup.exception.js';

export type PgToolName = 'pg_dump' | 'pg_restore';

export interface PgTool {
  name: PgToolName;
  path: string;
  /** e.g. "15.20" */
  version: string;
  major: number;
}

const DEBIAN_DIR = '/usr/lib/postgresql';

const executable = (path: string): boolean => {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
};

/** Every copy of the tool: those on PATH first, then Debian's versioned ones, newest first. */
const candidates = (name: PgToolName, searchPath: string): string[] => {
  const onPath = searchPath
    .split(delimiter)
    .filter(Boolean)
    .map((dir) => join(dir, name));
  let versioned: string[] = [];
  try {
    versioned = readdirSync(DEBIAN_DIR)
      .filter((v) => /^\d+$/.test(v))
      .sort((a, b) => Number(b) - Number(a))
      .map((v) => join(DEBIAN_DIR, v, 'bin', name));
  } catch {
    // not a Debian-style install
  }
  return [...new Set([...onPath, ...versioned])].filter(executable);
};

const versionOf = async (name: PgToolName, path: string): Promise<PgTool | null> => {
  try {
    const { stdout } = await promisify(execFile)(path, ['--version'], { env: {}, timeout: 10_000 });
    const match = /\(PostgreSQL\)\s+(\d+)(?:\.(\d+))?/.exec(stdout);
    if (!match?.[1]) return null;
    return { name, path, version: `${match[1]}.${match[2] ?? '0'}`, major: Number(match[1]) };
  } catch {
    return null;
  }
};

const installHint = (major: number) =>
  `install the PostgreSQL ${major} client tools (Debian/Ubuntu: apt-get install postgresql-client-${major}, ` +
  `from apt.postgresql.org when the distribution lacks it; elsewhere the matching "postgresql${major}" client package) ` +
  `or put their bin directory first on PATH`;

/**
 * The newest pg_dump or pg_restore found, which must be at least `major`: pg_dump refuses a server
 * newer than itself, and pg_restore cannot read an archive written by a newer pg_dump.
 */
export const findPgTool = async (
  name: PgToolName,
  major: number,
  why: string,
  searchPath: string,
): Promise<PgTool> => {
  const found = (
    await Promise.all(candidates(name, searchPath).map((path) => versionOf(name, path)))
  ).filter((tool): tool is PgTool => tool !== null);
  const newest = found.reduce<PgTool | null>(
    (best, t) => (!best || t.major > best.major ? t : best),
    null,
  );
  if (!newest)
    throw new BackupError(
      'TOOL_MISSING',
      `${name} was not found on PATH nor in ${DEBIAN_DIR}/*/bin: ${installHint(major)}`,
    );
  if (newest.major < major)
    throw new BackupError(
      'TOOL_TOO_OLD',
      `${name} ${newest.version} (${newest.path}) is too old: ${why}. To fix it, ${installHint(major)}.`,
    );
  return newest;
};

/** How libpq tools reach the database: the URL without its password, which goes in the environment. */
export const libpqTarget = (url: string): { dbname: string; env: Record<string, string> } => {
  const parsed = new URL(url);
  const env: Record<string, string> = { PGAPPNAME: 'vigil-backup' };
  if (parsed.password) env.PGPASSWORD = decodeURIComponent(parsed.password);
  parsed.password = '';
  // node-postgres understands ?ssl=true; libpq rejects it and wants sslmode.
  const ssl = parsed.searchParams.get('ssl');
  parsed.searchParams.delete('ssl');
  if (ssl && ssl !== 'false' && !parsed.searchParams.has('sslmode')) env.PGSSLMODE = 'require';
  return { dbname: parsed.toString(), env };
};

export const databaseNameOf = (url: string): string =>
  decodeURIComponent(new URL(url).pathname.replace(/^\//, '')) || '(default)';

export const serverMajor = async (
  client: pg.Client,
): Promise<{ version: string; major: number }> => {
  const { rows } = await client.query<{ num: string; version: string }>(
    `SELECT current_setting('server_version_num') AS num, current_setting('server_version') AS version`,
  );
  const num = Number(rows[0]?.num ?? 0);
  return { version: rows[0]?.version.split(' ')[0] ?? '?', major: Math.floor(num / 10_000) };
};

/** Runs a libpq tool, keeping the tail of its stderr for the error message. */
export const runPgTool = (
  tool: PgTool,
  args: string[],
  env: Record<string, string>,
): { child: ChildProcess; exited: Promise<void> } => {
  const child = spawn(tool.path, args, { env, stdio: ['pipe', 'pipe', 'pipe'] });
  let stderr = '';
  child.stderr?.setEncoding('utf8').on('data', (text: string) => {
    stderr = (stderr + text).slice(-4_000);
  });
  const exited = new Promise<void>((resolve, reject) => {
    child.once('error', (error) =>
      reject(
        new BackupError(
          tool.name === 'pg_dump' ? 'DUMP_FAILED' : 'RESTORE_FAILED',
          `${tool.name}: ${error.message}`,
        ),
      ),
    );
    child.once('close', (code, signal) => {
      if (code === 0) return resolve();
      const status = signal ? `was stopped by ${signal}` : `exited with status ${code}`;
      reject(
        new BackupError(
          tool.name === 'pg_dump' ? 'DUMP_FAILED' : 'RESTORE_FAILED',
          `${tool.name} ${status}${stderr.trim() ? `:\n${stderr.trim()}` : ''}`,
        ),
      );
    });
  });
  return { child, exited };
};
