import type { DetectionRuleRecord } from '@vigil/contracts';
import { setActiveLocale } from '../../i18n';
import {
  describeParams,
  detectionDraftOf,
  KIND_INFO,
  toDetectionInput,
  withKind,
} from './detection-form';

const aRule = (params: DetectionRuleRecord['params']): DetectionRuleRecord => ({
  id: 'd1',
  name: 'Repeated sign-in failures',
  enabled: true,
  severity: 'SEV2',
  params,
  createdAt: '2026-11-01T00:00:00Z',
  updatedAt: '2026-11-01T00:00:00Z',
});

describe('detectionDraftOf / toDetectionInput', () => {
  it.each<DetectionRuleRecord['params']>([
    {
      kind: 'threshold',
      action: 'auth.*',
      outcome: 'failure',
      groupBy: 'actor',
      count: 10,
      windowMinutes: 5,
    },
    { kind: 'forbidden_actor', action: 'db.admin.*', allowedActors: ['dba@example.com'] },
    { kind: 'deactivated_user' },
    { kind: 'mass_export', action: 'data.export', count: 5, windowMinutes: 10 },
    { kind: 'quiet_source', source: 'app-prod', quietMinutes: 30 },
  ])('round-trips %j through the form', (params) => {
    const rule = aRule(params);
    expect(toDetectionInput(detectionDraftOf(rule))).toEqual({
      ok: true,
      value: { name: rule.name, enabled: true, severity: 'SEV2', params },
    });
  });

  it('sends only the fields of the chosen kind', () => {
    const draft = withKind(
      { ...detectionDraftOf(), name: 'Exports', action: '', count: '3', windowMinutes: '15' },
      'mass_export',
    );
    expect(toDetectionInput(draft)).toMatchObject({
      ok: true,
      value: {
        params: { kind: 'mass_export', action: 'data.export', count: 3, windowMinutes: 15 },
      },
    });
  });

  it('says what is wrong with each field in words', () => {
    const result = toDetectionInput({
      ...detectionDraftOf(),
      name: 'Failures',
      action: '',
      count: '1',
      windowMinutes: '5.5',
    });
    expect(result).toEqual({
      ok: false,
      errors: {
        'params.action': 'An action such as auth.login, or a prefix such as auth.*.',
        'params.count': 'A whole number, 2 or more.',
        'params.windowMinutes': 'Whole minutes, from 1 to 1,440 (24 h).',
      },
    });
  });
});

describe('describeParams', () => {
  it.each<[DetectionRuleRecord['params'], string]>([
    [
      {
        kind: 'threshold',
        action: 'auth.*',
        outcome: 'failure',
        groupBy: 'ip',
        count: 10,
        windowMinutes: 1,
      },
      '10 × auth.* (failure) per IP address within 1 minute',
    ],
    [
      { kind: 'forbidden_actor', action: 'db.admin.*', allowedActors: [] },
      'db.admin.* by anyone but nobody (no one is allowed yet)',
    ],
    [
      { kind: 'quiet_source', source: 'app-prod', quietMinutes: 30 },
      'No events from app-prod for 30 minutes',
    ],
  ])('%j', (params, text) => {
    expect(describeParams(params)).toBe(text);
  });
});

describe('in French', () => {
  beforeEach(() => setActiveLocale('fr-CA'));
  afterEach(() => setActiveLocale('en'));

  it.each<[DetectionRuleRecord['params'], string]>([
    [
      {
        kind: 'threshold',
        action: 'auth.*',
        outcome: 'failure',
        groupBy: 'ip',
        count: 10,
        windowMinutes: 1,
      },
      '10 × auth.* (échec) par adresse IP en 1 minute',
    ],
    [
      { kind: 'forbidden_actor', action: 'db.admin.*', allowedActors: [] },
      'db.admin.* par qui que ce soit (personne n’est encore autorisé)',
    ],
    [
      { kind: 'forbidden_actor', action: 'db.admin.*', allowedActors: ['dba@example.com'] },
      'db.admin.* par toute personne autre que dba@example.com',
    ],
    [
      { kind: 'quiet_source', source: 'app-prod', quietMinutes: 30 },
      'Aucun événement de app-prod pendant 30 minutes',
    ],
  ])('describes %j', (params, text) => {
    expect(describeParams(params)).toBe(text);
  });

  it('names kinds and wrong fields in French', () => {
    expect(KIND_INFO.mass_export.label).toBe('Exportation massive');
    expect(
      toDetectionInput({ ...detectionDraftOf(), name: 'Échecs', count: '1', windowMinutes: '5' }),
    ).toMatchObject({
      ok: false,
      errors: {
        'params.action': 'Une action comme auth.login, ou un préfixe comme auth.*.',
        'params.count': 'Un nombre entier, 2 ou plus.',
      },
    });
  });
});
