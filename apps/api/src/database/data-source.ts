import { DataSource, type DataSourceOptions } from 'typeorm';
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

/** Applies pending migrations and returns their names. */
export const migrate = async (url: string): Promise<string[]> => {
  const dataSource = await new DataSource(dataSourceOptions(url)).initialize();
  const runner = dataSource.createQueryRunner();
  try {
    await runner.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK]);
    const applied = await dataSource.runMigrations({ transaction: 'each' });
    return applied.map((m) => m.name);
  } finally {
    await runner.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK]).catch(() => undefined);
    await runner.release();
    await dataSource.destroy();
  }
};
