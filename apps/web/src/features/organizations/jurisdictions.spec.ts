import { setActiveLocale } from '../../i18n';
import { JURISDICTION_LABELS } from './jurisdictions';

describe('JURISDICTION_LABELS', () => {
  afterEach(() => setActiveLocale('en'));

  it('names each jurisdiction and its law in the language the console speaks', () => {
    expect(JURISDICTION_LABELS.EU).toEqual({ name: 'European Union', law: 'GDPR' });
    setActiveLocale('fr-CA');
    expect(JURISDICTION_LABELS.EU).toEqual({ name: 'Union européenne', law: 'RGPD' });
    expect(JURISDICTION_LABELS['CA-QC'].law).toBe('Loi 25');
  });
});
