import { fixedClock } from './clock.js';

describe('fixedClock', () => {
  it('stands still until advanced, and hands out copies', () => {
    const clock = fixedClock('2026-02-28T23:30:00Z');
    const first = clock.now();
    first.setUTCFullYear(1999);
    expect(clock.now().toISOString()).toBe('2026-02-28T23:30:00.000Z');
    clock.advance(60 * 60 * 1000);
    expect(clock.now().toISOString()).toBe('2026-03-01T00:30:00.000Z');
  });
});
