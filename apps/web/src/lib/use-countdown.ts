import { useCallback, useEffect, useState, type Dispatch, type SetStateAction } from 'react';

interface Clock {
  /** Countdown: when it reaches zero. Stopwatch: when it started. */
  at: number;
  now: number;
  running: boolean;
}

// Times are read in event handlers and timers only, never while rendering, so a render is a
// pure function of state.
const useTicking = (
  clock: Clock | undefined,
  setClock: Dispatch<SetStateAction<Clock | undefined>>,
  delay: (c: Clock) => number,
) => {
  useEffect(() => {
    if (!clock?.running) return;
    const id = setTimeout(() => setClock((c) => (c ? { ...c, now: Date.now() } : c)), delay(clock));
    return () => clearTimeout(id);
  }, [clock, setClock, delay]);
};

const untilNextSecond = (c: Clock) => (c.at - c.now) % 1000 || 1000;
const everySecond = (c: Clock) => 1000 - ((c.now - c.at) % 1000);

/** Whole seconds left before a wait ends, ticking each second: "resend in 23 s". */
export const useCountdown = () => {
  const [clock, setClock] = useState<Clock>();
  const left = clock ? Math.max(0, Math.ceil((clock.at - clock.now) / 1000)) : 0;
  const ticking = clock && left > 0 ? clock : undefined;
  useTicking(ticking, setClock, untilNextSecond);
  const start = useCallback((ms: number) => {
    const now = Date.now();
    setClock({ at: now + ms, now, running: true });
  }, []);
  const reset = useCallback(() => setClock(undefined), []);
  return { left, start, reset };
};

/** Whole seconds since `start()`, ticking each second until `stop()`: "checking… 4 s". */
export const useStopwatch = () => {
  const [clock, setClock] = useState<Clock>();
  useTicking(clock, setClock, everySecond);
  const start = useCallback(() => {
    const now = Date.now();
    setClock({ at: now, now, running: true });
  }, []);
  const stop = useCallback(() => setClock((c) => (c ? { ...c, running: false } : c)), []);
  const elapsed = clock ? Math.max(0, Math.floor((clock.now - clock.at) / 1000)) : 0;
  return { elapsed, running: clock?.running ?? false, start, stop };
};
