import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { call } from '../../apps/api/test/http-client';
import { startMailSink, type MailSink } from '../../apps/api/test/mail-sink';
import { cli, startNode, type VigilNode } from './nodes';
import { startPostgresCluster, type PostgresCluster } from './postgres-cluster';
import { freePort } from './ports';
import { startRedisServer, type RedisServer } from './redis-server';

/**
 * Everything one fault spec runs against: its own Postgres cluster and Redis (so they can be
 * broken), a mail sink, and the built API/worker processes it starts on them.
 */
export interface Stack {
  cluster: PostgresCluster;
  redis: RedisServer;
  mail: MailSink;
  databaseUrl: string;
  /** A pool for the test's own checks (not the app's). */
  db: pg.Pool;
  /** The environment of a node: same database, Redis, prefix, secret and mail sink. */
  env(overrides?: Record<string, string>): Promise<Record<string, string>>;
  api(name: string, overrides?: Record<string, string>): Promise<VigilNode>;
  worker(name: string, overrides?: Record<string, string>): Promise<VigilNode>;
  close(): Promise<void>;
}

export const startStack = async (
  options: { postgres?: Record<string, string> } = {},
): Promise<Stack> => {
  const cluster = await startPostgresCluster(options.postgres);
  const redis = await startRedisServer();
  const mail = await startMailSink();
  const databaseUrl = await cluster.createDatabase('vigil_faults');
  const db = new pg.Pool({ connectionString: databaseUrl, max: 4 });
  // The test's pool sees the same crashes as the app's: idle clients report them here.
  db.on('error', () => undefined);
  const dataDirs: string[] = [];
  const nodes: VigilNode[] = [];
  const secret = randomBytes(32).toString('base64url');

  const env = async (overrides: Record<string, string> = {}) => {
    const dataDir = mkdtempSync(join(tmpdir(), 'vigil-faults-data-'));
    dataDirs.push(dataDir);
    return {
      PORT: String(await freePort()),
      HOST: '127.0.0.1',
      DATABASE_URL: databaseUrl,
      REDIS_URL: redis.url,
      REDIS_PREFIX: 'vigil-faults',
      SESSION_SECRET: secret,
      DATA_DIR: dataDir,
      SMTP_URL: mail.url,
      LOG_LEVEL: 'warn',
      NO_COLOR: '1',
      SWEEP_INTERVAL_MS: '2000',
      VIGIL_ADMIN_EMAIL: 'admin@faults.test',
      ...overrides,
    };
  };
  const add = async (name: string, kind: 'api' | 'worker', overrides?: Record<string, string>) => {
    const node = await startNode(name, kind, await env(overrides));
    nodes.push(node);
    return node;
  };

  return {
    cluster,
    redis,
    mail,
    databaseUrl,
    db,
    env,
    api: (name, overrides) => add(name, 'api', overrides),
    worker: (name, overrides) => add(name, 'worker', overrides),
    async close() {
      await Promise.allSettled(nodes.map((node) => node.stop()));
      await db.end().catch(() => undefined);
      await mail.close();
      await redis.destroy();
      cluster.destroy();
      for (const dir of dataDirs) rmSync(dir, { recursive: true, force: true });
    },
  };
};

export interface Seeded {
  ingestKey: string;
  /** A security lead's API token: opens incidents, reads and verifies the audit log. */
  leadToken: string;
  dpoToken: string;
  dpoEmails: string[];
}

/**
 * One client organization (Canada), two DPOs, a security lead and an ingest key. One CLI call
 * (a token for the admin the API created on first start), then the HTTP API: each CLI call boots
 * the whole application, which costs seconds.
 */
export const seed = async (stack: Stack, apiUrl: string): Promise<Seeded> => {
  const adminToken = (
    await cli(await stack.env(), 'token:create', '--email', 'admin@faults.test', '--name', 'faults')
  )
    .split('\n')
    .filter(Boolean)
    .at(-1) as string;
  const post = async <T>(path: string, body: unknown): Promise<T> => {
    const reply = await call<T>(apiUrl, path, { method: 'POST', bearer: adminToken, body });
    if (reply.status !== 201 && reply.status !== 200)
      throw new Error(`POST ${path} answered ${reply.status}: ${JSON.stringify(reply.body)}`);
    return reply.body;
  };
  await post('/api/v1/organizations', {
    id: 'org-a',
    name: 'Client A',
    jurisdictions: ['CA'],
    contacts: [],
  });
  const dpoEmails = ['dpo1@faults.test', 'dpo2@faults.test'];
  for (const [email, role] of [
    ['lead@faults.test', 'security_lead'],
    ...dpoEmails.map((e) => [e, 'dpo']),
  ])
    await post('/api/v1/users', { email, role, active: true });
  const secret = (path: string, body: unknown) =>
    post<{ secret: string }>(path, body).then((created) => created.secret);
  return {
    ingestKey: await secret('/api/v1/ingest-keys', { source: 'faults', name: 'fault suite' }),
    leadToken: await secret('/api/v1/api-tokens', {
      userEmail: 'lead@faults.test',
      name: 'faults',
    }),
    dpoToken: await secret('/api/v1/api-tokens', { userEmail: dpoEmails[0], name: 'faults' }),
    dpoEmails,
  };
};
