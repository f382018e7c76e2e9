import pg from 'pg';

export const adminDatabaseUrl = (): string =>
  process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

const withAdmin = async <T>(url: string, run: (client: pg.Client) => Promise<T>): Promise<T> => {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await run(client);
  } finally {
    await client.end();
  }
};

/** Names are generated here (`vigil_e2e_<digits>`), never taken from input, so quoting is enough. */
const quoted = (name: string) => {
  if (!/^vigil_e2e_\d+$/.test(name)) throw new Error(`Refusing unexpected database name ${name}`);
  return `"${name}"`;
};

export const createDatabase = async (adminUrl: string, name: string): Promise<string> => {
  await withAdmin(adminUrl, (client) => client.query(`CREATE DATABASE ${quoted(name)}`));
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return url.toString();
};

export const dropDatabase = async (adminUrl: string, name: string): Promise<void> => {
  // WITH (FORCE) ends the sessions a killed server may have left behind (Postgres 13+).
  await withAdmin(adminUrl, (client) =>
    client.query(`DROP DATABASE IF EXISTS ${quoted(name)} WITH (FORCE)`),
  );
};
