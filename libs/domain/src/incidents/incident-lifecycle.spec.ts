import {
  canTransition,
  INCIDENT_STATES,
  incidentMetrics,
  isIncidentState,
  isTerminalState,
  nextStates,
  SEVERITY_DEFINITIONS,
  transition,
  type IncidentMetricKey,
  type IncidentState,
  type IncidentTimes,
} from './incident-lifecycle.js';

const LEGAL: readonly (readonly [IncidentState, IncidentState])[] = [
  ['detected', 'triage'],
  ['detected', 'false_positive'],
  ['triage', 'contained'],
  ['triage', 'false_positive'],
  ['contained', 'eradicated'],
  ['eradicated', 'recovered'],
  ['recovered', 'closed'],
];

const ALL_PAIRS = INCIDENT_STATES.flatMap((from) =>
  INCIDENT_STATES.map((to) => ({
    from,
    to,
    legal: LEGAL.some(([f, t]) => f === from && t === to),
  })),
);

describe('incident state machine', () => {
  it('covers every pair of the seven states', () => {
    expect(ALL_PAIRS).toHaveLength(49);
    expect(ALL_PAIRS.filter((p) => p.legal)).toHaveLength(LEGAL.length);
  });

  it.each(ALL_PAIRS)('$from → $to is legal: $legal', ({ from, to, legal }) => {
    expect(canTransition(from, to)).toBe(legal);
    const result = transition({ from, to, at: '2026-03-02T09:00:00Z' });
    expect(result.ok).toBe(legal);
    if (!result.ok) {
      expect(result.code).toBe('ILLEGAL_TRANSITION');
      expect(result.reason).toContain(`cannot move from ${from} to ${to}`);
    }
  });

  it.each<[IncidentState, IncidentState[]]>([
    ['detected', ['triage', 'false_positive']],
    ['triage', ['contained', 'false_positive']],
    ['contained', ['eradicated']],
    ['eradicated', ['recovered']],
    ['recovered', ['closed']],
    ['closed', []],
    ['false_positive', []],
  ])('from %s the next states are %j', (from, expected) => {
    expect(nextStates(from)).toEqual(expected);
    expect(isTerminalState(from)).toBe(expected.length === 0);
  });

  it.each<[IncidentState, IncidentState, string]>([
    ['detected', 'triage', 'triageStartedAt'],
    ['triage', 'contained', 'containedAt'],
    ['contained', 'eradicated', 'eradicatedAt'],
    ['eradicated', 'recovered', 'recoveredAt'],
    ['recovered', 'closed', 'closedAt'],
    ['detected', 'false_positive', 'closedAt'],
    ['triage', 'false_positive', 'closedAt'],
  ])('%s → %s records %s, in UTC', (from, to, field) => {
    expect(transition({ from, to, at: '2026-03-02T10:15:00+01:00' })).toEqual({
      ok: true,
      from,
      to,
      timestampField: field,
      at: '2026-03-02T09:15:00.000Z',
    });
  });

  it('explains what is allowed instead', () => {
    expect(transition({ from: 'detected', to: 'closed', at: '2026-03-02T09:00:00Z' })).toEqual({
      ok: false,
      code: 'ILLEGAL_TRANSITION',
      reason: 'cannot move from detected to closed; allowed: triage, false_positive',
    });
    expect(transition({ from: 'closed', to: 'triage', at: '2026-03-02T09:00:00Z' })).toEqual({
      ok: false,
      code: 'ILLEGAL_TRANSITION',
      reason: 'cannot move from closed to triage: closed is final',
    });
  });

  it('refuses a zone-less moment', () => {
    expect(() => transition({ from: 'detected', to: 'triage', at: '2026-03-02T09:00:00' })).toThrow(
      RangeError,
    );
  });

  it.each([
    ['triage', true],
    ['false_positive', true],
    ['resolved', false],
    ['Closed', false],
  ])('isIncidentState(%s) → %s', (value, expected) => {
    expect(isIncidentState(value)).toBe(expected);
  });
});

