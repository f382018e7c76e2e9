import type { Alarm, AlarmDetail } from '@vigil/contracts';
import { defineMessages, plural } from '../../i18n';
import { formatCount } from '../../lib/format';
import type { AlertActionKind } from './alert-actions';
import type { AlertSource, AlertStatus, Severity } from './types';

type AlertTab = 'active' | 'suppressed' | 'resolved';

const STATUS_LABELS: Record<AlertStatus, string> = {
  open: 'Open',
  acknowledged: 'Acknowledged',
  suppressed: 'Suppressed',
  resolved: 'Resolved',
};

const FR_STATUS_FORMS: Record<AlertStatus, { one: string; other: string }> = {
  open: { one: 'ouverte', other: 'ouvertes' },
  acknowledged: { one: 'prise en charge', other: 'prises en charge' },
  suppressed: { one: 'en sourdine', other: 'en sourdine' },
  resolved: { one: 'résolue', other: 'résolues' },
};

/** The alert vocabulary other screens share: tabs, sources, severities, statuses, actions. */
export const alertMessages = defineMessages<{
  tabs: Record<AlertTab, string>;
  sources: Record<AlertSource, string>;
  severity: Record<Severity, { name: string; hint: string }>;
  status: Record<AlertStatus, { label: string; hint: string }>;
  /** "2 open", "1 acknowledged": a group's alerts counted by status. */
  statusCount: (status: AlertStatus, n: number) => string;
  alarmState: Record<Alarm['state'], string>;
  alarmKind: Record<AlarmDetail['kind'], string>;
  actions: Record<AlertActionKind, { label: string; title: string }>;
  actionOn: (action: string, alert: string) => string;
}>(
  {
    tabs: { active: 'Active', suppressed: 'Suppressed', resolved: 'Resolved' },
    sources: { alarm: 'CloudWatch alarm', detection: 'Detection', webhook: 'Webhook' },
    severity: {
      SEV1: { name: 'Critical', hint: 'Critical: customers or data affected now' },
      SEV2: { name: 'Major', hint: 'Major: a service degraded or a likely breach' },
      SEV3: { name: 'Minor', hint: 'Minor: worth a look today' },
      SEV4: { name: 'Low', hint: 'Low: informational' },
    },
    status: {
      open: { label: STATUS_LABELS.open, hint: 'Nobody has picked it up yet.' },
      acknowledged: { label: STATUS_LABELS.acknowledged, hint: 'Someone is on it.' },
      suppressed: { label: STATUS_LABELS.suppressed, hint: 'Silenced for a while, with a reason.' },
      resolved: { label: STATUS_LABELS.resolved, hint: 'The source reported it over.' },
    },
    statusCount: (status, n) => `${n} ${STATUS_LABELS[status]?.toLowerCase() ?? status}`,
    alarmState: { ALARM: 'ALARM', OK: 'OK', INSUFFICIENT_DATA: 'Insufficient data' },
    alarmKind: {
      metric: 'Metric alarm',
      metric_math: 'Metric math alarm',
      composite: 'Composite alarm',
    },
    actions: {
      acknowledge: { label: 'Acknowledge', title: 'Acknowledge this alert' },
      promote: { label: 'Promote', title: 'Promote this alert' },
      suppress: { label: 'Suppress', title: 'Suppress this alert' },
    },
    actionOn: (action, alert) => `${action}: ${alert}`,
  },
  {
    tabs: { active: 'Actives', suppressed: 'En sourdine', resolved: 'Résolues' },
    sources: { alarm: 'Alarme CloudWatch', detection: 'Détection', webhook: 'Webhook' },
    severity: {
      SEV1: { name: 'Critique', hint: 'Critique : clients ou données touchés en ce moment' },
      SEV2: {
        name: 'Majeure',
        hint: 'Majeure : un service dégradé ou une atteinte probable à la sécurité',
      },
      SEV3: { name: 'Mineure', hint: 'Mineure : à examiner aujourd’hui' },
      SEV4: { name: 'Faible', hint: 'Faible : à titre informatif' },
    },
    status: {
      open: { label: 'Ouverte', hint: 'Personne ne l’a encore prise en charge.' },
      acknowledged: { label: 'Prise en charge', hint: 'Quelqu’un s’en occupe.' },
      suppressed: { label: 'En sourdine', hint: 'Mise en sourdine pour un temps, avec un motif.' },
      resolved: { label: 'Résolue', hint: 'La source l’a déclarée terminée.' },
    },
    statusCount: (status, n) => {
      const forms = FR_STATUS_FORMS[status];
      return `${formatCount(n)} ${forms ? plural('fr-CA', n, forms) : status}`;
    },
    alarmState: { ALARM: 'ALARM', OK: 'OK', INSUFFICIENT_DATA: 'Données insuffisantes' },
    alarmKind: {
      metric: 'Alarme de métrique',
      metric_math: 'Alarme d’expression mathématique de métriques',
      composite: 'Alarme composite',
    },
    actions: {
      acknowledge: { label: 'Prendre en charge', title: 'Prendre en charge cette alerte' },
      promote: { label: 'Promouvoir', title: 'Promouvoir cette alerte en incident' },
      suppress: { label: 'Mettre en sourdine', title: 'Mettre cette alerte en sourdine' },
    },
    actionOn: (action, alert) => `${action}\u00a0: ${alert}`,
  },
);
