import { formatCount } from '../../lib/format';
import type { RegisterEntry } from '@vigil/contracts';

export const yesNo = (value: boolean): string => (value ? 'yes' : 'no');

const GDPR_RISK: Record<string, string> = {
  none: 'unlikely to result in a risk',
  risk: 'a risk',
  high: 'a high risk',
};

export const gdprRiskText = (risk: string): string => GDPR_RISK[risk] ?? risk;

/** "1,200 persons (300 in Québec) · 5,000 records, estimates" — or what is not known. */
export const affectedText = (
  e: Pick<
    RegisterEntry,
    'personsAffected' | 'personsAffectedQuebec' | 'recordsAffected' | 'countsAreEstimates'
  >,
): string => {
  const persons =
    e.personsAffected === null
      ? 'persons not counted yet'
      : `${formatCount(e.personsAffected)} ${e.personsAffected === 1 ? 'person' : 'persons'}`;
  const quebec =
    e.personsAffectedQuebec === null ? '' : ` (${formatCount(e.personsAffectedQuebec)} in Québec)`;
  const records =
    e.recordsAffected === null
      ? ''
      : ` · ${formatCount(e.recordsAffected)} ${e.recordsAffected === 1 ? 'record' : 'records'}`;
  const estimate = e.countsAreEstimates ? ', estimates' : '';
  return `${persons}${quebec}${records}${estimate}`;
};