describe('SEVERITY_DEFINITIONS', () => {
  it('lists SEV1 to SEV4, most severe first, each with display wording', () => {
    expect(SEVERITY_DEFINITIONS.map((s) => [s.level, s.name])).toEqual([
      ['SEV1', 'Critical'],
      ['SEV2', 'Major'],
      ['SEV3', 'Minor'],
      ['SEV4', 'Low'],
    ]);
    for (const severity of SEVERITY_DEFINITIONS) {
      expect(severity.description.length).toBeGreaterThan(10);
      expect(severity.examples.length).toBeGreaterThan(0);
    }
  });

  it('opens a privacy assessment automatically only for SEV1 (client personal information)', () => {
    expect(
      SEVERITY_DEFINITIONS.filter((s) => s.opensPrivacyAssessment).map((s) => s.level),
    ).toEqual(['SEV1']);
    expect(SEVERITY_DEFINITIONS[0].description).toMatch(/personal information/);
  });
});

const HOUR = 3_600_000;
const anIncident = (overrides: Partial<IncidentTimes> = {}): IncidentTimes => ({
  state: 'closed',
  detectedAt: '2026-03-02T08:00:00.000Z',
  ...overrides,
});

const meanOf = (incidents: IncidentTimes[], key: IncidentMetricKey) =>
  incidentMetrics(incidents).find((m) => m.key === key);

describe('incidentMetrics', () => {
  it.each<[string, IncidentMetricKey, IncidentTimes[], number | null, number]>([
    [
      'MTTA from the alert when there was one',
      'MTTA',
      [
        anIncident({ alertedAt: '2026-03-02T07:50:00Z', acknowledgedAt: '2026-03-02T08:10:00Z' }),
        anIncident({ acknowledgedAt: '2026-03-02T08:40:00Z' }),
      ],
      (20 * 60_000 + 40 * 60_000) / 2,
      2,
    ],
    [
      'MTTA falls back to triage start as acknowledgement',
      'MTTA',
      [anIncident({ triageStartedAt: '2026-03-02T08:05:00Z' })],
      5 * 60_000,
      1,
    ],
    [
      'MTTC = contained − detected',
      'MTTC',
      [
        anIncident({ containedAt: '2026-03-02T10:00:00Z' }),
        anIncident({ containedAt: '2026-03-02T12:00:00Z' }),
        anIncident({}),
      ],
      3 * HOUR,
      2,
    ],
    [
      'MTTR (recover) = recovered − detected',
      'MTTR_RECOVER',
      [anIncident({ recoveredAt: '2026-03-03T08:00:00Z' })],
      24 * HOUR,
      1,
    ],
    [
      'MTTR (resolve) = resolved − detected, closing time when no resolution recorded',
      'MTTR_RESOLVE',
      [
        anIncident({ resolvedAt: '2026-03-02T20:00:00Z', closedAt: '2026-03-05T08:00:00Z' }),
        anIncident({ closedAt: '2026-03-03T08:00:00Z' }),
      ],
      18 * HOUR,
      2,
    ],
    [
      'MTTD only where the start is known',
      'MTTD',
      [anIncident({ occurredStart: '2026-03-01T08:00:00Z' }), anIncident({})],
      24 * HOUR,
      1,
    ],
    [
      'false positives are not incidents',
      'MTTC',
      [
        anIncident({ containedAt: '2026-03-02T09:00:00Z' }),
        anIncident({ state: 'false_positive', containedAt: '2026-03-02T18:00:00Z' }),
      ],
      HOUR,
      1,
    ],
    [
      'an end before its start is a data error, left out',
      'MTTC',
      [anIncident({ containedAt: '2026-03-02T07:00:00Z' })],
      null,
      0,
    ],
    ['no incidents → no mean', 'MTTR_RECOVER', [], null, 0],
  ])('%s', (_, key, incidents, meanMs, samples) => {
    expect(meanOf(incidents, key)).toMatchObject({ meanMs, samples });
  });

  it('names and defines every metric, so MTTR is never ambiguous', () => {
    expect(incidentMetrics([]).map((m) => [m.key, m.label])).toEqual([
      ['MTTD', 'Mean time to detect'],
      ['MTTA', 'Mean time to acknowledge'],
      ['MTTC', 'Mean time to contain'],
      ['MTTR_RECOVER', 'Mean time to recover'],
      ['MTTR_RESOLVE', 'Mean time to resolve'],
    ]);
    for (const metric of incidentMetrics([])) expect(metric.definition).toMatch(/^mean\(/);
  });
});
