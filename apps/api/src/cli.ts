import 'reflect-metadata';
import type { INestApplicationContext } from '@nestjs/common';
import { createIngestKeySchema, createUserSchema, createApiTokenSchema } from '@vigil/contracts';
import { readFile } from 'node:fs/promises';
import type { z } from 'zod';
import { createBootLogger } from './common/logging.js';
import {
  type BackupSettings,
  ConfigError,
  loadBackupSettings,
  loadConfig,
} from './config/config.js';
import { prepareDatabase, startVigil } from './bootstrap.js';
import { AuditCheckpointService } from './modules/audit-events/audit-checkpoint.service.js';
import { AuditRetentionService } from './modules/audit-events/audit-retention.service.js';
import { AuditVerifyService } from './modules/audit-events/audit-verify.service.js';
import { CredentialService } from './modules/auth/credential.service.js';
import { createBackup } from './modules/backup/create-backup.js';
import { restoreBackup } from './modules/backup/restore-backup.js';
import { checkCertificate } from './modules/data-requests/certificate-verify.js';
import { UsersService } from './modules/users/users.service.js';

/**
 * Operator commands. Machine-readable output goes to stdout, messages to stderr, and a failure
 * exits non-zero (spec/api.md, Command line).
 */
type Command = (args: Map<string, string>) => Promise<unknown>;

/** Output with a non-zero exit: the command ran, and what it found is a failure (a broken chain). */
class Failing {
  constructor(readonly output: unknown) {}
}

const CLI_CONTEXT = { ip: undefined, userAgent: 'vigil-cli' };

/** Boots the application without HTTP or workers, runs one action, and shuts down. */
const withApp = async <T>(action: (app: INestApplicationContext) => Promise<T>): Promise<T> => {
  const vigil = await startVigil({ http: false, workers: false, quiet: true });
  try {
    return await action(vigil.app);
  } finally {
    await vigil.close();
  }
};

/** Parses options with a contract schema, naming the option in the error. */
const parse = <T extends z.ZodType>(schema: T, value: unknown): z.infer<T> => {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  throw new Error(
    result.error.issues.map((i) => `--${i.path.join('.') || 'options'}: ${i.message}`).join('; '),
  );
};

/** The backup passphrase: from a file or VIGIL_BACKUP_PASSPHRASE, never argv, which `ps` shows. */
const backupPassphrase = async (args: Map<string, string>, settings: BackupSettings) => {
  if (args.has('passphrase'))
    throw new Error(
      'a passphrase on the command line shows in `ps`: use --passphrase-file F or VIGIL_BACKUP_PASSPHRASE',
    );
  const file = args.get('passphrase-file');
  const passphrase = file
    ? (await readFile(file, 'utf8')).replace(/\r?\n$/, '')
    : settings.passphrase;
  if (!passphrase)
    throw new Error('give the passphrase with --passphrase-file F or VIGIL_BACKUP_PASSPHRASE');
  return passphrase;
};

const backupLog = () => {
  const log = createBootLogger('warn', 2);
  return { info: (m: string) => log.info(m), warn: (m: string) => log.warn(m) };
};

