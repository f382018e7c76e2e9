import { setActiveLocale } from '../../i18n';
import {
  affectedSummary,
  assessmentPayload,
  draftOfAssessment,
  obligationChanges,
} from './assessment-form';
import { toLocalInput } from './local-time';
import { anAssessment } from './test-builders';

describe('draftOfAssessment', () => {
  it('starts a first assessment from the incident’s awareness time', () => {
    const draft = draftOfAssessment(null, { awareAt: '2026-11-20T09:00:00.000Z' });
    expect(draft).toMatchObject({
      personalDataInvolved: false,
      gdprRisk: 'none',
      awareAt: toLocalInput('2026-11-20T09:00:00.000Z'),
      persons: '',
      rationale: '',
    });
  });

  it('round-trips a saved assessment to the same payload, without who and when', () => {
    const saved = anAssessment({
      occurredStart: '2026-11-19T22:00:00.000Z',
      measuresTaken: 'Bucket made private at 10:20.',
    });
    const result = assessmentPayload(draftOfAssessment(saved, { awareAt: null }));
    const { assessedBy: _by, assessedAt: _at, version: _v, ...payload } = saved;
    expect(result).toEqual({
      ok: true,
      value: {
        ...payload,
        affected: { ...payload.affected, personsQuebec: null, personsCanadaOutsideQuebec: null },
        breachDeterminedAt: null,
        occurredEnd: null,
        personalInformation: null,
        likelyConsequences: null,
        measuresForPersons: null,
        gdprArt34Exemption: null,
        orgMayReduceHarm: false,
      },
    });
  });
});

describe('assessmentPayload', () => {
  const draft = draftOfAssessment(anAssessment(), { awareAt: null });

  it('reads counts written with separators, and empty counts as unknown', () => {
    const result = assessmentPayload({
      ...draft,
      persons: '1 200',
      records: '5,000',
      personsEu: '',
    });
    expect(result.ok && result.value.affected).toMatchObject({
      persons: 1200,
      records: 5000,
      personsEu: null,
    });
  });

  it('names each field to fix, with the API’s paths', () => {
    const result = assessmentPayload({
      ...draft,
      rationale: ' ',
      consultedPersonInCharge: '',
      personsQuebec: 'about 40',
      occurredStart: toLocalInput('2026-11-20T10:00:00.000Z'),
      occurredEnd: toLocalInput('2026-11-20T09:00:00.000Z'),
    });
    expect(result.ok).toBe(false);
    expect(!result.ok && Object.keys(result.errors).sort()).toEqual([
      'affected.personsQuebec',
      'consultedPersonInCharge',
      'occurredEnd',
      'rationale',
    ]);
  });
});

describe('obligationChanges', () => {
  it('lists the duties a save added and the ones it retired', () => {
    const client = { key: 'CONTRACT_CLIENT_24H:acme', title: 'Notify the affected client' };
    const sa = { key: 'GDPR_SA', title: 'Notify the supervisory authority' };
    const subjects = { key: 'GDPR_DATA_SUBJECTS', title: 'Communicate to the data subjects' };
    const processor = { key: 'GDPR_PROCESSOR_TO_CONTROLLER:acme', title: 'Tell the controller' };
    expect(obligationChanges([client, processor], [client, sa, subjects])).toEqual({
      added: [sa, subjects],
      retired: [processor],
    });
  });
});

describe('affectedSummary', () => {
  it('says what is known, and that it is estimated', () => {
    expect(affectedSummary(anAssessment().affected)).toBe(
      '1,200 persons · 300 in the EU · 5,000 records (estimates)',
    );
    expect(
      affectedSummary({
        persons: null,
        personsQuebec: null,
        personsEu: null,
        records: null,
        isEstimate: false,
      }),
    ).toBe('Not known yet');
  });
});

describe('in French', () => {
  beforeEach(() => setActiveLocale('fr-CA'));
  afterEach(() => setActiveLocale('en'));

  it('summarises the affected counts in French', () => {
    expect(affectedSummary(anAssessment().affected)).toBe(
      '1\u00a0200 personnes · 300 dans l’UE · 5\u00a0000 enregistrements (estimations)',
    );
    expect(
      affectedSummary({
        persons: 1,
        personsQuebec: null,
        personsEu: null,
        records: null,
        isEstimate: false,
      }),
    ).toBe('1 personne');
  });

  it('names the fields to fix in French', () => {
    const draft = draftOfAssessment(anAssessment(), { awareAt: null });
    const result = assessmentPayload({ ...draft, personsQuebec: 'environ 40' });
    expect(!result.ok && result.errors['affected.personsQuebec']).toBe(
      'Un nombre entier, ou laissez le champ vide.',
    );
  });
});
