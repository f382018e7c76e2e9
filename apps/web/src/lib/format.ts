const timeFormat = new Intl.DateTimeFormat(undefined, {
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  // 24-hour clock: "03:00" cannot be misread the way "3:00 AM" can in a hurry.
  hourCycle: 'h23',
  timeZoneName: 'short',
});

/** Clock time with its zone, e.g. "14:03:12 UTC": a responder compares it with other tools' logs. */
export const formatClockTime = (at: Date | number): string => timeFormat.format(at);

const dateTimeOptions: Intl.DateTimeFormatOptions = {
  year: 'numeric',
  month: 'short',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  hourCycle: 'h23',
  timeZoneName: 'short',
};
const dateTimeFormat = new Intl.DateTimeFormat(undefined, dateTimeOptions);

const toDate = (at: Date | number | string): Date => (at instanceof Date ? at : new Date(at));

/** "Nov 20, 2026, 14:03:11 UTC": the absolute time, always with its zone. */
export const formatDateTime = (at: Date | number | string, timeZone?: string): string =>
  (timeZone
    ? new Intl.DateTimeFormat(undefined, { ...dateTimeOptions, timeZone })
    : dateTimeFormat
  ).format(toDate(at));

const relativeFormat = new Intl.RelativeTimeFormat('en', { numeric: 'auto' });

const UNITS: [Intl.RelativeTimeFormatUnit, number][] = [
  ['year', 365 * 24 * 3600],
  ['month', 30 * 24 * 3600],
  ['week', 7 * 24 * 3600],
  ['day', 24 * 3600],
  ['hour', 3600],
  ['minute', 60],
];

/** "3 minutes ago", "in 2 days", "just now": how far `at` is from `now`. */
export const formatRelative = (at: Date | number | string, now: number): string => {
  const seconds = Math.round((toDate(at).getTime() - now) / 1000);
  const size = Math.abs(seconds);
  if (size < 45) return 'just now';
  for (const [unit, unitSeconds] of UNITS) {
    if (size >= unitSeconds * (unit === 'minute' ? 0.75 : 1)) {
      return relativeFormat.format(Math.round(seconds / unitSeconds), unit);
    }
  }
  return relativeFormat.format(seconds, 'second');
};

const numberFormat = new Intl.NumberFormat('en');

export const formatCount = (n: number): string => numberFormat.format(n);

/** "1.4 MB": decimal units, as download dialogs and file managers show them. */
export const formatBytes = (bytes: number): string => {
  if (bytes < 1000) return `${bytes} B`;
  if (bytes < 1_000_000) return `${(bytes / 1000).toFixed(1)} kB`;
  if (bytes < 1_000_000_000) return `${(bytes / 1_000_000).toFixed(1)} MB`;
  return `${(bytes / 1_000_000_000).toFixed(2)} GB`;
};

/** The browser's own time zone name, e.g. "America/Toronto", for "times shown in …" notes. */
export const localTimeZone = (): string => Intl.DateTimeFormat().resolvedOptions().timeZone;
