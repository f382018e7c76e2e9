import pg from 'pg';
import type { BackupSettings } from '../../config/config.js';
import { startEmbeddedPostgres } from '../../database/embedded-postgres.js';

interface Log {
  info(message: string): void;
  warn(message: string): void;
}

/**
 * Runs `action` against Vigil's database: the migration role's URL when there is one (it owns the
 * schema, so a restore under it leaves the application role with granted rights only), else
 * DATABASE_URL, else the embedded PostgreSQL in DATA_DIR, started for the occasion.
 */
export const withDatabase = async <T>(
  settings: BackupSettings,
  log: Log,
  action: (url: string) => Promise<T>,
): Promise<T> => {
  const url = settings.databaseMigrationUrl ?? settings.databaseUrl;
  if (url) return action(url);
  const embedded = await startEmbeddedPostgres(settings.dataDir, settings.embeddedPgPort, log);
  try {
    return await action(embedded.url);
  } finally {
    await embedded.stop();
  }
};

export const withClient = async <T>(url: string, action: (client: pg.Client) => Promise<T>) => {
  const client = new pg.Client({ connectionString: url, application_name: 'vigil-backup' });
  await client.connect();
  try {
    return await action(client);
  } finally {
    await client.end();
  }
};

const ident = (name: string) => `"${name.replace(/"/g, '""')}"`;

/** Every table in public, partitions included: a restore target must have none. */
export const publicTables = async (client: pg.Client): Promise<string[]> =>
  (
    await client.query<{ name: string }>(
      `SELECT tablename AS name FROM pg_tables WHERE schemaname = 'public' ORDER BY 1`,
    )
  ).rows.map((r) => r.name);

/** Exact rows per top-level table (a partitioned table counts its partitions). */
export const countRows = async (client: pg.Client): Promise<Record<string, number>> => {
  const { rows } = await client.query<{ name: string }>(
    `SELECT c.relname AS name FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
      WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p') AND NOT c.relispartition ORDER BY 1`,
  );
  const counts: Record<string, number> = {};
  for (const { name } of rows) {
    const result = await client.query<{ n: string }>(
      `SELECT count(*) AS n FROM public.${ident(name)}`,
    );
    counts[name] = Number(result.rows[0]?.n ?? 0);
  }
  return counts;
};
