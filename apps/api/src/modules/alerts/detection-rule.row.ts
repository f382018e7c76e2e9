import type { DetectionParams, DetectionRuleRecord } from '@vigil/contracts';

export interface DetectionRuleRow {
  id: string;
  name: string;
  enabled: boolean;
  severity: DetectionRuleRecord['severity'];
  params: DetectionParams;
  created_at: Date;
  updated_at: Date;
}

export const toDetectionRule = (row: DetectionRuleRow): DetectionRuleRecord => ({
  id: row.id,
  name: row.name,
  enabled: row.enabled,
  severity: row.severity,
  params: row.params,
  createdAt: row.created_at.toISOString(),
  updatedAt: row.updated_at.toISOString(),
});

export const describeHit = (
  rule: Pick<DetectionRuleRow, 'name' | 'params'>,
  subject: string,
  count: number,
): string => {
  switch (rule.params.kind) {
    case 'threshold':
      return `${rule.name}: ${count} × ${rule.params.action} by ${subject} within ${rule.params.windowMinutes} min`;
    case 'mass_export':
      return `${rule.name}: ${count} exports by ${subject} within ${rule.params.windowMinutes} min`;
    case 'forbidden_actor':
      return `${rule.name}: ${rule.params.action} by ${subject}, who is not allowed`;
    case 'deactivated_user':
      return `${rule.name}: activity by ${subject} after deactivation`;
    case 'quiet_source':
      return `${rule.name}: no events from ${subject} for over ${rule.params.quietMinutes} min`;
  }
};
