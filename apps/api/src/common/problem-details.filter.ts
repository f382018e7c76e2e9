import {
  type ArgumentsHost,
  Catch,
  type ExceptionFilter,
  HttpException,
  HttpStatus,
  Logger,
} from '@nestjs/common';
import type { Problem } from '@vigil/contracts';
import type { Request, Response } from 'express';
import { STATUS_CODES } from 'node:http';
import { AppError, BodyRefusedError } from './app-error.js';

const PROBLEM_TYPE = 'about:blank';
const DATABASE_DOWN_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  '57P01',
  '57P02',
  '57P03',
  '08006',
  '08001',
  '08003',
]);

interface BodyParserError {
  type: string;
  status?: number;
  statusCode?: number;
}

const isBodyParserError = (error: unknown): error is BodyParserError =>
  typeof error === 'object' &&
  error !== null &&
  typeof (error as BodyParserError).type === 'string' &&
  typeof ((error as BodyParserError).status ?? (error as BodyParserError).statusCode) === 'number';

const sqlStateOf = (error: object): unknown =>
  (error as { code?: unknown; driverError?: { code?: unknown } }).code ??
  (error as { driverError?: { code?: unknown } }).driverError?.code;

/**
 * SQLSTATE class 22 (data exception: NUL in text, out-of-range number or date, malformed uuid) means
 * a value from the request that validation let through: the caller's input, not our failure.
 */
const isDataException = (error: unknown): boolean => {
  if (typeof error !== 'object' || error === null) return false;
  const code = sqlStateOf(error);
  return typeof code === 'string' && /^22[0-9A-Z]{3}$/.test(code);
};

const isDatabaseDown = (error: unknown): boolean => {
  if (typeof error !== 'object' || error === null) return false;
  const code = sqlStateOf(error);
  if (typeof code === 'string' && DATABASE_DOWN_CODES.has(code)) return true;
  const message = (error as Error).message ?? '';
  return /Connection terminated|timeout exceeded when trying to connect|Client has encountered a connection error/i.test(
    message,
  );
};

/** Renders every failure as RFC 9457 problem+json; stack traces stay in the server log. */
@Catch()
export class ProblemDetailsFilter implements ExceptionFilter {
  private readonly logger = new Logger('Http');

  catch(error: unknown, host: ArgumentsHost): void {
    const http = host.switchToHttp();
    const response = http.getResponse<Response>();
    const request = http.getRequest<Request>();
    const { problem, retryAfterSeconds } = this.toProblem(error);
    problem.instance = request.originalUrl?.split('?')[0];

    if (problem.status >= 500)
      this.logger.error({ err: error, status: problem.status }, problem.title);
    if (response.headersSent) {
      // A stream that failed midway (an export) is cut, not ended: ending it would make the
      // truncated file look complete to the client.
      response.destroy();
      return;
    }
    if (retryAfterSeconds) response.setHeader('Retry-After', String(retryAfterSeconds));
    response.status(problem.status).type('application/problem+json').send(JSON.stringify(problem));
  }

  private toProblem(error: unknown): { problem: Problem; retryAfterSeconds?: number } {
    if (error instanceof AppError) {
      return {
        problem: {
          type: `urn:vigil:problem:${error.code.toLowerCase().replaceAll('_', '-')}`,
          title: STATUS_CODES[error.status] ?? 'Error',
          status: error.status,
          detail: error.message,
          ...(error.options.errors ? { errors: error.options.errors } : {}),
        },
        retryAfterSeconds: error.options.retryAfterSeconds,
      };
    }
    if (error instanceof HttpException) {
      const status = error.getStatus();
      const body = error.getResponse();
      const detail = typeof body === 'string' ? body : (this.messageOf(body) ?? error.message);
      return { problem: plain(status, detail) };
    }
    if (isBodyParserError(error)) {
      const status = error.status ?? error.statusCode ?? 400;
      const detail: Record<string, string> = {
        'entity.too.large': 'The request body is larger than this endpoint accepts.',
        'entity.parse.failed': 'The request body is not valid JSON.',
        'encoding.unsupported': 'The request body has an unsupported content encoding.',
        'charset.unsupported': 'The request body has an unsupported charset; send UTF-8.',
        'request.aborted': 'The request body was not received completely.',
        'entity.verify.failed': 'The request body failed verification.',
      };
      const mapped =
        error.type === 'charset.unsupported' || error.type === 'encoding.unsupported'
          ? 415
          : status;
      return {
        problem: plain(
          mapped >= 500 ? 400 : mapped,
          error instanceof BodyRefusedError
            ? error.message
            : (detail[error.type] ?? 'The request body could not be read.'),
        ),
      };
    }
    if (isDataException(error)) {
      this.logger.warn({ err: error }, 'a request value reached the database unvalidated');
      return {
        problem: plain(
          HttpStatus.BAD_REQUEST,
          'A value in the request cannot be stored: out of range, malformed, or holding a NUL character.',
        ),
      };
    }
    if (isDatabaseDown(error)) {
      return {
        problem: plain(
          HttpStatus.SERVICE_UNAVAILABLE,
          'The database is not reachable right now; retry shortly.',
        ),
        retryAfterSeconds: 5,
      };
    }
    return {
      problem: plain(
        HttpStatus.INTERNAL_SERVER_ERROR,
        'Something went wrong on our side; it has been logged.',
      ),
    };
  }

  private messageOf(body: object): string | undefined {
    const message = (body as { message?: unknown }).message;
    if (typeof message === 'string') return message;
    if (Array.isArray(message)) return message.join('; ');
    return undefined;
  }
}

const plain = (status: number, detail: string): Problem => ({
  type: PROBLEM_TYPE,
  title: STATUS_CODES[status] ?? 'Error',
  status,
  detail,
});
