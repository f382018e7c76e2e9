export type RunShortcut = 'done' | 'skip' | 'block' | 'next' | 'previous' | 'reopen';

/** The keys of the run view, as its legend shows them. */
export const RUN_SHORTCUTS: readonly { key: string; action: RunShortcut; label: string }[] = [
  { key: 'D', action: 'done', label: 'Done' },
  { key: 'S', action: 'skip', label: 'Skip' },
  { key: 'B', action: 'block', label: 'Blocked…' },
  { key: 'R', action: 'reopen', label: 'Reopen' },
  { key: 'J', action: 'next', label: 'Next step' },
  { key: 'K', action: 'previous', label: 'Previous step' },
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
