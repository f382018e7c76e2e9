import type { SeverityLevel } from '@vigil/contracts';
import { parseAlarmTimestamp } from '../alarms/alarm-time.js';

export const INCIDENT_STATES = [
  'detected',
  'triage',
  'contained',
  'eradicated',
  'recovered',
  'closed',
  'false_positive',
] as const;
export type IncidentState = (typeof INCIDENT_STATES)[number];

export const isIncidentState = (value: string): value is IncidentState =>
  (INCIDENT_STATES as readonly string[]).includes(value);

/** One step forward at a time, so every state records its moment; a false positive ends triage. */
const NEXT_STATES: Record<IncidentState, readonly IncidentState[]> = {
  detected: ['triage', 'false_positive'],
  triage: ['contained', 'false_positive'],
  contained: ['eradicated'],
  eradicated: ['recovered'],
  recovered: ['closed'],
  closed: [],
  false_positive: [],
};

export type IncidentTimestampField =
  'detectedAt' | 'triageStartedAt' | 'containedAt' | 'eradicatedAt' | 'recoveredAt' | 'closedAt';

/** The moment each state records (spec/domain.md §4e). A false positive closes the incident. */
export const STATE_TIMESTAMP_FIELD: Record<IncidentState, IncidentTimestampField> = {
  detected: 'detectedAt',
  triage: 'triageStartedAt',
  contained: 'containedAt',
  eradicated: 'eradicatedAt',
  recovered: 'recoveredAt',
  closed: 'closedAt',
  false_positive: 'closedAt',
};

export const isTerminalState = (state: IncidentState): boolean => NEXT_STATES[state].length === 0;

export const nextStates = (from: IncidentState): readonly IncidentState[] => NEXT_STATES[from];

export const canTransition = (from: IncidentState, to: IncidentState): boolean =>
  NEXT_STATES[from].includes(to);

export type TransitionResult =
  | {
      ok: true;
      from: IncidentState;
      to: IncidentState;
      timestampField: IncidentTimestampField;
      at: string;
    }
  | { ok: false; code: 'ILLEGAL_TRANSITION'; reason: string };

export const transition = ({
  from,
  to,
  at,
}: {
  from: IncidentState;
  to: IncidentState;
  at: string;
}): TransitionResult => {
  if (!canTransition(from, to)) {
    const allowed = NEXT_STATES[from];
    return {
      ok: false,
      code: 'ILLEGAL_TRANSITION',
      reason:
        allowed.length === 0
          ? `cannot move from ${from} to ${to}: ${from} is final`
          : `cannot move from ${from} to ${to}; allowed: ${allowed.join(', ')}`,
    };
  }
  const moment = parseAlarmTimestamp(at);
  if (moment === undefined) throw new RangeError(`at is not an RFC 3339 date-time: "${at}"`);
  return { ok: true, from, to, timestampField: STATE_TIMESTAMP_FIELD[to], at: moment };
};

export interface SeverityDefinition {
  level: SeverityLevel;
  name: string;
  description: string;
  examples: readonly string[];
  /** Whether a privacy assessment opens with the incident. */
  opensPrivacyAssessment: boolean;
}

/** The product scale of spec/domain.md §5. Severity is impact: separate from priority and from legal notifiability. */
export const SEVERITY_DEFINITIONS: readonly SeverityDefinition[] = [
  {
    level: 'SEV1',
    name: 'Critical',
    description:
      'Confirmed or likely compromise of client personal information, or an outage across all tenants.',
    examples: [
      'Client personal information exposed or exfiltrated',
      'The service is down for every client',
    ],
    opensPrivacyAssessment: true,
  },
  {
    level: 'SEV2',
    name: 'Major',
    description: 'Suspected exposure of one client’s personal information, or a major outage.',
    examples: [
      'Unexpected access to one tenant’s data under investigation',
      'A core function is down',
    ],
    opensPrivacyAssessment: false,
  },
  {
    level: 'SEV3',
    name: 'Minor',
    description: 'A security event already contained, or a partial degradation.',
    examples: ['Blocked intrusion attempt', 'Slow responses for some clients'],
    opensPrivacyAssessment: false,
  },
  {
    level: 'SEV4',
    name: 'Low',
    description: 'Informational; no impact on clients.',
    examples: ['Suspicious but harmless scan', 'Alarm on an internal tool'],
    opensPrivacyAssessment: false,
  },
];

