import type { IncidentDetail, Obligation, TimelineEntry } from '@vigil/contracts';
import { inFrench } from '@vigil/domain';
import {
  escapeHtml as escape,
  htmlTable as table,
  zonedTime,
} from '../../common/printable-page.js';

export type ReportLanguage = 'en' | 'fr';

/** A notice as it was sent: the exact text, kept with its hash on the obligation. */
export interface SentNotice {
  obligationId: string;
  title: string;
  language: ReportLanguage | null;
  content: string;
  sha256: string | null;
  sentAt: string | null;
  sentTo: string | null;
}

export interface IncidentReport {
  incident: IncidentDetail;
  timeline: TimelineEntry[];
  notices: SentNotice[];
  organizations: { id: string; name: string }[];
  generatedAt: string;
  generatedBy: string;
  companyName: string | null;
}

const LABELS = {
  en: {
    title: 'Incident report',
    confidential: 'Confidential — prepared for the board, regulators and affected clients.',
    generated: 'Generated',
    by: 'by',
    severity: 'Severity',
    status: 'Status',
    category: 'Category',
    lead: 'Lead',
    organizations: 'Organizations',
    summary: 'Summary',
    noSummary: 'No summary written.',
    lifecycle: 'Lifecycle',
    stage: 'Stage',
    at: 'At',
    detected: 'Detected',
    aware: 'Aware (controller)',
    awareProcessor: 'Aware (processor)',
    acknowledged: 'Acknowledged',
    triage: 'Triage started',
    contained: 'Contained',
    eradicated: 'Eradicated',
    recovered: 'Recovered',
    closed: 'Closed',
    assessment: 'Privacy assessment',
    noAssessment: 'Not assessed.',
    assessedBy: 'Assessed by',
    version: 'version',
    personalData: 'Personal data involved',
    role: 'Our role',
    qcRisk: 'Québec: risk of serious injury',
    pipedaRisk: 'PIPEDA: real risk of significant harm',
    gdprRisk: 'GDPR: risk to rights and freedoms',
    affected: 'Persons affected',
    records: 'Records affected',
    estimate: 'estimate',
    rationale: 'Rationale',
    personalInformation: 'Personal information concerned',
    consequences: 'Likely consequences',
    measures: 'Measures taken',
    measuresForPersons: 'Measures for affected persons',
    consulted: 'Person in charge of personal information consulted',
    yes: 'yes',
    no: 'no',
    obligations: 'Notification obligations',
    noObligations: 'No notification obligation applies.',
    obligation: 'Obligation',
    recipient: 'Recipient',
    due: 'Due',
    state: 'State',
    met: 'Met',
    legalBasis: 'Legal basis',
    responseTargets: 'Response targets',
    notices: 'Notices sent',
    noNotices: 'No notice has been sent.',
    sentTo: 'Sent to',
    contentHash: 'SHA-256 of the text',
    timeline: 'Timeline',
    noTimeline: 'Nothing recorded.',
    actor: 'Actor',
    entry: 'Entry',
    evidence: 'Evidence',
    noEvidence: 'No audit event linked.',
    event: 'Event',
    chainHash: 'Chain hash',
    runs: 'Runbooks run',
    noRuns: 'No runbook run.',
    drill: 'drill',
    alerts: 'Alerts',
    noAlerts: 'No alert linked.',
    none: '—',
  },
  fr: {
    title: "Rapport d'incident",
    confidential:
      'Confidentiel — préparé pour le conseil, les autorités de contrôle et les clients touchés.',
    generated: 'Produit le',
    by: 'par',
    severity: 'Gravité',
    status: 'État',
    category: 'Catégorie',
    lead: 'Responsable',
    organizations: 'Organisations',
    summary: 'Résumé',
    noSummary: 'Aucun résumé rédigé.',
    lifecycle: 'Cycle de vie',
    stage: 'Étape',
    at: 'Le',
    detected: 'Détecté',
    aware: 'Connaissance (responsable du traitement)',
    awareProcessor: 'Connaissance (sous-traitant)',
    acknowledged: 'Pris en charge',
    triage: 'Triage commencé',
    contained: 'Confiné',
    eradicated: 'Éradiqué',
    recovered: 'Rétabli',
    closed: 'Fermé',
    assessment: 'Évaluation en matière de vie privée',
    noAssessment: 'Non évalué.',
    assessedBy: 'Évalué par',
    version: 'version',
    personalData: 'Renseignements personnels en cause',
    role: 'Notre rôle',
    qcRisk: 'Québec : risque de préjudice sérieux',
    pipedaRisk: 'LPRPDE : risque réel de préjudice grave',
    gdprRisk: 'RGPD : risque pour les droits et libertés',
    affected: 'Personnes touchées',
    records: 'Enregistrements touchés',
    estimate: 'estimation',
    rationale: 'Justification',
    personalInformation: 'Renseignements personnels visés',
    consequences: 'Conséquences probables',
    measures: 'Mesures prises',
    measuresForPersons: 'Mesures pour les personnes touchées',
    consulted: 'Responsable de la protection des renseignements personnels consulté',
    yes: 'oui',
    no: 'non',
    obligations: 'Obligations de notification',
    noObligations: "Aucune obligation de notification ne s'applique.",
    obligation: 'Obligation',
    recipient: 'Destinataire',
    due: 'Échéance',
    state: 'État',
    met: 'Remplie',
    legalBasis: 'Fondement',
    responseTargets: 'Cibles de réponse',
    notices: 'Avis envoyés',
    noNotices: "Aucun avis n'a été envoyé.",
    sentTo: 'Envoyé à',
    contentHash: 'SHA-256 du texte',
    timeline: 'Chronologie',
    noTimeline: 'Rien de consigné.',
    actor: 'Acteur',
    entry: 'Entrée',
    evidence: 'Preuves',
    noEvidence: "Aucun événement d'audit lié.",
    event: 'Événement',
    chainHash: 'Empreinte de chaîne',
    runs: 'Procédures exécutées',
    noRuns: 'Aucune procédure exécutée.',
    drill: 'exercice',
    alerts: 'Alertes',
    noAlerts: 'Aucune alerte liée.',
    none: '—',
  },
} as const;

