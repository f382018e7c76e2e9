import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { PassThrough, type Readable } from 'node:stream';
import type { BackupSettings } from '../../config/config.js';
import { assertPassphrase, type KdfParams, writeArchive } from './backup-archive.js';
import { countRows, withClient, withDatabase } from './backup-database.js';
import { BackupError } from './backup.exception.js';
import type { BackupManifest } from './backup-manifest.js';
import { collectInstanceKeys } from './instance-keys.js';
import { databaseNameOf, findPgTool, libpqTarget, runPgTool, serverMajor } from './pg-tools.js';

export interface BackupResult {
  file: string;
  bytes: number;
  createdAt: string;
  database: { name: string; serverVersion: string };
  pgDump: { path: string; version: string };
  tables: number;
  rows: number;
  keys: { name: string; source: string }[];
  /** Keys not found (an instance never started has none yet); a restore will generate new ones. */
  missingKeys: string[];
  durationMs: number;
}

interface Log {
  info(message: string): void;
  warn(message: string): void;
}

/**
 * Dumps the database with pg_dump (custom format) inside one exported snapshot, so the row counts
 * recorded beside it describe exactly what it holds, and streams it with the instance keys into an
 * encrypted archive.
 */
export const createBackup = async ({
  settings,
  out,
  passphrase,
  log,
  kdf,
}: {
  settings: BackupSettings;
  out: string;
  passphrase: string;
  log: Log;
  kdf?: KdfParams;
}): Promise<BackupResult> => {
  assertPassphrase(passphrase);
  const file = resolve(out);
  if (existsSync(file))
    throw new BackupError('OUTPUT_EXISTS', `${file} already exists: choose another file name`);
  const started = Date.now();
  const { keys, missing } = collectInstanceKeys(settings);
  for (const name of missing)
    log.warn(`no ${name} in ${settings.dataDir} nor in the environment: it is not in this backup`);

  return withDatabase(settings, log, (url) =>
    withClient(url, async (client) => {
      const server = await serverMajor(client);
      const pgDump = await findPgTool(
        'pg_dump',
        server.major,
        `the database server is PostgreSQL ${server.version}, and pg_dump cannot dump a server newer than itself`,
        settings.searchPath,
      );
      await client.query('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY');
      try {
        const { rows } = await client.query<{ id: string }>('SELECT pg_export_snapshot() AS id');
        const rowCounts = await countRows(client);
        const createdAt = new Date().toISOString();
        const manifest: BackupManifest = {
          format: 'vigil-backup',
          createdAt,
          vigilVersion: settings.version,
          database: {
            name: databaseNameOf(url),
            serverVersion: server.version,
            serverMajor: server.major,
            pgDumpVersion: pgDump.version,
            pgDumpMajor: pgDump.major,
          },
          rowCounts,
          keys,
        };
        const target = libpqTarget(url);
        const dump = runPgTool(
          pgDump,
          [
            '--format=custom',
            `--snapshot=${rows[0]?.id}`,
            '--no-password',
            `--dbname=${target.dbname}`,
          ],
          target.env,
        );
        dump.child.stdin?.end();
        // Read from now on: Node discards the unread output of a child that has exited.
        const output = (dump.child.stdout as Readable).pipe(new PassThrough());
        dump.exited.catch(() => undefined); // awaited below; this only marks it handled meanwhile
        // The archive is sealed as complete only after pg_dump has exited cleanly.
        async function* body() {
          yield* output;
          await dump.exited;
        }
        let bytes: number;
        try {
          ({ bytes } = await writeArchive({ path: file, passphrase, manifest, body: body(), kdf }));
        } catch (error) {
          dump.child.kill('SIGKILL');
          throw error;
        }
        return {
          file,
          bytes,
          createdAt,
          database: { name: manifest.database.name, serverVersion: server.version },
          pgDump: { path: pgDump.path, version: pgDump.version },
          tables: Object.keys(rowCounts).length,
          rows: Object.values(rowCounts).reduce((a, b) => a + b, 0),
          keys: keys.map(({ name, source }) => ({ name, source })),
          missingKeys: missing,
          durationMs: Date.now() - started,
        };
      } finally {
        await client.query('ROLLBACK');
      }
    }),
  );
};
