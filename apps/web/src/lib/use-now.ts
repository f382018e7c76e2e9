import { useSyncExternalStore } from 'react';

// One shared clock for every relative time on screen, so "3 minutes ago" ages without each
// component keeping its own timer.
const TICK_MS = 15_000;
let now = Date.now();
const listeners = new Set<() => void>();
let timer: ReturnType<typeof setInterval> | undefined;

const subscribe = (listener: () => void) => {
  listeners.add(listener);
  if (!timer) {
    now = Date.now();
    timer = setInterval(() => {
      now = Date.now();
      listeners.forEach((l) => l());
    }, TICK_MS);
  }
  return () => {
    listeners.delete(listener);
    if (listeners.size === 0 && timer) {
      clearInterval(timer);
      timer = undefined;
    }
  };
};

const getSnapshot = () => now;

/** The current time, refreshed every few seconds: for relative times, not for measuring. */
export const useNow = (): number => useSyncExternalStore(subscribe, getSnapshot);
