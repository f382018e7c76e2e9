import { setActiveLocale } from '../../i18n';
import { RUN_SHORTCUTS, shortcutFor } from './run-shortcuts';

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

describe('RUN_SHORTCUTS', () => {
  afterEach(() => setActiveLocale('en'));

  it('labels the same keys in the active language', () => {
    expect(RUN_SHORTCUTS.map((s) => `${s.key} ${s.label}`)).toEqual([
      'D Done',
      'S Skip',
      'B Blocked…',
      'R Reopen',
      'J Next step',
      'K Previous step',
    ]);
    setActiveLocale('fr-CA');
    expect(RUN_SHORTCUTS.map((s) => `${s.key} ${s.label}`)).toEqual([
      'D Fait',
      'S Ignorer',
      'B Bloquée…',
      'R Rouvrir',
      'J Étape suivante',
      'K Étape précédente',
    ]);
  });
});
