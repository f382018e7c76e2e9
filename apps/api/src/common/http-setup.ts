import type { NestExpressApplication } from '@nestjs/platform-express';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import express, { type NextFunction, type Request, type Response } from 'express';
import helmet from 'helmet';
import { isUtf8 } from 'node:buffer';
import { existsSync } from 'node:fs';
import type { Server } from 'node:http';
import { extname, join } from 'node:path';
import type { Config } from '../config/config.js';
import { AppError, BodyRefusedError } from './app-error.js';

/** Routes that take batches from integrations get a larger body budget than the console's forms. */
const INGEST_PREFIXES = ['/api/v1/audit-events', '/api/v1/integrations'];
const INGEST_BODY_LIMIT = '10mb';
const DEFAULT_BODY_LIMIT = '1mb';
const SERVER_PREFIXES = ['/api/', '/health/', '/metrics'];
const JSON_TYPES = ['application/json', 'application/*+json'];
/** Routes that read a body other than JSON; everything else answers 415 to any other type. */
const TEXT_BODY_ROUTES: Record<string, string[]> = {
  // SNS posts its JSON as text/plain.
  '/api/v1/integrations/sns': ['text/plain'],
  '/api/v1/audit-events': ['application/x-ndjson'],
};
/** Deeper than any contract; recursive walkers (JSON.stringify, zod, pg) overflow far beyond it. */
const MAX_JSON_DEPTH = 64;
// An escaped half of a UTF-16 pair has no UTF-8 form: stored, it would become U+FFFD silently.
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

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
  configureServerTimeouts(app.getHttpServer() as Server);
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

  app.use(refuseHostileTargets);
  app.use(refuseUnreadableBodyTypes);
  const parsers = (limit: string) => [
    express.json({ limit, type: JSON_TYPES, verify: verifyBodyBytes }),
    express.text({ limit, type: ['text/plain', 'application/x-ndjson'], verify: verifyBodyBytes }),
    refuseHostileJson,
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

/** Slow clients (slow-loris) are dropped instead of holding sockets and memory indefinitely. */
const configureServerTimeouts = (server: Server & { connectionsCheckingInterval?: number }) => {
  server.headersTimeout = 15_000;
  // A 10 MiB ingest batch still arrives in time over a slow (≈200 KB/s) link.
  server.requestTimeout = 60_000;
  // Longer than a load balancer's usual idle timeout (60 s): the server must not close a kept-alive
  // socket just as the balancer or a client reuses it (a reset, seen as 502 or ECONNRESET).
  server.keepAliveTimeout = 65_000;
  // Node checks the two timeouts above on this interval (30 s by default); read when listening starts.
  server.connectionsCheckingInterval = 2_000;
};

const badRequest = (detail: string) => new AppError('VALIDATION_FAILED', detail);

/**
 * Percent-encoding that does not decode to UTF-8, and NUL or other control characters, are refused
 * in the path and query alike, before routing: no handler, query parser or SQL parameter sees them.
 */
const refuseHostileTargets = (req: Request, _res: Response, next: NextFunction) => {
  let decoded: string;
  try {
    decoded = decodeURIComponent(req.originalUrl.replaceAll('+', ' '));
  } catch {
    return next(badRequest('The address holds percent-encoding that is not valid UTF-8.'));
  }
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u001f\u007f]/.test(decoded))
    return next(badRequest('The address holds a NUL or another control character.'));
  next();
};

const hasBody = (req: Request) =>
  req.headers['transfer-encoding'] !== undefined || Number(req.headers['content-length']) > 0;

const refuseUnreadableBodyTypes = (req: Request, _res: Response, next: NextFunction) => {
  if (!hasBody(req)) return next();
  const accepted = [...JSON_TYPES, ...(TEXT_BODY_ROUTES[req.path.replace(/\/$/, '')] ?? [])];
  if (req.is(accepted)) return next();
  next(
    new AppError(
      'UNSUPPORTED_MEDIA_TYPE',
      `Send the body as ${accepted.filter((t) => !t.includes('*')).join(' or ')}.`,
    ),
  );
};

/**
 * Runs on the raw bytes before parsing: bytes that are not UTF-8 would otherwise become U+FFFD
 * silently, and nesting is measured here so no parser or walker recurses into a hostile depth.
 */
