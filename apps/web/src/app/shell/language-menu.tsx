import { useUpdatePreferences } from '../../features/auth/queries';
import {
  defineMessages,
  isLocale,
  LOCALE_NAMES,
  LOCALES,
  useLocaleSettings,
  useMessages,
} from '../../i18n';

const messages = defineMessages(
  { label: 'Language', failed: 'Your language could not be saved with your account.' },
  { label: 'Langue', failed: 'Votre langue n’a pas pu être enregistrée dans votre compte.' },
);

/**
 * Switches the interface language at once; signed in, the account keeps the choice too.
 * Each language is named in itself, so someone lost in the wrong one can still find theirs.
 */
export const LanguageMenu = ({ signedIn }: { signedIn: boolean }) => {
  const { locale, choose } = useLocaleSettings();
  const t = useMessages(messages);
  const save = useUpdatePreferences();
  return (
    <label className="language-menu" title={save.isError ? t.failed : t.label}>
      <span className="visually-hidden">{t.label}</span>
      <select
        className="input select language-menu__select"
        value={locale}
        aria-invalid={save.isError || undefined}
        onChange={(event) => {
          const next = event.target.value;
          if (!isLocale(next)) return;
          choose(next);
          if (signedIn) save.mutate({ locale: next });
        }}
      >
        {LOCALES.map((option) => (
          <option key={option} value={option} lang={option}>
            {LOCALE_NAMES[option]}
          </option>
        ))}
      </select>
    </label>
  );
};
