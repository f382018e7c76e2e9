import type { Incident } from '@vigil/contracts';
import { nextStates, STATE_TIMESTAMP_FIELD } from '@vigil/domain';
import type { BadgeTone } from '../../components/ui';

export type IncidentStatus = Incident['status'];
export type Severity = Incident['severity'];

export const SEVERITIES: readonly Severity[] = ['SEV1', 'SEV2', 'SEV3', 'SEV4'];

/** The way forward, in order; a false positive leaves it from detected or triage. */
export const LIFECYCLE: readonly IncidentStatus[] = [
  'detected',
  'triage',
  'contained',
  'eradicated',
  'recovered',
  'closed',
];

export const STATUS: Record<IncidentStatus, { label: string; tone: BadgeTone; hint: string }> = {
  detected: { label: 'Detected', tone: 'danger', hint: 'Reported, nobody has triaged it yet.' },
  triage: { label: 'Triage', tone: 'warning', hint: 'Scope and impact are being assessed.' },
  contained: { label: 'Contained', tone: 'info', hint: 'The damage is no longer spreading.' },
  eradicated: { label: 'Eradicated', tone: 'info', hint: 'The cause has been removed.' },
  recovered: { label: 'Recovered', tone: 'success', hint: 'Services are back to normal.' },
  closed: { label: 'Closed', tone: 'neutral', hint: 'Reviewed and over.' },
  false_positive: {
    label: 'False positive',
    tone: 'neutral',
    hint: 'Not an incident after all.',
  },
};

export const statusLabel = (status: IncidentStatus): string => STATUS[status]?.label ?? status;

export const isOpenStatus = (status: IncidentStatus): boolean =>
  status !== 'closed' && status !== 'false_positive';

/** What the move button says and what moving there means, for each target state. */
const MOVES: Record<IncidentStatus, { action: string; description: string }> = {
  detected: { action: 'Reopen', description: 'Back to detected.' },
  triage: {
    action: 'Start triage',
    description: 'Someone is on it: scope, impact and whether personal data is involved.',
  },
  contained: {
    action: 'Mark contained',
    description: 'The damage is no longer spreading, even if the cause is still there.',
  },
  eradicated: { action: 'Mark eradicated', description: 'The cause has been removed.' },
  recovered: {
    action: 'Mark recovered',
    description: 'Services and data are back to normal operation.',
  },
  closed: {
    action: 'Close',
    description: 'The review is done. Notification duties stay on record.',
  },
  false_positive: {
    action: 'False positive',
    description: 'Not an incident after all: closes it, with the reason in the note.',
  },
};

export interface MoveOption {
  to: IncidentStatus;
  action: string;
  description: string;
}

/** The states the incident may move to next (one step at a time, as the API enforces). */
export const moveOptions = (from: IncidentStatus): MoveOption[] =>
  nextStates(from).map((to) => ({ to, ...MOVES[to] }));

export interface StateStep {
  state: IncidentStatus;
  label: string;
  /** When the incident entered this state; null when it has not (yet). */
  at: string | null;
  current: boolean;
  reached: boolean;
}

/**
 * The lifecycle as a row of steps with the moment each was reached. A false positive ends the
 * row early: the steps it went through, then itself.
 */
export const stateSteps = (incident: Incident): StateStep[] => {
  const at = (state: IncidentStatus): string | null =>
    incident[STATE_TIMESTAMP_FIELD[state]] ?? null;
  const currentIndex = LIFECYCLE.indexOf(incident.status);
  if (incident.status === 'false_positive') {
    const passed = LIFECYCLE.filter((state) => state !== 'closed' && at(state) !== null);
    return [
      ...passed.map((state) => ({
        state,
        label: statusLabel(state),
        at: at(state),
        current: false,
        reached: true,
      })),
      {
        state: 'false_positive',
        label: statusLabel('false_positive'),
        at: at('false_positive'),
        current: true,
        reached: true,
      },
    ];
  }
  return LIFECYCLE.map((state, index) => ({
    state,
    label: statusLabel(state),
    at: at(state),
    current: index === currentIndex,
    reached: index <= currentIndex || at(state) !== null,
  }));
};

export const isIncidentStatus = (value: string): value is IncidentStatus =>
  Object.hasOwn(STATUS, value);
