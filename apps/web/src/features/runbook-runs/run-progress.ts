import type { RunStep } from '@vigil/contracts';
import { pick } from '../../i18n';
import { runMessages } from './messages';

type StepLike = Pick<RunStep, 'id' | 'position' | 'status' | 'expectedMinutes' | 'role'>;

export interface RunProgress {
  total: number;
  done: number;
  skipped: number;
  blocked: number;
  pending: number;
  /** Done or skipped: nothing more to do on them. */
  settled: number;
  /** Settled over total, 0–100, rounded down so 100 means every step. */
  percent: number;
  /** Expected minutes of the steps still open; null when none of them has an estimate. */
  remainingMinutes: number | null;
}

export const byPosition = <T extends Pick<RunStep, 'position'>>(steps: readonly T[]): T[] =>
  [...steps].sort((a, b) => a.position - b.position);

export const runProgress = (steps: readonly StepLike[]): RunProgress => {
  const count = (status: RunStep['status']) => steps.filter((s) => s.status === status).length;
  const done = count('done');
  const skipped = count('skipped');
  const open = steps.filter((s) => s.status === 'pending' || s.status === 'blocked');
  const estimates = open.map((s) => s.expectedMinutes).filter((m): m is number => m !== null);
  return {
    total: steps.length,
    done,
    skipped,
    blocked: count('blocked'),
    pending: count('pending'),
    settled: done + skipped,
    percent: steps.length ? Math.floor(((done + skipped) * 100) / steps.length) : 0,
    remainingMinutes: estimates.length ? estimates.reduce((a, b) => a + b, 0) : null,
  };
};

/** "3 of 8 done · 1 skipped · 1 blocked" / "3 sur 8 faites · 1 ignorée · 1 bloquée" */
export const progressText = (p: RunProgress): string => pick(runMessages).progress(p);

/**
 * The step to show big: the one the person chose, else the first pending one they may tick (a
 * step can be another role's), else the first pending one, the first blocked one, or the last.
 */
export const focusStep = <T extends StepLike>(
  steps: readonly T[],
  chosenId?: string,
  mine: (step: T) => boolean = () => true,
): T | undefined => {
  const ordered = byPosition(steps);
  return (
    ordered.find((s) => s.id === chosenId) ??
    ordered.find((s) => s.status === 'pending' && mine(s)) ??
    ordered.find((s) => s.status === 'pending') ??
    ordered.find((s) => s.status === 'blocked') ??
    ordered.at(-1)
  );
};

/**
 * Where to go once a step is settled: the next pending step after it that the person may tick
 * (else any pending one), wrapping round to an earlier one left open; undefined when none is.
 */
export const nextOpenStep = <T extends StepLike>(
  steps: readonly T[],
  afterId: string,
  mine: (step: T) => boolean = () => true,
): T | undefined => {
  const ordered = byPosition(steps);
  const index = ordered.findIndex((s) => s.id === afterId);
  const rotated = [...ordered.slice(index + 1), ...ordered.slice(0, Math.max(index, 0))];
  const open = rotated.filter((s) => s.status === 'pending' && s.id !== afterId);
  return open.find(mine) ?? open[0];
};

/** The step before or after `id` in order, for moving through the list by keyboard. */
export const neighbourStep = <T extends StepLike>(
  steps: readonly T[],
  id: string | undefined,
  direction: 1 | -1,
): T | undefined => {
  const ordered = byPosition(steps);
  const index = ordered.findIndex((s) => s.id === id);
  if (index < 0) return ordered[0];
  return ordered[Math.min(ordered.length - 1, Math.max(0, index + direction))];
};
