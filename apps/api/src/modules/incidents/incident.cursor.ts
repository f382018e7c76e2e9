import { type Incident, severitySchema } from '@vigil/contracts';
import { z } from 'zod';
import { AppError } from '../../common/app-error.js';

/** Where a page of the incident list ended, in the list's order. */
export interface IncidentCursor {
  /** Closed or false positive: these sort after the open ones. */
  closed: boolean;
  severity: Incident['severity'];
  /** With microseconds: a JS Date keeps milliseconds, and rows inside one would be skipped. */
  detectedAt: string;
  number: number;
}

const EXACT_UTC = /^[1-9]\d{3}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{6}Z$/;

// A real calendar time: Date rolls 2026-02-30 over to March, so the round trip tells.
const isCalendarTime = (value: string) => {
  const time = new Date(value);
  return !Number.isNaN(time.getTime()) && time.toISOString().slice(0, 19) === value.slice(0, 19);
};

const cursorSchema = z.tuple([
  z.boolean(),
  severitySchema,
  z.string().regex(EXACT_UTC).refine(isCalendarTime),
  z.number().int().min(1),
]);

export const encodeIncidentCursor = (cursor: IncidentCursor): string =>
  Buffer.from(
    JSON.stringify([
      cursor.closed,
      cursor.severity,
      cursor.detectedAt,
      cursor.number,
    ] satisfies z.infer<typeof cursorSchema>),
  ).toString('base64url');

/** Anything but a cursor this server gave out is a 400, before it can reach the query. */
export const decodeIncidentCursor = (cursor: string): IncidentCursor => {
  let value: unknown;
  try {
    value = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    value = undefined;
  }
  const parsed = cursorSchema.safeParse(value);
  if (!parsed.success) {
    throw new AppError('VALIDATION_FAILED', 'The cursor is not one this server gave out.', {
      errors: [{ path: 'cursor', message: 'invalid cursor' }],
    });
  }
  const [closed, severity, detectedAt, number] = parsed.data;
  return { closed, severity, detectedAt, number };
};
