import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { RequestContext, UserPrincipal } from '../../common/principal.js';
import { InjectConfig } from '../../config/config.module.js';
import type { Config } from '../../config/config.js';
import { AuditLogService } from '../audit-events/audit-log.service.js';
import { timelineActorOf } from './incident-timeline.service.js';
import {
  type IncidentReport,
  type ReportLanguage,
  renderIncidentReport,
  type SentNotice,
} from './incident-report.html.js';
import { IncidentsService } from './incidents.service.js';

interface SentNoticeRow {
  id: string;
  title: string;
  notice_language: ReportLanguage | null;
  notice_content: string;
  content_sha256: string | null;
  met_at: Date | null;
  sent_to: string | null;
}

/** The printable one-page account of an incident, for the board, regulators and clients. */
@Injectable()
export class IncidentReportService {
  constructor(
    @InjectConfig() private readonly config: Config,
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly incidents: IncidentsService,
    private readonly audit: AuditLogService,
  ) {}

  /** Renders the report and records who took it: it may leave the company. */
  async render(
    user: UserPrincipal,
    id: string,
    language: ReportLanguage,
    context: RequestContext,
  ): Promise<string> {
    const report = await this.gather(user, id);
    await this.dataSource.transaction((tx) =>
      this.audit.recordAdminAction(
        tx,
        user,
        context,
        'incident.report',
        { type: 'incident', id: report.incident.id, name: report.incident.reference },
        { language },
      ),
    );
    return renderIncidentReport(report, language, this.config.timeZone);
  }

  private async gather(user: UserPrincipal, id: string): Promise<IncidentReport> {
    const incident = await this.incidents.get(id);
    const [timeline, organizations, notices] = await Promise.all([
      this.incidents.timelineOf(incident.id),
      this.dataSource.query(
        'SELECT id, name FROM organization WHERE id = ANY($1::text[]) ORDER BY name',
        [incident.organizationIds],
      ) as Promise<{ id: string; name: string }[]>,
      this.dataSource.query(
        `SELECT id, title, notice_language, notice_content, content_sha256, met_at, sent_to
           FROM obligation
          WHERE incident_id = $1 AND notice_content IS NOT NULL AND status <> 'retired'
          ORDER BY met_at NULLS LAST, key`,
        [incident.id],
      ) as Promise<SentNoticeRow[]>,
    ]);
    return {
      incident,
      timeline,
      organizations,
      notices: notices.map((n): SentNotice => ({
        obligationId: n.id,
        title: n.title,
        language: n.notice_language,
        content: n.notice_content,
        sha256: n.content_sha256,
        sentAt: n.met_at?.toISOString() ?? null,
        sentTo: n.sent_to,
      })),
      generatedAt: new Date().toISOString(),
      generatedBy: timelineActorOf(user).label,
      companyName: this.config.companyName,
    };
  }
}