const commands: Record<string, { summary: string; run: Command }> = {
  'user:create': {
    summary: 'create a user: --email E --role R [--organization ORG] [--name "Display Name"]',
    run: (args) => {
      const input = parse(createUserSchema, {
        email: args.get('email'),
        role: args.get('role'),
        organizationId: args.get('organization'),
        displayName: args.get('name'),
      });
      return withApp((app) => app.get(UsersService).create(null, input, CLI_CONTEXT));
    },
  },
  'audit:verify': {
    summary: 'recompute the audit hash chains: [--from T] [--to T] [--source S]; exit 1 on a break',
    run: async (args) => {
      const query = { from: args.get('from'), to: args.get('to'), source: args.get('source') };
      for (const [name, value] of Object.entries(query)) {
        if (name !== 'source' && value !== undefined && Number.isNaN(Date.parse(value))) {
          throw new Error(`--${name}: expected an RFC 3339 time`);
        }
      }
      const result = await withApp((app) => app.get(AuditVerifyService).verify(query));
      return result.ok ? result : new Failing(result);
    },
  },
  'certificate:verify': {
    summary:
      'check a certificate of destruction offline: FILE [--public-key PEM_FILE]; exit 1 if it does not verify',
    run: async (args) => {
      const file = args.get('file');
      if (!file) throw new Error('give the certificate file: certificate:verify FILE');
      const pinned = args.get('public-key');
      const result = checkCertificate(
        await readFile(file, 'utf8'),
        pinned ? await readFile(pinned, 'utf8') : undefined,
      );
      return result.ok ? result : new Failing(result);
    },
  },
  'audit:checkpoint': {
    summary: 'sign the current head of every audit source now',
    run: () => withApp((app) => app.get(AuditCheckpointService).createAll('on_demand')),
  },
  'retention:run': {
    summary: 'drop audit months past AUDIT_RETENTION_MONTHS, keeping held events as evidence',
    run: () => withApp((app) => app.get(AuditRetentionService).run()),
  },
  'token:create': {
    summary: 'create a personal API token acting as a user: --email E --name N [--expires T]',
    run: async (args) => {
      const input = parse(createApiTokenSchema, {
        userEmail: args.get('email'),
        name: args.get('name'),
        expiresAt: args.get('expires'),
      });
      const created = await withApp((app) =>
        app.get(CredentialService).createPersonal(null, input, CLI_CONTEXT),
      );
      return created.secret;
    },
  },
  'ingest-key:create': {
    summary: 'create an ingest key bound to one source: --source S --name N [--expires T]',
    run: async (args) => {
      const input = parse(createIngestKeySchema, {
        source: args.get('source'),
        name: args.get('name'),
        expiresAt: args.get('expires'),
      });
      const created = await withApp((app) =>
        app.get(CredentialService).createIngestKey(null, input, CLI_CONTEXT),
      );
      return created.secret;
    },
  },
  backup: {
    summary:
      'write an encrypted backup (database + instance keys): --out FILE [--passphrase-file F]',
    run: async (args) => {
      const out = args.get('out');
      if (!out) throw new Error('give the file to write: backup --out FILE');
      const settings = loadBackupSettings();
      const passphrase = await backupPassphrase(args, settings);
      const result = await createBackup({ settings, out, passphrase, log: backupLog() });
      process.stderr.write(
        `backup: ${result.rows} rows in ${result.tables} tables and ${result.keys.length} key(s) written to ${result.file} (${result.bytes} bytes, ${result.durationMs} ms)\n`,
      );
      return result;
    },
  },
  restore: {
    summary:
      'restore a backup into an empty database: --in FILE [--database-url URL] [--passphrase-file F] [--force-keys]',
    run: async (args) => {
      const file = args.get('in');
      if (!file) throw new Error('give the backup file: restore --in FILE');
      const settings = loadBackupSettings();
      const url = args.get('database-url');
      if (url) {
        if (!URL.canParse(url) || !['postgres:', 'postgresql:'].includes(new URL(url).protocol))
          throw new Error('--database-url: expected a URL starting with postgres://');
        settings.databaseUrl = url;
        settings.databaseMigrationUrl = null;
      }
      const passphrase = await backupPassphrase(args, settings);
      const result = await restoreBackup({
        settings,
        file,
        passphrase,
        forceKeys: args.get('force-keys') === 'true',
        log: backupLog(),
      });
      for (const warning of result.warnings) process.stderr.write(`restore: warning: ${warning}\n`);
      process.stderr.write(
        `restore: ${result.rows} rows in ${result.tables} tables restored into "${result.database.name}" from the backup of ${result.backupCreatedAt}; ` +
          `keys ${result.keys.map((k) => `${k.name} ${k.action}`).join(', ') || 'none'} (${result.durationMs} ms)\n`,
      );
      return result.rowCountMismatches.length ? new Failing(result) : result;
    },
  },
  'db:migrate': {
    summary: 'apply pending database migrations',
    run: async () => {
      const config = loadConfig();
      const log = createBootLogger(config.logLevel === 'info' ? 'warn' : config.logLevel, 2);
      const { embedded, applied } = await prepareDatabase(config, log);
      await embedded?.stop();
      return { applied };
    },
  },
};

const parseArgs = (argv: string[]): Map<string, string> => {
  const args = new Map<string, string>();
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (!arg?.startsWith('--')) throw new Error(`unexpected argument ${JSON.stringify(arg)}`);
    const [name, inline] = arg.slice(2).split('=', 2);
    const value = inline ?? (argv[i + 1]?.startsWith('--') ? undefined : argv[++i]);
    args.set(name ?? '', value ?? 'true');
  }
  return args;
};

const usage = () =>
  `usage: npm run cli -- <command> [--option value]\n\ncommands:\n${Object.entries(commands)
    .map(([name, c]) => `  ${name.padEnd(20)} ${c.summary}`)
    .join('\n')}\n`;

const main = async (): Promise<number> => {
  const [name, ...rest] = process.argv.slice(2);
  const command = name ? commands[name] : undefined;
  if (!command) {
    process.stderr.write(name ? `unknown command ${JSON.stringify(name)}\n\n${usage()}` : usage());
    return 2;
  }
  try {
    // `certificate:verify FILE`: the one command whose argument is a path, not an option.
    const [first, ...others] = rest;
    const argv = first && !first.startsWith('--') ? ['--file', first, ...others] : rest;
    const result = await command.run(parseArgs(argv));
    const output = result instanceof Failing ? result.output : result;
    if (output !== undefined) {
      process.stdout.write(
        typeof output === 'string' ? `${output}\n` : `${JSON.stringify(output, null, 2)}\n`,
      );
    }
    return result instanceof Failing ? 1 : 0;
  } catch (error) {
    const message =
      error instanceof ConfigError || error instanceof Error ? error.message : String(error);
    process.stderr.write(`${name}: ${message}\n`);
    return 1;
  }
};

process.exitCode = await main();
