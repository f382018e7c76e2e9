import { setActiveLocale } from '../../i18n';
import { drillChartData, drillChartScale, drillChartSummary } from './drill-chart-data';
import { aDrill } from './test-builders';

describe('drillChartData', () => {
  it('turns each measured drill into hours against its objectives, oldest first', () => {
    const later = aDrill({
      id: 'later',
      interruptionAt: '2026-11-10T08:00:00.000Z',
      achievedRtoMinutes: 1800,
      achievedRpoMinutes: 360,
    });
    const earlier = aDrill({
      id: 'earlier',
      interruptionAt: '2026-05-02T08:00:00.000Z',
      achievedRtoMinutes: 3030,
      achievedRpoMinutes: 90,
      rtoMet: false,
    });
    expect(drillChartData([later, earlier])).toEqual([
      {
        id: 'earlier',
        at: '2026-05-02T08:00:00.000Z',
        scenario: earlier.scenario,
        type: 'functional_restore',
        rtoHours: 50.5,
        rpoHours: 1.5,
        rtoMinutes: 3030,
        rpoMinutes: 90,
        rtoTargetHours: 48,
        rpoTargetHours: 24,
        rtoMet: false,
        rpoMet: true,
      },
      expect.objectContaining({ id: 'later', rtoHours: 30, rpoHours: 6 }),
    ]);
  });

  it('leaves out a tabletop that measured nothing, and keeps a drill that measured one', () => {
    const tabletop = aDrill({
      id: 'tabletop',
      type: 'tabletop',
      restoredAt: null,
      recoveryPointAt: null,
      achievedRtoMinutes: null,
      achievedRpoMinutes: null,
      rtoMet: null,
      rpoMet: null,
    });
    const rtoOnly = aDrill({ id: 'rto-only', achievedRpoMinutes: null, rpoMet: null });
    expect(drillChartData([tabletop, rtoOnly]).map((p) => [p.id, p.rtoHours, p.rpoHours])).toEqual([
      ['rto-only', 30, null],
    ]);
  });
});

describe('drillChartScale', () => {
  it('leaves room above the RTO objective when every drill is under it', () => {
    expect(drillChartScale(drillChartData([aDrill()]))).toEqual({
      maxHours: 60,
      lines: { rtoHours: 48, rpoHours: 24 },
      otherTargets: 0,
    });
  });

  it("draws the drills' own objectives when they share them", () => {
    const tight = aDrill({ rtoHours: 8, rpoHours: 1, achievedRtoMinutes: 300 });
    expect(drillChartScale(drillChartData([tight]))).toEqual({
      maxHours: 12,
      lines: { rtoHours: 8, rpoHours: 1 },
      otherTargets: 0,
    });
  });

  it("grows with a drill that overran, and falls back to the company's lines when they differ", () => {
    const slow = aDrill({ id: 'slow', achievedRtoMinutes: 100 * 60, rtoMet: false, rtoHours: 72 });
    expect(drillChartScale(drillChartData([slow, aDrill()]))).toEqual({
      maxHours: 120,
      lines: { rtoHours: 48, rpoHours: 24 },
      otherTargets: 1,
    });
  });
});

describe('drillChartSummary', () => {
  it('says how many met both objectives and what the latest achieved, in words', () => {
    const missed = aDrill({
      id: 'missed',
      interruptionAt: '2026-03-01T08:00:00.000Z',
      achievedRtoMinutes: 3000,
      rtoMet: false,
    });
    const summary = drillChartSummary(drillChartData([aDrill(), missed]));
    expect(summary).toMatch(/^2 drills measured; 1 met both objectives, 1 missed the RTO\./);
    expect(summary).toContain('RTO 30 h against 48 h: met; RPO 6 h against 24 h: met.');
  });
});

describe('drillChartSummary in French', () => {
  afterEach(() => setActiveLocale('en'));

  it('says the same in French', () => {
    setActiveLocale('fr-CA');
    const missed = aDrill({
      id: 'missed',
      interruptionAt: '2026-03-01T08:00:00.000Z',
      achievedRtoMinutes: 3000,
      rtoMet: false,
    });
    const summary = drillChartSummary(drillChartData([aDrill(), missed]));
    expect(summary).toMatch(
      /^2 exercices mesurés; 1 a respecté les deux objectifs, 1 a dépassé le RTO\. Le plus récent, le /,
    );
    expect(summary).toContain(
      '\u00a0: RTO 30 h pour un objectif de 48 h, respecté; RPO 6 h pour un objectif de 24 h, respecté.',
    );
  });
});