type Labels = { [K in keyof (typeof LABELS)['en']]: string };

const STATUS_LABELS: Record<ReportLanguage, Record<string, string>> = {
  en: {
    pending: 'pending',
    due_soon: 'due soon',
    overdue: 'overdue',
    met: 'met',
    waived: 'waived',
  },
  fr: {
    pending: 'à venir',
    due_soon: 'échéance proche',
    overdue: 'en retard',
    met: 'remplie',
    waived: 'levée',
  },
};

const timeIn = (timeZone: string) => (value: string | null | undefined) =>
  zonedTime(value, timeZone);

const facts = (pairs: [string, string][]): string =>
  `<dl>${pairs.map(([k, v]) => `<dt>${escape(k)}</dt><dd>${v}</dd>`).join('')}</dl>`;

/** Paragraphs of free text, escaped, with the writer's line breaks kept. */
const prose = (text: string | null | undefined, empty: string): string =>
  text?.trim()
    ? `<div class="prose">${escape(text.trim())}</div>`
    : `<p class="empty">${escape(empty)}</p>`;

const assessmentSection = (
  assessment: IncidentDetail['assessment'],
  l: Labels,
  at: (v: string | null | undefined) => string,
): string => {
  if (!assessment) return `<p class="empty">${escape(l.noAssessment)}</p>`;
  const yesNo = (v: boolean | undefined) => escape(v ? l.yes : l.no);
  const count = (n: number | null | undefined) =>
    n === null || n === undefined ? l.none : n.toLocaleString('en-US').replaceAll(',', ' ');
  const estimate = assessment.affected.isEstimate ? ` (${escape(l.estimate)})` : '';
  return `${facts([
    [
      l.assessedBy,
      `${escape(assessment.assessedBy ?? l.none)}, ${escape(at(assessment.assessedAt))} (${escape(l.version)} ${assessment.version})`,
    ],
    [l.personalData, yesNo(assessment.personalDataInvolved)],
    [l.role, escape(assessment.role)],
    [l.qcRisk, yesNo(assessment.qcRiskOfSeriousInjury)],
    [l.pipedaRisk, yesNo(assessment.pipedaRealRiskOfSignificantHarm)],
    [l.gdprRisk, escape(assessment.gdprRisk)],
    [l.affected, `${escape(count(assessment.affected.persons))}${estimate}`],
    [l.records, `${escape(count(assessment.affected.records))}${estimate}`],
    [l.consulted, escape(assessment.consultedPersonInCharge)],
  ])}
<h3>${escape(l.rationale)}</h3>${prose(assessment.rationale, l.none)}
<h3>${escape(l.personalInformation)}</h3>${prose(assessment.personalInformation, l.none)}
<h3>${escape(l.consequences)}</h3>${prose(assessment.likelyConsequences, l.none)}
<h3>${escape(l.measures)}</h3>${prose(assessment.measuresTaken, l.none)}
<h3>${escape(l.measuresForPersons)}</h3>${prose(assessment.measuresForPersons, l.none)}`;
};

