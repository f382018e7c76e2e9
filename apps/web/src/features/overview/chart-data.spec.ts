import type { ResponseMetric } from '@vigil/contracts';
import { setActiveLocale } from '../../i18n';
import {
  alertSourceBars,
  alertSourcesSummary,
  auditVolumeSeries,
  auditVolumeSummary,
  hasMetricSamples,
  MAX_DAILY_BARS,
  responseMetricBars,
  responseMetricsSummary,
  timeToNotifyBars,
  timeToNotifySummary,
  volumeKeyLabel,
  volumeTickLabel,
} from './chart-data';

const H = 3_600_000;

const metric = (overrides: Partial<ResponseMetric>): ResponseMetric => ({
  key: 'MTTA',
  label: 'Mean time to acknowledge',
  definition: 'mean(acknowledged − alerted, else detected)',
  meanMs: null,
  samples: 0,
  ...overrides,
});

describe('responseMetricBars', () => {
  const metrics = [
    metric({ meanMs: 3 * H + 12 * 60_000, samples: 4 }),
    metric({ key: 'MTTC', label: 'Mean time to contain', meanMs: 26 * H, samples: 2 }),
    metric({ key: 'MTTR_RECOVER', label: 'Mean time to recover' }),
  ];

  it('gives each metric its hours, its words and which one it is', () => {
    expect(responseMetricBars(metrics)).toEqual([
      expect.objectContaining({ short: 'MTTA', hours: 3.2, text: '3 h 12 min', samples: 4 }),
      expect.objectContaining({ short: 'MTTC', hours: 26, text: '26 h', samples: 2 }),
      expect.objectContaining({ short: 'MTTR (recover)', hours: null, text: '—', samples: 0 }),
    ]);
  });

  it('says every figure with its sample count, for screen readers', () => {
    expect(responseMetricsSummary(responseMetricBars(metrics))).toBe(
      'Mean time to acknowledge (MTTA): 3 h 12 min, from 4 incidents; ' +
        'Mean time to contain (MTTC): 26 h, from 2 incidents; ' +
        'Mean time to recover (MTTR (recover)): no data, no incident yet.',
    );
  });

  it('knows when there is nothing to draw', () => {
    expect(hasMetricSamples([metric({}), metric({ key: 'MTTC' })])).toBe(false);
    expect(hasMetricSamples(metrics)).toBe(true);
  });
});

describe('alertSourceBars', () => {
  it('names the sources, busiest first, a repeated source counted once', () => {
    const bars = alertSourceBars([
      { source: 'webhook', count: 3 },
      { source: 'alarm', count: 8 },
      { source: 'webhook', count: 2 },
      { source: 'pager', count: 1 },
    ]);
    expect(bars).toEqual([
      { source: 'alarm', label: 'CloudWatch alarm', count: 8 },
      { source: 'webhook', label: 'Webhook', count: 5 },
      { source: 'pager', label: 'pager', count: 1 },
    ]);
    expect(alertSourcesSummary(bars)).toBe(
      '14 alerts in all: CloudWatch alarm 8, Webhook 5, pager 1.',
    );
  });
});

describe('auditVolumeSeries', () => {
  it('has every UTC day of the period, the empty ones at zero', () => {
    const series = auditVolumeSeries(
      [
        { day: '2026-11-14', count: 5 },
        { day: '2026-11-17', count: 12 },
      ],
      '2026-11-13T14:03:11.201Z',
      '2026-11-20T14:03:11.201Z',
    );
    expect(series.unit).toBe('day');
    expect(series.points.map((p) => p.key)).toEqual([
      '2026-11-13',
      '2026-11-14',
      '2026-11-15',
      '2026-11-16',
      '2026-11-17',
      '2026-11-18',
      '2026-11-19',
      '2026-11-20',
    ]);
    expect(series.points.map((p) => p.count)).toEqual([0, 5, 0, 0, 12, 0, 0, 0]);
    expect(series.total).toBe(17);
    expect(series.peak).toEqual({ key: '2026-11-17', count: 12 });
  });

  it('adds up a long period by UTC month', () => {
    const series = auditVolumeSeries(
      [
        { day: '2025-11-20', count: 1 },
        { day: '2026-01-02', count: 4 },
        { day: '2026-01-31', count: 6 },
        { day: '2026-11-20', count: 2 },
      ],
      '2025-11-20T14:03:11.201Z',
      '2026-11-20T14:03:11.201Z',
    );
    expect(series.unit).toBe('month');
    expect(series.points).toHaveLength(13);
    expect(series.points[0]).toEqual({ key: '2025-11', count: 1 });
    expect(series.points.find((p) => p.key === '2026-01')).toEqual({ key: '2026-01', count: 10 });
    expect(series.points.at(-1)).toEqual({ key: '2026-11', count: 2 });
    expect(series.total).toBe(13);
  });

  it('says the total and the busiest point in words', () => {
    const series = auditVolumeSeries(
      [{ day: '2026-11-17', count: 1200 }],
      '2026-11-13T14:03:11.201Z',
      '2026-11-20T14:03:11.201Z',
    );
    expect(auditVolumeSummary(series)).toMatch(
      /^1,200 events over 8 days; busiest .*2026 with 1,200\.$/,
    );
    expect(auditVolumeSummary({ ...series, total: 0, peak: undefined })).toBe(
      '0 events over 8 days.',
    );
  });

  it('keeps a bar a day up to its limit, 90 days included', () => {
    const series = auditVolumeSeries([], '2026-08-22T14:00:00Z', '2026-11-20T14:00:00Z');
    expect(series.unit).toBe('day');
    expect(series.points.length).toBeLessThanOrEqual(MAX_DAILY_BARS);
    expect(series.total).toBe(0);
    expect(series.peak).toBeUndefined();
  });
});

