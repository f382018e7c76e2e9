import type { Contact, Jurisdiction, SeverityLevel } from '@vigil/contracts';
import { addCalendarMonths, addHours, toUtc } from './legal-time.js';
import {
  OBLIGATION_RULE_IDS,
  OBLIGATION_RULES,
  type ClockField,
  type ObligationRule,
  type ObligationRuleId,
  type RecipientKind,
  type Regime,
} from './rules.js';

export interface ObligationIncident {
  id: string;
  awareAt: string | null;
  detectedAt: string;
  awareAtProcessor?: string | null;
  severity: SeverityLevel;
}

export type DataRole = 'controller' | 'processor';
export type GdprRisk = 'none' | 'risk' | 'high';

export interface AffectedCounts {
  persons: number | null;
  personsQuebec: number | null;
  personsEu: number | null;
  records: number | null;
  isEstimate: boolean;
  /** Persons in Canada outside Québec (§4d engine rule 3, `affected_elsewhere_in_canada`). */
  personsCanadaOutsideQuebec?: number | null;
}

/** The DPO's privacy assessment (`PUT /incidents/{id}/assessment`). */
export interface PrivacyAssessment {
  personalDataInvolved: boolean;
  awareAt: string | null;
  breachDeterminedAt: string | null;
  role: DataRole;
  qcRiskOfSeriousInjury: boolean;
  pipedaRealRiskOfSignificantHarm: boolean;
  gdprRisk: GdprRisk;
  affected: AffectedCounts;
  rationale: string;
  lawEnforcementHold: boolean;
  /** The Art. 34(3) ground relied on (encryption, later measures, disproportionate effort). */
  gdprArt34Exemption?: string | null;
  orgMayReduceHarm?: boolean;
  /** Law 25 s. 3.7: who, in charge of the protection of personal information, was consulted. */
  consultedPersonInCharge?: string;
  occurredStart?: string | null;
  occurredEnd?: string | null;
  /** The facts notices are written from (contracts `assessmentSchema`). */
  personalInformation?: string | null;
  likelyConsequences?: string | null;
  measuresTaken?: string | null;
  measuresForPersons?: string | null;
}

export interface AffectedOrganization {
  id: string;
  name: string;
  jurisdictions: readonly Jurisdiction[];
  contacts: readonly Contact[];
}

export type ObligationRecordStatus = 'pending' | 'met' | 'waived' | 'retired';

/** An obligation already stored. Recorded dates, when given, are kept for met and waived ones. */
export interface ExistingObligation {
  key: string;
  rule: ObligationRuleId;
  status: ObligationRecordStatus;
  metAt?: string | null;
  clockStartedAt?: string | null;
  dueAt?: string | null;
  targetAt?: string | null;
  retainUntil?: string | null;
}

export interface ObligationSettings {
  /** Internal target for rules the law words "promptly" / "as soon as feasible" / "without undue delay". */
  internalTargetHours: number;
}

export const DEFAULT_OBLIGATION_SETTINGS: ObligationSettings = { internalTargetHours: 72 };

export interface DeriveInput {
  incident: ObligationIncident;
  assessment: PrivacyAssessment | null;
  organizations: readonly AffectedOrganization[];
  existing: readonly ExistingObligation[];
  settings?: ObligationSettings;
}

export type ClockSource =
  | 'assessment.awareAt'
  | 'incident.awareAt'
  | 'incident.awareAtProcessor'
  | 'incident.detectedAt'
  | 'assessment.breachDeterminedAt';

export interface ObligationRecipient {
  kind: RecipientKind;
  display: string;
  organizationId?: string;
  contacts?: Contact[];
}

export interface ObligationDates {
  clockStartedAt: string | null;
  dueAt: string | null;
  targetAt: string | null;
  /** Records only: the earliest moment the record may be discarded. */
  retainUntil: string | null;
}

export type ObligationChange = 'add' | 'keep' | 'retire';

