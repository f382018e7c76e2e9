import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Assessment, NoticeDraft, NoticeLanguage, SaveNotice } from '@vigil/contracts';
import { composeNotice, hasNoticeTemplate, type ObligationRuleId } from '@vigil/domain';
import { DataSource } from 'typeorm';
import { AppError } from '../../common/app-error.js';
import type { RequestContext, UserPrincipal } from '../../common/principal.js';
import { InjectConfig } from '../../config/config.module.js';
import type { Config } from '../../config/config.js';
import { AuditLogService } from '../audit-events/audit-log.service.js';
import {
  IncidentTimelineService,
  timelineActorOf,
} from '../incidents/incident-timeline.service.js';
import { OBLIGATION_SELECT, type ObligationRow } from './obligation.row.js';
import { isoOrNull as iso } from '../../common/iso-time.js';

interface NoticeSourceRow extends ObligationRow {
  notice_content: string | null;
  notice_language: NoticeLanguage | null;
  incident_summary: string | null;
  incident_category: string | null;
  incident_severity: 'SEV1' | 'SEV2' | 'SEV3' | 'SEV4';
  detected_at: Date;
  aware_at: Date | null;
  aware_at_processor: Date | null;
  contained_at: Date | null;
  recovered_at: Date | null;
  assessment: Assessment | null;
}

interface DraftRow {
  subject: string;
  body: string;
  recipient: string;
  channel: NoticeDraft['channel'];
  saved_at: Date;
  saved_by: string | null;
}

/**
 * Notices: the rule's template filled from the incident (libs/domain composeNotice), the DPO's
 * reviewed draft per language, and once sent the exact text recorded with its hash.
 */
@Injectable()
export class NoticesService {
  constructor(
    @InjectConfig() private readonly config: Config,
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly timeline: IncidentTimelineService,
    private readonly audit: AuditLogService,
  ) {}

  async draft(id: string, language: NoticeLanguage, user: UserPrincipal): Promise<NoticeDraft> {
    const source = await this.source(id);
    const composed = this.compose(source, language, user, await this.authoritiesNotified(source));
    const base = {
      obligationId: source.id,
      rule: source.rule,
      legalSource: composed.legalSource,
      contentItems: composed.contentItems,
    };
    if (source.status === 'met' && source.notice_content !== null) {
      return {
        ...base,
        language: source.notice_language ?? language,
        subject: source.notice_summary ?? '',
        body: source.notice_content,
        recipient: source.sent_to ?? '',
        channel: (source.channel ?? 'other') as NoticeDraft['channel'],
        savedAt: iso(source.met_at),
        savedBy: null,
        sentAt: iso(source.met_at),
        contentSha256: source.content_sha256,
      };
    }
    const [saved] = (await this.dataSource.query(
      `SELECT d.subject, d.body, d.recipient, d.channel, d.saved_at, u.email AS saved_by
         FROM notice_draft d LEFT JOIN app_user u ON u.id = d.saved_by
        WHERE d.obligation_id = $1 AND d.language = $2`,
      [source.id, language],
    )) as DraftRow[];
    return {
      ...base,
      language,
      subject: saved?.subject ?? composed.subject,
      body: saved?.body ?? composed.body,
      recipient: saved?.recipient ?? this.suggestedRecipient(source),
      channel: saved?.channel ?? 'email',
      savedAt: iso(saved?.saved_at ?? null),
      savedBy: saved?.saved_by ?? null,
      sentAt: null,
      contentSha256: null,
    };
  }

  async save(
    id: string,
    input: SaveNotice,
    user: UserPrincipal,
    context: RequestContext,
  ): Promise<NoticeDraft> {
    await this.dataSource.transaction(async (tx) => {
      const [row] = (await tx.query(`${OBLIGATION_SELECT} WHERE o.id::text = $1 FOR UPDATE OF o`, [
        id,
      ])) as ObligationRow[];
      if (!row) throw new AppError('NOT_FOUND', `No obligation ${id}.`);
      this.assertNotice(row);
      if (row.status !== 'pending') {
        throw new AppError(
          'CONFLICT',
          `This notice is already ${row.status}: its text is kept as recorded.`,
        );
      }
      await tx.query(
        `INSERT INTO notice_draft (obligation_id, language, subject, body, recipient, channel, saved_by)
         VALUES ($1, $2, $3, $4, $5, $6, $7)
         ON CONFLICT (obligation_id, language) DO UPDATE SET subject = EXCLUDED.subject, body = EXCLUDED.body,
           recipient = EXCLUDED.recipient, channel = EXCLUDED.channel, saved_at = now(), saved_by = EXCLUDED.saved_by`,
        [
          row.id,
          input.language,
          input.subject,
          input.body,
          input.recipient,
          input.channel,
          user.userId,
        ],
      );
      await this.timeline.append(
        tx,
        row.incident_id,
        timelineActorOf(user),
        'notice-draft',
        `Prepared the ${row.rule} notice (${input.language.toUpperCase()}) for ${row.recipient.display}`,
        { obligationId: row.id, rule: row.rule, language: input.language },
      );
      await this.audit.recordAdminAction(
        tx,
        user,
        context,
        'obligation.notice_draft',
        { type: 'obligation', id: row.id, name: `${row.rule} INC-${row.incident_number}` },
        { language: input.language, channel: input.channel },
      );
    });
    return this.draft(id, input.language, user);
  }

