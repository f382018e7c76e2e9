import type { Jurisdiction } from '@vigil/contracts';
import { localizedRecord } from '../../i18n';
import { jurisdictionMessages } from './messages';

/**
 * Where the people whose data a client holds live; each brings its own breach-notice rules.
 * Read when shown, in the language the console speaks then.
 */
export const JURISDICTION_LABELS: Readonly<Record<Jurisdiction, { name: string; law: string }>> =
  localizedRecord(jurisdictionMessages);
