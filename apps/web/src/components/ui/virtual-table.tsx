import {
  useEffect,
  useLayoutEffect,
  useRef,
  useState,
  type CSSProperties,
  type KeyboardEvent,
  type ReactNode,
} from 'react';
import { scrollTopToReveal, visibleWindow } from './virtual-window';

export interface VirtualColumn<T> {
  id: string;
  header: ReactNode;
  /** A CSS grid track, e.g. `180px` or `minmax(140px, 1fr)`. */
  width: string;
  render: (row: T) => ReactNode;
}

export interface VirtualTableProps<T> {
  /** The accessible name of the grid. */
  label: string;
  columns: readonly VirtualColumn<T>[];
  rows: readonly T[];
  rowKey: (row: T) => string;
  rowHeight?: number;
  headerHeight?: number;
  /** Rows rendered beyond each edge of the viewport, so fast scrolling shows no blank band. */
  overscan?: number;
  /** Narrower than this, the grid scrolls sideways rather than squeezing its columns. */
  minWidth?: number;
  /** Enter, Space or a click on a row. */
  onActivate?: (row: T) => void;
  /** Called when the rendered window comes within `endThreshold` rows of the last row. */
  onEndReached?: () => void;
  endThreshold?: number;
  /** The key of the row shown as selected (e.g. open in a drawer). */
  selectedKey?: string;
  /** Below the rows, inside the scroller: "Loading more…", "End of results". */
  footer?: ReactNode;
}

type GridStyle = CSSProperties & Record<`--${string}`, string>;

/**
 * A windowed grid: fixed row height, sticky header, and only the rows in view (plus overscan) in
 * the DOM, so 100,000 audit events scroll as smoothly as 100. Rows are one tab stop; the arrow
 * keys, Page Up/Down, Home and End move between them, Enter opens one.
 *
 * Positions are set through React's `style`, which writes CSSOM properties: the API's
 * `style-src 'self'` CSP blocks style attributes in markup, not those.
 */
export const VirtualTable = <T,>({
  label,
  columns,
  rows,
  rowKey,
  rowHeight = 44,
  headerHeight = 38,
  overscan = 8,
  minWidth = 0,
  onActivate,
  onEndReached,
  endThreshold = 25,
  selectedKey,
  footer,
}: VirtualTableProps<T>) => {
  const scrollerRef = useRef<HTMLDivElement>(null);
  const [scrollTop, setScrollTop] = useState(0);
  const [viewportHeight, setViewportHeight] = useState(600);
  const [active, setActive] = useState(0);
  // A row to focus once it is rendered (after a keyboard move scrolled it into the window).
  const pendingFocus = useRef<number | null>(null);

  useLayoutEffect(() => {
    const scroller = scrollerRef.current;
    if (!scroller) return;
    const observer = new ResizeObserver(([entry]) => {
      if (entry) setViewportHeight(entry.contentRect.height);
    });
    observer.observe(scroller);
    return () => observer.disconnect();
  }, []);

  const count = rows.length;
  const { start, end } = visibleWindow({
    scrollTop,
    viewportHeight,
    offset: headerHeight,
    rowHeight,
    count,
    overscan,
  });
  const activeIndex = Math.min(active, Math.max(0, count - 1));
  // Keep one row in the tab order even when the active one has scrolled out of the DOM.
  const tabbable = activeIndex >= start && activeIndex < end ? activeIndex : start;

  useEffect(() => {
    if (onEndReached && count > 0 && end >= count - endThreshold) onEndReached();
  }, [onEndReached, count, end, endThreshold]);

  useEffect(() => {
    if (pendingFocus.current === null) return;
    const row = scrollerRef.current?.querySelector<HTMLElement>(
      `[data-index="${pendingFocus.current}"]`,
    );
    if (!row) return;
    row.focus({ preventScroll: true });
    pendingFocus.current = null;
  });

  const moveTo = (index: number) => {
    const scroller = scrollerRef.current;
    if (!scroller || count === 0) return;
    const target = Math.max(0, Math.min(count - 1, index));
    const top = scrollTopToReveal({
      index: target,
      scrollTop: scroller.scrollTop,
      viewportHeight: scroller.clientHeight,
      offset: headerHeight,
      rowHeight,
    });
    if (top !== scroller.scrollTop) {
      scroller.scrollTop = top;
      setScrollTop(top);
    }
    setActive(target);
    const rendered = scroller.querySelector<HTMLElement>(`[data-index="${target}"]`);
    if (rendered) rendered.focus({ preventScroll: true });
    else pendingFocus.current = target;
  };

  const pageSize = Math.max(1, Math.floor((viewportHeight - headerHeight) / rowHeight) - 1);

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>, index: number, row: T) => {
    const moves: Record<string, number> = {
      ArrowDown: index + 1,
      ArrowUp: index - 1,
      PageDown: index + pageSize,
      PageUp: index - pageSize,
      Home: 0,
      End: count - 1,
    };
    const target = moves[event.key];
    if (target !== undefined) {
      event.preventDefault();
      moveTo(target);
    } else if ((event.key === 'Enter' || event.key === ' ') && onActivate) {
      event.preventDefault();
      onActivate(row);
    }
  };

  const gridStyle: GridStyle = {
    '--vt-columns': columns.map((c) => c.width).join(' '),
    '--vt-row-height': `${rowHeight}px`,
    '--vt-header-height': `${headerHeight}px`,
    '--vt-min-width': `${minWidth}px`,
  };

  return (
    <div
      ref={scrollerRef}
      className="vtable"
      style={gridStyle}
      onScroll={(event) => setScrollTop(event.currentTarget.scrollTop)}
    >
      <div
        className="vtable__grid"
        role="grid"
        aria-label={label}
        aria-rowcount={count + 1}
        aria-colcount={columns.length}
      >
        <div className="vtable__head" role="rowgroup">
          <div className="vtable__row vtable__row--head" role="row" aria-rowindex={1}>
            {columns.map((column) => (
              <div className="vtable__cell" role="columnheader" key={column.id}>
                {column.header}
              </div>
            ))}
          </div>
        </div>
        <div className="vtable__body" role="rowgroup" style={{ height: count * rowHeight }}>
          {rows.slice(start, end).map((row, offset) => {
            const index = start + offset;
            const key = rowKey(row);
            return (
              <div
                key={key}
                className="vtable__row"
                role="row"
                aria-rowindex={index + 2}
                aria-selected={selectedKey === undefined ? undefined : selectedKey === key}
                data-index={index}
                tabIndex={index === tabbable ? 0 : -1}
                style={{ transform: `translateY(${index * rowHeight}px)` }}
                onFocus={() => setActive(index)}
                onClick={() => {
                  setActive(index);
                  onActivate?.(row);
                }}
                onKeyDown={(event) => onKeyDown(event, index, row)}
              >
                {columns.map((column) => (
                  <div className="vtable__cell" role="gridcell" key={column.id}>
                    {column.render(row)}
                  </div>
                ))}
              </div>
            );
          })}
        </div>
      </div>
      {footer ? <div className="vtable__footer">{footer}</div> : null}
    </div>
  );
};
