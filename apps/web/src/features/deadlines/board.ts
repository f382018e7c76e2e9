import type { BadgeTone } from '../../components/ui';
import type { Obligation } from '@vigil/contracts';
import { obligationStatus, REGIME_LABELS, REGIMES, type Regime } from '@vigil/domain';

/** How a clock stands right now, as the board colours it. */
export type ClockState =
  'overdue' | 'due_soon' | 'pending' | 'no_clock' | 'suspended' | 'met' | 'waived';

export const STATE_META: Record<ClockState, { label: string; tone: BadgeTone; hint: string }> = {
  overdue: { label: 'Overdue', tone: 'danger', hint: 'The deadline or target has passed.' },
  due_soon: {
    label: 'Due soon',
    tone: 'warning',
    hint: 'Less than a quarter of the window, or 6 hours, left.',
  },
  pending: { label: 'Pending', tone: 'info', hint: 'The clock is running.' },
  no_clock: {
    label: 'Not started',
    tone: 'neutral',
    hint: 'No deadline yet: the moment its clock starts from is not recorded, or the law sets none.',
  },
  suspended: {
    label: 'Suspended',
    tone: 'neutral',
    hint: 'On hold: notifying could hamper a law-enforcement investigation (P-39.1 s. 3.5).',
  },
  met: { label: 'Met', tone: 'success', hint: 'Sent and recorded.' },
  waived: { label: 'Waived', tone: 'neutral', hint: 'Not sent, with a recorded reason.' },
};

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
  if (o.kind === 'response') return 'Response target';
  if (o.deadlineKind === 'legal') {
    return o.regime === 'CONTRACT' ? 'Contractual deadline' : 'Legal deadline';
  }
  if (o.deadlineKind === 'target') return 'Internal target';
  return 'No deadline';
};

const isRegime = (value: string): value is Regime => (REGIMES as readonly string[]).includes(value);

export const regimeLabel = (regime: string): string =>
  isRegime(regime) ? REGIME_LABELS[regime] : regime === 'RESPONSE' ? 'Incident response' : regime;

const CLOCK_FIELD_WORDS: Record<string, string> = {
  awareAt: 'the time the company became aware',
  awareAtProcessor: 'the time the company became aware as processor',
  breachDeterminedAt: 'the time the breach was determined',
  newInfoLearnedAt: 'the time the new information was learned',
  detectedAt: 'the detection time',
};

/** "Record … on the incident to start this clock." */
export const missingClockText = (field: string): string =>
  `Record ${CLOCK_FIELD_WORDS[field] ?? field} on the incident to start this clock.`;

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
  if (hours >= 72) return `${Math.floor(hours / 24)} d ${hours % 24} h`;
  if (hours >= 1) return `${hours} h ${pad(minutes)} min`;
  if (minutes >= 1) return `${minutes} min ${pad(seconds)} s`;
  return `${seconds} s`;
};

/** "71 h 58 min left" or "overdue by 2 h 03 min". */
export const timeLeftText = (deadline: string, now: number): string => {
  const left = Date.parse(deadline) - now;
  return left >= 0 ? `${formatDuration(left)} left` : `overdue by ${formatDuration(left)}`;
};

/** For a settled clock: "3 h 12 min before the deadline" or "2 h 03 min late". */
export const settledAgainstDeadline = (settledAt: string, deadline: string): string => {
  const margin = Date.parse(deadline) - Date.parse(settledAt);
  return margin >= 0
    ? `${formatDuration(margin)} before the deadline`
    : `${formatDuration(margin)} after the deadline`;
};

// ---------- Filters ----------

export const BOARD_KINDS = [
  { value: 'duties', label: 'Notification duties' },
  { value: 'response', label: 'Response targets' },
] as const;
export type BoardKind = (typeof BOARD_KINDS)[number]['value'];

export const BOARD_VIEWS = [
  { value: 'open', label: 'Open', states: OPEN_STATES },
  { value: 'overdue', label: 'Overdue', states: ['overdue'] },
  { value: 'due_soon', label: 'Due soon', states: ['due_soon'] },
  { value: 'met', label: 'Met', states: ['met'] },
  { value: 'waived', label: 'Waived', states: ['waived'] },
  { value: 'all', label: 'All', states: STATE_ORDER },
] as const satisfies readonly { value: string; label: string; states: readonly ClockState[] }[];
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
