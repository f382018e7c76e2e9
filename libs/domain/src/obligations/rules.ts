/**
 * The breach-notification rule table of spec/domain.md §4d, as data. Rule ids are the API's
 * `rule` field and never change; wording is written for display to the DPO.
 */

export const OBLIGATION_RULE_IDS = [
  'CONTRACT_CLIENT_24H',
  'QC_CAI',
  'QC_CAI_UPDATE',
  'QC_PERSONS',
  'QC_THIRD_PARTIES',
  'QC_REGISTER',
  'PIPEDA_OPC',
  'PIPEDA_INDIVIDUALS',
  'PIPEDA_ORGS',
  'PIPEDA_RECORD',
  'GDPR_SA',
  'GDPR_DATA_SUBJECTS',
  'GDPR_PROCESSOR_TO_CONTROLLER',
  'GDPR_DOCUMENTATION',
] as const;
export type ObligationRuleId = (typeof OBLIGATION_RULE_IDS)[number];

export const REGIMES = ['CONTRACT', 'QC', 'PIPEDA', 'GDPR'] as const;
export type Regime = (typeof REGIMES)[number];

export const REGIME_LABELS: Record<Regime, string> = {
  CONTRACT: 'Client contract',
  QC: 'Québec — Law 25 (P-39.1)',
  PIPEDA: 'Canada — PIPEDA',
  GDPR: 'EU — GDPR',
};

export type RecipientKind =
  'client' | 'controller' | 'authority' | 'individuals' | 'organizations' | 'record';

/** The stored moment a rule's clock starts from (spec/domain.md §4e). */
export type ClockField =
  'awareAt' | 'awareAtProcessor' | 'breachDeterminedAt' | 'newInfoLearnedAt' | 'detectedAt';

export type Deadline =
  /** A number of elapsed hours that binds: by law (GDPR Art. 33(1)) or by the company's contract. */
  | { kind: 'legal'; hours: number; source: 'law' | 'contract'; wording: string }
  /** "promptly", "as soon as feasible", "without undue delay": no legal date, an internal target. */
  | { kind: 'target'; wording: string }
  /** A duty to keep a record, or a discretionary notice: no clock at all. */
  | { kind: 'none'; wording: string };

export interface Retention {
  months: number;
  from: ClockField;
  basis: string;
}

export interface ObligationRule {
  id: ObligationRuleId;
  regime: Regime;
  kind: 'notice' | 'record';
  title: string;
  recipient: { kind: RecipientKind; label: string };
  legalBasis: string;
  /** The trigger as §4d states it, for display next to the derivation's own reasons. */
  trigger: string;
  /** `manual` rules are opened by a person (a supplementary notice, a discretionary release), never derived. */
  derivation: 'derived' | 'manual';
  clockStart: ClockField | null;
  /** Used while `clockStart` is not recorded; only where the earlier moment is the safe reading. */
  clockFallback?: ClockField;
  deadline: Deadline;
  content: { template: string | null; items: readonly string[] };
  /** Minimum retention of the record; null when the law states no period. */
  retention: Retention | null;
  note?: string;
}

const PROMPTLY_QC = 'promptly (« avec diligence ») — no number in the law';
const AS_SOON_AS_FEASIBLE = 'as soon as feasible — no number in the law';
const WITHOUT_UNDUE_DELAY = 'without undue delay — no number in the law';

