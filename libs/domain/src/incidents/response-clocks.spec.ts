import {
  DEFAULT_RESPONSE_TARGETS,
  deriveResponseClocks,
  formatMinutes,
} from './response-clocks.js';

const base = {
  severity: 'SEV1' as const,
  status: 'detected' as const,
  detectedAt: '2026-11-21T10:00:00Z',
  acknowledgedAt: null,
  containedAt: null,
  closedAt: null,
};

describe('deriveResponseClocks', () => {
  it('runs the three targets of the severity from detection', () => {
    const clocks = deriveResponseClocks(base, DEFAULT_RESPONSE_TARGETS);
    expect(clocks.map((c) => [c.rule, c.targetAt, c.metAt])).toEqual([
      ['RESPONSE_ACKNOWLEDGE', '2026-11-21T10:15:00.000Z', null],
      ['RESPONSE_CONTAIN', '2026-11-21T14:00:00.000Z', null],
      ['RESPONSE_RESOLVE', '2026-11-22T10:00:00.000Z', null],
    ]);
    expect(clocks[0]?.title).toBe('Acknowledge within 15 min (SEV1)');
    expect(clocks[0]?.deadlineLabel).toBe('internal target: 15 min for SEV1');
  });

  it('uses the configured minutes, falling back to the defaults for a severity not configured', () => {
    const clocks = deriveResponseClocks({ ...base, severity: 'SEV3' }, [
      { severity: 'SEV1', acknowledgeMinutes: 5, containMinutes: 60, resolveMinutes: 120 },
    ]);
    expect(clocks.map((c) => c.targetAt)).toEqual([
      '2026-11-21T14:00:00.000Z',
      '2026-11-22T10:00:00.000Z',
      '2026-11-28T10:00:00.000Z',
    ]);
    const configured = deriveResponseClocks(base, [
      { severity: 'SEV1', acknowledgeMinutes: 5, containMinutes: 60, resolveMinutes: 120 },
    ]);
    expect(configured[0]?.targetAt).toBe('2026-11-21T10:05:00.000Z');
  });

  it('is met by acknowledgement, containment and closing', () => {
    const clocks = deriveResponseClocks(
      {
        ...base,
        status: 'closed',
        acknowledgedAt: '2026-11-21T10:05:00+00:00',
        containedAt: '2026-11-21T13:00:00Z',
        closedAt: '2026-11-23T10:00:00Z',
      },
      DEFAULT_RESPONSE_TARGETS,
    );
    expect(clocks.map((c) => c.metAt)).toEqual([
      '2026-11-21T10:05:00.000Z',
      '2026-11-21T13:00:00.000Z',
      '2026-11-23T10:00:00.000Z',
    ]);
    expect(clocks.some((c) => c.retired)).toBe(false);
  });

  it('stops the unmet clocks of a false positive and keeps the met ones', () => {
    const clocks = deriveResponseClocks(
      {
        ...base,
        status: 'false_positive',
        acknowledgedAt: '2026-11-21T10:05:00Z',
        closedAt: '2026-11-21T10:30:00Z',
      },
      DEFAULT_RESPONSE_TARGETS,
    );
    expect(clocks.map((c) => [c.target, c.retired])).toEqual([
      ['acknowledge', false],
      ['contain', true],
      ['resolve', true],
    ]);
  });

  it('names durations the way people say them', () => {
    expect([15, 60, 90, 240, 1440, 4320].map(formatMinutes)).toEqual([
      '15 min',
      '1 h',
      '1 h 30 min',
      '4 h',
      '1 d',
      '3 d',
    ]);
  });
});
