import { shortcutFor } from './run-shortcuts';

const key = (k: string, extra: Partial<Parameters<typeof shortcutFor>[0]> = {}) =>
  shortcutFor({ key: k, altKey: false, ctrlKey: false, metaKey: false, target: null, ...extra });

describe('shortcutFor', () => {
  it.each([
    ['d', 'done'],
    ['D', 'done'],
    ['s', 'skip'],
    ['b', 'block'],
    ['r', 'reopen'],
    ['j', 'next'],
    ['k', 'previous'],
    ['x', undefined],
    ['Enter', undefined],
  ])('%s → %s', (k, action) => {
    expect(key(k)).toBe(action);
  });

  it('leaves the browser its own shortcuts and keys already handled', () => {
    expect(key('d', { ctrlKey: true })).toBeUndefined();
    expect(key('s', { metaKey: true })).toBeUndefined();
    expect(key('d', { altKey: true })).toBeUndefined();
    expect(key('d', { defaultPrevented: true })).toBeUndefined();
  });
});
