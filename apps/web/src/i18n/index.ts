export { activeLocale, pick, setActiveLocale } from './active-locale';
export { LocaleProvider, useLocale, useLocaleSettings, useMessages } from './i18n';
export { isLocale, type Locale, LOCALE_NAMES, LOCALES, negotiateLocale } from './locale';
export { defineMessages, localizedRecord, type Messages, plural } from './messages';
