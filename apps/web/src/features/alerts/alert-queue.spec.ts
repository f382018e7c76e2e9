import { setActiveLocale } from '../../i18n';
import { anAlert } from '../../test/builders';
import {
  ALERT_SOURCES,
  ALERT_TABS,
  groupAlerts,
  holdQueue,
  parseQueueFilter,
  sortAlerts,
  sourceLabel,
  summariseActivity,
  withQueueFilter,
} from './alert-queue';

describe('labels', () => {
  afterEach(() => setActiveLocale('en'));

  it('names the tabs and sources in English', () => {
    expect(ALERT_TABS.map((t) => t.label)).toEqual(['Active', 'Suppressed', 'Resolved']);
    expect(ALERT_SOURCES.map((s) => s.label)).toEqual(['CloudWatch alarm', 'Detection', 'Webhook']);
    expect(sourceLabel('alarm')).toBe('CloudWatch alarm');
  });

  it('names them in Québec French once the console speaks it', () => {
    setActiveLocale('fr-CA');
    expect(ALERT_TABS.map((t) => t.label)).toEqual(['Actives', 'En sourdine', 'Résolues']);
    expect(sourceLabel('alarm')).toBe('Alarme CloudWatch');
    expect(sourceLabel('detection')).toBe('Détection');
  });
});

describe('parseQueueFilter / withQueueFilter', () => {
  it('reads the tab and source, defaulting to every active alert', () => {
    expect(parseQueueFilter(new URLSearchParams(''))).toEqual({ tab: 'active' });
    expect(parseQueueFilter(new URLSearchParams('status=resolved&source=alarm'))).toEqual({
      tab: 'resolved',
      source: 'alarm',
    });
    expect(parseQueueFilter(new URLSearchParams('status=open&source=pager'))).toEqual({
      tab: 'active',
    });
  });

  it('writes the filter and keeps the open alert', () => {
    const params = withQueueFilter(new URLSearchParams('status=resolved&alert=a9'), {
      tab: 'active',
      source: 'webhook',
    });
    expect(params.toString()).toBe('alert=a9&source=webhook');
  });
});

describe('sortAlerts', () => {
  const sev3Old = anAlert({ id: 'sev3-old', severity: 'SEV3', openedAt: '2026-11-20T08:00:00Z' });
  const sev3New = anAlert({ id: 'sev3-new', severity: 'SEV3', openedAt: '2026-11-20T09:00:00Z' });
  const sev1 = anAlert({ id: 'sev1', severity: 'SEV1', openedAt: '2026-11-20T09:30:00Z' });

  it('puts the most severe first, then the one waiting longest', () => {
    expect(sortAlerts([sev3New, sev1, sev3Old], 'active').map((a) => a.id)).toEqual([
      'sev1',
      'sev3-old',
      'sev3-new',
    ]);
  });

  it('lists resolved alerts most recently resolved first', () => {
    const early = anAlert({ id: 'early', severity: 'SEV1', resolvedAt: '2026-11-20T10:00:00Z' });
    const late = anAlert({ id: 'late', severity: 'SEV4', resolvedAt: '2026-11-20T11:00:00Z' });
    expect(sortAlerts([early, late], 'resolved').map((a) => a.id)).toEqual(['late', 'early']);
  });
});

describe('groupAlerts', () => {
  it('collapses the episodes of one alarm, and of one dedup key, in queue order', () => {
    const groups = groupAlerts([
      anAlert({ id: '1', alarmId: 'cpu', severity: 'SEV3', fireCount: 2 }),
      anAlert({ id: '2', dedupKey: 'app:disk' }),
      anAlert({
        id: '3',
        alarmId: 'cpu',
        severity: 'SEV1',
        fireCount: 5,
        lastFiredAt: '2026-11-20T12:00:00.000Z',
      }),
      anAlert({ id: '4', dedupKey: 'app:disk' }),
    ]);
    expect(groups.map((g) => [g.key, g.alerts.map((a) => a.id)])).toEqual([
      ['alarm:cpu', ['1', '3']],
      ['key:app:disk', ['2', '4']],
    ]);
    expect(groups[0]).toMatchObject({
      severity: 'SEV1',
      fireCount: 7,
      lastFiredAt: '2026-11-20T12:00:00.000Z',
    });
  });
});

describe('holdQueue', () => {
  const a = anAlert({ id: 'a' });
  const b = anAlert({ id: 'b' });
  const c = anAlert({ id: 'c' });

  it('keeps the held order and counts arrivals instead of inserting them', () => {
    const sev1 = anAlert({ id: 'new', severity: 'SEV1' });
    const view = holdQueue([a, b], [sev1, a, b]);
    expect(view.rows.map((r) => r.alert.id)).toEqual(['a', 'b']);
    expect(view).toMatchObject({ newCount: 1, goneCount: 0 });
  });

  it('shows the latest data of held rows, and keeps the ones that left in place', () => {
    const acknowledged = { ...b, status: 'acknowledged' as const };
    const view = holdQueue([a, b, c], [acknowledged, c]);
    expect(view.rows).toEqual([
      { alert: a, gone: true },
      { alert: acknowledged, gone: false },
      { alert: c, gone: false },
    ]);
    expect(view).toMatchObject({ newCount: 0, goneCount: 1 });
  });
});

describe('summariseActivity', () => {
  it('folds runs of firings into one entry with their count and last time', () => {
    const at = (minute: number) => `2026-11-20T10:${String(minute).padStart(2, '0')}:00Z`;
    const entry = (kind: string, minute: number) => ({
      kind,
      at: at(minute),
      actorId: null,
      note: null,
    });
    const summary = summariseActivity([
      entry('opened', 0),
      entry('fired', 1),
      entry('fired', 2),
      entry('fired', 3),
      entry('acknowledged', 4),
      entry('fired', 5),
    ]);
    expect(summary.map((e) => [e.kind, e.count, e.lastAt])).toEqual([
      ['opened', 1, at(0)],
      ['fired', 3, at(3)],
      ['acknowledged', 1, at(4)],
      ['fired', 1, at(5)],
    ]);
  });
});
