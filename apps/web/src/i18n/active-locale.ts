import type { Locale } from './locale';
import type { Messages } from './messages';

// Set by the LocaleProvider before the interface renders (and the tree renders afresh when it
// changes), so plain functions — labels, chart ticks, formatters — speak the person's language
// without a locale threaded through every call.
let active: Locale = 'en';

export const setActiveLocale = (locale: Locale): void => {
  active = locale;
};

export const activeLocale = (): Locale => active;

/** The words of `messages` in the active language, for plain functions; components use `useMessages`. */
export const pick = <T>(messages: Messages<T>): T => messages[active];