export const OBLIGATION_RULES: Record<ObligationRuleId, ObligationRule> = {
  CONTRACT_CLIENT_24H: {
    id: 'CONTRACT_CLIENT_24H',
    regime: 'CONTRACT',
    kind: 'notice',
    title: 'Notify the affected client',
    recipient: { kind: 'client', label: 'Affected client (its security contacts)' },
    legalBasis: 'Company security commitments — 24 h client notification',
    trigger: 'the incident affects the client (any incident, personal data or not)',
    derivation: 'derived',
    clockStart: 'awareAt',
    clockFallback: 'detectedAt',
    deadline: {
      kind: 'legal',
      hours: 24,
      source: 'contract',
      wording: 'within 24 hours of becoming aware',
    },
    content: { template: 'client-incident-notice', items: ['as the client contract defines'] },
    retention: null,
    note: 'Clock falls back to the detection time until awareness is recorded (earliest moment wins).',
  },
  QC_CAI: {
    id: 'QC_CAI',
    regime: 'QC',
    kind: 'notice',
    title: "Notify the Commission d'accès à l'information",
    recipient: { kind: 'authority', label: "Commission d'accès à l'information du Québec (CAI)" },
    legalBasis: 'P-39.1 s. 3.5; Reg. A-2.1, r. 3.1 s. 3',
    trigger: 'confidentiality incident presenting a risk of serious injury',
    derivation: 'derived',
    clockStart: 'awareAt',
    deadline: { kind: 'target', wording: PROMPTLY_QC },
    content: {
      template: 'qc-cai-notice',
      items: [
        'name of the enterprise and Québec business number (NEQ), if any',
        'name and contact information of the contact person',
        'description of the personal information concerned, or why it cannot be described',
        'brief description of the circumstances and, if known, the cause',
        'date or period of the incident, or an approximation',
        'date or period the enterprise became aware of it',
        'number of persons concerned and number residing in Québec, or approximations',
        'elements leading to the conclusion of a risk of serious injury (to verify, Reg. s. 3)',
        'measures to notify the persons concerned, with dates (to verify, Reg. s. 3)',
        'measures taken or intended to reduce the risk and prevent recurrence (to verify, Reg. s. 3)',
        'persons or bodies outside Québec notified (to verify, Reg. s. 3)',
      ],
    },
    retention: null,
  },
  QC_CAI_UPDATE: {
    id: 'QC_CAI_UPDATE',
    regime: 'QC',
    kind: 'notice',
    title: 'Send the CAI the new information',
    recipient: { kind: 'authority', label: "Commission d'accès à l'information du Québec (CAI)" },
    legalBasis: 'Reg. A-2.1, r. 3.1 s. 4',
    trigger: 'new information on the s. 3 items learned after the first notice',
    derivation: 'manual',
    clockStart: 'newInfoLearnedAt',
    deadline: { kind: 'target', wording: PROMPTLY_QC },
    content: { template: 'qc-cai-update', items: ['what changed in the s. 3 items'] },
    retention: null,
  },
  QC_PERSONS: {
    id: 'QC_PERSONS',
    regime: 'QC',
    kind: 'notice',
    title: 'Notify the persons concerned',
    recipient: {
      kind: 'individuals',
      label: 'Each person whose personal information is concerned',
    },
    legalBasis: 'P-39.1 s. 3.5; Reg. A-2.1, r. 3.1 s. 5',
    trigger: 'risk of serious injury; suspended while notifying could hamper an investigation',
    derivation: 'derived',
    clockStart: 'awareAt',
    deadline: { kind: 'target', wording: PROMPTLY_QC },
    content: {
      template: 'qc-persons-notice',
      items: [
        'description of the personal information concerned, or why it cannot be described',
        'brief description of the circumstances',
        'date or period of the incident, or an approximation',
        'measures taken or intended to reduce the risk of injury',
        'measures the person can take to reduce or mitigate the risk of injury',
        'contact information for more information',
      ],
    },
    retention: null,
    note: 'Transmission dates go into register item 7 (Reg. s. 7).',
  },
  QC_THIRD_PARTIES: {
    id: 'QC_THIRD_PARTIES',
    regime: 'QC',
    kind: 'notice',
    title: 'Inform a person or body that could reduce the risk (optional)',
    recipient: { kind: 'organizations', label: 'Persons or bodies that could reduce the risk' },
    legalBasis: 'P-39.1 s. 3.5 para. 2',
    trigger: 'discretionary',
    derivation: 'manual',
    clockStart: null,
    deadline: { kind: 'none', wording: 'discretionary' },
    content: { template: null, items: ['only the personal information necessary'] },
    retention: null,
    note: 'The release must be recorded.',
  },
  QC_REGISTER: {
    id: 'QC_REGISTER',
    regime: 'QC',
    kind: 'record',
    title: 'Enter the incident in the confidentiality-incident register',
    recipient: { kind: 'record', label: 'Register (copy to the CAI on request)' },
    legalBasis: 'P-39.1 s. 3.8; Reg. A-2.1, r. 3.1 s. 7–8',
    trigger: 'every confidentiality incident, with or without a risk of serious injury',
    derivation: 'derived',
    clockStart: 'awareAt',
    deadline: { kind: 'none', wording: 'kept up to date' },
    content: {
      template: 'qc-register-entry',
      items: [
        'description of the personal information concerned, or why it cannot be described',
        'brief description of the circumstances',
        'date or period of the incident, or an approximation',
        'date or period the enterprise became aware of it',
        'number of persons concerned, or an approximation',
        'elements that led to conclude whether or not there is a risk of serious injury',
        'if so, transmission dates of the notices to the CAI and to the persons, public notices and why',
        'brief description of the measures taken to reduce the risk of injury',
      ],
    },
    // Reg. s. 8 [S]: at least 5 years after the enterprise became aware.
    retention: { months: 60, from: 'awareAt', basis: 'Reg. A-2.1, r. 3.1 s. 8' },
  },
  PIPEDA_OPC: {
    id: 'PIPEDA_OPC',
    regime: 'PIPEDA',
    kind: 'notice',
    title: 'Report to the Privacy Commissioner of Canada',
    recipient: { kind: 'authority', label: 'Office of the Privacy Commissioner of Canada (OPC)' },
    legalBasis: 'PIPEDA s. 10.1(1)–(2); SOR/2018-64 s. 2',
    trigger: 'real risk of significant harm, from the moment the breach is determined',
    derivation: 'derived',
    clockStart: 'breachDeterminedAt',
    deadline: { kind: 'target', wording: AS_SOON_AS_FEASIBLE },
    content: {
      template: 'pipeda-opc-report',
      items: [
        'circumstances of the breach and, if known, the cause',
        'day or period of the breach, or the approximate period',
        'description of the personal information, to the extent known',
        'number of individuals affected, or an approximation',
        'steps taken to reduce the risk of harm or mitigate it',
        'steps taken or intended to notify affected individuals',
        'name and contact information of a person who can answer questions',
      ],
    },
    retention: null,
  },
  PIPEDA_INDIVIDUALS: {
    id: 'PIPEDA_INDIVIDUALS',
    regime: 'PIPEDA',
    kind: 'notice',
    title: 'Notify the affected individuals',
    recipient: { kind: 'individuals', label: 'Affected individuals' },
    legalBasis: 'PIPEDA s. 10.1(3)–(6); SOR/2018-64 s. 3–5',
    trigger: 'real risk of significant harm, unless prohibited by law',
    derivation: 'derived',
    clockStart: 'breachDeterminedAt',
    deadline: { kind: 'target', wording: AS_SOON_AS_FEASIBLE },
    content: {
      template: 'pipeda-individual-notice',
      items: [
        'circumstances of the breach',
        'day or period of the breach, or the approximate period',
        'description of the personal information, to the extent known',
        'steps taken to reduce the risk of harm',
        'steps the individual could take to reduce the risk or mitigate harm',
        'contact information for further information',
      ],
    },
    retention: null,
    note: 'Direct (s. 4) unless s. 5(1) allows an indirect, public notice.',
  },
  PIPEDA_ORGS: {
    id: 'PIPEDA_ORGS',
    regime: 'PIPEDA',
    kind: 'notice',
    title: 'Notify organizations that may reduce the harm',
    recipient: {
      kind: 'organizations',
      label: 'Organizations or government institutions that may reduce the risk',
    },
    legalBasis: 'PIPEDA s. 10.2',
    trigger: 'individuals are notified and another organization may reduce the risk of harm',
    derivation: 'derived',
    clockStart: 'breachDeterminedAt',
    deadline: { kind: 'target', wording: AS_SOON_AS_FEASIBLE },
    content: { template: null, items: ['only what is needed to reduce the risk of harm'] },
    retention: null,
  },
  PIPEDA_RECORD: {
    id: 'PIPEDA_RECORD',
    regime: 'PIPEDA',
    kind: 'record',
    title: 'Keep the breach record',
    recipient: { kind: 'record', label: 'Breach record (to the OPC on request)' },
    legalBasis: 'PIPEDA s. 10.3; SOR/2018-64 s. 6',
    trigger: 'every breach of security safeguards involving personal information',
    derivation: 'derived',
    clockStart: 'breachDeterminedAt',
    deadline: { kind: 'none', wording: 'kept for every breach' },
    content: {
      template: 'pipeda-breach-record',
      items: [
        'information showing compliance with s. 10.1(1) and (3): the real-risk assessment and its rationale',
      ],
    },
    retention: { months: 24, from: 'breachDeterminedAt', basis: 'SOR/2018-64 s. 6(1)' },
  },
  GDPR_SA: {
    id: 'GDPR_SA',
    regime: 'GDPR',
    kind: 'notice',
    title: 'Notify the supervisory authority',
    recipient: { kind: 'authority', label: 'Competent EU supervisory authority' },
    legalBasis: 'GDPR Art. 33(1), (3)–(4)',
    trigger: 'controller; a risk to the rights and freedoms of persons is not unlikely',
    derivation: 'derived',
    clockStart: 'awareAt',
    deadline: {
      kind: 'legal',
      hours: 72,
      source: 'law',
      wording: 'where feasible, not later than 72 hours after becoming aware; reasons if later',
    },
    content: {
      template: 'gdpr-sa-notice',
      items: [
        'nature of the breach, with categories and approximate numbers of data subjects and records',
        'name and contact details of the DPO or other contact point',
        'likely consequences of the breach',
        'measures taken or proposed, including mitigation',
        'reasons for the delay, when later than 72 hours',
      ],
    },
    retention: null,
    note: 'Information may be provided in phases (Art. 33(4)).',
  },
  GDPR_DATA_SUBJECTS: {
    id: 'GDPR_DATA_SUBJECTS',
    regime: 'GDPR',
    kind: 'notice',
    title: 'Communicate the breach to the data subjects',
    recipient: { kind: 'individuals', label: 'Data subjects' },
    legalBasis: 'GDPR Art. 34',
    trigger: 'controller; high risk; no Art. 34(3) exemption recorded',
    derivation: 'derived',
    clockStart: 'awareAt',
    deadline: { kind: 'target', wording: WITHOUT_UNDUE_DELAY },
    content: {
      template: 'gdpr-data-subject-notice',
      items: [
        'in clear and plain language: the nature of the breach',
        'name and contact details of the DPO or other contact point',
        'likely consequences of the breach',
        'measures taken or proposed, including mitigation',
      ],
    },
    retention: null,
  },
  GDPR_PROCESSOR_TO_CONTROLLER: {
    id: 'GDPR_PROCESSOR_TO_CONTROLLER',
    regime: 'GDPR',
    kind: 'notice',
    title: 'Notify the controller (the client)',
    recipient: { kind: 'controller', label: 'The controller: the EU client' },
    legalBasis: 'GDPR Art. 33(2)',
    trigger: 'processor; a personal data breach of the client’s data (no risk test)',
    derivation: 'derived',
    clockStart: 'awareAtProcessor',
    deadline: { kind: 'target', wording: WITHOUT_UNDUE_DELAY },
    content: {
      template: 'gdpr-processor-notice',
      items: ['what the data processing agreement requires', 'further information in phases'],
    },
    retention: null,
    note: 'The contractual 24 h to the same client is CONTRACT_CLIENT_24H.',
  },
  GDPR_DOCUMENTATION: {
    id: 'GDPR_DOCUMENTATION',
    regime: 'GDPR',
    kind: 'record',
    title: 'Document the breach',
    recipient: { kind: 'record', label: 'Breach documentation (for the supervisory authority)' },
    legalBasis: 'GDPR Art. 33(5)',
    trigger: 'controller; every personal data breach, notified or not',
    derivation: 'derived',
    clockStart: 'awareAt',
    deadline: { kind: 'none', wording: 'kept for every breach' },
    content: {
      template: 'gdpr-breach-documentation',
      items: [
        'facts relating to the breach',
        'its effects',
        'remedial action taken',
        'reasoning for not notifying, or for relying on an Art. 34(3) exemption',
      ],
    },
    // Art. 33(5) states no period.
    retention: null,
  },
};
