import type { Readiness } from '@vigil/contracts';
import { setActiveLocale } from '../../i18n';
import { checkRows, readinessHeadline } from './readiness-text';

const aReadiness = (overrides: Partial<Readiness> = {}): Readiness => ({
  status: 'ok',
  checks: { postgres: { status: 'up', latencyMs: 1 }, redis: { status: 'up', latencyMs: 1 } },
  down: [],
  mode: { database: 'external', timers: 'redis' },
  version: '0.1.0',
  ...overrides,
});

describe('readinessHeadline', () => {
  it.each([
    [aReadiness(), 'All systems operational'],
    [aReadiness({ status: 'unavailable', down: ['redis'] }), 'Degraded: Redis down'],
    [aReadiness({ status: 'unavailable', down: ['postgres'] }), 'Degraded: Postgres down'],
    [
      aReadiness({ status: 'unavailable', down: ['postgres', 'redis'] }),
      'Degraded: Postgres, Redis down',
    ],
    [aReadiness({ status: 'unavailable', down: ['smtp'] }), 'Degraded: Smtp down'],
    [aReadiness({ status: 'unavailable', down: [] }), 'Degraded'],
  ])('%#: %s', (readiness, headline) => {
    expect(readinessHeadline(readiness)).toBe(headline);
  });
});

describe('checkRows', () => {
  it('lists Redis as not configured when the API runs without it', () => {
    const rows = checkRows(aReadiness({ checks: { postgres: { status: 'up' } } }));
    expect(rows.map((r) => [r.label, r.check?.status])).toEqual([
      ['Postgres', 'up'],
      ['Redis', undefined],
    ]);
  });
});

describe('in French', () => {
  beforeEach(() => setActiveLocale('fr-CA'));
  afterEach(() => setActiveLocale('en'));

  it.each([
    [aReadiness(), 'Tous les systèmes sont opérationnels'],
    [
      aReadiness({ status: 'unavailable', down: ['redis'] }),
      'Service dégradé : Redis hors service',
    ],
    [aReadiness({ status: 'unavailable', down: [] }), 'Service dégradé'],
  ])('%#: %s', (readiness, headline) => {
    expect(readinessHeadline(readiness)).toBe(headline);
  });
});
