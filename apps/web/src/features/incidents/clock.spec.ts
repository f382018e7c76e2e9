import { setActiveLocale } from '../../i18n';
import { clockSummary, incidentClocks } from './clock';
import { anObligation } from './test-builders';

const now = Date.parse('2026-11-20T12:00:00.000Z');

describe('incidentClocks', () => {
  it('puts overdue first, then running clocks soonest first, waiting and settled ones last', () => {
    const clocks = incidentClocks(
      [
        anObligation({ key: 'met', metAt: '2026-11-20T11:00:00.000Z', status: 'met' }),
        anObligation({ key: 'late', dueAt: '2026-11-23T10:00:00.000Z' }),
        anObligation({ key: 'held', suspended: true, dueAt: null }),
        anObligation({ key: 'gone', dueAt: '2026-11-20T11:00:00.000Z' }),
        anObligation({
          key: 'ack',
          kind: 'response',
          deadlineKind: 'target',
          dueAt: null,
          targetAt: '2026-11-20T12:30:00.000Z',
        }),
        anObligation({ key: 'register', kind: 'record', deadlineKind: 'none', dueAt: null }),
      ],
      now,
    );
    expect(clocks.map((c) => [c.obligation.key, c.state])).toEqual([
      ['gone', 'overdue'],
      ['ack', 'due_soon'],
      ['late', 'pending'],
      ['held', 'suspended'],
      ['met', 'met'],
    ]);
  });

  it('summarises what is running', () => {
    const clocks = incidentClocks(
      [
        anObligation({ key: 'a', dueAt: '2026-11-20T11:00:00.000Z' }),
        anObligation({ key: 'b' }),
        anObligation({ key: 'c', metAt: '2026-11-20T11:00:00.000Z', status: 'met' }),
      ],
      now,
    );
    expect(clockSummary(clocks)).toBe('2 running, 1 overdue, 1 settled');
    expect(clockSummary([])).toBe('0 running');
  });
});

describe('clockSummary in French', () => {
  beforeEach(() => setActiveLocale('fr-CA'));
  afterEach(() => setActiveLocale('en'));

  it('summarises what is running in French', () => {
    const clocks = incidentClocks(
      [
        anObligation({ key: 'a', dueAt: '2026-11-20T11:00:00.000Z' }),
        anObligation({ key: 'b' }),
        anObligation({ key: 'c', metAt: '2026-11-20T11:00:00.000Z', status: 'met' }),
        anObligation({ key: 'd', metAt: '2026-11-20T11:30:00.000Z', status: 'met' }),
      ],
      now,
    );
    expect(clockSummary(clocks)).toBe('2 en cours, 1 en retard, 2 réglés');
    expect(clockSummary([])).toBe('0 en cours');
  });
});
