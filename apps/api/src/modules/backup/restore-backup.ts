import { resolve } from 'node:path';
import type { Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { BackupSettings } from '../../config/config.js';
import { assertPassphrase, openArchive, verifyArchive } from './backup-archive.js';
import { countRows, publicTables, withClient, withDatabase } from './backup-database.js';
import { BackupError } from './backup.exception.js';
import { type BackupManifest, backupManifestSchema } from './backup-manifest.js';
import {
  applyKeyRestore,
  environmentOverrides,
  type KeyAction,
  planKeyRestore,
} from './instance-keys.js';
import { databaseNameOf, findPgTool, libpqTarget, runPgTool, serverMajor } from './pg-tools.js';

export interface RestoreResult {
  file: string;
  backupCreatedAt: string;
  database: { name: string; serverVersion: string };
  pgRestore: { path: string; version: string };
  tables: number;
  rows: number;
  /** Tables whose row count differs from the one recorded at backup time (none expected). */
  rowCountMismatches: { table: string; expected: number; restored: number }[];
  keys: { name: string; path: string; action: KeyAction }[];
  warnings: string[];
  durationMs: number;
}

interface Log {
  info(message: string): void;
  warn(message: string): void;
}

const parseManifest = (value: unknown): BackupManifest => {
  const parsed = backupManifestSchema.safeParse(value);
  if (!parsed.success)
    throw new BackupError(
      'UNSUPPORTED_ARCHIVE',
      'this backup was made by a Vigil whose manifest this one does not understand',
    );
  return parsed.data;
};

/** Feeds the dump to pg_restore; on a bad chunk, kills it so its single transaction never commits. */
const feed = async (body: AsyncIterable<Buffer>, run: ReturnType<typeof runPgTool>) => {
  const fed = pipeline(body, run.child.stdin as Writable).catch((error: unknown) => {
    run.child.kill('SIGKILL');
    throw error;
  });
  const [feeding, exiting] = await Promise.allSettled([fed, run.exited]);
  // A damaged file explains pg_restore's failure better than pg_restore does; otherwise its own words.
  if (feeding.status === 'rejected' && feeding.reason instanceof BackupError) throw feeding.reason;
  if (exiting.status === 'rejected') throw exiting.reason;
  if (feeding.status === 'rejected') throw feeding.reason;
};

/**
 * Restores a backup into an empty database and puts its keys in DATA_DIR. The whole file is
 * authenticated before anything is written; pg_restore then runs as one transaction, so a failure
 * leaves the database empty, and the keys are written only once the data is in.
 */
export const restoreBackup = async ({
  settings,
  file: given,
  passphrase,
  forceKeys,
  log,
}: {
  settings: BackupSettings;
  file: string;
  passphrase: string;
  forceKeys: boolean;
  log: Log;
}): Promise<RestoreResult> => {
  assertPassphrase(passphrase);
  const started = Date.now();
  const file = resolve(given);
  const manifest = parseManifest((await verifyArchive(file, passphrase)).manifest);
  const plans = planKeyRestore(manifest.keys, settings.dataDir, forceKeys);
  const warnings = environmentOverrides(manifest.keys, settings);

  const restored = await withDatabase(settings, log, (url) =>
    withClient(url, async (client) => {
      const name = databaseNameOf(url);
      const existing = await publicTables(client);
      if (existing.length)
        throw new BackupError(
          'TARGET_NOT_EMPTY',
          `the database "${name}" already has ${existing.length} table(s) in public ` +
            `(${existing.slice(0, 5).join(', ')}${existing.length > 5 ? ', …' : ''}): restore only into an ` +
            `empty database — create a new one (createdb) or drop and re-create this one, then try again`,
        );
      const server = await serverMajor(client);
      const pgRestore = await findPgTool(
        'pg_restore',
        manifest.database.pgDumpMajor,
        `this backup was written by pg_dump ${manifest.database.pgDumpVersion}, and only pg_restore ${manifest.database.pgDumpMajor} or newer can read it`,
        settings.searchPath,
      );
      if (server.major < manifest.database.serverMajor)
        warnings.push(
          `the backup comes from PostgreSQL ${manifest.database.serverVersion} and this server is ${server.version}: ` +
            'restoring into an older major version is not supported by PostgreSQL and may fail',
        );

      const target = libpqTarget(url);
      const run = runPgTool(
        pgRestore,
        // Owners and grants are the target's business: the restoring role owns everything, and
        // Vigil re-grants the application role (DATABASE_MIGRATION_URL) when it next starts.
        [
          '--no-owner',
          '--no-privileges',
          '--single-transaction',
          '--exit-on-error',
          '--no-password',
          `--dbname=${target.dbname}`,
        ],
        target.env,
      );
      const { body } = await openArchive(file, passphrase);
      await feed(body, run);

      const counts = await countRows(client);
      return {
        database: { name, serverVersion: server.version },
        pgRestore: { path: pgRestore.path, version: pgRestore.version },
        counts,
      };
    }),
  );

  applyKeyRestore(plans, settings.dataDir);
  const rowCountMismatches = Object.entries(manifest.rowCounts)
    .filter(([table, expected]) => restored.counts[table] !== expected)
    .map(([table, expected]) => ({ table, expected, restored: restored.counts[table] ?? 0 }));
  if (rowCountMismatches.length)
    warnings.push(
      `row counts differ from the backup's in ${rowCountMismatches.map((m) => m.table).join(', ')}`,
    );
  return {
    file,
    backupCreatedAt: manifest.createdAt,
    database: restored.database,
    pgRestore: restored.pgRestore,
    tables: Object.keys(restored.counts).length,
    rows: Object.values(restored.counts).reduce((a, b) => a + b, 0),
    rowCountMismatches,
    keys: plans.map(({ key, path, action }) => ({ name: key.name, path, action })),
    warnings,
    durationMs: Date.now() - started,
  };
};
