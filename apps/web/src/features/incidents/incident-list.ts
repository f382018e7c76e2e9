import type { Incident, Page } from '@vigil/contracts';

/**
 * The rows of the loaded pages, each incident once: one whose severity or state changed between
 * two page loads can come back on the later page, and a row key must not repeat.
 */
export const pagesToRows = ({ pages }: { pages: readonly Page<Incident>[] }): Incident[] => {
  const seen = new Set<string>();
  const rows: Incident[] = [];
  for (const incident of pages.flatMap((page) => page.items)) {
    if (seen.has(incident.id)) continue;
    seen.add(incident.id);
    rows.push(incident);
  }
  return rows;
};

export interface ListRow {
  incident: Incident;
  /** No longer where it was (it moved, or left this view): kept in place until the list updates. */
  gone: boolean;
}

export interface HeldList {
  rows: ListRow[];
  /** Incidents that would now sit among the held rows (opened, or moved up), not shown yet. */
  newCount: number;
  /** The list as loaded differs from the held one: some rows moved, left or wait to come in. */
  stale: boolean;
}

export const liveList = (live: readonly Incident[]): HeldList => ({
  rows: live.map((incident) => ({ incident, gone: false })),
  newCount: 0,
  stale: false,
});

/**
 * The list while someone works on it: the held rows in their held order with their latest data.
 * Rows the live list has after the last held one came with the pages loaded since and follow on;
 * arrivals among the held rows wait for `apply` instead of pushing rows out from under the pointer.
 */
export const holdIncidents = (held: readonly Incident[], live: readonly Incident[]): HeldList => {
  const position = new Map(live.map((incident, index) => [incident.id, index]));
  const heldIds = new Set(held.map((incident) => incident.id));
  const rows = held.map((incident) => {
    const index = position.get(incident.id);
    return index === undefined
      ? { incident, gone: true }
      : { incident: live[index] ?? incident, gone: false };
  });
  const lastHeld = held.findLast((incident) => position.has(incident.id));
  const end = lastHeld ? (position.get(lastHeld.id) ?? -1) : -1;
  let newCount = 0;
  live.forEach((incident, index) => {
    if (heldIds.has(incident.id)) return;
    if (index > end) rows.push({ incident, gone: false });
    else newCount += 1;
  });
  const order = held.flatMap((incident) => position.get(incident.id) ?? []);
  const moved = order.some((index, k) => k > 0 && index < (order[k - 1] ?? index));
  return { rows, newCount, stale: newCount > 0 || moved || rows.some((r) => r.gone) };
};
