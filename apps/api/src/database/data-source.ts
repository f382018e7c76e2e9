import { DataSource, type DataSourceOptions } from 'typeorm';
import { grantAppRole } from './app-role.js';
import { migrations } from './migrations/index.js';

/** Advisory-lock key held while migrating, so replicas that start together migrate one at a time. */
const MIGRATION_LOCK = 0x76_69_67_69; // "vigi"

export const dataSourceOptions = (url: string): DataSourceOptions => ({
  type: 'postgres',
  url,
  migrations,
  migrationsTableName: 'schema_migrations',
  migrationsTransactionMode: 'each',
  synchronize: false,
  extra: { max: 20, connectionTimeoutMillis: 5_000, application_name: 'vigil' },
});

export interface MigrateOptions {
  /** With a separate migration role: the application role to grant least privilege to. */
  appRole?: string;
  onWarning?: (message: string) => void;
}

/** Applies pending migrations and returns their names. */
export const migrate = async (url: string, options: MigrateOptions = {}): Promise<string[]> => {
  const dataSource = await new DataSource(dataSourceOptions(url)).initialize();
  const runner = dataSource.createQueryRunner();
  try {
    await runner.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK]);
    const applied = await dataSource.runMigrations({ transaction: 'each' });
    // Under the same lock: concurrent GRANTs on one object fail with "tuple concurrently updated".
    if (options.appRole) {
      for (const warning of await grantAppRole(runner, options.appRole))
        options.onWarning?.(warning);
    }
    return applied.map((m) => m.name);
  } finally {
    await runner.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK]).catch(() => undefined);
    await runner.release();
    await dataSource.destroy();
  }
};
