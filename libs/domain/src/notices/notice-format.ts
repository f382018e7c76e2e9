import { instantMs } from '../obligations/legal-time.js';

export type NoticeLanguage = 'en' | 'fr';

/**
 * A blank the DPO must fill: `[[to complete: …]]` in English, `[[à compléter : …]]` in French.
 * Not global, so `test` keeps no state between calls; use `findNoticeGaps` to list them all.
 */
export const NOTICE_GAP_PATTERN = /\[\[(?:to complete|à compléter) ?: ?([^\]]*)\]\]/;

export interface NoticeGap {
  /** Offsets in the text, end exclusive, so the UI can highlight or select the blank. */
  start: number;
  end: number;
  /** What is missing, as the template wrote it. */
  what: string;
}

export const findNoticeGaps = (text: string): NoticeGap[] =>
  [...text.matchAll(new RegExp(NOTICE_GAP_PATTERN.source, 'g'))].map((match) => ({
    start: match.index,
    end: match.index + match[0].length,
    what: match[1],
  }));

export const hasNoticeGap = (text: string): boolean => NOTICE_GAP_PATTERN.test(text);

export interface NoticeFormat {
  language: NoticeLanguage;
  timeZone: string;
  gap: (what: string) => string;
  /** The value, or a gap naming what is missing. */
  or: (value: string | null, missing: string) => string;
  /** "2026-11-21 09:15 (America/Toronto)" / "2026-11-21 à 9 h 15 (America/Toronto)". */
  time: (value: string) => string;
  timeOr: (value: string | null, missing: string) => string;
  /** "approximately 1,200" / "environ 1 200" when the count is an estimate. */
  count: (value: number | null, isEstimate: boolean, missing: string) => string;
}

const LOCALES: Record<NoticeLanguage, string> = { en: 'en-CA', fr: 'fr-CA' };

export const createNoticeFormat = (language: NoticeLanguage, timeZone: string): NoticeFormat => {
  // Throws RangeError for a zone the runtime does not know: never print a time in a guessed zone.
  const dateTime = new Intl.DateTimeFormat('en-CA', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  });
  const numbers = new Intl.NumberFormat(LOCALES[language], { maximumFractionDigits: 0 });

  // A "]" inside the description would end the blank early for NOTICE_GAP_PATTERN.
  const gap = (what: string) => {
    const safe = what.replaceAll(']', ')');
    return language === 'fr' ? `[[à compléter : ${safe}]]` : `[[to complete: ${safe}]]`;
  };

  const time = (value: string) => {
    const parts = Object.fromEntries(
      dateTime.formatToParts(instantMs(value, 'time')).map((part) => [part.type, part.value]),
    );
    const date = `${parts.year}-${parts.month}-${parts.day}`;
    if (language === 'en') return `${date} ${parts.hour}:${parts.minute} (${timeZone})`;
    // Québec usage: "9 h 15", and "10 h" on the hour.
    const minutes = parts.minute === '00' ? '' : ` ${parts.minute}`;
    return `${date} à ${Number(parts.hour)} h${minutes} (${timeZone})`;
  };

  const approximately = language === 'fr' ? 'environ' : 'approximately';

  return {
    language,
    timeZone,
    gap,
    or: (value, missing) => value ?? gap(missing),
    time,
    timeOr: (value, missing) => (value === null ? gap(missing) : time(value)),
    count: (value, isEstimate, missing) => {
      if (value === null) return gap(missing);
      const shown = numbers.format(value);
      return isEstimate ? `${approximately} ${shown}` : shown;
    },
  };
};