/** Shown beside the scale. */
export const SEVERITY_GUIDANCE = [
  'An incident assessed as a real risk of significant harm, a risk of serious injury or a GDPR risk is SEV1 or SEV2.',
  'If unsure between two levels, choose the higher one.',
] as const;

export interface IncidentTimes {
  state?: IncidentState;
  occurredStart?: string | null;
  alertedAt?: string | null;
  detectedAt: string;
  acknowledgedAt?: string | null;
  triageStartedAt?: string | null;
  containedAt?: string | null;
  recoveredAt?: string | null;
  resolvedAt?: string | null;
  closedAt?: string | null;
}

export type IncidentMetricKey = 'MTTD' | 'MTTA' | 'MTTC' | 'MTTR_RECOVER' | 'MTTR_RESOLVE';

export interface IncidentMetric {
  key: IncidentMetricKey;
  label: string;
  definition: string;
  /** Mean in milliseconds; null when no incident has both moments. */
  meanMs: number | null;
  samples: number;
}

interface MetricSpec {
  key: IncidentMetricKey;
  label: string;
  definition: string;
  from: (incident: IncidentTimes) => string | null | undefined;
  to: (incident: IncidentTimes) => string | null | undefined;
}

// spec/domain.md §5, "Proposed exact definitions over the 4e timestamps".
const METRICS: readonly MetricSpec[] = [
  {
    key: 'MTTD',
    label: 'Mean time to detect',
    definition: 'mean(detected − occurred start), incidents with a known or approximate start',
    from: (i) => i.occurredStart,
    to: (i) => i.detectedAt,
  },
  {
    key: 'MTTA',
    label: 'Mean time to acknowledge',
    definition:
      'mean(acknowledged − alerted, else detected); triage start counts as acknowledgement when none is recorded',
    from: (i) => i.alertedAt ?? i.detectedAt,
    to: (i) => i.acknowledgedAt ?? i.triageStartedAt,
  },
  {
    key: 'MTTC',
    label: 'Mean time to contain',
    definition: 'mean(contained − detected)',
    from: (i) => i.detectedAt,
    to: (i) => i.containedAt,
  },
  {
    key: 'MTTR_RECOVER',
    label: 'Mean time to recover',
    definition: 'mean(recovered − detected)',
    from: (i) => i.detectedAt,
    to: (i) => i.recoveredAt,
  },
  {
    key: 'MTTR_RESOLVE',
    label: 'Mean time to resolve',
    definition: 'mean(resolved − detected); resolved is the closing time unless recorded apart',
    from: (i) => i.detectedAt,
    to: (i) => i.resolvedAt ?? i.closedAt,
  },
];

const msOf = (value: string, field: string): number => {
  const iso = parseAlarmTimestamp(value);
  if (iso === undefined) throw new RangeError(`${field} is not an RFC 3339 date-time: "${value}"`);
  return Date.parse(iso);
};

/**
 * Response metrics, each named by what it measures (MTTR alone is ambiguous). False positives are
 * not incidents and are left out; so is a pair whose end precedes its start (a data-entry error).
 */
export const incidentMetrics = (incidents: readonly IncidentTimes[]): IncidentMetric[] => {
  const counted = incidents.filter((incident) => incident.state !== 'false_positive');
  return METRICS.map(({ key, label, definition, from, to }) => {
    const durations = counted.flatMap((incident) => {
      const start = from(incident);
      const end = to(incident);
      if (!start || !end) return [];
      const ms = msOf(end, key) - msOf(start, key);
      return ms >= 0 ? [ms] : [];
    });
    const meanMs =
      durations.length === 0
        ? null
        : Math.round(durations.reduce((sum, ms) => sum + ms, 0) / durations.length);
    return { key, label, definition, meanMs, samples: durations.length };
  });
};
