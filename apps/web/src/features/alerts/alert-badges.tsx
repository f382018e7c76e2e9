import type { Alarm } from '@vigil/contracts';
import { Badge, type BadgeTone } from '../../components/ui';
import { pick, useMessages } from '../../i18n';
import { alertMessages } from './messages';
import type { AlertStatus, Severity } from './types';

const SEVERITY_TONE: Record<Severity, BadgeTone> = {
  SEV1: 'danger',
  SEV2: 'warning',
  SEV3: 'info',
  SEV4: 'neutral',
};

export const SeverityBadge = ({ severity }: { severity: Severity }) => {
  const t = useMessages(alertMessages);
  return (
    <Badge tone={SEVERITY_TONE[severity] ?? 'neutral'} title={t.severity[severity]?.hint}>
      {severity}
    </Badge>
  );
};

/** "SEV1 · Critical": read when shown, in the language the console speaks then. */
export const SEVERITY_OPTIONS: readonly { value: Severity; label: string }[] = (
  Object.keys(SEVERITY_TONE) as Severity[]
).map((value) => ({
  value,
  get label() {
    return `${value} · ${pick(alertMessages).severity[value].name}`;
  },
}));

const STATUS_TONE: Record<AlertStatus, BadgeTone> = {
  open: 'danger',
  acknowledged: 'info',
  suppressed: 'neutral',
  resolved: 'success',
};

export const AlertStatusBadge = ({ status }: { status: AlertStatus }) => {
  const t = useMessages(alertMessages);
  return (
    <Badge tone={STATUS_TONE[status] ?? 'neutral'} dot title={t.status[status]?.hint}>
      {t.status[status]?.label ?? status}
    </Badge>
  );
};

export const alertStatusLabel = (status: AlertStatus): string =>
  pick(alertMessages).status[status]?.label ?? status;

const ALARM_STATE_TONE: Record<Alarm['state'], BadgeTone> = {
  ALARM: 'danger',
  OK: 'success',
  INSUFFICIENT_DATA: 'warning',
};

export const alarmStateLabel = (state: string): string =>
  pick(alertMessages).alarmState[state as Alarm['state']] ?? state;

export const AlarmStateBadge = ({ state }: { state: string }) => (
  <Badge tone={ALARM_STATE_TONE[state as Alarm['state']] ?? 'neutral'} dot>
    {alarmStateLabel(state)}
  </Badge>
);