const obligationRows = (
  obligations: Obligation[],
  language: ReportLanguage,
  at: (v: string | null | undefined) => string,
): string[][] =>
  obligations.map((stored) => {
    // Stored in English; a phrase the French wording does not know stays as stored.
    const o = language === 'fr' ? inFrench(stored) : stored;
    return [
      `${escape(o.title)}<div class="muted">${escape(o.legalBasis)}</div>`,
      escape(o.recipient.display),
      `${escape(at(o.dueAt ?? o.targetAt))}<div class="muted">${escape(o.deadlineLabel)}</div>`,
      escape(STATUS_LABELS[language][o.status] ?? o.status),
      escape(at(o.metAt)),
    ];
  });

/**
 * One incident as a page for the board, a regulator or a client: everything in it escaped, no
 * scripts, styles inline (the response carries its own CSP), and it prints or saves as PDF on A4.
 */
export const renderIncidentReport = (
  report: IncidentReport,
  language: ReportLanguage,
  timeZone: string,
): string => {
  const l: Labels = LABELS[language];
  const at = timeIn(timeZone);
  const { incident } = report;
  const lifecycle: [string, string | null][] = [
    [l.detected, incident.detectedAt],
    [l.aware, incident.awareAt],
    [l.awareProcessor, incident.awareAtProcessor],
    [l.acknowledged, incident.acknowledgedAt],
    [l.triage, incident.triageStartedAt],
    [l.contained, incident.containedAt],
    [l.eradicated, incident.eradicatedAt],
    [l.recovered, incident.recoveredAt],
    [l.closed, incident.closedAt],
  ];
  const organizationNames = incident.organizationIds.map(
    (id) => report.organizations.find((o) => o.id === id)?.name ?? id,
  );
  return `<!doctype html>
<html lang="${language === 'fr' ? 'fr-CA' : 'en'}"><head><meta charset="utf-8">
<title>${escape(incident.reference)} — ${escape(incident.title)}</title>
<style>
@page{size:A4;margin:14mm}
body{font:13px/1.45 system-ui,sans-serif;margin:32px;color:#111}
h1{font-size:21px;margin:0 0 4px}h2{font-size:15px;margin-top:24px;border-bottom:1px solid #bbb;break-after:avoid}
h3{font-size:13px;margin:12px 0 2px}
table{border-collapse:collapse;width:100%;margin-top:6px}th,td{border:1px solid #ccc;padding:4px 6px;text-align:left;vertical-align:top}
th{background:#f1f1f1}tr{break-inside:avoid}
dl{display:grid;grid-template-columns:max-content 1fr;gap:2px 14px;margin:6px 0}dt{color:#444}dd{margin:0}
.prose{white-space:pre-wrap}.empty,.muted{color:#555}.muted{font-size:11px}
.meta{color:#333}.hash{font-family:ui-monospace,monospace;font-size:11px;word-break:break-all}
.notice{border:1px solid #ccc;padding:8px 10px;margin-top:8px;break-inside:avoid}
@media print{body{margin:0}}
</style></head><body>
<p class="meta">${escape(report.companyName ?? '')}${report.companyName ? ' — ' : ''}${escape(l.confidential)}</p>
<h1>${escape(l.title)} ${escape(incident.reference)}: ${escape(incident.title)}</h1>
<p class="meta">${escape(l.generated)} ${escape(at(report.generatedAt))} ${escape(l.by)} ${escape(report.generatedBy)}</p>
${facts([
  [l.severity, escape(incident.severity)],
  [l.status, escape(incident.status)],
  [l.category, escape(incident.category ?? l.none)],
  [l.lead, escape(incident.lead ? (incident.lead.displayName ?? incident.lead.email) : l.none)],
  [l.organizations, escape(organizationNames.join(', ') || l.none)],
])}
<h2>${escape(l.summary)}</h2>
${prose(incident.summary, l.noSummary)}
<h2>${escape(l.lifecycle)}</h2>
${table(
  [l.stage, l.at],
  lifecycle
    .filter(([, value]) => value)
    .map(([stage, value]) => [escape(stage), escape(at(value))]),
  l.none,
)}
<h2>${escape(l.assessment)}</h2>
${assessmentSection(incident.assessment, l, at)}
<h2>${escape(l.obligations)}</h2>
${table([l.obligation, l.recipient, l.due, l.state, l.met], obligationRows(incident.obligations, language, at), l.noObligations)}
<h2>${escape(l.responseTargets)}</h2>
${table([l.obligation, l.recipient, l.due, l.state, l.met], obligationRows(incident.responseClocks, language, at), l.none)}
<h2>${escape(l.notices)}</h2>
${
  report.notices.length
    ? report.notices
        .map(
          (n) => `<div class="notice"><h3>${escape(n.title)}</h3>
${facts([
  [l.sentTo, escape(n.sentTo ?? l.none)],
  [l.at, escape(at(n.sentAt))],
  [l.contentHash, `<span class="hash">${escape(n.sha256 ?? l.none)}</span>`],
])}<div class="prose">${escape(n.content)}</div></div>`,
        )
        .join('\n')
    : `<p class="empty">${escape(l.noNotices)}</p>`
}
<h2>${escape(l.timeline)}</h2>
${table(
  [l.at, l.actor, l.entry],
  report.timeline.map((t) => [escape(at(t.at)), escape(t.actor), escape(t.summary)]),
  l.noTimeline,
)}
<h2>${escape(l.evidence)}</h2>
${table(
  [l.at, l.event, l.chainHash],
  incident.evidence.map((e) => [
    escape(at(e.occurredAt)),
    `${escape(e.action)} (${escape(e.outcome)})<div class="muted">${escape(e.source)} #${e.seq} — ${escape(e.actor ?? l.none)}</div>`,
    `<span class="hash">${escape(e.hash)}</span>`,
  ]),
  l.noEvidence,
)}
<h2>${escape(l.runs)}</h2>
${table(
  [l.at, l.entry, l.state],
  incident.runs.map((r) => [
    escape(at(r.startedAt)),
    `${escape(r.kind)} — ${escape(r.title)}${r.drill ? ` (${escape(l.drill)})` : ''}`,
    escape(r.status),
  ]),
  l.noRuns,
)}
<h2>${escape(l.alerts)}</h2>
${table(
  [l.at, l.entry, l.severity, l.state],
  incident.alerts.map((a) => [
    escape(at(a.openedAt)),
    escape(a.title),
    escape(a.severity),
    escape(a.status),
  ]),
  l.noAlerts,
)}
</body></html>`;
};
