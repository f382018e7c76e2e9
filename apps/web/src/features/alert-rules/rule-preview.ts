import type { Alarm, Alert, AlertRuleInput, AlertRuleRecord } from '@vigil/contracts';
import { decideAlert, ruleMatches, type AlertCandidate, type AlertRule } from '@vigil/domain';
import { orderRules } from './rule-order';

/** An alert's facts as an alert rule sees them; an alarm's come from the alarm itself. */
export const candidateOfAlert = (
  alert: Alert,
  alarmsById: ReadonlyMap<string, Alarm>,
): AlertCandidate => {
  const alarm = alert.alarmId ? alarmsById.get(alert.alarmId) : undefined;
  return {
    source: alert.source,
    alarmName: alarm?.name,
    namespace: alarm?.namespace,
    metricName: alarm?.metricName,
    dimensions: alarm?.dimensions,
    detectionRuleId: alert.detectionRuleId ?? undefined,
    dedupKey: alert.dedupKey,
  };
};

/** What an alarm's next ALARM would be, to an alert rule. */
export const candidateOfAlarm = (alarm: Alarm): AlertCandidate => ({
  source: 'alarm',
  alarmName: alarm.name,
  namespace: alarm.namespace,
  metricName: alarm.metricName,
  dimensions: alarm.dimensions,
  dedupKey: alarm.alarmArn,
});

export interface PreviewMatch {
  alert: Alert;
  /** Null when this rule would decide; else the enabled rule above it that takes the alert. */
  takenBy: { id: string; name: string } | null;
}

export interface AlertRulePreview {
  /** Alerts that fired in the window. */
  checked: number;
  matches: PreviewMatch[];
  /** Known alarms whose next ALARM this rule would match. */
  alarms: Alarm[];
  from: string;
  to: string;
}

const DRAFT_ID = '(this rule)';

const asRule = (
  rule: Pick<
    AlertRuleRecord,
    'id' | 'name' | 'enabled' | 'match' | 'severity' | 'action' | 'suppressionMinutes'
  >,
): AlertRule => ({
  id: rule.id,
  name: rule.name,
  enabled: rule.enabled,
  match: rule.match,
  severity: rule.severity,
  action: rule.action,
  suppressionMinutes: rule.suppressionMinutes,
});

/**
 * "Test against the last 24 h": which alerts that fired since `since` this rule would have
 * matched, and, rules being tried in order, whether an enabled rule above it would have taken
 * them first. The draft is tested as if enabled, in its place (or last, when new).
 */
export const previewAlertRule = ({
  draft,
  ruleId,
  rules,
  alerts,
  alarms,
  since,
  now,
}: {
  draft: AlertRuleInput;
  /** The rule being edited; absent for a new one. */
  ruleId?: string;
  rules: readonly AlertRuleRecord[];
  alerts: readonly Alert[];
  alarms: readonly Alarm[];
  since: number;
  now: number;
}): AlertRulePreview => {
  const ordered = orderRules(rules);
  const editedAt = ordered.findIndex((r) => r.id === ruleId);
  const others = ordered.filter((r) => r.id !== ruleId).map(asRule);
  const self: AlertRule = asRule({ ...draft, id: DRAFT_ID, enabled: true });
  const placed = [...others];
  placed.splice(editedAt >= 0 ? editedAt : placed.length, 0, self);
  const names = new Map(ordered.map((r) => [r.id, r.name]));
  const alarmsById = new Map(alarms.map((a) => [a.id, a]));

  const recent = alerts.filter((a) => Date.parse(a.lastFiredAt) >= since);
  const matches: PreviewMatch[] = [];
  for (const alert of recent) {
    const candidate = candidateOfAlert(alert, alarmsById);
    if (!ruleMatches(self.match, candidate)) continue;
    const decision = decideAlert({ rules: placed, candidate });
    matches.push({
      alert,
      takenBy:
        decision.ruleId === DRAFT_ID || decision.ruleId === null
          ? null
          : { id: decision.ruleId, name: names.get(decision.ruleId) ?? decision.ruleId },
    });
  }
  matches.sort((a, b) => Date.parse(b.alert.lastFiredAt) - Date.parse(a.alert.lastFiredAt));
  return {
    checked: recent.length,
    matches,
    alarms: alarms.filter((alarm) => ruleMatches(self.match, candidateOfAlarm(alarm))),
    from: new Date(since).toISOString(),
    to: new Date(now).toISOString(),
  };
};
