import type { Alarm } from '@vigil/contracts';
import { Badge, type BadgeTone } from '../../components/ui';
import type { AlertStatus, Severity } from './types';

const SEVERITY: Record<Severity, { tone: BadgeTone; hint: string }> = {
  SEV1: { tone: 'danger', hint: 'Critical: customers or data affected now' },
  SEV2: { tone: 'warning', hint: 'Major: a service degraded or a likely breach' },
  SEV3: { tone: 'info', hint: 'Minor: worth a look today' },
  SEV4: { tone: 'neutral', hint: 'Low: informational' },
};

export const SeverityBadge = ({ severity }: { severity: Severity }) => (
  <Badge tone={SEVERITY[severity]?.tone ?? 'neutral'} title={SEVERITY[severity]?.hint}>
    {severity}
  </Badge>
);

export const SEVERITY_OPTIONS = (Object.keys(SEVERITY) as Severity[]).map((value) => ({
  value,
  label: `${value} · ${SEVERITY[value].hint.split(':')[0]}`,
}));

const STATUS: Record<AlertStatus, { tone: BadgeTone; label: string; hint: string }> = {
  open: { tone: 'danger', label: 'Open', hint: 'Nobody has picked it up yet.' },
  acknowledged: { tone: 'info', label: 'Acknowledged', hint: 'Someone is on it.' },
  suppressed: {
    tone: 'neutral',
    label: 'Suppressed',
    hint: 'Silenced for a while, with a reason.',
  },
  resolved: { tone: 'success', label: 'Resolved', hint: 'The source reported it over.' },
};

export const AlertStatusBadge = ({ status }: { status: AlertStatus }) => (
  <Badge tone={STATUS[status]?.tone ?? 'neutral'} dot title={STATUS[status]?.hint}>
    {STATUS[status]?.label ?? status}
  </Badge>
);

export const alertStatusLabel = (status: AlertStatus): string => STATUS[status]?.label ?? status;

const ALARM_STATE: Record<Alarm['state'], { tone: BadgeTone; label: string }> = {
  ALARM: { tone: 'danger', label: 'ALARM' },
  OK: { tone: 'success', label: 'OK' },
  INSUFFICIENT_DATA: { tone: 'warning', label: 'Insufficient data' },
};

export const alarmStateLabel = (state: string): string =>
  ALARM_STATE[state as Alarm['state']]?.label ?? state;

export const AlarmStateBadge = ({ state }: { state: string }) => (
  <Badge tone={ALARM_STATE[state as Alarm['state']]?.tone ?? 'neutral'} dot>
    {alarmStateLabel(state)}
  </Badge>
);
