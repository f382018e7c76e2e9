import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Assessment, RegisterEntry } from '@vigil/contracts';
import { DataSource } from 'typeorm';
import { csvCell } from '../audit-events/audit-export.service.js';

interface RegisterRow {
  id: string;
  number: string;
  title: string;
  summary: string | null;
  detected_at: Date;
  aware_at: Date | null;
  data: Assessment;
  assessed_at: Date;
  notices:
    { rule: string; met_at: string; channel: string | null; sent_to: string | null }[] | null;
  measures: string[] | null;
  retain_until: Date | null;
}

/**
 * The confidentiality-incident register: every incident whose assessment involves personal data,
 * notifiable or not. Built from the incident tables, not the audit log, so it outlives log retention.
 */
@Injectable()
export class RegisterService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async entries(): Promise<RegisterEntry[]> {
    const rows = (await this.dataSource.query(`
      SELECT i.id, i.number, i.title, i.summary, i.detected_at, i.aware_at, a.data, a.assessed_at,
             (SELECT json_agg(json_build_object('rule', o.rule, 'met_at', o.met_at, 'channel', o.channel, 'sent_to', o.sent_to)
                      ORDER BY o.met_at)
                FROM obligation o WHERE o.incident_id = i.id AND o.status = 'met' AND o.kind = 'notice') AS notices,
             (SELECT array_agg(t.summary ORDER BY t.id) FROM incident_timeline t
               WHERE t.incident_id = i.id AND t.kind = 'status') AS measures,
             (SELECT max(o.retain_until) FROM obligation o WHERE o.incident_id = i.id AND o.kind = 'record') AS retain_until
        FROM incident i JOIN privacy_assessment a ON a.incident_id = i.id
       WHERE (a.data->>'personalDataInvolved')::boolean
       ORDER BY i.detected_at DESC`)) as RegisterRow[];
    return rows.map((row) => {
      const notices = (row.notices ?? []).map((n) => ({
        rule: n.rule,
        // json_build_object writes the session's zone offset: normalise to the API's UTC form.
        sentAt: new Date(n.met_at).toISOString(),
        channel: n.channel,
        recipient: n.sent_to,
      }));
      const first = (rules: string[]) =>
        notices.find((n) => rules.includes(n.rule))?.sentAt ?? null;
      return {
        incidentId: row.id,
        reference: `INC-${row.number}`,
        title: row.title,
        description: row.summary,
        occurredOrDetectedAt: row.detected_at.toISOString(),
        awareAt: row.data.awareAt ?? row.aware_at?.toISOString() ?? null,
        breachDeterminedAt: row.data.breachDeterminedAt,
        personsAffected: row.data.affected.persons,
        personsAffectedQuebec: row.data.affected.personsQuebec,
        recordsAffected: row.data.affected.records,
        countsAreEstimates: row.data.affected.isEstimate,
        riskOfSeriousInjury: row.data.qcRiskOfSeriousInjury,
        realRiskOfSignificantHarm: row.data.pipedaRealRiskOfSignificantHarm,
        gdprRisk: row.data.gdprRisk,
        riskRationale: row.data.rationale,
        consultedPersonInCharge: row.data.consultedPersonInCharge ?? null,
        measuresTaken: row.measures ?? [],
        noticeToRegulatorAt: first(['QC_CAI', 'PIPEDA_OPC', 'GDPR_SA']),
        noticeToPersonsAt: first(['QC_PERSONS', 'PIPEDA_INDIVIDUALS', 'GDPR_DATA_SUBJECTS']),
        notices,
        retainUntil: row.retain_until?.toISOString() ?? null,
        assessedAt: row.assessed_at.toISOString(),
      };
    });
  }

  async csv(): Promise<string> {
    const entries = await this.entries();
    const columns: (keyof RegisterEntry)[] = [
      'reference',
      'title',
      'description',
      'occurredOrDetectedAt',
      'awareAt',
      'breachDeterminedAt',
      'personsAffected',
      'personsAffectedQuebec',
      'recordsAffected',
      'countsAreEstimates',
      'riskOfSeriousInjury',
      'realRiskOfSignificantHarm',
      'gdprRisk',
      'riskRationale',
      'consultedPersonInCharge',
      'measuresTaken',
      'noticeToRegulatorAt',
      'noticeToPersonsAt',
      'retainUntil',
    ];
    const lines = entries.map((e) =>
      columns
        .map((c) => csvCell(Array.isArray(e[c]) ? (e[c] as string[]).join(' | ') : e[c]))
        .join(','),
    );
    return `${columns.join(',')}\r\n${lines.map((l) => `${l}\r\n`).join('')}`;
  }
}
