import type { NestExpressApplication } from '@nestjs/platform-express';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import express, { type NextFunction, type Request, type Response } from 'express';
import helmet from 'helmet';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Config } from '../config/config.js';

/** Routes that take batches from integrations get a larger body budget than the console's forms. */
const INGEST_PREFIXES = ['/api/v1/audit-events', '/api/v1/integrations'];
const INGEST_BODY_LIMIT = '10mb';
const DEFAULT_BODY_LIMIT = '1mb';
const SERVER_PREFIXES = ['/api/', '/health/', '/metrics'];

const strictDirectives = {
  defaultSrc: ["'self'"],
  scriptSrc: ["'self'"],
  styleSrc: ["'self'"],
  imgSrc: ["'self'", 'data:'],
  fontSrc: ["'self'"],
  connectSrc: ["'self'"],
  objectSrc: ["'none'"],
  baseUri: ["'self'"],
  formAction: ["'self'"],
  frameAncestors: ["'none'"],
  upgradeInsecureRequests: null,
};

export const configureHttp = (app: NestExpressApplication, config: Config): void => {
  app.disable('x-powered-by');
  if (config.trustProxy) app.set('trust proxy', true);

  const security = (styleSrc: string[]) =>
    helmet({
      contentSecurityPolicy: { useDefaults: false, directives: { ...strictDirectives, styleSrc } },
      strictTransportSecurity: { maxAge: 31_536_000, includeSubDomains: true },
      referrerPolicy: { policy: 'no-referrer' },
      xFrameOptions: { action: 'deny' },
      crossOriginEmbedderPolicy: false,
    });
  const strict = security(["'self'"]);
  // Swagger UI ships an inline <style>; its scripts still load from 'self' only.
  const docs = security(["'self'", "'unsafe-inline'"]);
  app.use((req: Request, res: Response, next: NextFunction) =>
    (req.path.startsWith('/api/docs') ? docs : strict)(req, res, next),
  );

  const parsers = (limit: string) => [
    express.json({ limit, type: ['application/json', 'application/*+json'] }),
    express.text({ limit, type: ['text/plain', 'application/x-ndjson'] }),
  ];
  const ingest = parsers(INGEST_BODY_LIMIT);
  const standard = parsers(DEFAULT_BODY_LIMIT);
  const chain =
    (handlers: express.RequestHandler[]) => (req: Request, res: Response, next: NextFunction) => {
      const run = (i: number): void => {
        const handler = handlers[i];
        if (!handler) return next();
        handler(req, res, (error?: unknown) => (error ? next(error) : run(i + 1)));
      };
      run(0);
    };
  const ingestChain = chain(ingest);
  const standardChain = chain(standard);
  app.use((req: Request, res: Response, next: NextFunction) =>
    INGEST_PREFIXES.some((p) => req.path.startsWith(p))
      ? ingestChain(req, res, next)
      : standardChain(req, res, next),
  );
};

export const configureOpenApi = (app: NestExpressApplication, config: Config): void => {
  const document = SwaggerModule.createDocument(
    app,
    new DocumentBuilder()
      .setTitle('Vigil API')
      .setDescription('Security incident and audit management console — HTTP contract v1')
      .setVersion(config.version)
      .addBearerAuth()
      .addCookieAuth('vigil_session')
      .build(),
  );
  SwaggerModule.setup('api/docs', app, document, { jsonDocumentUrl: 'api/docs-json' });
};

/** Serves the built dashboard; any other GET for a page falls back to index.html (client routing). */
export const configureWebApp = (app: NestExpressApplication, config: Config): boolean => {
  const index = join(config.webDistDir, 'index.html');
  if (!existsSync(index)) return false;
  app.use(
    '/assets',
    express.static(join(config.webDistDir, 'assets'), {
      immutable: true,
      maxAge: '365d',
      fallthrough: false,
    }),
  );
  app.use(express.static(config.webDistDir, { index: false, maxAge: '1h' }));
  app.use((req: Request, res: Response, next: NextFunction) => {
    const wantsPage =
      (req.method === 'GET' || req.method === 'HEAD') && req.accepts(['html', 'json']) === 'html';
    if (
      !wantsPage ||
      SERVER_PREFIXES.some((p) => req.path.startsWith(p) || req.path === p.replace(/\/$/, ''))
    ) {
      return next();
    }
    res.setHeader('Cache-Control', 'no-cache');
    res.sendFile(index);
  });
  return true;
};
