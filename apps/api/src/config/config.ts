import { randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { envSchema, type Env } from './config.schema.js';

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
  }
}

export interface Config {
  port: number;
  host: string;
  /** Null until the embedded database has started (see database/embedded-postgres.ts). */
  databaseUrl: string | null;
  databaseMode: 'embedded' | 'external';
  /** A separate role that migrates and grants DATABASE_URL's role least privilege; null: one role. */
  databaseMigrationUrl: string | null;
  redisUrl: string | null;
  redisPrefix: string;
  smtpUrl: string | null;
  mailFrom: string;
  publicUrl: string;
  sessionSecret: string;
  logLevel: Env['LOG_LEVEL'];
  dataDir: string;
  webDistDir: string;
  embeddedPgPort: number | null;
  runWorkers: boolean;
  sweepIntervalMs: number;
  trustProxy: boolean;
  adminEmail: string;
  /** PEM of the Ed25519 key that signs audit checkpoints; generated under DATA_DIR when absent. */
  auditSigningKey: string | null;
  auditRetentionMonths: number;
  /** The company's name as it signs notices; null leaves a blank to fill in each draft. */
  /** How long backups keep data after it is deleted here (the certificate states when they expire). */
  backupRetentionDays: number;
  companyName: string | null;
  /** Québec enterprise number (NEQ), item 1 of a notice to the CAI. */
  companyNeq: string | null;
  /** The zone times are written in, in notices and messages (always named beside the time). */
  timeZone: string;
  sns: { topicArns: string[]; certDir: string | null; autoConfirm: boolean };
  oidc: { issuer: string; clientId: string; clientSecret: string | null } | null;
  version: string;
}

export const parseEnv = (env: Record<string, string | undefined>): Env => {
  const result = envSchema.safeParse(env);
  if (result.success) {
    if (result.data.OIDC_ISSUER && !result.data.OIDC_CLIENT_ID) {
      throw new ConfigError(['OIDC_CLIENT_ID: required when OIDC_ISSUER is set']);
    }
    if (result.data.DATABASE_MIGRATION_URL && !result.data.DATABASE_URL) {
      throw new ConfigError([
        'DATABASE_MIGRATION_URL: needs DATABASE_URL too (the application role it grants rights to)',
      ]);
    }
    return result.data;
  }
  throw new ConfigError(
    result.error.issues.map((issue) => {
      const name = String(issue.path[0] ?? 'environment');
      const given = env[name];
      return `${name}: ${issue.message}${given === undefined ? '' : ` (got ${shown(name, given)})`}`;
    }),
  );
};

/** Variables whose value is a secret: a start-up error names them but never echoes them. */
const SECRET_VARIABLES = new Set([
  'SESSION_SECRET',
  'AUDIT_SIGNING_KEY',
  'OIDC_CLIENT_SECRET',
  'VIGIL_BACKUP_PASSPHRASE',
]);
const URL_VARIABLES = new Set(['DATABASE_URL', 'DATABASE_MIGRATION_URL', 'REDIS_URL', 'SMTP_URL']);

/** What a start-up error may repeat of a value: secrets by length only, URLs without password. */
const shown = (name: string, value: string): string => {
  if (SECRET_VARIABLES.has(name)) return `${value.length} characters, not shown`;
  if (URL_VARIABLES.has(name)) {
    if (!URL.canParse(value))
      return /[:@]/.test(value) ? 'a value not shown' : JSON.stringify(value);
    const url = new URL(value);
    if (url.password) url.password = '***';
    return JSON.stringify(url.toString());
  }
  return JSON.stringify(value);
};

