/** What an alert rule can look at: the facts of one firing, whatever its source. */
export interface AlertCandidate {
  source: 'alarm' | 'detection' | 'webhook';
  alarmName?: string;
  namespace?: string | null;
  metricName?: string | null;
  dimensions?: Record<string, string>;
  detectionRuleId?: string;
  dedupKey: string;
}

export type Severity = 'SEV1' | 'SEV2' | 'SEV3' | 'SEV4';
export type AlertAction = 'open_incident' | 'attach_incident' | 'alert_only' | 'suppress';

export interface AlertRuleMatch {
  source?: AlertCandidate['source'];
  /** A glob (`*`, `?`) or a /regular expression/ with optional flags. */
  alarmName?: string;
  namespace?: string;
  metricName?: string;
  /** Every listed dimension must be present with this value. */
  dimensions?: Record<string, string>;
  detectionRuleId?: string;
  dedupKey?: string;
}

export interface AlertRule {
  id: string;
  name: string;
  enabled: boolean;
  match: AlertRuleMatch;
  severity: Severity;
  action: AlertAction;
  suppressionMinutes: number;
}

export interface AlertDecision {
  ruleId: string | null;
  severity: Severity;
  action: AlertAction;
  suppressionMinutes: number;
}

/** When no rule matches: an alert to look at, nothing opened automatically. */
export const DEFAULT_DECISION: AlertDecision = {
  ruleId: null,
  severity: 'SEV3',
  action: 'alert_only',
  suppressionMinutes: 30,
};

const MAX_PATTERN = 500;

/** Globs match the whole string, case-insensitively; `/…/flags` is a regular expression. */
export const compilePattern = (pattern: string): RegExp => {
  if (pattern.length > MAX_PATTERN)
    throw new Error(`pattern longer than ${MAX_PATTERN} characters`);
  const regex = /^\/(.*)\/([imsu]*)$/s.exec(pattern);
  if (regex) return new RegExp(regex[1] ?? '', regex[2]);
  const escaped = pattern
    .replace(/[.+^${}()|[\]\\]/g, '\\$&')
    .replace(/\*/g, '.*')
    .replace(/\?/g, '.');
  return new RegExp(`^${escaped}$`, 'i');
};

const matchesText = (pattern: string | undefined, value: string | null | undefined): boolean =>
  pattern === undefined || (value != null && compilePattern(pattern).test(value));

export const ruleMatches = (match: AlertRuleMatch, candidate: AlertCandidate): boolean =>
  (match.source === undefined || match.source === candidate.source) &&
  matchesText(match.alarmName, candidate.alarmName) &&
  (match.namespace === undefined || match.namespace === candidate.namespace) &&
  (match.metricName === undefined || match.metricName === candidate.metricName) &&
  (match.detectionRuleId === undefined || match.detectionRuleId === candidate.detectionRuleId) &&
  matchesText(match.dedupKey, candidate.dedupKey) &&
  Object.entries(match.dimensions ?? {}).every(
    ([name, value]) => candidate.dimensions?.[name] === value,
  );

/** Rules are ordered; the first enabled one that matches decides. */
export const decideAlert = ({
  rules,
  candidate,
}: {
  rules: readonly AlertRule[];
  candidate: AlertCandidate;
}): AlertDecision => {
  const rule = rules.find((r) => r.enabled && ruleMatches(r.match, candidate));
  return rule
    ? {
        ruleId: rule.id,
        severity: rule.severity,
        action: rule.action,
        suppressionMinutes: rule.suppressionMinutes,
      }
    : DEFAULT_DECISION;
};