export interface ObligationDraft extends ObligationDates {
  key: string;
  rule: ObligationRuleId;
  regime: Regime;
  kind: 'notice' | 'record';
  title: string;
  recipient: ObligationRecipient;
  legalBasis: string;
  clockSource: ClockSource | null;
  /** The rule applies but the moment its clock starts from is not recorded yet. */
  clockMissing: ClockField | null;
  deadlineKind: 'legal' | 'target' | 'none';
  deadlineLabel: string;
  suspended: boolean;
  change: ObligationChange;
  existingStatus: ObligationRecordStatus | null;
  noLongerRequired: boolean;
  /** Why the rule holds, or no longer holds: kept with every evaluation (§4d engine rule 5). */
  because: string;
  /** Met or waived: what the clock would now give, when it differs from what was recorded. */
  recomputed: ObligationDates | null;
}

export interface ObligationPlan {
  obligations: ObligationDraft[];
}

interface Condition {
  holds: boolean;
  yes: string;
  no: string;
}

const condition = (holds: boolean, yes: string, no: string): Condition => ({ holds, yes, no });

interface ClockStart {
  at: string;
  source: ClockSource;
}

interface Context {
  incident: ObligationIncident;
  assessment: PrivacyAssessment | null;
  organizations: readonly AffectedOrganization[];
  settings: ObligationSettings;
}

const positive = (count: number | null | undefined): boolean => (count ?? 0) > 0;

const hasJurisdiction = (orgs: readonly AffectedOrganization[], jurisdiction: Jurisdiction) =>
  orgs.some((org) => org.jurisdictions.includes(jurisdiction));

const baseConditions = ({ assessment }: Context): Condition[] => [
  condition(assessment !== null, 'privacy assessment recorded', 'no privacy assessment yet'),
  condition(
    assessment?.personalDataInvolved === true,
    'personal information involved',
    'no personal information involved',
  ),
];

// P-39.1 applies to an enterprise for the personal information it holds (s. 3.5): Québec residents'
// data, or a client whose data is in Québec. It asks "holds", not "controls", so the role does not matter.
const quebecCondition = ({ assessment, organizations }: Context): Condition =>
  condition(
    positive(assessment?.affected.personsQuebec) || hasJurisdiction(organizations, 'CA-QC'),
    'persons residing in Québec or a Québec client',
    'no person residing in Québec and no Québec client',
  );

// PIPEDA covers commercial activity outside Québec and flows across borders (§4b scope note).
const canadaCondition = ({ assessment, organizations }: Context): Condition =>
  condition(
    positive(assessment?.affected.personsCanadaOutsideQuebec) ||
      hasJurisdiction(organizations, 'CA'),
    'persons in Canada outside Québec or a Canadian client',
    'no person in Canada outside Québec and no Canadian client',
  );

const euCondition = ({ assessment, organizations }: Context): Condition =>
  condition(
    positive(assessment?.affected.personsEu) || hasJurisdiction(organizations, 'EU'),
    'persons in the EU or an EU client',
    'no person in the EU and no EU client',
  );

// PIPEDA s. 10.1(1), 10.3: information "under its control"; a hired provider's client reports (OPC).
const pipedaControlCondition = ({ assessment }: Context): Condition =>
  condition(
    assessment?.role === 'controller',
    'personal information under the company’s control',
    'the company is a service provider: the client reports',
  );

const gdprControllerCondition = ({ assessment }: Context): Condition =>
  condition(
    assessment?.role === 'controller',
    'the company is the controller',
    'the company is not the controller',
  );

const qcRiskConditions = (ctx: Context): Condition[] => [
  ...baseConditions(ctx),
  quebecCondition(ctx),
  condition(
    ctx.assessment?.qcRiskOfSeriousInjury === true,
    'risk of serious injury',
    'no risk of serious injury',
  ),
];

const pipedaNoticeConditions = (ctx: Context): Condition[] => [
  ...baseConditions(ctx),
  canadaCondition(ctx),
  pipedaControlCondition(ctx),
  condition(
    ctx.assessment?.pipedaRealRiskOfSignificantHarm === true,
    'real risk of significant harm',
    'no real risk of significant harm',
  ),
  // PIPEDA s. 10.1(2), (6): "as soon as feasible after the organization determines" — no duty before.
  condition(
    Boolean(ctx.assessment?.breachDeterminedAt),
    'breach determined',
    'breach not determined yet',
  ),
];