const verifyBodyBytes = (req: Request, _res: Response, buffer: Buffer) => {
  const charset = /;\s*charset=["']?([^"';\s]+)/i.exec(req.headers['content-type'] ?? '')?.[1];
  if (charset && !/^utf-?8$/i.test(charset)) return; // the parser refuses other charsets with 415
  if (!isUtf8(buffer)) throw new BodyRefusedError('The request body is not valid UTF-8.');
  let depth = 0;
  let inString = false;
  for (let i = 0; i < buffer.length; i++) {
    const byte = buffer[i];
    if (inString) {
      if (byte === 0x5c)
        i++; // backslash: skip the escaped byte
      else if (byte === 0x22) inString = false;
    } else if (byte === 0x22) inString = true;
    else if (byte === 0x5b || byte === 0x7b) {
      if (++depth > MAX_JSON_DEPTH)
        throw new BodyRefusedError(`The request body nests deeper than ${MAX_JSON_DEPTH} levels.`);
    } else if (byte === 0x5d || byte === 0x7d) depth--;
    // Raw NUL outside JSON strings only: inside them the JSON parser already refuses control bytes.
    else if (byte === 0x00) throw new BodyRefusedError('The request body holds a NUL byte.');
  }
};

const unstorable = (text: string): string | null =>
  text.includes('\u0000')
    ? 'The request body holds a NUL character.'
    : LONE_SURROGATE.test(text)
      ? 'The request body holds an unpaired UTF-16 surrogate.'
      : null;

/**
 * Parsed JSON is walked once: Postgres stores neither U+0000 nor a lone surrogate (text or jsonb),
 * and keys that reach Object.prototype through a later merge have no use in any contract.
 */
const refuseHostileJson = (req: Request, _res: Response, next: NextFunction) => {
  // Ingest batches report unstorable text per event (the valid ones are still stored).
  const perEvent = req.path.replace(/\/$/, '') === '/api/v1/audit-events';
  const stack: unknown[] = [req.body];
  while (stack.length) {
    const value = stack.pop();
    if (typeof value === 'string') {
      const problem = perEvent ? null : unstorable(value);
      if (problem) return next(badRequest(problem));
    } else if (value && typeof value === 'object') {
      for (const key of Object.keys(value)) {
        if (FORBIDDEN_KEYS.has(key))
          return next(badRequest(`The request body holds the reserved key "${key}".`));
        const problem = perEvent ? null : unstorable(key);
        if (problem) return next(badRequest(problem));
        stack.push((value as Record<string, unknown>)[key]);
      }
    }
  }
  next();
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

const PRECOMPRESSED_TYPES: Record<string, string> = {
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
};
const ASSET_NAME = /^\/[\w.-]+$/;

/**
 * Serves the `.br` or `.gz` twin the web build writes beside each script and stylesheet, as the
 * browser's Accept-Encoding allows: the dashboard goes out compressed without compressing per request.
 */
const servePrecompressed = (dir: string) => (req: Request, res: Response, next: NextFunction) => {
  const type = PRECOMPRESSED_TYPES[extname(req.path)];
  if ((req.method !== 'GET' && req.method !== 'HEAD') || !type || !ASSET_NAME.test(req.path))
    return next();
  res.vary('Accept-Encoding');
  const encoding = req.acceptsEncodings('br', 'gzip');
  if (encoding !== 'br' && encoding !== 'gzip') return next();
  const file = join(dir, `${req.path}${encoding === 'br' ? '.br' : '.gz'}`);
  if (!existsSync(file)) return next();
  res.setHeader('Content-Type', type);
  res.setHeader('Content-Encoding', encoding);
  res.sendFile(file, { maxAge: '365d', immutable: true }, (error) => {
    if (error) next(error);
  });
};

/** Serves the built dashboard; any other GET for a page falls back to index.html (client routing). */
export const configureWebApp = (app: NestExpressApplication, config: Config): boolean => {
  const index = join(config.webDistDir, 'index.html');
  if (!existsSync(index)) return false;
  const assets = join(config.webDistDir, 'assets');
  app.use('/assets', servePrecompressed(assets));
  app.use(
    '/assets',
    express.static(assets, {
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
