import type { BadgeTone } from '../../components/ui';
import type { Obligation } from '@vigil/contracts';
import { obligationStatus, REGIMES } from '@vigil/domain';
import { localizedRecord, pick, type Locale } from '../../i18n';
import { formatDateTime } from '../../lib/format';
import { messages } from './messages';

/** How a clock stands right now, as the board colours it. */
export type ClockState =
  'overdue' | 'due_soon' | 'pending' | 'no_clock' | 'suspended' | 'met' | 'waived';

const STATE_TONES: Record<ClockState, BadgeTone> = {
  overdue: 'danger',
  due_soon: 'warning',
  pending: 'info',
  no_clock: 'neutral',
  suspended: 'neutral',
  met: 'success',
  waived: 'neutral',
};

type StateMeta = { label: string; tone: BadgeTone; hint: string };

const stateMetaIn = (locale: Locale) =>
  Object.fromEntries(
    Object.entries(STATE_TONES).map(([state, tone]) => [
      state,
      { ...messages[locale].states[state as ClockState], tone },
    ]),
  ) as Record<ClockState, StateMeta>;

/** Each state's badge: its words in the active language, and its colour. */
export const STATE_META: Readonly<Record<ClockState, StateMeta>> = localizedRecord({
  en: stateMetaIn('en'),
  'fr-CA': stateMetaIn('fr-CA'),
});

/** Open clocks first, most urgent first; then the settled ones. */
export const STATE_ORDER: readonly ClockState[] = [
  'overdue',
  'due_soon',
  'pending',
  'no_clock',
  'suspended',
  'met',
  'waived',
];

const OPEN_STATES: readonly ClockState[] = [
  'overdue',
  'due_soon',
  'pending',
  'no_clock',
  'suspended',
];

export const isOpenState = (state: ClockState): boolean => OPEN_STATES.includes(state);

/** The instant the clock runs out: the legal or contractual `dueAt`, else the internal target. */
export const deadlineOf = (o: Pick<Obligation, 'dueAt' | 'targetAt'>): string | null =>
  o.dueAt ?? o.targetAt;

/** Met or waived, whatever the time; null while the obligation is open. */
export const settledState = (
  o: Pick<Obligation, 'metAt' | 'waivedAt' | 'status'>,
): 'met' | 'waived' | null => {
  if (o.metAt || o.status === 'met') return 'met';
  if (o.waivedAt || o.status === 'waived') return 'waived';
  return null;
};

export const clockStateOf = (o: Obligation, now: number): ClockState => {
  const settled = settledState(o);
  if (settled) return settled;
  if (o.suspended) return 'suspended';
  if (deadlineOf(o) === null) return 'no_clock';
  // The API's own rule, re-run here every second so the colour changes the moment it should.
  const status = obligationStatus({
    dueAt: o.dueAt,
    targetAt: o.targetAt,
    clockStartedAt: o.clockStartedAt,
    now: new Date(now),
  });
  return status === 'overdue' || status === 'due_soon' ? status : 'pending';
};

/** What kind of time the deadline column shows, in words the DPO cannot misread. */
export const deadlineTitle = (o: Pick<Obligation, 'kind' | 'deadlineKind' | 'regime'>): string => {
  const titles = pick(messages).deadlineTitles;
  if (o.kind === 'response') return titles.response;
  if (o.deadlineKind === 'legal') {
    return o.regime === 'CONTRACT' ? titles.contractual : titles.legal;
  }
  if (o.deadlineKind === 'target') return titles.target;
  return titles.none;
};

const lookup = (words: Readonly<Record<string, string>>, key: string): string | undefined =>
  Object.hasOwn(words, key) ? words[key] : undefined;

/** "EU — GDPR", "Incident response"; a regime the rule table does not know shows as its code. */
export const regimeLabel = (regime: string): string =>
  lookup(pick(messages).regimes, regime) ?? regime;

/** "Record … on the incident to start this clock." */
export const missingClockText = (field: string): string => {
  const words = pick(messages);
  return words.missingClock(lookup(words.clockFields, field) ?? field);
};

export const incidentReference = (o: Pick<Obligation, 'incidentNumber'>): string =>
  `INC-${o.incidentNumber}`;

// ---------- Durations ----------

const pad = (n: number) => String(n).padStart(2, '0');

/**
 * "71 h 58 min", "12 min 05 s", "4 d 6 h": hours up to 72 (the GDPR window is thought of in
 * hours), seconds only in the last hour.
 */