const gdprControllerConditions = (ctx: Context): Condition[] => [
  ...baseConditions(ctx),
  euCondition(ctx),
  gdprControllerCondition(ctx),
];

const processorConditions = (ctx: Context): Condition[] => [
  ...baseConditions(ctx),
  euCondition(ctx),
  condition(
    ctx.assessment?.role === 'processor',
    'the company is a processor',
    'the company is not a processor',
  ),
];

/** One-per-incident rules. Per-client rules (contract, processor → controller) are below. */
const SINGLE_TRIGGERS: Partial<Record<ObligationRuleId, (ctx: Context) => Condition[]>> = {
  QC_CAI: qcRiskConditions,
  QC_PERSONS: qcRiskConditions,
  // P-39.1 s. 3.8: every confidentiality incident, serious or not.
  QC_REGISTER: (ctx) => [...baseConditions(ctx), quebecCondition(ctx)],
  PIPEDA_OPC: pipedaNoticeConditions,
  PIPEDA_INDIVIDUALS: pipedaNoticeConditions,
  PIPEDA_ORGS: (ctx) => [
    ...pipedaNoticeConditions(ctx),
    condition(
      ctx.assessment?.orgMayReduceHarm === true,
      'another organization may reduce the harm',
      'no other organization identified that may reduce the harm',
    ),
  ],
  // PIPEDA s. 10.3: a record of every breach, from the assessment on; its clock waits for determination.
  PIPEDA_RECORD: (ctx) => [
    ...baseConditions(ctx),
    canadaCondition(ctx),
    pipedaControlCondition(ctx),
  ],
  // GDPR Art. 33(5): every breach is documented, including the reasons for not notifying.
  GDPR_DOCUMENTATION: gdprControllerConditions,
  GDPR_SA: (ctx) => [
    ...gdprControllerConditions(ctx),
    condition(
      ctx.assessment !== null && ctx.assessment.gdprRisk !== 'none',
      'a risk to the rights and freedoms of persons',
      'risk to persons unlikely',
    ),
  ],
  GDPR_DATA_SUBJECTS: (ctx) => [
    ...gdprControllerConditions(ctx),
    condition(ctx.assessment?.gdprRisk === 'high', 'high risk to persons', 'no high risk'),
    condition(
      !ctx.assessment?.gdprArt34Exemption,
      'no Art. 34(3) exemption recorded',
      `Art. 34(3) exemption: ${ctx.assessment?.gdprArt34Exemption ?? ''}`,
    ),
  ],
};

interface Target {
  key: string;
  recipient: ObligationRecipient;
  conditions: Condition[];
}

const clientRecipient = (org: AffectedOrganization, kind: RecipientKind): ObligationRecipient => ({
  kind,
  display: org.name,
  organizationId: org.id,
  contacts: org.contacts.map((contact) => ({ ...contact })),
});

const keyFor = (rule: ObligationRuleId, organizationId?: string) =>
  organizationId === undefined ? rule : `${rule}:${organizationId}`;

const ruleRecipient = (rule: ObligationRule): ObligationRecipient => ({
  kind: rule.recipient.kind,
  display: rule.recipient.label,
});

