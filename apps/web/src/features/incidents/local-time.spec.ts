import { fromLocalInput, toLocalInput } from './local-time';

describe('toLocalInput / fromLocalInput', () => {
  it('shows a stored time in the browser zone and reads it back to the same instant', () => {
    const stored = '2026-11-20T14:03:00.000Z';
    const local = toLocalInput(stored);
    expect(local).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/);
    expect(fromLocalInput(local)).toBe(stored);
  });

  it('reads a local wall-clock time in the local zone', () => {
    expect(fromLocalInput('2026-03-01T09:30')).toBe(new Date(2026, 2, 1, 9, 30).toISOString());
    expect(fromLocalInput('2026-03-01T09:30:15')).toBe(
      new Date(2026, 2, 1, 9, 30, 15).toISOString(),
    );
  });

  it('treats empty as "not recorded" and refuses impossible dates', () => {
    expect(toLocalInput(null)).toBe('');
    expect(fromLocalInput('  ')).toBeNull();
    expect(fromLocalInput('2026-02-30T10:00')).toBeUndefined();
    expect(fromLocalInput('2026-02-10T24:00')).toBeUndefined();
    expect(fromLocalInput('yesterday')).toBeUndefined();
  });
});
