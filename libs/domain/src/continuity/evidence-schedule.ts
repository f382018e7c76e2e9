import { instantMs } from '../obligations/legal-time.js';

export type EvidenceKind = 'backup_test' | 'drill';

/**
 * Months between two pieces of evidence: backup tests quarterly, DR drills yearly. Auditors expect
 * a recovery test at least annually and backup integrity tests "on a periodic basis" (SOC 2 A1.3).
 */
export const DEFAULT_EVIDENCE_CADENCE_MONTHS: Record<EvidenceKind, number> = {
  backup_test: 3,
  drill: 12,
};

/** With no evidence on record yet, the first is due this many days after the schedule started. */
export const FIRST_EVIDENCE_GRACE_DAYS = 30;

const MS_PER_DAY = 86_400_000;

const formatters = new Map<string, Intl.DateTimeFormat>();

const zoneFormatter = (timeZone: string): Intl.DateTimeFormat => {
  if (typeof timeZone !== 'string' || timeZone.trim() === '') {
    throw new RangeError(`timeZone must be an IANA time zone name, got "${String(timeZone)}"`);
  }
  const cached = formatters.get(timeZone);
  if (cached) return cached;
  let formatter: Intl.DateTimeFormat;
  try {
    formatter = new Intl.DateTimeFormat('en-US-u-nu-latn', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
  } catch {
    throw new RangeError(`unknown time zone: "${timeZone}"`);
  }
  formatters.set(timeZone, formatter);
  return formatter;
};

/** A calendar date and time as epoch ms, without Date.UTC's 1900 shift for years below 100. */
const utcFields = (
  year: number,
  monthIndex: number,
  day: number,
  hour: number,
  minute: number,
  second: number,
): number => {
  const date = new Date(0);
  date.setUTCFullYear(year, monthIndex, day);
  date.setUTCHours(hour, minute, second, 0);
  return date.getTime();
};

/** The zone's wall-clock reading at an instant, expressed as if that reading were UTC. */
const wallClockMs = (formatter: Intl.DateTimeFormat, ms: number): number => {
  const wholeSeconds = Math.floor(ms / 1000) * 1000;
  const field: Partial<Record<Intl.DateTimeFormatPartTypes, number>> = {};
  for (const part of formatter.formatToParts(wholeSeconds)) field[part.type] = Number(part.value);
  const { year = NaN, month = NaN, day = NaN, hour = NaN, minute = NaN, second = NaN } = field;
  return utcFields(year, month - 1, day, hour, minute, second) + (ms - wholeSeconds);
};

const offsetMs = (formatter: Intl.DateTimeFormat, ms: number): number =>
  wallClockMs(formatter, ms) - ms;

/**
 * The instant a wall-clock reading names in the zone. A reading that occurs twice (the autumn
 * change) is the earlier one; one that never occurs (the spring gap) moves forward by the gap, as
 * Temporal's "compatible" disambiguation does, so a due time is never pulled earlier.
 */
const wallClockToInstant = (formatter: Intl.DateTimeFormat, wall: number): number => {
  // Offsets stay within ±14 h, so a day either side is on either side of any change near `wall`.
  const withEarlierOffset = wall - offsetMs(formatter, wall - MS_PER_DAY);
  const withLaterOffset = wall - offsetMs(formatter, wall + MS_PER_DAY);
  const exact = [withEarlierOffset, withLaterOffset]
    .filter((instant) => wallClockMs(formatter, instant) === wall)
    .sort((a, b) => a - b);
  return exact[0] ?? withEarlierOffset;
};

const daysInMonth = (year: number, monthIndex: number): number => {
  const date = new Date(0);
  date.setUTCFullYear(year, monthIndex + 1, 0);
  return date.getUTCDate();
};

/**
 * Adds calendar months in a time zone: the local date moves by N months keeping the local wall-clock
 * time, the day clamped to the target month's length (Jan 31 + 1 month → Feb 28, or Feb 29 in a leap
 * year; Feb 29 + 12 months → Feb 28), and the result converted back to UTC with that zone's offset on
 * the new date (DST-aware; e.g. America/Toronto). Intl only, so it runs in the browser too.
 */
export const addMonthsInZone = (at: string, months: number, timeZone: string): string => {
  if (!Number.isInteger(months)) {
    throw new RangeError(`months must be a whole number, got ${months}`);
  }
  const formatter = zoneFormatter(timeZone);
  const local = new Date(wallClockMs(formatter, instantMs(at, 'at')));
  const monthCount = local.getUTCFullYear() * 12 + local.getUTCMonth() + months;
  const year = Math.floor(monthCount / 12);
  const monthIndex = monthCount - year * 12;
  const target = new Date(local);
  target.setUTCFullYear(
    year,
    monthIndex,
    Math.min(local.getUTCDate(), daysInMonth(year, monthIndex)),
  );
  return new Date(wallClockToInstant(formatter, target.getTime())).toISOString();
};

export interface EvidenceScheduleState {
  kind: EvidenceKind;
  everyMonths: number;
  lastAt: string | null;
  nextDueAt: string;
  overdue: boolean;
}

/**
 * When the next backup test or drill is due: every N calendar months after the last one, in the
 * company's time zone so a 09:00 test stays due at 09:00 across daylight-saving changes. Exactly at
 * the due time is not yet overdue.
 */
export const evidenceSchedule = ({
  kind,
  everyMonths = DEFAULT_EVIDENCE_CADENCE_MONTHS[kind],
  lastAt,
  startedAt,
  now,
  timeZone,
}: {
  kind: EvidenceKind;
  everyMonths?: number;
  lastAt: string | null;
  startedAt: string;
  now: string;
  timeZone: string;
}): EvidenceScheduleState => {
  if (!Number.isInteger(everyMonths) || everyMonths <= 0) {
    throw new RangeError(`everyMonths must be a positive whole number, got ${everyMonths}`);
  }
  // Checked even before the first evidence, so a bad setting surfaces on day one.
  zoneFormatter(timeZone);
  const start = instantMs(startedAt, 'startedAt');
  const nowMs = instantMs(now, 'now');
  const nextDueAt =
    lastAt === null
      ? new Date(start + FIRST_EVIDENCE_GRACE_DAYS * MS_PER_DAY).toISOString()
      : addMonthsInZone(lastAt, everyMonths, timeZone);
  return {
    kind,
    everyMonths,
    lastAt: lastAt === null ? null : new Date(instantMs(lastAt, 'lastAt')).toISOString(),
    nextDueAt,
    overdue: nowMs > Date.parse(nextDueAt),
  };
};
