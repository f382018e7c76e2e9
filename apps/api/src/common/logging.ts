import type { IncomingMessage, ServerResponse } from 'node:http';
import { randomUUID } from 'node:crypto';
import type { Params } from 'nestjs-pino';
import pino from 'pino';
import type { Config } from '../config/config.js';

const REQUEST_ID = /^[A-Za-z0-9._:-]{1,128}$/;

/** Fields that must never reach a log line, whatever the log level. */
export const REDACTED_PATHS = [
  'req.headers.authorization',
  'req.headers.cookie',
  'req.headers["x-csrf-token"]',
  'res.headers["set-cookie"]',
  // A failed query's bound values are request input (codes, tokens); the SQL text stays.
  'err.parameters',
  // A failed Redis command's arguments (AUTH carries the password).
  'err.command.args',
];

export const loggerOptions = (config: Config): Params => ({
  pinoHttp: {
    level: config.logLevel,
    redact: { paths: REDACTED_PATHS, censor: '[redacted]' },
    genReqId: (req: IncomingMessage, res: ServerResponse) => {
      const given = req.headers['x-request-id'];
      const id = typeof given === 'string' && REQUEST_ID.test(given) ? given : randomUUID();
      res.setHeader('X-Request-Id', id);
      return id;
    },
    autoLogging: { ignore: (req: IncomingMessage) => req.url?.startsWith('/health/') ?? false },
    customLogLevel: (_req: IncomingMessage, res: ServerResponse, error?: Error) =>
      error || res.statusCode >= 500 ? 'error' : res.statusCode >= 400 ? 'warn' : 'info',
    serializers: {
      req: (req: { id: string; method: string; url: string; remoteAddress?: string }) => ({
        id: req.id,
        method: req.method,
        url: req.url?.split('?')[0],
        ip: req.remoteAddress,
      }),
      res: (res: { statusCode: number }) => ({ statusCode: res.statusCode }),
    },
  },
});

/** The logger used before Nest is up (start-up, embedded Postgres) and by the CLI, on stderr. */
export const createBootLogger = (level: string, destination: 1 | 2 = 1) =>
  pino({ level, base: { context: 'Vigil' } }, pino.destination({ fd: destination, sync: true }));
