import { Injectable } from '@nestjs/common';
import type { TimelineEntry } from '@vigil/contracts';
import type { EntityManager } from 'typeorm';

export interface TimelineActor {
  id: string | null;
  label: string;
}

export const SYSTEM_ACTOR: TimelineActor = { id: null, label: 'Vigil' };

/** The incident's immutable story: every change, note, alert and notice, with who and when. */
@Injectable()
export class IncidentTimelineService {
  async append(
    tx: EntityManager,
    incidentId: string,
    actor: TimelineActor,
    kind: string,
    summary: string,
    data?: Record<string, unknown>,
  ): Promise<void> {
    await tx.query(
      `INSERT INTO incident_timeline (incident_id, actor_id, actor_label, kind, summary, data)
       VALUES ($1, $2, $3, $4, $5, $6)`,
      [
        incidentId,
        actor.id,
        actor.label,
        kind,
        summary.slice(0, 2000),
        data ? JSON.stringify(data) : null,
      ],
    );
  }

  async list(tx: EntityManager, incidentId: string): Promise<TimelineEntry[]> {
    const rows = (await tx.query(
      `SELECT id, at, actor_label, kind, summary, data FROM incident_timeline WHERE incident_id = $1 ORDER BY id`,
      [incidentId],
    )) as {
      id: string;
      at: Date;
      actor_label: string;
      kind: string;
      summary: string;
      data: Record<string, unknown> | null;
    }[];
    return rows.map((r) => ({
      id: Number(r.id),
      at: r.at.toISOString(),
      actor: r.actor_label,
      kind: r.kind,
      summary: r.summary,
      data: r.data,
    }));
  }
}
