import { useSyncExternalStore } from 'react';

// One shared per-second clock for every countdown on screen: deadlines tick, and a clock turns
// overdue the second it runs out rather than on the next 15-second tick of use-now.
let now = Date.now();
const listeners = new Set<() => void>();
let timer: ReturnType<typeof setTimeout> | undefined;

const tick = () => {
  now = Date.now();
  listeners.forEach((l) => l());
  // Aligned on the wall clock's seconds, so every countdown changes together.
  timer = setTimeout(tick, 1000 - (now % 1000));
};

const subscribe = (listener: () => void) => {
  listeners.add(listener);
  if (!timer) {
    now = Date.now();
    timer = setTimeout(tick, 1000 - (now % 1000));
  }
  return () => {
    listeners.delete(listener);
    if (listeners.size === 0 && timer) {
      clearTimeout(timer);
      timer = undefined;
    }
  };
};

const getSnapshot = () => now;

/** The current time, refreshed every second: for countdowns. */
export const useSecondClock = (): number => useSyncExternalStore(subscribe, getSnapshot);