  private async source(id: string): Promise<NoticeSourceRow> {
    const [row] = (await this.dataSource.query(
      `SELECT o.*, i.number AS incident_number, i.title AS incident_title, i.summary AS incident_summary,
              i.category AS incident_category, i.severity AS incident_severity, i.detected_at, i.aware_at,
              i.aware_at_processor, i.contained_at, i.recovered_at, a.data AS assessment
         FROM obligation o JOIN incident i ON i.id = o.incident_id
         LEFT JOIN privacy_assessment a ON a.incident_id = i.id
        WHERE o.id::text = $1`,
      [id],
    )) as NoticeSourceRow[];
    if (!row) throw new AppError('NOT_FOUND', `No obligation ${id}.`);
    this.assertNotice(row);
    return row;
  }

  private assertNotice(row: ObligationRow): void {
    if (row.kind !== 'notice' || !hasNoticeTemplate(row.rule as ObligationRuleId)) {
      throw new AppError(
        'RULE_VIOLATION',
        `${row.rule} is ${row.kind === 'record' ? 'a record to keep' : 'not a notice'}: there is no notice to prepare.`,
      );
    }
  }

  /** Regulators outside Québec already told of this incident (Law 25 Regulation s. 3, item 11). */
  private async authoritiesNotified(
    source: NoticeSourceRow,
  ): Promise<{ name: string; sentAt: string | null }[] | null> {
    const rows = (await this.dataSource.query(
      `SELECT recipient->>'display' AS name, met_at FROM obligation
        WHERE incident_id = $1 AND status = 'met' AND regime <> 'QC' AND recipient->>'kind' = 'authority'
        ORDER BY met_at`,
      [source.incident_id],
    )) as { name: string; met_at: Date | null }[];
    // None recorded here does not prove none was told: leave the item for the DPO to complete.
    return rows.length ? rows.map((r) => ({ name: r.name, sentAt: iso(r.met_at) })) : null;
  }

  private compose(
    source: NoticeSourceRow,
    language: NoticeLanguage,
    user: UserPrincipal,
    otherAuthoritiesNotified: { name: string; sentAt: string | null }[] | null,
  ) {
    return composeNotice({
      otherAuthoritiesNotified,
      rule: source.rule as ObligationRuleId,
      language,
      sender: {
        organizationName: this.config.companyName,
        enterpriseNumber: this.config.companyNeq,
        contactName: user.displayName ?? null,
        contactEmail: user.email,
      },
      recipient: {
        display: source.recipient.display,
        organizationName: source.recipient.organizationId ? source.recipient.display : null,
      },
      incident: {
        reference: `INC-${source.incident_number}`,
        title: source.incident_title,
        summary: source.incident_summary,
        category: source.incident_category,
        severity: source.incident_severity,
        detectedAt: source.detected_at.toISOString(),
        awareAt: iso(source.aware_at),
        awareAtProcessor: iso(source.aware_at_processor),
        containedAt: iso(source.contained_at),
        recoveredAt: iso(source.recovered_at),
      },
      assessment: source.assessment,
      obligation: {
        clockStartedAt: iso(source.clock_started_at),
        dueAt: iso(source.due_at),
        targetAt: iso(source.target_at),
      },
      timeZone: this.config.timeZone,
      now: new Date().toISOString(),
    });
  }

  private suggestedRecipient(source: ObligationRow): string {
    const emails = source.recipient.contacts?.map((c) => c.email) ?? [];
    return emails.length ? emails.join(', ') : source.recipient.display;
  }
}
