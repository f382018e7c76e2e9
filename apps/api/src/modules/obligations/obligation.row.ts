import type { Obligation } from '@vigil/contracts';
import { obligationStatus } from '@vigil/domain';
import { isoOrNull as iso } from '../../common/iso-time.js';

export interface ObligationRow {
  id: string;
  incident_id: string;
  incident_number: string;
  incident_title: string;
  key: string;
  rule: string;
  regime: string;
  kind: Obligation['kind'];
  title: string;
  recipient: Obligation['recipient'];
  legal_basis: string;
  clock_started_at: Date | null;
  due_at: Date | null;
  target_at: Date | null;
  retain_until: Date | null;
  deadline_kind: Obligation['deadlineKind'];
  deadline_label: string;
  suspended: boolean;
  clock_missing: string | null;
  status: 'pending' | 'met' | 'waived' | 'retired';
  no_longer_required: boolean;
  because: string;
  met_at: Date | null;
  channel: string | null;
  sent_to: string | null;
  notice_summary: string | null;
  content_sha256: string | null;
  delay_reason: string | null;
  waived_at: Date | null;
  waive_reason: string | null;
}

export const OBLIGATION_SELECT = `
  SELECT o.*, i.number AS incident_number, i.title AS incident_title
    FROM obligation o JOIN incident i ON i.id = o.incident_id`;

export const toObligation = (row: ObligationRow, now: Date): Obligation => ({
  id: row.id,
  incidentId: row.incident_id,
  incidentNumber: Number(row.incident_number),
  incidentTitle: row.incident_title,
  key: row.key,
  rule: row.rule,
  regime: row.regime,
  kind: row.kind,
  title: row.title,
  recipient: row.recipient,
  legalBasis: row.legal_basis,
  clockStartedAt: iso(row.clock_started_at),
  dueAt: iso(row.due_at),
  targetAt: iso(row.target_at),
  retainUntil: iso(row.retain_until),
  deadlineKind: row.deadline_kind,
  deadlineLabel: row.deadline_label,
  suspended: row.suspended,
  clockMissing: row.clock_missing,
  status:
    row.status === 'retired'
      ? 'retired'
      : obligationStatus({
          dueAt: iso(row.due_at),
          targetAt: row.suspended ? null : iso(row.target_at),
          metAt: iso(row.met_at),
          waivedAt: iso(row.waived_at),
          clockStartedAt: iso(row.clock_started_at),
          now,
        }),
  noLongerRequired: row.no_longer_required,
  because: row.because,
  metAt: iso(row.met_at),
  channel: row.channel,
  sentTo: row.sent_to,
  noticeSummary: row.notice_summary,
  contentSha256: row.content_sha256,
  delayReason: row.delay_reason,
  waivedAt: iso(row.waived_at),
  waiveReason: row.waive_reason,
});