export const formatDuration = (ms: number): string => {
  const total = Math.floor(Math.abs(ms) / 1000);
  const hours = Math.floor(total / 3600);
  const minutes = Math.floor((total % 3600) / 60);
  const seconds = total % 60;
  if (hours >= 72) return `${Math.floor(hours / 24)} ${pick(messages).dayUnit} ${hours % 24} h`;
  if (hours >= 1) return `${hours} h ${pad(minutes)} min`;
  if (minutes >= 1) return `${minutes} min ${pad(seconds)} s`;
  return `${seconds} s`;
};

/** "71 h 58 min left" or "overdue by 2 h 03 min". */
export const timeLeftText = (deadline: string, now: number): string => {
  const words = pick(messages);
  const left = Date.parse(deadline) - now;
  return left >= 0 ? words.timeLeft(formatDuration(left)) : words.overdueBy(formatDuration(left));
};

/** For a settled clock: "3 h 12 min before the deadline" or "2 h 03 min late". */
export const settledAgainstDeadline = (settledAt: string, deadline: string): string => {
  const words = pick(messages);
  const margin = Date.parse(deadline) - Date.parse(settledAt);
  return margin >= 0
    ? words.beforeDeadline(formatDuration(margin))
    : words.afterDeadline(formatDuration(margin));
};

/**
 * A settled clock's margin with the deadline it was held to: "3 h 12 min before the deadline
 * (legal deadline Nov 23, 2026, 10:00:00 UTC)".
 */
export const settledNoteText = (
  o: Pick<Obligation, 'kind' | 'deadlineKind' | 'regime'>,
  settledAt: string,
  deadline: string,
): string =>
  pick(messages).settledNote(
    settledAgainstDeadline(settledAt, deadline),
    deadlineTitle(o),
    formatDateTime(deadline),
  );

// ---------- Filters ----------

// Their names on the board are in messages.ts (`page.kinds`, `page.views`).
export const BOARD_KINDS = [{ value: 'duties' }, { value: 'response' }] as const;
export type BoardKind = (typeof BOARD_KINDS)[number]['value'];

export const BOARD_VIEWS = [
  { value: 'open', states: OPEN_STATES },
  { value: 'overdue', states: ['overdue'] },
  { value: 'due_soon', states: ['due_soon'] },
  { value: 'met', states: ['met'] },
  { value: 'waived', states: ['waived'] },
  { value: 'all', states: STATE_ORDER },
] as const satisfies readonly { value: string; states: readonly ClockState[] }[];
export type BoardView = (typeof BOARD_VIEWS)[number]['value'];

/** What the board shows, as kept in the address bar: `?kind=&view=&regime=&incident=`. */
export interface BoardFilter {
  kind: BoardKind;
  view: BoardView;
  regime?: string;
  incidentId?: string;
}

export const parseBoardFilter = (params: URLSearchParams): BoardFilter => {
  const filter: BoardFilter = {
    kind: BOARD_KINDS.find((k) => k.value === params.get('kind'))?.value ?? 'duties',
    view: BOARD_VIEWS.find((v) => v.value === params.get('view'))?.value ?? 'open',
  };
  const regime = params.get('regime');
  const incidentId = params.get('incident');
  if (regime) filter.regime = regime;
  if (incidentId) filter.incidentId = incidentId;
  return filter;
};

export const boardFilterToParams = (filter: BoardFilter): URLSearchParams => {
  const params = new URLSearchParams();
  if (filter.kind !== 'duties') params.set('kind', filter.kind);
  if (filter.view !== 'open') params.set('view', filter.view);
  if (filter.regime) params.set('regime', filter.regime);
  if (filter.incidentId) params.set('incident', filter.incidentId);
  return params;
};

const viewStates = (view: BoardView): readonly ClockState[] =>
  BOARD_VIEWS.find((v) => v.value === view)?.states ?? OPEN_STATES;

// ---------- Board ----------

export interface BoardRow {
  obligation: Obligation;
  state: ClockState;
}

export interface BoardGroup {
  state: ClockState;
  rows: BoardRow[];
}

const ms = (at: string | null) => (at === null ? null : Date.parse(at));

const byIncidentThenRule = (a: Obligation, b: Obligation) =>
  a.incidentNumber - b.incidentNumber || a.rule.localeCompare(b.rule) || a.key.localeCompare(b.key);

