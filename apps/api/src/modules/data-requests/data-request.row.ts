import type { DataRequest, DataRequestEvent, ExportManifest } from '@vigil/contracts';

export interface DataRequestRow {
  id: string;
  organization_id: string;
  organization_name: string;
  kind: DataRequest['kind'];
  reason: DataRequest['reason'];
  status: DataRequest['status'];
  note: string;
  requested_at: Date;
  due_at: Date;
  completed_at: Date | null;
  assignee_id: string | null;
  assignee_email: string | null;
  export_manifest: ExportManifest | null;
  certificate_id: string | null;
}

export const DATA_REQUEST_SELECT = `
  SELECT r.*, o.name AS organization_name, u.email AS assignee_email
    FROM data_request r
    JOIN organization o ON o.id = r.organization_id
    LEFT JOIN app_user u ON u.id = r.assignee_id`;

export const toDataRequest = (row: DataRequestRow, history: DataRequestEvent[]): DataRequest => ({
  id: row.id,
  organizationId: row.organization_id,
  organizationName: row.organization_name,
  kind: row.kind,
  reason: row.reason,
  status: row.status,
  note: row.note,
  requestedAt: row.requested_at.toISOString(),
  dueAt: row.due_at.toISOString(),
  completedAt: row.completed_at?.toISOString() ?? null,
  assignee:
    row.assignee_id && row.assignee_email
      ? { id: row.assignee_id, email: row.assignee_email }
      : null,
  exportManifest: row.export_manifest,
  certificateId: row.certificate_id,
  history,
});
