import type { Runbook, RunbookKind, RunbookStep } from '@vigil/contracts';

export interface RunbookRow {
  id: string;
  starter_key: string | null;
  kind: RunbookKind;
  archived_at: Date | null;
  version: number;
  title: string;
  summary: string;
  steps: RunbookStep[];
  services: string[];
  categories: string[];
  created_at: Date;
  created_by_label: string | null;
}

/** A runbook at one version (the current one unless `v.version` is chosen). */
export const RUNBOOK_SELECT = `
  SELECT r.id, r.starter_key, r.kind, r.archived_at, v.version, v.title, v.summary, v.steps, v.services,
         v.categories, v.created_at, v.created_by_label
    FROM runbook r JOIN runbook_version v ON v.runbook_id = r.id`;

export const toRunbook = (row: RunbookRow): Runbook => ({
  id: row.id,
  title: row.title,
  kind: row.kind,
  summary: row.summary,
  version: row.version,
  steps: row.steps,
  services: row.services,
  categories: row.categories,
  archived: row.archived_at !== null,
  starter: row.starter_key !== null,
  updatedAt: row.created_at.toISOString(),
  updatedBy: row.created_by_label,
});