describe('timeToNotifyBars', () => {
  it('draws the median and the slowest per rule, leaving out rules with no notice sent', () => {
    const bars = timeToNotifyBars([
      {
        rule: 'CONTRACT_CLIENT_24H',
        title: 'Notify the affected client',
        samples: 3,
        medianMs: 5 * H,
        maxMs: 30 * H,
      },
      { rule: 'GDPR_SA', title: 'Notify the authority', samples: 0, medianMs: null, maxMs: null },
    ]);
    expect(bars).toEqual([
      {
        rule: 'CONTRACT_CLIENT_24H',
        title: 'Notify the affected client',
        samples: 3,
        medianHours: 5,
        maxHours: 30,
        medianText: '5 h',
        maxText: '30 h',
      },
    ]);
    expect(timeToNotifySummary(bars)).toBe(
      'CONTRACT_CLIENT_24H (Notify the affected client): median 5 h, slowest 30 h, 3 notices.',
    );
  });
});

describe('in Québec French', () => {
  beforeEach(() => setActiveLocale('fr-CA'));
  afterEach(() => setActiveLocale('en'));

  it('names the metrics by key and keeps the server’s words for an unknown one', () => {
    const bars = responseMetricBars([
      metric({ meanMs: 3 * H, samples: 1 }),
      metric({ key: 'MTTX', label: 'Mean time to something', definition: 'mean(x − y)' }),
    ]);
    expect(bars[0]).toMatchObject({ label: 'Délai moyen de prise en charge', short: 'MTTA' });
    expect(bars[0].definition).toMatch(/^moyenne\(prise en charge − alerte/);
    expect(bars[1]).toMatchObject({
      label: 'Mean time to something',
      definition: 'mean(x − y)',
    });
    expect(responseMetricsSummary(bars)).toBe(
      'Délai moyen de prise en charge (MTTA)\u00a0: 3 h, sur 1 incident; ' +
        'Mean time to something (MTTX)\u00a0: aucune donnée, aucun incident pour l’instant.',
    );
  });

  it('sums up the alerts, the audit volume and the notices in French', () => {
    expect(alertSourcesSummary(alertSourceBars([{ source: 'pager', count: 1 }]))).toBe(
      '1 alerte au total\u00a0: pager 1.',
    );
    const series = auditVolumeSeries(
      [{ day: '2026-11-17', count: 1200 }],
      '2026-11-13T14:03:11.201Z',
      '2026-11-20T14:03:11.201Z',
    );
    expect(auditVolumeSummary(series)).toMatch(
      /^1\u00a0200 événements sur 8 jours; pic le .*17 nov\. 2026 avec 1\u00a0200\.$/,
    );
    expect(volumeTickLabel('2026-11-17')).toBe('17 nov.');
    expect(volumeKeyLabel('2026-11')).toBe('novembre 2026');
    expect(
      timeToNotifySummary(
        timeToNotifyBars([
          // The server words a rule's title in English; the French summary uses the French one.
          {
            rule: 'QC_CAI',
            title: "Notify the Commission d'accès à l'information",
            samples: 1,
            medianMs: 5 * H,
            maxMs: 5 * H,
          },
        ]),
      ),
    ).toBe(
      'QC_CAI (Aviser la Commission d’accès à l’information)\u00a0: médiane 5 h, le plus long 5 h, 1 avis.',
    );
  });
});
