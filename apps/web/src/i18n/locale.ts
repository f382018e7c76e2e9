import type { Locale } from '@vigil/contracts';

export type { Locale };

export const LOCALES: readonly Locale[] = ['en', 'fr-CA'];

/** Each language named in itself, as language menus show them. */
export const LOCALE_NAMES: Readonly<Record<Locale, string>> = {
  en: 'English',
  'fr-CA': 'Français (Québec)',
};

export const isLocale = (value: unknown): value is Locale =>
  typeof value === 'string' && (LOCALES as readonly string[]).includes(value);

/**
 * The browser's first language the console speaks: any French becomes Québec French, any
 * English becomes English; English when none matches.
 */
export const negotiateLocale = (languages: readonly string[]): Locale => {
  for (const tag of languages) {
    const base = tag.toLowerCase().split('-')[0];
    if (base === 'fr') return 'fr-CA';
    if (base === 'en') return 'en';
  }
  return 'en';
};

export const browserLanguages = (): readonly string[] =>
  typeof navigator === 'undefined'
    ? []
    : navigator.languages?.length
      ? navigator.languages
      : [navigator.language];

// The last choice made in this browser: the sign-in page speaks it before anyone is known.
const STORAGE_KEY = 'vigil.locale';

export const readStoredLocale = (): Locale | null => {
  try {
    const saved = localStorage.getItem(STORAGE_KEY);
    return isLocale(saved) ? saved : null;
  } catch {
    return null;
  }
};

export const writeStoredLocale = (locale: Locale | null): void => {
  try {
    if (locale) localStorage.setItem(STORAGE_KEY, locale);
    else localStorage.removeItem(STORAGE_KEY);
  } catch {
    // Blocked storage: the choice lasts for this tab only.
  }
};
