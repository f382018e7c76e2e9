import {
  createContext,
  use,
  useCallback,
  useEffect,
  useMemo,
  useRef,
  useState,
  type ReactNode,
} from 'react';
import { setActiveLocale } from './active-locale';
import {
  browserLanguages,
  type Locale,
  negotiateLocale,
  readStoredLocale,
  writeStoredLocale,
} from './locale';
import type { Messages } from './messages';

interface LocaleContextValue {
  /** The language the interface is in now. */
  locale: Locale;
  /** What the person chose; null follows the browser. */
  choice: Locale | null;
  /** Switch language in this browser (the account keeps the choice through `PATCH /auth/me`). */
  choose: (choice: Locale | null) => void;
  /**
   * The language kept with the signed-in account: adopted when it first arrives or changes, so a
   * new browser opens in it; a choice made since (even one whose save failed) is not undone.
   */
  adoptAccountLocale: (account: Locale | null) => void;
}

const LocaleContext = createContext<LocaleContextValue | null>(null);

export const LocaleProvider = ({ children }: { children: ReactNode }) => {
  const [choice, setChoice] = useState<Locale | null>(readStoredLocale);
  const locale = choice ?? negotiateLocale(browserLanguages());
  // Before the children render: dates and numbers below are formatted in this language.
  setActiveLocale(locale);

  useEffect(() => {
    document.documentElement.lang = locale;
  }, [locale]);

  const choose = useCallback((next: Locale | null) => {
    writeStoredLocale(next);
    setChoice(next);
  }, []);

  // Kept here, above the tree that renders afresh on every switch.
  const adoptedAccountLocale = useRef<Locale | null | undefined>(undefined);
  const adoptAccountLocale = useCallback(
    (account: Locale | null) => {
      if (account === adoptedAccountLocale.current) return;
      adoptedAccountLocale.current = account;
      if (account) choose(account);
    },
    [choose],
  );

  const value = useMemo(
    () => ({ locale, choice, choose, adoptAccountLocale }),
    [locale, choice, choose, adoptAccountLocale],
  );
  // Keyed by language: everything below renders afresh, formatted dates included.
  return (
    <LocaleContext value={value}>
      <LocaleTree key={locale}>{children}</LocaleTree>
    </LocaleContext>
  );
};

const LocaleTree = ({ children }: { children: ReactNode }) => children;

export const useLocaleSettings = (): LocaleContextValue => {
  const value = use(LocaleContext);
  if (!value) throw new Error('useLocaleSettings needs a LocaleProvider above it');
  return value;
};

export const useLocale = (): Locale => useLocaleSettings().locale;

/** The words of one part of the interface in the current language. */
export const useMessages = <T,>(messages: Messages<T>): T => messages[useLocale()];
