import type { AuditEvent } from '@vigil/contracts';

/**
 * The personal columns a destruction request blanks when it reduces an event to a tombstone; the
 * chain columns (source, seq, hash, action, times, …) are never touched. The app role's column
 * grant is made from this list too, so the two cannot drift apart.
 */
export const AUDIT_PERSONAL_COLUMNS = [
  'actor_id',
  'actor_email',
  'actor_role',
  'target_type',
  'target_id',
  'target_name',
  'project_id',
  'ip',
  'user_agent',
  'metadata',
] as const;

/** An audit_event row as node-postgres returns it. */
export interface AuditEventRow {
  source: string;
  seq: string;
  event_id: string;
  occurred_at: Date;
  received_at: Date;
  category: AuditEvent['category'];
  action: string;
  outcome: AuditEvent['outcome'];
  actor_type: AuditEvent['actor']['type'];
  actor_id: string | null;
  actor_email: string | null;
  actor_role: string | null;
  target_type: string | null;
  target_id: string | null;
  target_name: string | null;
  organization_id: string | null;
  project_id: string | null;
  ip: string | null;
  user_agent: string | null;
  metadata: Record<string, unknown> | null;
  prev_hash: Buffer;
  hash: Buffer;
  /** Set when the event's payload was destroyed on the client's request (seq and hash kept). */
  tombstoned_at?: Date | null;
}

const present = <T>(value: T | null): T | undefined => (value === null ? undefined : value);

/** Rebuilds the event exactly as it was hashed: absent optional members stay absent. */
export const toAuditEvent = (row: AuditEventRow): AuditEvent => ({
  source: row.source,
  seq: Number(row.seq),
  id: row.event_id,
  occurredAt: row.occurred_at.toISOString(),
  receivedAt: row.received_at.toISOString(),
  category: row.category,
  action: row.action,
  outcome: row.outcome,
  actor: {
    type: row.actor_type,
    id: present(row.actor_id),
    email: present(row.actor_email),
    role: present(row.actor_role),
  },
  target:
    row.target_type && row.target_id
      ? { type: row.target_type, id: row.target_id, name: present(row.target_name) }
      : undefined,
  organizationId: present(row.organization_id),
  projectId: present(row.project_id),
  ip: present(row.ip),
  userAgent: present(row.user_agent),
  metadata: present(row.metadata),
  hash: row.hash.toString('hex'),
});
