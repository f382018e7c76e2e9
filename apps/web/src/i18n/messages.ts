import { activeLocale } from './active-locale';
import type { Locale } from './locale';

/** One part of the interface in every language the console speaks. */
export type Messages<T> = Readonly<Record<Locale, T>>;

/**
 * A feature's words, English first. The French must have every key of the English with the same
 * parameters, so a missing or misshapen translation fails the type check, not a user.
 * Words that depend on a number or a name are functions: `(count: number) => string`.
 */
export const defineMessages = <T extends object>(en: T, frCA: NoInfer<T>): Messages<T> => ({
  en,
  'fr-CA': frCA,
});

/** "1 incident" / "2 incidents": the plural category as the language counts it. */
export const plural = (
  locale: Locale,
  count: number,
  forms: { one: string; other: string },
): string => (new Intl.PluralRules(locale).select(count) === 'one' ? forms.one : forms.other);

/**
 * A record whose values follow the active language, for lookup tables other modules index
 * (`ROLE_LABELS[role]`): each key reads the active language's words when read.
 */
export const localizedRecord = <K extends string, V>(
  messages: Messages<Record<K, V>>,
): Readonly<Record<K, V>> =>
  Object.defineProperties(
    {},
    Object.fromEntries(
      Object.keys(messages.en).map((key) => [
        key,
        { enumerable: true, get: () => messages[activeLocale()][key as K] },
      ]),
    ),
  ) as Record<K, V>;
