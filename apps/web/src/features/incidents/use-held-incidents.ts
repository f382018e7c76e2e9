import type { Incident } from '@vigil/contracts';
import { useEffect, useRef, useState, type FocusEvent, type UIEvent } from 'react';
import { holdIncidents, liveList, type HeldList } from './incident-list';

/**
 * Keeps the incident list still while someone works on it, as the alert queue does: from the
 * moment the pointer enters the list, focus lands in it or it is scrolled down from its top, rows
 * keep their places (with their latest data) and arrivals wait behind `apply()`. Once the pointer
 * and focus are gone and the list is back at its top, it follows the data again.
 *
 * `listKey` names the filters: a hold belongs to one list and ends when they change. Nothing is
 * held while `ready` is false (the rows on screen are still those of the previous filters).
 */
export const useHeldIncidents = (live: readonly Incident[], listKey: string, ready: boolean) => {
  const [held, setHeld] = useState<{ key: string; rows: readonly Incident[] } | null>(null);
  const container = useRef<HTMLDivElement>(null);
  const pointerInside = useRef(false);
  const scrolledDown = useRef(false);
  const current = held?.key === listKey ? held.rows : null;

  useEffect(() => {
    // A new list starts at its top (the table is mounted afresh for it).
    scrolledDown.current = false;
  }, [listKey]);

  const hold = () => {
    if (!ready) return;
    setHeld((h) => (h?.key === listKey ? h : { key: listKey, rows: live }));
  };
  const releaseIfIdle = () => {
    if (pointerInside.current || scrolledDown.current) return;
    if (container.current?.contains(document.activeElement)) return;
    setHeld(null);
  };

  const view: HeldList = current ? holdIncidents(current, live) : liveList(live);

  return {
    ...view,
    isHeld: current !== null,
    containerProps: {
      ref: container,
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
        if (!pointerInside.current && !scrolledDown.current) setHeld(null);
      },
      // Scroll does not bubble; the capture phase sees the table's own scroller.
      onScrollCapture: (event: UIEvent<HTMLDivElement>) => {
        if (!(event.target instanceof HTMLElement)) return;
        scrolledDown.current = event.target.scrollTop > 0;
        if (scrolledDown.current) hold();
        else releaseIfIdle();
      },
    },
    /** Shows the list as it is now, from its top, and keeps holding it. */
    apply: () => {
      setHeld({ key: listKey, rows: live });
      const root = container.current;
      root?.querySelector('.vtable')?.scrollTo({ top: 0 });
      // The button goes away with what it announced: keep the keyboard in the list, on the first
      // row once the table has drawn it (focusing a row still on screen would scroll back down).
      const focusFirstRow = (frames: number) =>
        requestAnimationFrame(() => {
          if (root?.contains(document.activeElement)) return;
          const first = root?.querySelector<HTMLElement>('[role="row"][data-index="0"]');
          if (first) first.focus({ preventScroll: true });
          else if (frames > 0) focusFirstRow(frames - 1);
        });
      focusFirstRow(10);
    },
  };
};
