import { Injectable } from '@nestjs/common';
import type { SeverityLevel } from '@vigil/contracts';
import type { EntityManager } from 'typeorm';
import { AuditLogService } from '../audit-events/audit-log.service.js';
import { ObligationSyncService } from '../obligations/obligation-sync.service.js';
import {
  IncidentTimelineService,
  SYSTEM_ACTOR,
  type TimelineActor,
} from './incident-timeline.service.js';

export interface OpenedIncident {
  id: string;
  number: number;
}

/** Opens an incident from an alert (by rule or by a person promoting it). */
@Injectable()
export class IncidentOpeningService {
  constructor(
    private readonly audit: AuditLogService,
    private readonly timeline: IncidentTimelineService,
    private readonly obligations: ObligationSyncService,
  ) {}

  async open(
    tx: EntityManager,
    input: {
      title: string;
      severity: SeverityLevel;
      detectedAt: Date;
      createdBy: TimelineActor | null;
      reason: string;
    },
  ): Promise<OpenedIncident> {
    const [row] = (await tx.query(
      `INSERT INTO incident (title, severity, detected_at, created_by) VALUES ($1, $2, $3, $4) RETURNING id, number`,
      [input.title, input.severity, input.detectedAt, input.createdBy?.id ?? null],
    )) as [{ id: string; number: string }];
    await this.timeline.append(
      tx,
      row.id,
      input.createdBy ?? SYSTEM_ACTOR,
      'opened',
      `Opened from an alert: ${input.reason}`,
      {
        severity: input.severity,
      },
    );
    await this.audit.record(
      {
        category: 'admin',
        action: 'incident.open',
        outcome: 'success',
        actor: input.createdBy?.id
          ? { type: 'user', id: input.createdBy.id, email: input.createdBy.label }
          : { type: 'system', id: 'alert-rules' },
        target: {
          type: 'incident',
          id: row.id,
          name: `INC-${row.number} ${input.title}`.slice(0, 500),
        },
        metadata: { severity: input.severity, reason: input.reason },
      },
      tx,
    );
    // Starts the response targets. Their reminder rows are not queued from inside the caller's
    // transaction: the sweeper delivers them when due, minutes before the first one is.
    await this.obligations.sync(tx, row.id, input.createdBy ?? SYSTEM_ACTOR);
    return { id: row.id, number: Number(row.number) };
  }

  /** The open incident an alert of the same rule or alarm already feeds, if any. */
  async openIncidentFor(
    tx: EntityManager,
    link: { ruleId: string | null; alarmId: string | null },
  ): Promise<string | null> {
    if (!link.ruleId && !link.alarmId) return null;
    const [row] = (await tx.query(
      `SELECT i.id FROM alert a JOIN incident i ON i.id = a.incident_id
        WHERE (a.rule_id = $1 OR a.alarm_id = $2) AND i.status NOT IN ('closed', 'false_positive')
        ORDER BY i.created_at DESC LIMIT 1`,
      [link.ruleId, link.alarmId],
    )) as { id: string }[];
    return row?.id ?? null;
  }
}
