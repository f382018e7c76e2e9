import { activeLocale, pick, plural } from '../../i18n';
import { formatCount } from '../../lib/format';
import { registerTextMessages } from './messages';
import type { RegisterEntry } from '@vigil/contracts';

export const yesNo = (value: boolean): string => {
  const t = pick(registerTextMessages);
  return value ? t.yes : t.no;
};

export const gdprRiskText = (risk: string): string =>
  pick(registerTextMessages).gdprRisk[risk] ?? risk;

/** "1,200 persons (300 in Québec) · 5,000 records, estimates" — or what is not known. */
export const affectedText = (
  e: Pick<
    RegisterEntry,
    'personsAffected' | 'personsAffectedQuebec' | 'recordsAffected' | 'countsAreEstimates'
  >,
): string => {
  const t = pick(registerTextMessages);
  const locale = activeLocale();
  const persons =
    e.personsAffected === null
      ? t.personsNotCounted
      : `${formatCount(e.personsAffected)} ${plural(locale, e.personsAffected, { one: t.person, other: t.persons })}`;
  const quebec =
    e.personsAffectedQuebec === null ? '' : t.inQuebec(formatCount(e.personsAffectedQuebec));
  const records =
    e.recordsAffected === null
      ? ''
      : ` · ${formatCount(e.recordsAffected)} ${plural(locale, e.recordsAffected, { one: t.record, other: t.records })}`;
  const estimate = e.countsAreEstimates ? t.estimates : '';
  return `${persons}${quebec}${records}${estimate}`;
};
