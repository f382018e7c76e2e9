import { inFrench, type WordedObligation } from '@vigil/domain';
import { activeLocale, type Locale } from '../../i18n';

/** The obligation as the person reads it: the server's words in the interface's language. */
export const localizeObligation = <T extends WordedObligation>(
  o: T,
  locale: Locale = activeLocale(),
): T => (locale === 'en' ? o : inFrench(o));

export const localizeObligations = <T extends WordedObligation>(list: readonly T[]): T[] =>
  list.map((o) => localizeObligation(o));