/** The one place that reads process.env: parse, then fill what the embedded default generates. */
export const loadConfig = (env: Record<string, string | undefined> = process.env): Config => {
  const parsed = parseEnv(env);
  const dataDir = resolve(parsed.DATA_DIR);
  return {
    port: parsed.PORT,
    host: parsed.HOST,
    databaseUrl: parsed.DATABASE_URL ?? null,
    databaseMode: parsed.DATABASE_URL ? 'external' : 'embedded',
    databaseMigrationUrl: parsed.DATABASE_MIGRATION_URL ?? null,
    redisUrl: parsed.REDIS_URL ?? null,
    redisPrefix: parsed.REDIS_PREFIX,
    smtpUrl: parsed.SMTP_URL ?? null,
    mailFrom: parsed.MAIL_FROM,
    publicUrl: (parsed.PUBLIC_URL ?? `http://localhost:${parsed.PORT}`).replace(/\/$/, ''),
    sessionSecret: parsed.SESSION_SECRET ?? readOrCreateSecret(dataDir, 'session-secret'),
    logLevel: parsed.LOG_LEVEL,
    dataDir,
    webDistDir: resolve(parsed.WEB_DIST_DIR),
    embeddedPgPort: parsed.EMBEDDED_PG_PORT ?? null,
    runWorkers: parsed.RUN_WORKERS,
    sweepIntervalMs: parsed.SWEEP_INTERVAL_MS,
    trustProxy: parsed.TRUST_PROXY,
    adminEmail: parsed.VIGIL_ADMIN_EMAIL.toLowerCase(),
    auditSigningKey: parsed.AUDIT_SIGNING_KEY?.replace(/\\n/g, '\n') ?? null,
    auditRetentionMonths: parsed.AUDIT_RETENTION_MONTHS,
    backupRetentionDays: parsed.BACKUP_RETENTION_DAYS,
    companyName: parsed.COMPANY_NAME ?? null,
    companyNeq: parsed.COMPANY_NEQ ?? null,
    timeZone: parsed.TIME_ZONE,
    sns: {
      topicArns: parsed.SNS_TOPIC_ARNS,
      certDir: parsed.SNS_CERT_DIR ? resolve(parsed.SNS_CERT_DIR) : null,
      autoConfirm: parsed.SNS_AUTO_CONFIRM,
    },
    oidc:
      parsed.OIDC_ISSUER && parsed.OIDC_CLIENT_ID
        ? {
            issuer: parsed.OIDC_ISSUER.replace(/\/$/, ''),
            clientId: parsed.OIDC_CLIENT_ID,
            clientSecret: parsed.OIDC_CLIENT_SECRET ?? null,
          }
        : null,
    version: env.npm_package_version ?? '0.1.0',
  };
};

/** A secret generated on first start and kept under DATA_DIR, readable only by its owner. */
export const readOrCreateSecret = (dataDir: string, name: string): string => {
  const path = join(dataDir, name);
  if (existsSync(path)) return readFileSync(path, 'utf8').trim();
  mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  const secret = randomBytes(32).toString('base64url');
  writeFileSync(path, `${secret}\n`, { mode: 0o600 });
  return secret;
};

/** What `backup` and `restore` read: unlike loadConfig, it generates no secret in DATA_DIR. */
export interface BackupSettings {
  dataDir: string;
  databaseUrl: string | null;
  databaseMigrationUrl: string | null;
  embeddedPgPort: number | null;
  /** Keys given in the environment; null when they live in DATA_DIR (or do not exist yet). */
  envSessionSecret: string | null;
  envAuditSigningKey: string | null;
  passphrase: string | null;
  /** Where pg_dump and pg_restore are looked for first. */
  searchPath: string;
  version: string;
}

export const loadBackupSettings = (
  env: Record<string, string | undefined> = process.env,
): BackupSettings => {
  const parsed = parseEnv(env);
  return {
    dataDir: resolve(parsed.DATA_DIR),
    databaseUrl: parsed.DATABASE_URL ?? null,
    databaseMigrationUrl: parsed.DATABASE_MIGRATION_URL ?? null,
    embeddedPgPort: parsed.EMBEDDED_PG_PORT ?? null,
    envSessionSecret: parsed.SESSION_SECRET ?? null,
    envAuditSigningKey: parsed.AUDIT_SIGNING_KEY?.replace(/\\n/g, '\n') ?? null,
    passphrase: parsed.VIGIL_BACKUP_PASSPHRASE ?? null,
    searchPath: env.PATH ?? '',
    version: env.npm_package_version ?? '0.1.0',
  };
};
