import type { QueryRunner } from 'typeorm';
import { AUDIT_PERSONAL_COLUMNS } from '../modules/audit-events/audit-event.row.js';

/**
 * Least privilege for the application role (the user of DATABASE_URL) when migrations run as a
 * separate role (DATABASE_MIGRATION_URL): rows only, never DDL, and the audit log append-only.
 * Applied by the migration role after every migration run, so new tables are covered at once.
 */

/** Tables the app may only read and append to; their rows are evidence. */
export const APPEND_ONLY_TABLES = [
  'audit_event',
  'audit_checkpoint',
  'audit_chain_gap',
  'audit_evidence',
];
/** What a destruction request writes in audit_event; chain columns stay untouchable. */
export const AUDIT_ERASABLE_COLUMNS = [...AUDIT_PERSONAL_COLUMNS, 'tombstoned_at'];
const READ_ONLY_TABLES = ['schema_migrations'];
const OWNER_FUNCTIONS = [
  'vigil_ensure_audit_partition(timestamptz)',
  'vigil_drop_audit_partition(text)',
];

export class AppRoleError extends Error {}

/** The role DATABASE_URL signs in as. */
export const appRoleOf = (databaseUrl: string): string => {
  const role = decodeURIComponent(new URL(databaseUrl).username);
  if (!role) {
    throw new AppRoleError(
      'DATABASE_URL names no user: with DATABASE_MIGRATION_URL set, it must sign in as the application role',
    );
  }
  return role;
};

const ident = (name: string) => `"${name.replace(/"/g, '""')}"`;

/**
 * Grants `role` exactly what Vigil needs, revoking anything else on the schema's tables. Runs as
 * the migration role inside one transaction, so a running replica never sees a half-applied set.
 * Returns warnings about rights the role holds from elsewhere (PUBLIC) that this cannot take back.
 */
export const grantAppRole = async (db: QueryRunner, role: string): Promise<string[]> => {
  const [target] = (await db.query(
    `SELECT rolsuper, rolbypassrls, rolname = current_user AS is_me FROM pg_roles WHERE rolname = $1`,
    [role],
  )) as { rolsuper: boolean; rolbypassrls: boolean; is_me: boolean }[];
  if (!target) throw new AppRoleError(`the application role "${role}" does not exist`);
  if (target.is_me) {
    throw new AppRoleError(
      `DATABASE_MIGRATION_URL and DATABASE_URL sign in as the same role "${role}": give the application its own role, or leave DATABASE_MIGRATION_URL unset`,
    );
  }
  if (target.rolsuper) {
    throw new AppRoleError(
      `the application role "${role}" is a superuser, which no grant can restrict: use an ordinary LOGIN role`,
    );
  }
  const owned = (await db.query(
    `SELECT c.relname AS name FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
      WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p', 'S', 'v', 'm')
        AND pg_get_userbyid(c.relowner) = $1 ORDER BY 1`,
    [role],
  )) as { name: string }[];
  if (owned.length) {
    // An owner keeps every right on its tables whatever is granted, DROP and TRUNCATE included.
    throw new AppRoleError(
      `the application role "${role}" owns ${owned.map((o) => o.name).join(', ')}: ` +
        `as a superuser run REASSIGN OWNED BY ${ident(role)} TO <the migration role>; then start again`,
    );
  }

  const tables = (await db.query(
    `SELECT c.relname AS name, c.relispartition AS partition,
            coalesce(parent.relname, '') AS parent
       FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
       LEFT JOIN pg_inherits i ON i.inhrelid = c.oid
       LEFT JOIN pg_class parent ON parent.oid = i.inhparent
      WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p') ORDER BY 1`,
  )) as { name: string; partition: boolean; parent: string }[];
  const who = ident(role);

  await db.startTransaction();
  try {
    await db.query(`GRANT USAGE ON SCHEMA public TO ${who}`);
    await db.query(`REVOKE CREATE ON SCHEMA public FROM ${who}`);
    await db.query(`REVOKE ALL ON ALL TABLES IN SCHEMA public FROM ${who}`);
    await db.query(`REVOKE ALL ON ALL SEQUENCES IN SCHEMA public FROM ${who}`);
    for (const table of tables) {
      const name = ident(table.name);
      if (APPEND_ONLY_TABLES.includes(table.name) || APPEND_ONLY_TABLES.includes(table.parent)) {
        await db.query(`GRANT SELECT, INSERT ON ${name} TO ${who}`);
      } else if (READ_ONLY_TABLES.includes(table.name)) {
        await db.query(`GRANT SELECT ON ${name} TO ${who}`);
      } else {
        await db.query(`GRANT SELECT, INSERT, UPDATE, DELETE ON ${name} TO ${who}`);
      }
    }
    // Erasure of a client's data (Law 25 s. 23, GDPR Art. 17) blanks personal columns in place;
    // the chain columns (seq, hash, action, times, …) stay beyond the app's reach.
    await db.query(`GRANT UPDATE (${AUDIT_ERASABLE_COLUMNS.join(', ')}) ON audit_event TO ${who}`);
    await db.query(`GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO ${who}`);

    // Monthly partitions are created at runtime, on ingest of a new month, and dropped by
    // retention: the functions do that DDL as their owner (this role), callable by the app alone,
    // with a pinned search_path.
    for (const fn of OWNER_FUNCTIONS) {
      await db.query(`ALTER FUNCTION ${fn} SECURITY DEFINER SET search_path = public, pg_temp`);
      await db.query(`REVOKE EXECUTE ON FUNCTION ${fn} FROM PUBLIC`);
      await db.query(`GRANT EXECUTE ON FUNCTION ${fn} TO ${who}`);
    }
    // …and the partitions it creates (owned by this role) are readable and appendable only.
    await db.query(
      `ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT, INSERT ON TABLES TO ${who}`,
    );
    await db.query(
      `ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT USAGE, SELECT ON SEQUENCES TO ${who}`,
    );
    await db.commitTransaction();
  } catch (error) {
    await db.rollbackTransaction();
    throw error;
  }

  const [rights] = (await db.query(
    `SELECT has_schema_privilege($1, 'public', 'CREATE') AS schema_create,
            has_database_privilege($1, current_database(), 'CREATE') AS database_create`,
    [role],
  )) as { schema_create: boolean; database_create: boolean }[];
  const warnings: string[] = [];
  if (rights?.schema_create) {
    warnings.push(
      `the application role "${role}" can still create tables in schema public (granted to PUBLIC, as before PostgreSQL 15): run REVOKE CREATE ON SCHEMA public FROM PUBLIC`,
    );
  }
  if (rights?.database_create) {
    warnings.push(
      `the application role "${role}" can create schemas in this database: run REVOKE CREATE ON DATABASE … FROM ${who} (and from PUBLIC)`,
    );
  }
  return warnings;
};
