import { setActiveLocale } from '../../i18n';
import { moveOptions, stateSteps, statusLabel } from './incident-lifecycle';
import { anIncident } from './test-builders';

describe('moveOptions', () => {
  it('offers the next step, and false positive while it is being triaged', () => {
    expect(moveOptions('detected').map((o) => [o.to, o.action])).toEqual([
      ['triage', 'Start triage'],
      ['false_positive', 'False positive'],
    ]);
    expect(moveOptions('triage').map((o) => o.to)).toEqual(['contained', 'false_positive']);
    expect(moveOptions('recovered').map((o) => o.to)).toEqual(['closed']);
  });

  it('offers nothing from a final state', () => {
    expect(moveOptions('closed')).toEqual([]);
    expect(moveOptions('false_positive')).toEqual([]);
  });
});

describe('stateSteps', () => {
  it('gives each state its moment and marks the current one', () => {
    const steps = stateSteps(
      anIncident({ status: 'triage', triageStartedAt: '2026-11-20T10:30:00.000Z' }),
    );
    expect(steps.map((s) => [s.state, s.at, s.current, s.reached])).toEqual([
      ['detected', '2026-11-20T10:00:00.000Z', false, true],
      ['triage', '2026-11-20T10:30:00.000Z', true, true],
      ['contained', null, false, false],
      ['eradicated', null, false, false],
      ['recovered', null, false, false],
      ['closed', null, false, false],
    ]);
  });

  it('ends a false positive early, at its closing time', () => {
    const steps = stateSteps(
      anIncident({
        status: 'false_positive',
        triageStartedAt: '2026-11-20T10:30:00.000Z',
        closedAt: '2026-11-20T11:00:00.000Z',
      }),
    );
    expect(steps.map((s) => [s.state, s.at, s.current])).toEqual([
      ['detected', '2026-11-20T10:00:00.000Z', false],
      ['triage', '2026-11-20T10:30:00.000Z', false],
      ['false_positive', '2026-11-20T11:00:00.000Z', true],
    ]);
  });
});

describe('in French', () => {
  beforeEach(() => setActiveLocale('fr-CA'));
  afterEach(() => setActiveLocale('en'));

  it('names the states and the moves in French', () => {
    expect(statusLabel('contained')).toBe('Confiné');
    expect(moveOptions('detected').map((o) => [o.to, o.action])).toEqual([
      ['triage', 'Commencer le triage'],
      ['false_positive', 'Faux positif'],
    ]);
    expect(stateSteps(anIncident()).map((s) => s.label)).toEqual([
      'Détecté',
      'Triage',
      'Confiné',
      'Éradiqué',
      'Rétabli',
      'Fermé',
    ]);
  });
});
