export interface WindowInput {
  /** The scroll container's scrollTop. */
  scrollTop: number;
  /** The scroll container's visible height. */
  viewportHeight: number;
  /** Content above the first row inside the scroller (the sticky header). */
  offset: number;
  rowHeight: number;
  count: number;
  overscan: number;
}

/** The rows to render, `[start, end)`: those in view plus `overscan` on each side. */
export const visibleWindow = ({
  scrollTop,
  viewportHeight,
  offset,
  rowHeight,
  count,
  overscan,
}: WindowInput): { start: number; end: number } => {
  if (count === 0 || rowHeight <= 0) return { start: 0, end: 0 };
  const first = Math.floor((scrollTop - offset) / rowHeight);
  const last = Math.ceil((scrollTop + viewportHeight - offset) / rowHeight);
  return {
    start: Math.min(count, Math.max(0, first - overscan)),
    end: Math.min(count, Math.max(0, last + overscan)),
  };
};

/**
 * The scrollTop that brings row `index` fully into view below a sticky header of height
 * `offset`, or the current one when it already is.
 */
export const scrollTopToReveal = ({
  index,
  scrollTop,
  viewportHeight,
  offset,
  rowHeight,
}: {
  index: number;
  scrollTop: number;
  viewportHeight: number;
  offset: number;
  rowHeight: number;
}): number => {
  const top = index * rowHeight;
  const bottom = offset + (index + 1) * rowHeight - viewportHeight;
  if (top < scrollTop) return top;
  if (bottom > scrollTop) return bottom;
  return scrollTop;
};
