import type { Incident } from '@vigil/contracts';
import { nextStates, STATE_TIMESTAMP_FIELD } from '@vigil/domain';
import type { BadgeTone } from '../../components/ui';
import { pick } from '../../i18n';
import { messages } from './messages';

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

/** Each state's badge colour; its words are in `messages.statuses`. */
export const STATUS_TONE: Record<IncidentStatus, BadgeTone> = {
  detected: 'danger',
  triage: 'warning',
  contained: 'info',
  eradicated: 'info',
  recovered: 'success',
  closed: 'neutral',
  false_positive: 'neutral',
};

export const statusLabel = (status: IncidentStatus): string =>
  pick(messages).statuses[status]?.label ?? status;

/** What the state means, for a badge's tooltip. */
export const statusHint = (status: IncidentStatus): string | undefined =>
  pick(messages).statuses[status]?.hint;

export const isOpenStatus = (status: IncidentStatus): boolean =>
  status !== 'closed' && status !== 'false_positive';

export interface MoveOption {
  to: IncidentStatus;
  action: string;
  description: string;
}

/** The states the incident may move to next (one step at a time, as the API enforces). */
export const moveOptions = (from: IncidentStatus): MoveOption[] => {
  // What the move button says and what moving there means, for each target state.
  const moves = pick(messages).moves;
  return nextStates(from).map((to) => ({ to, ...moves[to] }));
};

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
  Object.hasOwn(STATUS_TONE, value);