const targetsFor = (rule: ObligationRule, ctx: Context): Target[] => {
  if (rule.derivation === 'manual') return [];
  if (rule.id === 'CONTRACT_CLIENT_24H') {
    // The company's contract: every affected client, personal information or not.
    return ctx.organizations.map((org) => ({
      key: keyFor(rule.id, org.id),
      recipient: clientRecipient(org, 'client'),
      conditions: [condition(true, 'the incident affects this client', '')],
    }));
  }
  if (rule.id === 'GDPR_PROCESSOR_TO_CONTROLLER') {
    // GDPR Art. 33(2): the processor tells each controller, without assessing the risk first.
    const conditions = processorConditions(ctx);
    if (!conditions.every((c) => c.holds)) return [];
    const euClients = ctx.organizations.filter((org) => org.jurisdictions.includes('EU'));
    // EU persons but no client flagged EU: any affected client may be their controller.
    const controllers = euClients.length > 0 ? euClients : ctx.organizations;
    if (controllers.length === 0) {
      return [
        {
          key: rule.id,
          recipient: { kind: 'controller', display: 'The controller (no client linked yet)' },
          conditions,
        },
      ];
    }
    return controllers.map((org) => ({
      key: keyFor(rule.id, org.id),
      recipient: clientRecipient(org, 'controller'),
      conditions,
    }));
  }
  const conditions = SINGLE_TRIGGERS[rule.id]?.(ctx) ?? [];
  if (!conditions.every((c) => c.holds)) return [];
  return [{ key: rule.id, recipient: ruleRecipient(rule), conditions }];
};

/** Why a stored obligation's rule no longer holds. */
const noLongerBecause = (rule: ObligationRule, key: string, ctx: Context): string => {
  const conditions =
    rule.id === 'CONTRACT_CLIENT_24H'
      ? []
      : rule.id === 'GDPR_PROCESSOR_TO_CONTROLLER'
        ? processorConditions(ctx)
        : (SINGLE_TRIGGERS[rule.id]?.(ctx) ?? []);
  const failed = conditions.filter((c) => !c.holds).map((c) => c.no);
  if (failed.length === 0 && key !== rule.id) failed.push('client no longer among the affected');
  return `no longer required: ${failed.join('; ')}`;
};

const resolveClock = (field: ClockField, ctx: Context): ClockStart | null => {
  const { incident, assessment } = ctx;
  const aware: ClockStart | null = assessment?.awareAt
    ? { at: assessment.awareAt, source: 'assessment.awareAt' }
    : incident.awareAt
      ? { at: incident.awareAt, source: 'incident.awareAt' }
      : null;
  switch (field) {
    case 'awareAt':
      return aware;
    case 'awareAtProcessor':
      // §4d: the processor's own awareness when stored, else the company's awareness.
      return incident.awareAtProcessor
        ? { at: incident.awareAtProcessor, source: 'incident.awareAtProcessor' }
        : aware;
    case 'breachDeterminedAt':
      return assessment?.breachDeterminedAt
        ? { at: assessment.breachDeterminedAt, source: 'assessment.breachDeterminedAt' }
        : null;
    case 'detectedAt':
      return { at: incident.detectedAt, source: 'incident.detectedAt' };
    case 'newInfoLearnedAt':
      return null;
  }
};

const clockOf = (rule: ObligationRule, ctx: Context): ClockStart | null => {
  if (rule.clockStart === null) return null;
  const clock = resolveClock(rule.clockStart, ctx);
  if (clock !== null || rule.clockFallback === undefined) return clock;
  return resolveClock(rule.clockFallback, ctx);
};

const CLOCK_WORDS: Record<ClockSource, string> = {
  'assessment.awareAt': 'awareness',
  'incident.awareAt': 'awareness',
  'incident.awareAtProcessor': 'awareness (as processor)',
  'incident.detectedAt': 'detection (awareness not recorded yet)',
  'assessment.breachDeterminedAt': 'determination of the breach',
};

// P-39.1 s. 3.5: persons need not be notified while it could hamper a law-enforcement investigation.
const isSuspended = (rule: ObligationRule, ctx: Context) =>
  rule.id === 'QC_PERSONS' && ctx.assessment?.lawEnforcementHold === true;

interface Computed extends ObligationDates {
  clockSource: ClockSource | null;
  clockMissing: ClockField | null;
  deadlineLabel: string;
  suspended: boolean;
}

