import type { GdprRisk } from '../obligations/derive-obligations.js';
import { toUtc } from '../obligations/legal-time.js';
import { gdprSaNeedsDelayReason } from '../obligations/obligation-status.js';
import type { NoticeInput } from './compose-notice.js';
import { createNoticeFormat, type NoticeFormat } from './notice-format.js';

/** What the incident's record says, blanks already turned into null and times into UTC. */
export interface NoticeFacts {
  organization: string | null;
  enterpriseNumber: string | null;
  contactName: string | null;
  contactEmail: string | null;
  reference: string;
  title: string;
  summary: string | null;
  category: string | null;
  severity: NoticeInput['incident']['severity'];
  detectedAt: string;
  /** The assessment's awareness, else the incident's (as the obligation clocks read it). */
  awareAt: string | null;
  /** The processor's own awareness, else the company's (GDPR Art. 33(2)). */
  awareAtProcessor: string | null;
  breachDeterminedAt: string | null;
  containedAt: string | null;
  recoveredAt: string | null;
  occurredStart: string | null;
  occurredEnd: string | null;
  personalInformation: string | null;
  likelyConsequences: string | null;
  measuresTaken: string | null;
  measuresForPersons: string | null;
  rationale: string | null;
  consultedPersonInCharge: string | null;
  /** Null when no assessment is recorded: the answer is unknown, not "no". */
  personalDataInvolved: boolean | null;
  qcRiskOfSeriousInjury: boolean | null;
  pipedaRealRiskOfSignificantHarm: boolean | null;
  gdprRisk: GdprRisk | null;
  lawEnforcementHold: boolean | null;
  persons: number | null;
  personsQuebec: number | null;
  personsEu: number | null;
  personsCanadaOutsideQuebec: number | null;
  records: number | null;
  isEstimate: boolean;
  clockStartedAt: string | null;
  dueAt: string | null;
  otherAuthoritiesNotified: readonly { name: string; sentAt: string | null }[] | null;
}

export interface NoticeContext {
  input: NoticeInput;
  facts: NoticeFacts;
  fmt: NoticeFormat;
  /** GDPR Art. 33(1): composed after the 72 h deadline, so reasons for the delay are owed. */
  late: boolean;
}

export interface NoticeSection {
  heading: string;
  text: string;
  /** The content item of the law this section answers; absent for a helpful extra. */
  item?: { key: string; label: string };
}

export interface NoticeLayout {
  subject: string;
  legalSource: string;
  /** "To: …" lines; empty for notices addressed to individuals. */
  header: string[];
  greeting: string;
  intro: string[];
  /** Numbered headings suit forms sent to authorities; letters to persons read better without. */
  numbered: boolean;
  sections: NoticeSection[];
  /** Item keys in the law's order, when the letter presents them in another. */
  lawOrder?: readonly string[];
  closing: string[];
  signOff: string;
  signature: string[];
}

export type NoticeTemplate = (context: NoticeContext) => NoticeLayout;

const clean = (value: string | null | undefined): string | null => {
  const trimmed = value?.trim();
  return trimmed ? trimmed : null;
};

const utc = (value: string | null | undefined, field: string): string | null =>
  value ? toUtc(value, field) : null;

export const buildNoticeContext = (input: NoticeInput): NoticeContext => {
  const { sender, incident, assessment: a, obligation } = input;
  const fmt = createNoticeFormat(input.language, input.timeZone);
  const awareAt = utc(a?.awareAt ?? incident.awareAt, 'awareAt');
  const dueAt = utc(obligation.dueAt, 'obligation.dueAt');
  const facts: NoticeFacts = {
    organization: clean(sender.organizationName),
    enterpriseNumber: clean(sender.enterpriseNumber),
    contactName: clean(sender.contactName),
    contactEmail: clean(sender.contactEmail),
    reference: incident.reference,
    title: incident.title.trim(),
    summary: clean(incident.summary),
    category: clean(incident.category),
    severity: incident.severity,
    detectedAt: toUtc(incident.detectedAt, 'incident.detectedAt'),
    awareAt,
    awareAtProcessor: utc(incident.awareAtProcessor, 'incident.awareAtProcessor') ?? awareAt,
    breachDeterminedAt: utc(a?.breachDeterminedAt, 'assessment.breachDeterminedAt'),
    containedAt: utc(incident.containedAt, 'incident.containedAt'),
    recoveredAt: utc(incident.recoveredAt, 'incident.recoveredAt'),
    occurredStart: utc(a?.occurredStart, 'assessment.occurredStart'),
    occurredEnd: utc(a?.occurredEnd, 'assessment.occurredEnd'),
    personalInformation: clean(a?.personalInformation),
    likelyConsequences: clean(a?.likelyConsequences),
    measuresTaken: clean(a?.measuresTaken),
    measuresForPersons: clean(a?.measuresForPersons),
    rationale: clean(a?.rationale),
    consultedPersonInCharge: clean(a?.consultedPersonInCharge),
    personalDataInvolved: a?.personalDataInvolved ?? null,
    qcRiskOfSeriousInjury: a?.qcRiskOfSeriousInjury ?? null,
    pipedaRealRiskOfSignificantHarm: a?.pipedaRealRiskOfSignificantHarm ?? null,
    gdprRisk: a?.gdprRisk ?? null,
    lawEnforcementHold: a?.lawEnforcementHold ?? null,
    persons: a?.affected.persons ?? null,
    personsQuebec: a?.affected.personsQuebec ?? null,
    personsEu: a?.affected.personsEu ?? null,
    personsCanadaOutsideQuebec: a?.affected.personsCanadaOutsideQuebec ?? null,
    records: a?.affected.records ?? null,
    isEstimate: a?.affected.isEstimate ?? false,
    clockStartedAt: utc(obligation.clockStartedAt, 'obligation.clockStartedAt'),
    dueAt,
    otherAuthoritiesNotified:
      input.otherAuthoritiesNotified?.map(({ name, sentAt }) => ({
        name: name.trim(),
        sentAt: utc(sentAt, 'otherAuthoritiesNotified.sentAt'),
      })) ?? null,
  };
  const late = gdprSaNeedsDelayReason({ dueAt, sentAt: input.now });
  return { input, facts, fmt, late };
};
