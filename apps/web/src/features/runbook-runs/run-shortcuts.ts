import { pick } from '../../i18n';
import { runMessages } from './messages';

export type RunShortcut = 'done' | 'skip' | 'block' | 'next' | 'previous' | 'reopen';

const shortcut = (key: string, action: RunShortcut) => ({
  key,
  action,
  /** Read when shown, in the active language; the keys stay the same in every language. */
  get label() {
    return pick(runMessages).shortcuts[action];
  },
});

/** The keys of the run view, as its legend shows them. */
export const RUN_SHORTCUTS: readonly { key: string; action: RunShortcut; label: string }[] = [
  shortcut('D', 'done'),
  shortcut('S', 'skip'),
  shortcut('B', 'block'),
  shortcut('R', 'reopen'),
  shortcut('J', 'next'),
  shortcut('K', 'previous'),
];

interface KeyLike {
  key: string;
  altKey: boolean;
  ctrlKey: boolean;
  metaKey: boolean;
  /** The element that has the focus, or where the key was pressed. */
  target: EventTarget | null;
  defaultPrevented?: boolean;
}

const isTyping = (target: EventTarget | null): boolean => {
  if (typeof Element === 'undefined' || !(target instanceof Element)) return false;
  return (
    target.closest('input, textarea, select, [contenteditable="true"], [contenteditable=""]') !==
    null
  );
};

/**
 * The action a key stands for, or undefined: never while typing in a field, with a modifier
 * (the browser's own shortcuts) or once something else handled the key.
 */
export const shortcutFor = (event: KeyLike): RunShortcut | undefined => {
  if (event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey) return undefined;
  if (isTyping(event.target)) return undefined;
  switch (event.key) {
    case 'd':
    case 'D':
      return 'done';
    case 's':
    case 'S':
      return 'skip';
    case 'b':
    case 'B':
      return 'block';
    case 'r':
    case 'R':
      return 'reopen';
    case 'j':
    case 'J':
      return 'next';
    case 'k':
    case 'K':
      return 'previous';
    default:
      return undefined;
  }
};
