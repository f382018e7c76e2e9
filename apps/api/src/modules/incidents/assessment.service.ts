import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Assessment, IncidentDetail } from '@vigil/contracts';
import { DataSource } from 'typeorm';
import { actorOf, type RequestContext, type UserPrincipal } from '../../common/principal.js';
import { AuditLogService } from '../audit-events/audit-log.service.js';
import { ObligationSyncService } from '../obligations/obligation-sync.service.js';
import { RemindersService } from '../obligations/reminders.service.js';
import { IncidentTimelineService, timelineActorOf } from './incident-timeline.service.js';
import { IncidentsService } from './incidents.service.js';

/** The DPO's privacy assessment: every save is versioned on the timeline and re-derives the clocks. */
@Injectable()
export class AssessmentService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly incidents: IncidentsService,
    private readonly timeline: IncidentTimelineService,
    private readonly obligations: ObligationSyncService,
    private readonly reminders: RemindersService,
    private readonly audit: AuditLogService,
  ) {}

  async put(
    user: UserPrincipal,
    id: string,
    assessment: Assessment,
    context: RequestContext,
  ): Promise<IncidentDetail> {
    const reminders = await this.dataSource.transaction(async (tx) => {
      const incident = await this.incidents.lock(tx, id);
      const [saved] = (await tx.query(
        `INSERT INTO privacy_assessment (incident_id, data, assessed_by) VALUES ($1, $2, $3)
         ON CONFLICT (incident_id) DO UPDATE SET data = EXCLUDED.data, assessed_by = EXCLUDED.assessed_by,
           assessed_at = now(), version = privacy_assessment.version + 1
         RETURNING version`,
        [incident.id, JSON.stringify(assessment), user.userId],
      )) as [{ version: number }];
      const actor = timelineActorOf(user);
      await this.timeline.append(
        tx,
        incident.id,
        actor,
        'assessment',
        `Privacy assessment v${saved.version}: personal data ${assessment.personalDataInvolved ? 'involved' : 'not involved'}, ` +
          `GDPR risk ${assessment.gdprRisk}, Québec serious injury ${assessment.qcRiskOfSeriousInjury ? 'yes' : 'no'}, ` +
          `PIPEDA RROSH ${assessment.pipedaRealRiskOfSignificantHarm ? 'yes' : 'no'}`,
        { version: saved.version, assessment },
      );
      await this.audit.record(
        {
          category: 'admin',
          action: 'incident.assessment',
          outcome: 'success',
          actor: actorOf(user),
          target: { type: 'incident', id: incident.id, name: incident.title },
          ip: context.ip,
          userAgent: context.userAgent,
          metadata: { version: saved.version },
        },
        tx,
      );
      return (await this.obligations.sync(tx, incident.id, actor)).reminders;
    });
    this.reminders.enqueue(reminders);
    return this.incidents.get(id);
  }
}
