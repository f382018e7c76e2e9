import type { Alert } from '@vigil/contracts';
import { useRef, useState, type FocusEvent, type RefObject } from 'react';
import { holdQueue, type HeldQueue } from './alert-queue';

const FOCUSABLE_ROW = '.alert-row__title, .alert-group__toggle';

/**
 * Keeps the queue still while someone works on it: from the moment the pointer enters the list
 * or focus lands in it (or a dialog opened from it is up), rows keep their places and arrivals
 * wait behind `apply()`. Once the pointer and focus are both gone, the list follows the data again.
 */
export const useHeldQueue = (
  live: readonly Alert[],
  container: RefObject<HTMLDivElement | null>,
) => {
  const [held, setHeld] = useState<readonly Alert[] | null>(null);
  const pointerInside = useRef(false);
  const pinned = useRef(false);

  const hold = () => setHeld((current) => current ?? live);
  const releaseIfIdle = () => {
    if (pointerInside.current || pinned.current) return;
    if (container.current?.contains(document.activeElement)) return;
    setHeld(null);
  };

  const view: HeldQueue = held
    ? holdQueue(held, live)
    : { rows: live.map((alert) => ({ alert, gone: false })), newCount: 0, goneCount: 0 };

  return {
    ...view,
    isHeld: held !== null,
    containerProps: {
      onPointerEnter: () => {
        pointerInside.current = true;
        hold();
      },
      onPointerLeave: () => {
        pointerInside.current = false;
        releaseIfIdle();
      },
      onFocus: hold,
      onBlur: (event: FocusEvent<HTMLDivElement>) => {
        const next = event.relatedTarget;
        if (next instanceof Node && event.currentTarget.contains(next)) return;
        if (!pointerInside.current && !pinned.current) setHeld(null);
      },
    },
    /** Shows what arrived since the list was held, and keeps holding it. */
    apply: () => {
      setHeld(held ? live : null);
      // The pill goes away with its button: keep the keyboard in the list, on its first row.
      setTimeout(() => {
        if (container.current?.contains(document.activeElement)) return;
        container.current?.querySelector<HTMLElement>(FOCUSABLE_ROW)?.focus();
      }, 0);
    },
    /** A dialog about one of the rows is opening: hold until `unpin()`. */
    pin: () => {
      pinned.current = true;
      hold();
    },
    unpin: (alertId?: string) => {
      pinned.current = false;
      // Focus goes back to the opener as the dialog unmounts; when the action took that button
      // away (no Acknowledge on an acknowledged alert), the row's title takes it instead.
      setTimeout(() => {
        const lost = !document.activeElement || document.activeElement === document.body;
        if (lost && alertId) {
          container.current
            ?.querySelector<HTMLElement>(
              `[data-alert-id="${CSS.escape(alertId)}"] .alert-row__title`,
            )
            ?.focus();
        }
        releaseIfIdle();
      }, 0);
    },
    /** An action's answer, for a row that is held (it may have left the live list already). */
    patch: (alert: Alert) =>
      setHeld((current) => current?.map((a) => (a.id === alert.id ? alert : a)) ?? null),
  };
};
