import type { Incident } from '@vigil/contracts';
import { isoOrNull as iso } from '../../common/iso-time.js';

export interface IncidentRow {
  id: string;
  number: string;
  title: string;
  summary: string | null;
  severity: Incident['severity'];
  status: Incident['status'];
  category: string | null;
  lead_id: string | null;
  lead_email: string | null;
  lead_display_name: string | null;
  organization_ids: string[] | null;
  detected_at: Date;
  /** `detected_at` to the microsecond, in UTC: the list's cursors need what a Date drops. */
  detected_at_exact: string;
  aware_at: Date | null;
  aware_at_processor: Date | null;
  acknowledged_at: Date | null;
  triage_started_at: Date | null;
  contained_at: Date | null;
  eradicated_at: Date | null;
  recovered_at: Date | null;
  closed_at: Date | null;
  created_at: Date;
  updated_at: Date;
  next_obligation_id: string | null;
  next_title: string | null;
  next_rule: string | null;
  next_at: Date | null;
  next_kind: 'legal' | 'target' | null;
}

/** Incidents with their affected clients and their next open deadline. */
export const INCIDENT_SELECT = `
  SELECT i.*,
         to_char(i.detected_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') AS detected_at_exact,
         (SELECT array_agg(io.organization_id ORDER BY io.organization_id) FROM incident_organization io
           WHERE io.incident_id = i.id) AS organization_ids,
         lead.email AS lead_email, lead.display_name AS lead_display_name,
         next.id AS next_obligation_id, next.title AS next_title, next.rule AS next_rule, next.at AS next_at, next.kind AS next_kind
    FROM incident i
    LEFT JOIN app_user lead ON lead.id = i.lead_id
    LEFT JOIN LATERAL (
      SELECT o.id, o.title, o.rule, coalesce(o.due_at, o.target_at) AS at,
             CASE WHEN o.due_at IS NOT NULL THEN 'legal' ELSE 'target' END AS kind
        FROM obligation o
       WHERE o.incident_id = i.id AND o.status = 'pending' AND NOT o.suspended AND coalesce(o.due_at, o.target_at) IS NOT NULL
       ORDER BY coalesce(o.due_at, o.target_at) LIMIT 1) next ON true`;

export const toIncident = (row: IncidentRow): Incident => ({
  id: row.id,
  number: Number(row.number),
  reference: `INC-${row.number}`,
  title: row.title,
  summary: row.summary,
  severity: row.severity,
  status: row.status,
  category: row.category,
  leadId: row.lead_id,
  lead:
    row.lead_id && row.lead_email
      ? { id: row.lead_id, email: row.lead_email, displayName: row.lead_display_name }
      : null,
  organizationIds: row.organization_ids ?? [],
  detectedAt: row.detected_at.toISOString(),
  awareAt: iso(row.aware_at),
  awareAtProcessor: iso(row.aware_at_processor),
  acknowledgedAt: iso(row.acknowledged_at),
  triageStartedAt: iso(row.triage_started_at),
  containedAt: iso(row.contained_at),
  eradicatedAt: iso(row.eradicated_at),
  recoveredAt: iso(row.recovered_at),
  closedAt: iso(row.closed_at),
  createdAt: row.created_at.toISOString(),
  updatedAt: row.updated_at.toISOString(),
  nextDeadline:
    row.next_obligation_id && row.next_at && row.next_kind
      ? {
          obligationId: row.next_obligation_id,
          rule: row.next_rule ?? '',
          title: row.next_title ?? '',
          at: row.next_at.toISOString(),
          kind: row.next_kind,
        }
      : null,
});
