import type { Alert } from '@vigil/contracts';

export interface AlertRow {
  id: string;
  source: Alert['source'];
  dedup_key: string;
  title: string;
  severity: Alert['severity'];
  status: Alert['status'];
  rule_id: string | null;
  alarm_id: string | null;
  detection_rule_id: string | null;
  incident_id: string | null;
  suppression_minutes: number;
  opened_at: Date;
  last_fired_at: Date;
  fire_count: number;
  acknowledged_at: Date | null;
  resolved_at: Date | null;
  suppressed_until: Date | null;
  incident_resolution_suggested: boolean;
  details: Record<string, unknown>;
}

export const toAlert = (row: AlertRow): Alert => ({
  id: row.id,
  source: row.source,
  dedupKey: row.dedup_key,
  title: row.title,
  severity: row.severity,
  status: row.status,
  ruleId: row.rule_id,
  alarmId: row.alarm_id,
  detectionRuleId: row.detection_rule_id,
  incidentId: row.incident_id,
  openedAt: row.opened_at.toISOString(),
  lastFiredAt: row.last_fired_at.toISOString(),
  fireCount: row.fire_count,
  acknowledgedAt: row.acknowledged_at?.toISOString() ?? null,
  resolvedAt: row.resolved_at?.toISOString() ?? null,
  suppressedUntil: row.suppressed_until?.toISOString() ?? null,
  incidentResolutionSuggested: row.incident_resolution_suggested,
  details: row.details,
});
