import { frenchObligationWording, type WordedObligation } from '@vigil/domain';
import { activeLocale, type Locale } from '../../i18n';

/** The obligation as the person reads it: the server's words in the interface's language. */
export const localizeObligation = <T extends WordedObligation>(
  o: T,
  locale: Locale = activeLocale(),
): T => {
  if (locale === 'en') return o;
  const french = frenchObligationWording(o);
  return {
    ...o,
    title: french.title ?? o.title,
    ...(o.recipient && french.recipient
      ? { recipient: { ...o.recipient, display: french.recipient } }
      : {}),
    ...(o.legalBasis !== undefined ? { legalBasis: french.legalBasis ?? o.legalBasis } : {}),
    ...(o.deadlineLabel !== undefined
      ? { deadlineLabel: french.deadlineLabel ?? o.deadlineLabel }
      : {}),
    ...(o.because !== undefined ? { because: french.because ?? o.because } : {}),
  };
};

export const localizeObligations = <T extends WordedObligation>(list: readonly T[]): T[] =>
  list.map((o) => localizeObligation(o));
