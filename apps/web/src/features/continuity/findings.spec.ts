import { setActiveLocale } from '../../i18n';
import { findingSeverityLabel, findingsSummary, openFindings } from './findings';
import { aDrill } from './test-builders';

const finding = (
  overrides: Partial<ReturnType<typeof aDrill>['findings'][number]> = {},
): ReturnType<typeof aDrill>['findings'][number] => ({
  severity: 'medium',
  description: 'Restore runbook missed the DNS switch',
  ticket: null,
  dueAt: null,
  closedAt: null,
  ...overrides,
});

const NOW = Date.parse('2026-11-20T12:00:00.000Z');

describe('openFindings', () => {
  it('lists what is not closed: overdue first, then by severity, then by due date', () => {
    const drills = [
      aDrill({
        id: 'd1',
        findings: [
          finding({ description: 'low, no date', severity: 'low' }),
          finding({ description: 'closed', severity: 'high', closedAt: '2026-11-15T00:00:00Z' }),
          finding({ description: 'medium, overdue', dueAt: '2026-11-01T00:00:00Z' }),
        ],
      }),
      aDrill({
        id: 'd2',
        findings: [
          finding({ description: 'high, later', severity: 'high', dueAt: '2026-12-20T00:00:00Z' }),
          finding({ description: 'high, sooner', severity: 'high', dueAt: '2026-12-01T00:00:00Z' }),
        ],
      }),
    ];
    const open = openFindings(drills, NOW);
    expect(open.map((f) => [f.description, f.overdue])).toEqual([
      ['medium, overdue', true],
      ['high, sooner', false],
      ['high, later', false],
      ['low, no date', false],
    ]);
    expect(open[0]).toMatchObject({ drillId: 'd1', index: 2 });
  });
});

describe('findingsSummary', () => {
  it.each<[ReturnType<typeof finding>[], string]>([
    [[], 'None'],
    [[finding({ closedAt: '2026-11-15T00:00:00Z' })], '1 closed'],
    [
      [finding({ severity: 'high' }), finding(), finding({ closedAt: '2026-11-15T00:00:00Z' })],
      '2 open (1 high) of 3',
    ],
  ])('%j → %s', (findings, text) => {
    expect(findingsSummary(findings)).toBe(text);
  });
});

describe('in French', () => {
  afterEach(() => setActiveLocale('en'));

  it('summarises a drill’s findings', () => {
    setActiveLocale('fr-CA');
    expect(findingsSummary([])).toBe('Aucun');
    expect(findingsSummary([finding({ closedAt: '2026-11-15T00:00:00Z' })])).toBe('1 clos');
    expect(
      findingsSummary([
        finding({ severity: 'high' }),
        finding(),
        finding({ closedAt: '2026-11-15T00:00:00Z' }),
      ]),
    ).toBe('2 ouverts (1 de gravité élevée) sur 3');
    expect(findingSeverityLabel('medium')).toBe('Moyenne');
  });
});
