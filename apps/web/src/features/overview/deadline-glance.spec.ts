import { anObligation } from '../deadlines/test-builders';
import { nextDeadlines } from './deadline-glance';

const at = (iso: string) => Date.parse(iso);
const HOUR = 3_600_000;

describe('nextDeadlines', () => {
  const now = at('2026-11-21T10:00:00Z');
  const clocks = [
    anObligation({ id: 'gdpr', dueAt: '2026-11-23T10:00:00Z' }),
    anObligation({
      id: 'client',
      rule: 'CONTRACT_CLIENT_24H',
      key: 'CONTRACT_CLIENT_24H:acme',
      regime: 'CONTRACT',
      dueAt: '2026-11-21T09:00:00Z',
    }),
    anObligation({
      id: 'qc',
      rule: 'QC_CAI',
      key: 'QC_CAI',
      regime: 'QC',
      dueAt: null,
      targetAt: '2026-11-22T10:00:00Z',
      deadlineKind: 'target',
    }),
    anObligation({ id: 'sent', dueAt: '2026-11-21T12:00:00Z', metAt: '2026-11-21T08:00:00Z' }),
    anObligation({ id: 'unstarted', dueAt: null, clockStartedAt: null, clockMissing: 'awareAt' }),
    anObligation({ id: 'hold', dueAt: '2026-11-21T11:00:00Z', suspended: true }),
    anObligation({ id: 'record', kind: 'record', dueAt: null }),
    anObligation({ id: 'ack', kind: 'response', dueAt: null, targetAt: '2026-11-21T10:30:00Z' }),
  ];

  it('lists the open clocks with a deadline, overdue first, then by time left', () => {
    expect(nextDeadlines(clocks, now).map((r) => [r.obligation.id, r.state])).toEqual([
      ['client', 'overdue'],
      ['qc', 'pending'],
      ['gdpr', 'pending'],
    ]);
  });

  it('stops at the count asked for', () => {
    const many = Array.from({ length: 8 }, (_, i) =>
      anObligation({
        id: `o${i}`,
        key: `K${i}`,
        dueAt: new Date(now + (i + 1) * HOUR).toISOString(),
      }),
    );
    expect(nextDeadlines(many, now).map((r) => r.obligation.id)).toEqual([
      'o0',
      'o1',
      'o2',
      'o3',
      'o4',
    ]);
  });
});
