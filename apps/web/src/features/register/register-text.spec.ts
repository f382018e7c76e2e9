import { setActiveLocale } from '../../i18n';
import { affectedText, gdprRiskText, yesNo } from './register-text';

describe('register text', () => {
  it('says who and what was affected, and when the counts are estimates', () => {
    expect(
      affectedText({
        personsAffected: 1200,
        personsAffectedQuebec: 300,
        recordsAffected: 5000,
        countsAreEstimates: true,
      }),
    ).toBe('1,200 persons (300 in Québec) · 5,000 records, estimates');
    expect(
      affectedText({
        personsAffected: 1,
        personsAffectedQuebec: null,
        recordsAffected: 1,
        countsAreEstimates: false,
      }),
    ).toBe('1 person · 1 record');
    expect(
      affectedText({
        personsAffected: null,
        personsAffectedQuebec: null,
        recordsAffected: null,
        countsAreEstimates: false,
      }),
    ).toBe('persons not counted yet');
  });

  it('words the risk findings', () => {
    expect([gdprRiskText('none'), gdprRiskText('high'), gdprRiskText('other')]).toEqual([
      'unlikely to result in a risk',
      'a high risk',
      'other',
    ]);
    expect([yesNo(true), yesNo(false)]).toEqual(['yes', 'no']);
  });

  describe('in French', () => {
    afterEach(() => setActiveLocale('en'));

    it('says who and what was affected, and the risk findings', () => {
      setActiveLocale('fr-CA');
      expect(
        affectedText({
          personsAffected: 1200,
          personsAffectedQuebec: 300,
          recordsAffected: 5000,
          countsAreEstimates: true,
        }),
      ).toBe('1\u00a0200 personnes (300 au Québec) · 5\u00a0000 enregistrements, estimations');
      expect(
        affectedText({
          personsAffected: 0,
          personsAffectedQuebec: null,
          recordsAffected: 1,
          countsAreEstimates: false,
        }),
      ).toBe('0 personne · 1 enregistrement');
      expect(gdprRiskText('high')).toBe('un risque élevé');
      expect([yesNo(true), yesNo(false)]).toEqual(['oui', 'non']);
    });
  });
});
