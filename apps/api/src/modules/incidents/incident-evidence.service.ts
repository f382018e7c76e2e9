import { Injectable } from '@nestjs/common';
import type { Evidence } from '@vigil/contracts';
import type { EntityManager } from 'typeorm';
import { AppError } from '../../common/app-error.js';
import { type AuditEventRow, toAuditEvent } from '../audit-events/audit-event.row.js';
import { IncidentTimelineService, type TimelineActor } from './incident-timeline.service.js';

interface EvidenceRow {
  id: string;
  source: string;
  seq: string;
  event_id: string;
  occurred_at: Date;
  action: string;
  outcome: string;
  actor: string | null;
  hash: Buffer;
  event: Record<string, unknown>;
  linked_at: Date;
  linked_by_label: string;
}

const toEvidence = (row: EvidenceRow): Evidence => ({
  id: row.id,
  source: row.source,
  seq: Number(row.seq),
  eventId: row.event_id,
  occurredAt: row.occurred_at.toISOString(),
  action: row.action,
  outcome: row.outcome,
  actor: row.actor,
  hash: row.hash.toString('hex'),
  event: row.event,
  linkedAt: row.linked_at.toISOString(),
  linkedBy: row.linked_by_label,
});

/**
 * Audit events linked to an incident are copied into it with their chain hash: the incident keeps
 * its evidence after retention purges the log, and the hash shows the copy matches the chain.
 */
@Injectable()
export class IncidentEvidenceService {
  constructor(private readonly timeline: IncidentTimelineService) {}

  async link(
    tx: EntityManager,
    incidentId: string,
    ref: { source: string; eventId: string },
    actor: TimelineActor,
  ): Promise<{ evidence: Evidence; created: boolean }> {
    const existing = (await tx.query(
      'SELECT * FROM incident_evidence WHERE incident_id = $1 AND source = $2 AND event_id = $3',
      [incidentId, ref.source, ref.eventId],
    )) as EvidenceRow[];
    if (existing[0]) return { evidence: toEvidence(existing[0]), created: false };

    const [event] = (await tx.query(
      `SELECT e.* FROM audit_event_key k
         JOIN audit_event e ON e.source = k.source AND e.event_id = k.event_id AND e.occurred_at = k.occurred_at
        WHERE k.source = $1 AND k.event_id = $2`,
      [ref.source, ref.eventId],
    )) as AuditEventRow[];
    if (!event) {
      throw new AppError('NOT_FOUND', `No audit event ${ref.eventId} from source ${ref.source}.`);
    }
    const copy = toAuditEvent(event);
    const actorLabel = copy.actor.email ?? copy.actor.id ?? copy.actor.type;
    const [row] = (await tx.query(
      `INSERT INTO incident_evidence (incident_id, source, seq, event_id, occurred_at, action, outcome, actor,
                                      hash, event, linked_by, linked_by_label)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12) RETURNING *`,
      [
        incidentId,
        copy.source,
        copy.seq,
        copy.id,
        copy.occurredAt,
        copy.action,
        copy.outcome,
        actorLabel,
        event.hash,
        JSON.stringify(copy),
        actor.id,
        actor.label,
      ],
    )) as EvidenceRow[];
    await this.timeline.append(
      tx,
      incidentId,
      actor,
      'evidence',
      `Linked audit event ${copy.action} by ${actorLabel} (${copy.source} #${copy.seq})`,
      { source: copy.source, eventId: copy.id, seq: copy.seq, hash: copy.hash },
    );
    return { evidence: toEvidence(row as EvidenceRow), created: true };
  }

  async list(runner: EntityManager, incidentId: string): Promise<Evidence[]> {
    const rows = (await runner.query(
      'SELECT * FROM incident_evidence WHERE incident_id = $1 ORDER BY occurred_at, source, seq',
      [incidentId],
    )) as EvidenceRow[];
    return rows.map(toEvidence);
  }
}