const compute = (rule: ObligationRule, ctx: Context): Computed => {
  const clock = clockOf(rule, ctx);
  const suspended = isSuspended(rule, ctx);
  const { deadline } = rule;
  const retentionStart = rule.retention ? resolveClock(rule.retention.from, ctx) : null;
  const retainUntil =
    rule.retention && retentionStart
      ? addCalendarMonths(retentionStart.at, rule.retention.months, retentionStart.source)
      : null;
  if (clock === null) {
    return {
      clockStartedAt: null,
      dueAt: null,
      targetAt: null,
      retainUntil,
      clockSource: null,
      clockMissing: rule.clockStart,
      deadlineLabel:
        rule.clockStart === null
          ? `No deadline: ${deadline.wording}`
          : `Clock not started: ${rule.clockStart} not recorded`,
      suspended,
    };
  }
  const since = CLOCK_WORDS[clock.source];
  const base = {
    clockStartedAt: toUtc(clock.at, clock.source),
    dueAt: null,
    targetAt: null,
    retainUntil,
    clockSource: clock.source,
    clockMissing: null,
    suspended,
  };
  if (deadline.kind === 'legal') {
    const kind = deadline.source === 'law' ? 'Legal deadline' : 'Contractual deadline';
    return {
      ...base,
      dueAt: addHours(clock.at, deadline.hours, clock.source),
      deadlineLabel: `${kind}: ${deadline.hours} h from ${since}`,
    };
  }
  if (deadline.kind === 'target') {
    if (suspended) {
      return { ...base, deadlineLabel: 'Suspended: law-enforcement hold (P-39.1 s. 3.5)' };
    }
    const hours = ctx.settings.internalTargetHours;
    return {
      ...base,
      targetAt: addHours(clock.at, hours, clock.source),
      deadlineLabel: `Internal target: ${hours} h from ${since} — not a legal deadline; the law says ${deadline.wording}`,
    };
  }
  return { ...base, deadlineLabel: `No deadline: ${deadline.wording}` };
};

const recorded = (value: string | null | undefined, computed: string | null, field: string) =>
  value === undefined ? computed : value === null ? null : toUtc(value, field);

/** The dates a stored obligation was recorded with; fields not given fall back to the clock. */
const storedDates = (computed: ObligationDates, stored: ExistingObligation): ObligationDates => ({
  clockStartedAt: recorded(stored.clockStartedAt, computed.clockStartedAt, 'clockStartedAt'),
  dueAt: recorded(stored.dueAt, computed.dueAt, 'dueAt'),
  targetAt: recorded(stored.targetAt, computed.targetAt, 'targetAt'),
  retainUntil: recorded(stored.retainUntil, computed.retainUntil, 'retainUntil'),
});

const sameDates = (a: ObligationDates, b: ObligationDates) =>
  a.clockStartedAt === b.clockStartedAt &&
  a.dueAt === b.dueAt &&
  a.targetAt === b.targetAt &&
  a.retainUntil === b.retainUntil;

const NO_DATES: ObligationDates = {
  clockStartedAt: null,
  dueAt: null,
  targetAt: null,
  retainUntil: null,
};

const isSettled = (status: ObligationRecordStatus) => status === 'met' || status === 'waived';

const pickDates = ({ clockStartedAt, dueAt, targetAt, retainUntil }: ObligationDates) => ({
  clockStartedAt,
  dueAt,
  targetAt,
  retainUntil,
});

type DraftFields = Omit<ObligationDraft, 'rule' | 'regime' | 'kind' | 'title' | 'legalBasis'>;

const draftOf = (rule: ObligationRule, fields: DraftFields): ObligationDraft => ({
  key: fields.key,
  rule: rule.id,
  regime: rule.regime,
  kind: rule.kind,
  title: rule.title,
  recipient: fields.recipient,
  legalBasis: rule.legalBasis,
  clockStartedAt: fields.clockStartedAt,
  dueAt: fields.dueAt,
  targetAt: fields.targetAt,
  retainUntil: fields.retainUntil,
  clockSource: fields.clockSource,
  clockMissing: fields.clockMissing,
  deadlineKind: fields.deadlineKind,
  deadlineLabel: fields.deadlineLabel,
  suspended: fields.suspended,
  change: fields.change,
  existingStatus: fields.existingStatus,
  noLongerRequired: fields.noLongerRequired,
  because: fields.because,
  recomputed: fields.recomputed,
});

