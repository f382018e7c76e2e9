/** Rules never read the wall clock themselves: they are handed one (DESIGN.md principle 5). */
export interface Clock {
  now(): Date;
}

export const systemClock: Clock = { now: () => new Date() };

/** A clock that stands still until moved; for tests and for replaying a moment. */
export const fixedClock = (start: Date | string) => {
  let current = new Date(start);
  return {
    now: () => new Date(current),
    set: (moment: Date | string) => {
      current = new Date(moment);
    },
    advance: (ms: number) => {
      current = new Date(current.getTime() + ms);
    },
  };
};
