import { setActiveLocale } from '../../i18n';
import { focusStep, neighbourStep, nextOpenStep, progressText, runProgress } from './run-progress';
import { aRunStep } from './test-builders';

const steps = (...statuses: ('pending' | 'done' | 'skipped' | 'blocked')[]) =>
  statuses.map((status, i) =>
    aRunStep({ id: `s${i + 1}`, position: i + 1, status, expectedMinutes: (i + 1) * 10 }),
  );

describe('runProgress', () => {
  it('counts each status, settled steps and the estimated work left', () => {
    const p = runProgress(steps('done', 'skipped', 'blocked', 'pending', 'done'));
    expect(p).toEqual({
      total: 5,
      done: 2,
      skipped: 1,
      blocked: 1,
      pending: 1,
      settled: 3,
      percent: 60,
      remainingMinutes: 30 + 40,
    });
    expect(progressText(p)).toBe('2 of 5 done · 1 skipped · 1 blocked');
  });

  it('rounds down, so 100 % means every step', () => {
    expect(runProgress(steps('done', 'done', 'pending')).percent).toBe(66);
    expect(runProgress(steps('done', 'skipped')).percent).toBe(100);
    expect(runProgress([]).percent).toBe(0);
  });

  it('says the progress in Québec French, agreeing with the counts', () => {
    setActiveLocale('fr-CA');
    try {
      expect(
        progressText(runProgress(steps('done', 'skipped', 'blocked', 'pending', 'done'))),
      ).toBe('2 sur 5 faites · 1 ignorée · 1 bloquée');
      expect(progressText(runProgress(steps('pending')))).toBe('0 sur 1 faite');
    } finally {
      setActiveLocale('en');
    }
  });

  it('has no estimate when no open step has one', () => {
    const open = [aRunStep({ id: 'a', status: 'pending', expectedMinutes: null })];
    expect(runProgress(open).remainingMinutes).toBeNull();
    expect(progressText(runProgress(open))).toBe('0 of 1 done');
  });
});

describe('focusStep', () => {
  it.each([
    { statuses: ['done', 'pending', 'blocked'], chosen: undefined, focus: 's2' },
    { statuses: ['done', 'blocked', 'pending'], chosen: undefined, focus: 's3' },
    { statuses: ['done', 'blocked', 'done'], chosen: undefined, focus: 's2' },
    { statuses: ['done', 'skipped', 'done'], chosen: undefined, focus: 's3' },
    { statuses: ['done', 'pending', 'pending'], chosen: 's3', focus: 's3' },
    { statuses: ['done', 'pending'], chosen: 'gone', focus: 's2' },
  ] as const)('$statuses, chosen $chosen → $focus', ({ statuses, chosen, focus }) => {
    expect(focusStep(steps(...statuses), chosen)?.id).toBe(focus);
  });

  it("prefers the first pending step the person may tick over another role's", () => {
    const list = steps('pending', 'pending', 'pending').map((s, i) =>
      i === 0 ? { ...s, role: 'security_lead' as const } : s,
    );
    const mine = (s: (typeof list)[number]) => s.role === null;
    expect(focusStep(list, undefined, mine)?.id).toBe('s2');
    expect(focusStep(list)?.id).toBe('s1');
    expect(nextOpenStep(list, 's2', mine)?.id).toBe('s3');
    expect(nextOpenStep(list, 's3', mine)?.id).toBe('s2');
    expect(nextOpenStep(list, 's3', () => false)?.id).toBe('s1');
  });

  it('goes by position, not by the order the API lists them', () => {
    const reversed = steps('pending', 'pending').reverse();
    expect(focusStep(reversed)?.id).toBe('s1');
  });
});

describe('nextOpenStep', () => {
  it('takes the next pending step, wrapping round to one left open earlier', () => {
    const list = steps('pending', 'done', 'blocked', 'done', 'pending');
    expect(nextOpenStep(list, 's2')?.id).toBe('s5');
    expect(nextOpenStep(list, 's5')?.id).toBe('s1');
    expect(nextOpenStep(steps('done', 'done'), 's1')).toBeUndefined();
  });
});

describe('neighbourStep', () => {
  it('moves one step either way and stops at the ends', () => {
    const list = steps('pending', 'pending', 'pending');
    expect(neighbourStep(list, 's2', 1)?.id).toBe('s3');
    expect(neighbourStep(list, 's3', 1)?.id).toBe('s3');
    expect(neighbourStep(list, 's1', -1)?.id).toBe('s1');
    expect(neighbourStep(list, undefined, 1)?.id).toBe('s1');
  });
});
