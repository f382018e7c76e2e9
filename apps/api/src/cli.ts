import 'reflect-metadata';
import type { INestApplicationContext } from '@nestjs/common';
import { createIngestKeySchema, createUserSchema, createApiTokenSchema } from '@vigil/contracts';
import { readFile } from 'node:fs/promises';
import type { z } from 'zod';
import { createBootLogger } from './common/logging.js';
import { ConfigError, loadConfig } from './config/config.js';
import { prepareDatabase, startVigil } from './bootstrap.js';
import { AuditCheckpointService } from './modules/audit-events/audit-checkpoint.service.js';
import { AuditRetentionService } from './modules/audit-events/audit-retention.service.js';
import { AuditVerifyService } from './modules/audit-events/audit-verify.service.js';
import { CredentialService } from './modules/auth/credential.service.js';
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
