import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import type { INestApplicationContext } from '@nestjs/common';
import { Logger } from 'nestjs-pino';
import type { AddressInfo } from 'node:net';
import { AppModule } from './app.module.js';
import { configureHttp, configureOpenApi, configureWebApp } from './common/http-setup.js';
import { createBootLogger } from './common/logging.js';
import { ProblemDetailsFilter } from './common/problem-details.filter.js';
import { type Config, loadConfig } from './config/config.js';
import { migrate } from './database/data-source.js';
import { appRoleOf } from './database/app-role.js';
import { assertEveryRouteHasARule } from './common/route-inventory.js';
import { UsersService } from './modules/users/users.service.js';
import { type EmbeddedDatabase, startEmbeddedPostgres } from './database/embedded-postgres.js';

export interface Vigil {
  config: Config;
  app: INestApplicationContext;
  /** Where HTTP listens; null for a worker-only process. */
  url: string | null;
  close(): Promise<void>;
}

type BootLogger = ReturnType<typeof createBootLogger>;

/** Resolves the database (starting the embedded one when DATABASE_URL is absent) and migrates it. */
export const prepareDatabase = async (
  config: Config,
  log: BootLogger,
): Promise<{ embedded: EmbeddedDatabase | null; applied: string[] }> => {
  let embedded: EmbeddedDatabase | null = null;
  if (!config.databaseUrl) {
    embedded = await startEmbeddedPostgres(config.dataDir, config.embeddedPgPort, {
      info: (m) => log.info(m),
      warn: (m) => log.warn(m),
    });
    config.databaseUrl = embedded.url;
  }
  try {
    // With a migration role, DDL runs as it and the app role (DATABASE_URL's) gets rows only.
    const applied = config.databaseMigrationUrl
      ? await migrate(config.databaseMigrationUrl, {
          appRole: appRoleOf(config.databaseUrl),
          onWarning: (message) => log.warn(message),
        })
      : await migrate(config.databaseUrl);
    if (applied.length) log.info({ applied }, `applied ${applied.length} migration(s)`);
    return { embedded, applied };
  } catch (error) {
    await embedded?.stop();
    throw error;
  }
};

export interface StartOptions {
  env?: Record<string, string | undefined>;
  http: boolean;
  /** Overrides RUN_WORKERS (worker.ts always runs them). */
  workers?: boolean;
  /** Logs warnings and errors only (the CLI keeps stderr for its own messages). */
  quiet?: boolean;
}

export const startVigil = async ({ env, http, workers, quiet }: StartOptions): Promise<Vigil> => {
  const config = loadConfig(env);
  if (workers !== undefined) config.runWorkers = workers;
  if (quiet && ['info', 'debug', 'trace'].includes(config.logLevel)) config.logLevel = 'warn';
  const log = createBootLogger(config.logLevel, quiet ? 2 : 1);
  const { embedded } = await prepareDatabase(config, log);

  let app: INestApplicationContext;
  let url: string | null = null;
  try {
    if (http) {
      const web = await NestFactory.create<NestExpressApplication>(
        AppModule.forRoot(config, { http }),
        {
          bodyParser: false,
          bufferLogs: true,
        },
      );
      web.useLogger(web.get(Logger));
      web.useGlobalFilters(new ProblemDetailsFilter());
      assertEveryRouteHasARule(web);
      configureHttp(web, config);
      const servesWeb = configureWebApp(web, config);
      if (!servesWeb)
        log.warn(`No built dashboard in ${config.webDistDir}: run the build to serve it at /`);
      configureOpenApi(web, config);
      // Before listening: a ready server always has someone who can sign in.
      await ensureFirstAdmin(web, config, log);
      await web.listen(config.port, config.host);
      const address = web.getHttpServer().address() as AddressInfo;
      url = `http://localhost:${address.port}`;
      app = web;
    } else {
      app = await NestFactory.createApplicationContext(AppModule.forRoot(config, { http }), {
        bufferLogs: true,
      });
      app.useLogger(app.get(Logger));
      await app.init();
    }
  } catch (error) {
    await embedded?.stop();
    throw error;
  }

  return {
    config,
    app,
    url,
    close: async () => {
      await app.close();
      await embedded?.stop();
    },
  };
};

/** On an empty database, creates the first admin and says how to sign in. */
const ensureFirstAdmin = async (app: INestApplicationContext, config: Config, log: BootLogger) => {
  const users = app.get(UsersService);
  if ((await users.count()) > 0) return;
  try {
    await users.create(
      null,
      { email: config.adminEmail, role: 'admin', active: true },
      {
        ip: undefined,
        userAgent: 'vigil-first-start',
      },
    );
  } catch {
    return; // another replica created it first
  }
  log.info(
    `First start: created the admin ${config.adminEmail}. Sign in at ${config.publicUrl}/sign-in with that address; ` +
      (config.smtpUrl
        ? 'the code is mailed to it.'
        : 'with no SMTP_URL set, the code is printed in this log.'),
  );
};

/** Runs a process until SIGINT/SIGTERM, then closes HTTP and workers before Postgres. */
export const runUntilSignalled = async (
  start: () => Promise<Vigil>,
  describe: (v: Vigil) => string,
) => {
  const bootLog = createBootLogger('info');
  let vigil: Vigil;
  try {
    vigil = await start();
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    process.stderr.write(`Vigil cannot start: ${message}\n`);
    process.exit(1);
  }
  bootLog.info(describe(vigil));
  let stopping = false;
  const stop = (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    bootLog.info(`${signal} received: shutting down`);
    setTimeout(() => {
      bootLog.error('shutdown took longer than 20 s; exiting');
      process.exit(1);
    }, 20_000).unref();
    vigil
      .close()
      .then(() => process.exit(0))
      .catch((error: Error) => {
        bootLog.error({ err: error }, 'shutdown failed');
        process.exit(1);
      });
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
};
