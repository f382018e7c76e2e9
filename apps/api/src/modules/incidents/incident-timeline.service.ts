import { Injectable } from '@nestjs/common';
import type { TimelineEntry } from '@vigil/contracts';
import type { EntityManager } from 'typeorm';
import type { UserPrincipal } from '../../common/principal.js';

export interface TimelineActor {
  id: string | null;
  label: string;
}

export const SYSTEM_ACTOR: TimelineActor = { id: null, label: 'Vigil' };

/** A signed-in person as timelines and histories name them. */
export const timelineActorOf = (user: UserPrincipal): TimelineActor => ({
  id: user.userId,
  label: user.displayName ?? user.email,
});

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
      `SELECT id, at, actor_id, actor_label, kind, summary, data FROM incident_timeline WHERE incident_id = $1 ORDER BY id`,
      [incidentId],
    )) as {
      id: string;
      at: Date;
      actor_id: string | null;
      actor_label: string;
      kind: string;
      summary: string;
      data: Record<string, unknown> | null;
    }[];
    return rows.map((r) => ({
      id: Number(r.id),
      at: r.at.toISOString(),
      actor: r.actor_label,
      actorId: r.actor_id,
      kind: r.kind,
      summary: r.summary,
      data: r.data,
    }));
  }
}