/** A stored key → its recipient, from the affected clients when the key names one. */
const storedRecipient = (rule: ObligationRule, key: string, ctx: Context): ObligationRecipient => {
  const separator = key.indexOf(':');
  if (separator < 0) return ruleRecipient(rule);
  const organizationId = key.slice(separator + 1);
  const org = ctx.organizations.find((candidate) => candidate.id === organizationId);
  const kind = rule.recipient.kind;
  return org ? clientRecipient(org, kind) : { kind, display: organizationId, organizationId };
};

/** Prefer the live row when a key was retired and later added again. */
const indexExisting = (existing: readonly ExistingObligation[]) => {
  const byKey = new Map<string, ExistingObligation>();
  for (const row of existing) {
    const current = byKey.get(row.key);
    if (!current || current.status === 'retired') byKey.set(row.key, row);
  }
  return byKey;
};

/**
 * The notification and record-keeping obligations an incident calls for (spec/domain.md §4d),
 * compared with those already stored. Never drops a met or waived obligation: when its trigger
 * no longer holds it is kept with `noLongerRequired`. Pending ones whose trigger went are retired.
 */
export const deriveObligations = ({
  incident,
  assessment,
  organizations,
  existing,
  settings = DEFAULT_OBLIGATION_SETTINGS,
}: DeriveInput): ObligationPlan => {
  const ctx: Context = { incident, assessment, organizations, settings };
  const byKey = indexExisting(existing);
  const obligations: ObligationDraft[] = [];

  for (const ruleId of OBLIGATION_RULE_IDS) {
    const rule = OBLIGATION_RULES[ruleId];
    const computed = compute(rule, ctx);
    const derivedKeys = new Set<string>();

    for (const target of targetsFor(rule, ctx)) {
      derivedKeys.add(target.key);
      const stored = byKey.get(target.key);
      const live = stored && stored.status !== 'retired' ? stored : undefined;
      // Met and waived obligations keep the dates they were judged against; pending ones follow the clock.
      const settled = live && isSettled(live.status) ? live : undefined;
      const dates = settled ? storedDates(computed, settled) : pickDates(computed);
      obligations.push(
        draftOf(rule, {
          ...computed,
          ...dates,
          key: target.key,
          recipient: target.recipient,
          deadlineKind: rule.deadline.kind,
          change: live ? 'keep' : 'add',
          existingStatus: stored?.status ?? null,
          noLongerRequired: false,
          because: target.conditions.map((c) => c.yes).join('; '),
          recomputed: settled && !sameDates(dates, computed) ? pickDates(computed) : null,
        }),
      );
    }

    for (const stored of byKey.values()) {
      if (stored.rule !== ruleId || derivedKeys.has(stored.key) || stored.status === 'retired') {
        continue;
      }
      const manual = rule.derivation === 'manual';
      const settled = isSettled(stored.status);
      obligations.push(
        draftOf(rule, {
          // Recorded as it stood: a lapsed trigger moves no clock.
          ...storedDates(manual ? NO_DATES : computed, stored),
          key: stored.key,
          recipient: storedRecipient(rule, stored.key, ctx),
          clockSource: manual ? null : computed.clockSource,
          clockMissing: null,
          deadlineKind: rule.deadline.kind,
          deadlineLabel: manual
            ? `Opened by a person: ${rule.deadline.wording}`
            : settled
              ? `Kept: ${stored.status} before the trigger lapsed`
              : 'Retired: the trigger no longer holds',
          suspended: computed.suspended,
          // Opened by a person, not by a trigger: derivation never retires it.
          change: manual || settled ? 'keep' : 'retire',
          existingStatus: stored.status,
          noLongerRequired: !manual,
          because: manual ? 'opened by a person' : noLongerBecause(rule, stored.key, ctx),
          recomputed: null,
        }),
      );
    }
  }
  return { obligations };
};
