import { parseAlarmTimestamp } from '../alarms/alarm-time.js';

const MS_PER_HOUR = 3_600_000;

/**
 * An RFC 3339 moment → epoch milliseconds. Legal clocks never guess a zone: a zone-less string or an
 * impossible date (`2026-02-29`) throws instead of being read as local time or rolled into March.
 */
export const instantMs = (value: string, field: string): number => {
  const iso = parseAlarmTimestamp(value);
  if (iso === undefined) {
    throw new RangeError(`${field} is not an RFC 3339 date-time with a zone: "${value}"`);
  }
  return Date.parse(iso);
};

export const toUtc = (value: string, field: string): string =>
  new Date(instantMs(value, field)).toISOString();

/** Elapsed hours, so a daylight-saving change never stretches or shortens a legal window. */
export const addHours = (value: string, hours: number, field: string): string =>
  new Date(instantMs(value, field) + hours * MS_PER_HOUR).toISOString();

/**
 * Calendar months in UTC. A day the target month lacks (29 February, the 31st) moves to the first
 * day of the next month, so a minimum retention period is never cut short.
 */
export const addCalendarMonths = (value: string, months: number, field: string): string => {
  const start = new Date(instantMs(value, field));
  const day = start.getUTCDate();
  const target = new Date(start);
  target.setUTCDate(1);
  target.setUTCMonth(target.getUTCMonth() + months);
  const lastDay = new Date(
    Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0),
  ).getUTCDate();
  if (day <= lastDay) target.setUTCDate(day);
  else target.setUTCMonth(target.getUTCMonth() + 1, 1);
  return target.toISOString();
};
