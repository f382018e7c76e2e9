import { holdIncidents, liveList, pagesToRows } from './incident-list';
import { anIncident } from './test-builders';

const a = anIncident({ id: 'a', number: 1 });
const b = anIncident({ id: 'b', number: 2 });
const c = anIncident({ id: 'c', number: 3 });
const d = anIncident({ id: 'd', number: 4 });
const ids = (view: { rows: { incident: { id: string } }[] }) => view.rows.map((r) => r.incident.id);

describe('pagesToRows', () => {
  it('joins the pages in order, each incident once', () => {
    const moved = { ...b, severity: 'SEV4' as const };
    const rows = pagesToRows({
      pages: [
        { items: [a, b], nextCursor: 'x' },
        { items: [c, moved, d], nextCursor: null },
      ],
    });
    expect(rows.map((i) => i.id)).toEqual(['a', 'b', 'c', 'd']);
    expect(rows[1]).toBe(b);
  });
});

describe('holdIncidents', () => {
  it('follows the data when nothing changed', () => {
    const view = holdIncidents([a, b], [a, b]);
    expect(view).toEqual({ ...liveList([a, b]), stale: false });
  });

  it('keeps the held order and counts arrivals above the last held row instead of inserting them', () => {
    const opened = anIncident({ id: 'new', severity: 'SEV1' });
    const view = holdIncidents([a, b, c], [opened, a, b, c]);
    expect(ids(view)).toEqual(['a', 'b', 'c']);
    expect(view).toMatchObject({ newCount: 1, stale: true });
  });

  it('appends the rows of pages loaded after the list was held', () => {
    const view = holdIncidents([a, b], [a, b, c, d]);
    expect(ids(view)).toEqual(['a', 'b', 'c', 'd']);
    expect(view).toMatchObject({ newCount: 0, stale: false });
  });

  it('shows the latest data of held rows in their old places, and keeps the ones that left', () => {
    const contained = { ...c, status: 'contained' as const };
    const view = holdIncidents([a, b, c], [contained, a]);
    expect(view.rows).toEqual([
      { incident: a, gone: false },
      { incident: b, gone: true },
      { incident: contained, gone: false },
    ]);
    expect(view.stale).toBe(true);
  });

  it('says the list is stale when held rows changed places', () => {
    const view = holdIncidents([a, b, c], [a, c, b]);
    expect(ids(view)).toEqual(['a', 'b', 'c']);
    expect(view).toMatchObject({ newCount: 0, stale: true });
  });
});