/** Within a state: time left for running clocks (legal before target on a tie), newest first for settled ones. */
const compareInState = (state: ClockState) => (a: Obligation, b: Obligation) => {
  if (state === 'met' || state === 'waived') {
    const at = (o: Obligation) => ms(state === 'met' ? o.metAt : o.waivedAt) ?? 0;
    return at(b) - at(a) || byIncidentThenRule(a, b);
  }
  if (state === 'no_clock' || state === 'suspended') {
    const started = (o: Obligation) => ms(o.clockStartedAt) ?? Number.MAX_SAFE_INTEGER;
    return started(a) - started(b) || byIncidentThenRule(a, b);
  }
  const legalFirst = (o: Obligation) => (o.dueAt ? 0 : 1);
  return (
    (ms(deadlineOf(a)) ?? 0) - (ms(deadlineOf(b)) ?? 0) ||
    legalFirst(a) - legalFirst(b) ||
    byIncidentThenRule(a, b)
  );
};

/** Notification duties and response targets have clocks; record-keeping duties do not. */
export const isClock = (o: Pick<Obligation, 'kind'>): boolean => o.kind !== 'record';

const matchesKind = (o: Obligation, kind: BoardKind) =>
  kind === 'response' ? o.kind === 'response' : o.kind !== 'response';

const matchesFilter = (o: Obligation, filter: BoardFilter) =>
  matchesKind(o, filter.kind) &&
  (!filter.regime || o.regime === filter.regime) &&
  (!filter.incidentId || o.incidentId === filter.incidentId);

/**
 * The clocks of a view, grouped by state in board order (overdue on top), each group sorted by
 * time left. Record-keeping duties are left out: they have no clock (see `recordDuties`).
 */
export const buildBoard = (
  items: readonly Obligation[],
  filter: BoardFilter,
  now: number,
): BoardGroup[] => {
  const states = viewStates(filter.view);
  const groups = new Map<ClockState, Obligation[]>();
  for (const o of items) {
    if (!isClock(o) || !matchesFilter(o, filter)) continue;
    const state = clockStateOf(o, now);
    if (!states.includes(state)) continue;
    groups.set(state, [...(groups.get(state) ?? []), o]);
  }
  return STATE_ORDER.filter((state) => groups.has(state)).map((state) => ({
    state,
    rows: (groups.get(state) ?? [])
      .sort(compareInState(state))
      .map((obligation) => ({ obligation, state })),
  }));
};

/** How many clocks each view would show, with the same kind, regime and incident filters. */
export const countViews = (
  items: readonly Obligation[],
  filter: Omit<BoardFilter, 'view'>,
  now: number,
): Record<BoardView, number> => {
  const counts = Object.fromEntries(BOARD_VIEWS.map((v) => [v.value, 0])) as Record<
    BoardView,
    number
  >;
  for (const o of items) {
    if (!isClock(o) || !matchesFilter(o, { ...filter, view: 'all' })) continue;
    const state = clockStateOf(o, now);
    for (const view of BOARD_VIEWS) {
      if ((view.states as readonly ClockState[]).includes(state)) counts[view.value] += 1;
    }
  }
  return counts;
};

/** Record-keeping duties of the filter's regime and incident, by incident then rule. */
export const recordDuties = (
  items: readonly Obligation[],
  filter: Pick<BoardFilter, 'regime' | 'incidentId'>,
): Obligation[] =>
  items
    .filter(
      (o) =>
        o.kind === 'record' &&
        (!filter.regime || o.regime === filter.regime) &&
        (!filter.incidentId || o.incidentId === filter.incidentId),
    )
    .sort((a, b) => b.incidentNumber - a.incidentNumber || a.rule.localeCompare(b.rule));

/** The regimes present, in the rule table's order, then any others. */
export const regimesOf = (items: readonly Obligation[]): string[] => {
  const present = new Set(items.map((o) => o.regime));
  const known = (REGIMES as readonly string[]).filter((r) => present.has(r));
  return [...known, ...[...present].filter((r) => !known.includes(r)).sort()];
};

/** The incidents present, newest first: for the incident filter. */
export const incidentsOf = (
  items: readonly Obligation[],
): { id: string; number: number; title: string }[] => {
  const byId = new Map<string, { id: string; number: number; title: string }>();
  for (const o of items) {
    byId.set(o.incidentId, { id: o.incidentId, number: o.incidentNumber, title: o.incidentTitle });
  }
  return [...byId.values()].sort((a, b) => b.number - a.number);
};

export const obligationLabel = (o: Pick<Obligation, 'rule' | 'title'>): string =>
  `${o.rule} — ${o.title}`;
