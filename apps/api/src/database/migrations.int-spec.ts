import { DataSource } from 'typeorm';
import { createScratchDatabase } from '../../test/test-app.js';
import { dataSourceOptions, migrate } from './data-source.js';
import { migrations } from './migrations/index.js';

const tablesOf = async (dataSource: DataSource): Promise<string[]> =>
  (
    (await dataSource.query(
      `SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename`,
    )) as { tablename: string }[]
  ).map((r) => r.tablename);

describe('migrations', () => {
  it('apply on an empty database, revert one by one to nothing, and apply again', async () => {
    const scratch = await createScratchDatabase();
    try {
      expect(await migrate(scratch.url)).toHaveLength(migrations.length);
      expect(await migrate(scratch.url)).toEqual([]);

      const dataSource = await new DataSource(dataSourceOptions(scratch.url)).initialize();
      try {
        const applied = await tablesOf(dataSource);
        expect(applied).toContain('sweeper_task_state');
        for (let i = 0; i < migrations.length; i++)
          await dataSource.undoLastMigration({ transaction: 'each' });
        expect(await tablesOf(dataSource)).toEqual(['schema_migrations']);
        expect(await dataSource.query('SELECT count(*)::int AS n FROM schema_migrations')).toEqual([
          { n: 0 },
        ]);
      } finally {
        await dataSource.destroy();
      }

      expect(await migrate(scratch.url)).toHaveLength(migrations.length);
    } finally {
      await scratch.drop();
    }
  });

  it('let replicas that start together migrate once between them', async () => {
    const scratch = await createScratchDatabase();
    try {
      const results = await Promise.all([
        migrate(scratch.url),
        migrate(scratch.url),
        migrate(scratch.url),
      ]);
      expect(results.flat()).toHaveLength(migrations.length);
    } finally {
      await scratch.drop();
    }
  });
});
