import type { SeverityLevel } from '@vigil/contracts';
import type { IncidentState } from './incident-lifecycle.js';

export type ResponseTargetKind = 'acknowledge' | 'contain' | 'resolve';

export interface ResponseTargetMinutes {
  severity: SeverityLevel;
  acknowledgeMinutes: number;
  containMinutes: number;
  resolveMinutes: number;
}

/**
 * The company's remediation-plan targets per severity. Internal commitments, not legal deadlines:
 * admins change them in Settings; these are the values a fresh install starts with.
 */
export const DEFAULT_RESPONSE_TARGETS: readonly ResponseTargetMinutes[] = [
  { severity: 'SEV1', acknowledgeMinutes: 15, containMinutes: 4 * 60, resolveMinutes: 24 * 60 },
  { severity: 'SEV2', acknowledgeMinutes: 30, containMinutes: 8 * 60, resolveMinutes: 72 * 60 },
  {
    severity: 'SEV3',
    acknowledgeMinutes: 4 * 60,
    containMinutes: 24 * 60,
    resolveMinutes: 7 * 24 * 60,
  },
  {
    severity: 'SEV4',
    acknowledgeMinutes: 24 * 60,
    containMinutes: 72 * 60,
    resolveMinutes: 30 * 24 * 60,
  },
];

export interface ResponseClockIncident {
  severity: SeverityLevel;
  status: IncidentState;
  detectedAt: string;
  /** Acknowledged explicitly, or else the start of triage. */
  acknowledgedAt: string | null;
  containedAt: string | null;
  closedAt: string | null;
}

export interface ResponseClock {
  key: `response:${ResponseTargetKind}`;
  rule: 'RESPONSE_ACKNOWLEDGE' | 'RESPONSE_CONTAIN' | 'RESPONSE_RESOLVE';
  target: ResponseTargetKind;
  title: string;
  clockStartedAt: string;
  targetAt: string;
  deadlineLabel: string;
  /** When the incident reached the state the target asks for; null while it has not. */
  metAt: string | null;
  /** A false positive needs no containment or resolution: its clocks not met stop. */
  retired: boolean;
  because: string;
}

const TARGETS: readonly {
  target: ResponseTargetKind;
  rule: ResponseClock['rule'];
  title: string;
  minutes: (t: ResponseTargetMinutes) => number;
  metAt: (i: ResponseClockIncident) => string | null;
}[] = [
  {
    target: 'acknowledge',
    rule: 'RESPONSE_ACKNOWLEDGE',
    title: 'Acknowledge',
    minutes: (t) => t.acknowledgeMinutes,
    metAt: (i) => i.acknowledgedAt,
  },
  {
    target: 'contain',
    rule: 'RESPONSE_CONTAIN',
    title: 'Contain',
    minutes: (t) => t.containMinutes,
    metAt: (i) => i.containedAt,
  },
  {
    target: 'resolve',
    rule: 'RESPONSE_RESOLVE',
    title: 'Resolve',
    minutes: (t) => t.resolveMinutes,
    metAt: (i) => i.closedAt,
  },
];

export const formatMinutes = (minutes: number): string => {
  if (minutes % (24 * 60) === 0) return `${minutes / (24 * 60)} d`;
  if (minutes % 60 === 0) return `${minutes / 60} h`;
  return minutes < 60 ? `${minutes} min` : `${Math.floor(minutes / 60)} h ${minutes % 60} min`;
};

/**
 * The acknowledge, contain and resolve clocks of an incident: each runs from detection for the
 * minutes its severity allows and is met when the incident first reaches that state.
 */
export const deriveResponseClocks = (
  incident: ResponseClockIncident,
  targets: readonly ResponseTargetMinutes[],
): ResponseClock[] => {
  const row =
    targets.find((t) => t.severity === incident.severity) ??
    DEFAULT_RESPONSE_TARGETS.find((t) => t.severity === incident.severity);
  if (!row) throw new RangeError(`no response targets for ${incident.severity}`);
  const start = Date.parse(incident.detectedAt);
  if (Number.isNaN(start))
    throw new RangeError(`detectedAt is not a time: "${incident.detectedAt}"`);
  return TARGETS.map(({ target, rule, title, minutes, metAt }) => {
    const allowed = minutes(row);
    const falsePositive = incident.status === 'false_positive';
    // A false positive's closing is not a resolution: only a real acknowledgement counts.
    const met = falsePositive && target === 'resolve' ? null : metAt(incident);
    const retired = falsePositive && !met;
    return {
      key: `response:${target}`,
      rule,
      target,
      title: `${title} within ${formatMinutes(allowed)} (${incident.severity})`,
      clockStartedAt: new Date(start).toISOString(),
      targetAt: new Date(start + allowed * 60_000).toISOString(),
      deadlineLabel: `internal target: ${formatMinutes(allowed)} for ${incident.severity}`,
      metAt: met ? new Date(Date.parse(met)).toISOString() : null,
      retired,
      because: retired
        ? 'closed as a false positive'
        : `${incident.severity} response target: ${target} within ${formatMinutes(allowed)} of detection`,
    };
  });
};
