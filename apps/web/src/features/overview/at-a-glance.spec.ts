import { setActiveLocale } from '../../i18n';
import { CHECKPOINT_REASONS, lastCheckpoint } from './at-a-glance';

const at = (iso: string) => Date.parse(iso);

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

describe('CHECKPOINT_REASONS', () => {
  afterEach(() => setActiveLocale('en'));

  it('says why a checkpoint was signed in the active language', () => {
    expect(CHECKPOINT_REASONS.on_demand).toBe('signed on demand');
    setActiveLocale('fr-CA');
    expect(CHECKPOINT_REASONS.on_demand).toBe('signé sur demande');
  });
});
