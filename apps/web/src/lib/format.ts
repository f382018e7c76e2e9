import { activeLocale } from '../i18n/active-locale';
import { browserLanguages, type Locale } from '../i18n/locale';

// Read once: the browser's own English (en-CA, en-GB and en-US write dates differently).
let browserEnglish: string | undefined;

/** The tag Intl formats with: Québec French, or the browser's own English, or plain English. */
const intlTag = (): string => {
  if (activeLocale() === 'fr-CA') return 'fr-CA';
  browserEnglish ??= browserLanguages().find((tag) => /^en\b/i.test(tag)) ?? 'en';
  return browserEnglish;
};

const cache = new Map<string, Intl.DateTimeFormat | Intl.NumberFormat | Intl.RelativeTimeFormat>();

const cached = <T extends Intl.DateTimeFormat | Intl.NumberFormat | Intl.RelativeTimeFormat>(
  kind: string,
  options: object,
  make: (tag: string) => T,
): T => {
  const tag = intlTag();
  const key = `${kind}|${tag}|${JSON.stringify(options)}`;
  let format = cache.get(key) as T | undefined;
  if (!format) {
    format = make(tag);
    cache.set(key, format);
  }
  return format;
};

const toDate = (at: Date | number | string): Date => (at instanceof Date ? at : new Date(at));

/** Any date or time in the active language, e.g. chart ticks: `formatDate(at, { month: 'short' })`. */
export const formatDate = (
  at: Date | number | string,
  options: Intl.DateTimeFormatOptions,
): string =>
  cached('date', options, (tag) => new Intl.DateTimeFormat(tag, options)).format(toDate(at));

/** Clock time with its zone, e.g. "14:03:12 UTC": a responder compares it with other tools' logs. */
export const formatClockTime = (at: Date | number): string =>
  formatDate(at, {
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
    // 24-hour clock: "03:00" cannot be misread the way "3:00 AM" can in a hurry.
    hourCycle: 'h23',
    timeZoneName: 'short',
  });

/** "Nov 20, 2026, 14:03:11 UTC" / "20 nov. 2026, 14 h 03 min 11 s UTC": always with its zone. */
export const formatDateTime = (at: Date | number | string, timeZone?: string): string =>
  formatDate(at, {
    year: 'numeric',
    month: 'short',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
    hourCycle: 'h23',
    timeZoneName: 'short',
    ...(timeZone ? { timeZone } : {}),
  });

const UNITS: [Intl.RelativeTimeFormatUnit, number][] = [
  ['year', 365 * 24 * 3600],
  ['month', 30 * 24 * 3600],
  ['week', 7 * 24 * 3600],
  ['day', 24 * 3600],
  ['hour', 3600],
  ['minute', 60],
];

const JUST_NOW: Record<Locale, string> = { en: 'just now', 'fr-CA': 'à l’instant' };

/** "3 minutes ago", "in 2 days", "just now": how far `at` is from `now`. */
export const formatRelative = (at: Date | number | string, now: number): string => {
  const seconds = Math.round((toDate(at).getTime() - now) / 1000);
  const size = Math.abs(seconds);
  if (size < 45) return JUST_NOW[activeLocale()];
  const relative = cached(
    'relative',
    {},
    (tag) => new Intl.RelativeTimeFormat(tag, { numeric: 'auto' }),
  );
  for (const [unit, unitSeconds] of UNITS) {
    if (size >= unitSeconds * (unit === 'minute' ? 0.75 : 1)) {
      return relative.format(Math.round(seconds / unitSeconds), unit);
    }
  }
  return relative.format(seconds, 'second');
};

/** A number in the active language: "1,234" / "1 234". */
export const formatNumber = (n: number, options: Intl.NumberFormatOptions = {}): string =>
  cached('number', options, (tag) => new Intl.NumberFormat(tag, options)).format(n);

export const formatCount = (n: number): string => formatNumber(n);

/** "87 %" / "87 %": a ratio between 0 and 1 as a whole percentage. */
export const formatPercent = (ratio: number): string =>
  formatNumber(ratio, { style: 'percent', maximumFractionDigits: 0 });

const BYTE_UNITS: Record<Locale, readonly string[]> = {
  en: ['B', 'kB', 'MB', 'GB'],
  'fr-CA': ['o', 'ko', 'Mo', 'Go'],
};

/** "1.4 MB" / "1,4 Mo": decimal units, as download dialogs and file managers show them. */
export const formatBytes = (bytes: number): string => {
  const [b, kb, mb, gb] = BYTE_UNITS[activeLocale()];
  const fixed = (value: number, digits: number) =>
    formatNumber(value, { minimumFractionDigits: digits, maximumFractionDigits: digits });
  if (bytes < 1000) return `${bytes} ${b}`;
  if (bytes < 1_000_000) return `${fixed(bytes / 1000, 1)} ${kb}`;
  if (bytes < 1_000_000_000) return `${fixed(bytes / 1_000_000, 1)} ${mb}`;
  return `${fixed(bytes / 1_000_000_000, 2)} ${gb}`;
};

/** The browser's own time zone name, e.g. "America/Toronto", for "times shown in …" notes. */
export const localTimeZone = (): string => Intl.DateTimeFormat().resolvedOptions().timeZone;
