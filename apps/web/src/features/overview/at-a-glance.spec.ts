import { anAlert } from '../../test/builders';
import { anIncident } from '../incidents/test-builders';
import { lastCheckpoint, openIncidentsAtAGlance, waitingAlertsAtAGlance } from './at-a-glance';

const at = (iso: string) => Date.parse(iso);

describe('openIncidentsAtAGlance', () => {
  it('counts the open incidents by severity, the untriaged and the oldest', () => {
    const oldest = anIncident({ id: 'a', severity: 'SEV1', detectedAt: '2026-11-18T09:00:00Z' });
    const glance = openIncidentsAtAGlance([
      anIncident({ id: 'b', severity: 'SEV2', status: 'triage' }),
      oldest,
      anIncident({ id: 'c', severity: 'SEV2', status: 'contained' }),
      anIncident({ id: 'd', severity: 'SEV4', status: 'closed' }),
    ]);
    expect(glance).toEqual({
      total: 3,
      bySeverity: { SEV1: 1, SEV2: 2, SEV3: 0, SEV4: 0 },
      awaitingTriage: 1,
      oldest,
    });
  });
});

describe('waitingAlertsAtAGlance', () => {
  it('counts only the open alerts, with the one waiting longest', () => {
    const first = anAlert({ id: 'a1', severity: 'SEV1', openedAt: '2026-11-20T08:00:00Z' });
    const glance = waitingAlertsAtAGlance([
      anAlert({ id: 'a2', severity: 'SEV3', openedAt: '2026-11-20T09:00:00Z' }),
      first,
      anAlert({ id: 'a3', status: 'acknowledged', openedAt: '2026-11-19T09:00:00Z' }),
    ]);
    expect(glance.total).toBe(2);
    expect(glance.bySeverity).toEqual({ SEV1: 1, SEV2: 0, SEV3: 1, SEV4: 0 });
    expect(glance.oldest).toBe(first);
  });
});

describe('lastCheckpoint', () => {
  const checkpoint = (id: number, source: string, createdAt: string) => ({
    id,
    source,
    seq: id * 10,
    hash: 'ab'.repeat(32),
    createdAt,
    keyId: 'k1',
    signature: 'c2ln',
    reason: 'hourly' as const,
  });
  const checkpoints = [
    checkpoint(3, 'vigil', '2026-11-21T09:00:00.120Z'),
    checkpoint(4, 'app', '2026-11-21T09:00:00.480Z'),
    checkpoint(1, 'app', '2026-11-21T08:00:00.000Z'),
  ];

  it('gives the newest checkpoint and the sources signed in its round', () => {
    const last = lastCheckpoint(checkpoints, at('2026-11-21T09:30:00Z'));
    expect(last?.latest.id).toBe(4);
    expect(last?.sources).toEqual(['app', 'vigil']);
    expect(last?.stale).toBe(false);
  });

  it('says when the hourly signing has stopped', () => {
    expect(lastCheckpoint(checkpoints, at('2026-11-21T11:30:00Z'))?.stale).toBe(true);
  });

  it('has nothing to say before the first checkpoint', () => {
    expect(lastCheckpoint([], at('2026-11-21T09:30:00Z'))).toBeUndefined();
  });
});
