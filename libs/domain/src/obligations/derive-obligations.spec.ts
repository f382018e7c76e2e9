import {
  deriveObligations,
  type AffectedCounts,
  type AffectedOrganization,
  type DeriveInput,
  type ExistingObligation,
  type ObligationChange,
  type ObligationDraft,
  type ObligationIncident,
  type ObligationPlan,
  type PrivacyAssessment,
} from './derive-obligations.js';
import { OBLIGATION_RULE_IDS, OBLIGATION_RULES, type ObligationRuleId } from './rules.js';

// Legal clocks in literal UTC, never recomputed with the code under test.
const DETECTED = '2026-03-02T08:00:00.000Z';
const DETECTED_24H = '2026-03-03T08:00:00.000Z';
const INCIDENT_AWARE = '2026-03-02T08:30:00.000Z';
const INCIDENT_AWARE_24H = '2026-03-03T08:30:00.000Z';
const AWARE = '2026-03-02T09:00:00.000Z';
const AWARE_24H = '2026-03-03T09:00:00.000Z';
const AWARE_48H = '2026-03-04T09:00:00.000Z';
const AWARE_72H = '2026-03-05T09:00:00.000Z';
const PROCESSOR_AWARE = '2026-03-02T07:15:00.000Z';
const PROCESSOR_AWARE_72H = '2026-03-05T07:15:00.000Z';
const DETERMINED = '2026-03-03T10:00:00.000Z';
const DETERMINED_72H = '2026-03-06T10:00:00.000Z';

const anIncident = (overrides: Partial<ObligationIncident> = {}): ObligationIncident => ({
  id: 'inc_1',
  awareAt: null,
  detectedAt: DETECTED,
  awareAtProcessor: null,
  severity: 'SEV1',
  ...overrides,
});

const affected = (overrides: Partial<AffectedCounts> = {}): AffectedCounts => ({
  persons: 0,
  personsQuebec: 0,
  personsEu: 0,
  records: 0,
  isEstimate: false,
  ...overrides,
});

const anAssessment = (overrides: Partial<PrivacyAssessment> = {}): PrivacyAssessment => ({
  personalDataInvolved: true,
  awareAt: AWARE,
  breachDeterminedAt: DETERMINED,
  role: 'controller',
  qcRiskOfSeriousInjury: false,
  pipedaRealRiskOfSignificantHarm: false,
  gdprRisk: 'none',
  affected: affected(),
  rationale: 'Names and e-mail addresses read by an unknown party.',
  lawEnforcementHold: false,
  gdprArt34Exemption: null,
  orgMayReduceHarm: false,
  ...overrides,
});

const anOrganization = (overrides: Partial<AffectedOrganization> = {}): AffectedOrganization => ({
  id: 'org_acme',
  name: 'Acme',
  jurisdictions: ['CA-QC'],
  contacts: [{ name: 'Ana Roy', email: 'security@acme.example', role: 'CISO' }],
  ...overrides,
});

const acmeQc = anOrganization();
const boltCa = anOrganization({ id: 'org_bolt', name: 'Bolt', jurisdictions: ['CA'] });
const euroEu = anOrganization({ id: 'org_euro', name: 'Euro', jurisdictions: ['EU'] });
const yankUs = anOrganization({ id: 'org_yank', name: 'Yank', jurisdictions: ['US'] });

const derive = (input: Partial<DeriveInput> = {}): ObligationPlan =>
  deriveObligations({
    incident: anIncident(),
    assessment: anAssessment(),
    organizations: [],
    existing: [],
    ...input,
  });

type Row = [
  key: string,
  change: ObligationChange,
  clockStartedAt: string | null,
  dueAt: string | null,
  targetAt: string | null,
];
const rows = (plan: ObligationPlan): Row[] =>
  plan.obligations.map((o) => [o.key, o.change, o.clockStartedAt, o.dueAt, o.targetAt]);
const byKey = (plan: ObligationPlan, key: string): ObligationDraft => {
  const found = plan.obligations.find((o) => o.key === key);
  if (!found) throw new Error(`no obligation ${key} in ${plan.obligations.map((o) => o.key)}`);
  return found;
};

const contract = (org: string, clock = AWARE, due = AWARE_24H): Row => [
  `CONTRACT_CLIENT_24H:${org}`,
  'add',
  clock,
  due,
  null,
];
const target = (key: string, clock = AWARE, at = AWARE_72H): Row => [key, 'add', clock, null, at];
const record = (key: string, clock: string | null = AWARE): Row => [key, 'add', clock, null, null];

interface Case {
  name: string;
  input: Partial<DeriveInput>;
  expected: Row[];
}

const cases: Case[] = [
  // No assessment yet: only the contract, from the best moment known.
  {
    name: 'no assessment, awareness not recorded → contract per client from detection',
    input: { incident: anIncident(), assessment: null, organizations: [acmeQc, euroEu] },
    expected: [
      contract('org_acme', DETECTED, DETECTED_24H),
      contract('org_euro', DETECTED, DETECTED_24H),
    ],
  },
  {
    name: 'no assessment, incident awareness recorded → contract from the incident’s awareness',
    input: {
      incident: anIncident({ awareAt: INCIDENT_AWARE }),
      assessment: null,
      organizations: [acmeQc],
    },
    expected: [contract('org_acme', INCIDENT_AWARE, INCIDENT_AWARE_24H)],
  },
  {
    name: 'the assessment’s awareness wins over the incident’s',
    input: {
      incident: anIncident({ awareAt: INCIDENT_AWARE }),
      assessment: anAssessment({ personalDataInvolved: false }),
      organizations: [acmeQc],
    },
    expected: [contract('org_acme')],
  },
  {
    name: 'no personal information: the contract only, whatever the jurisdictions',
    input: {
      assessment: anAssessment({
        personalDataInvolved: false,
        qcRiskOfSeriousInjury: true,
        gdprRisk: 'high',
        affected: affected({ personsQuebec: 5, personsEu: 5 }),
      }),
      organizations: [acmeQc, boltCa, euroEu],
    },
    expected: [contract('org_acme'), contract('org_bolt'), contract('org_euro')],
  },
  {
    name: 'no affected client and no jurisdiction: nothing',
    input: {},
    expected: [],
  },
  // Québec (P-39.1 s. 3.5, 3.8).
  {
    name: 'persons only in Québec, no serious injury → register only',
    input: {
      assessment: anAssessment({ affected: affected({ persons: 40, personsQuebec: 40 }) }),
      organizations: [acmeQc],
    },
    expected: [contract('org_acme'), record('QC_REGISTER')],
  },
  {
    name: 'persons only in Québec, serious injury → CAI and persons promptly (internal target)',
    input: {
      assessment: anAssessment({
        qcRiskOfSeriousInjury: true,
        affected: affected({ persons: 40, personsQuebec: 40 }),
      }),
      organizations: [acmeQc],
    },
    expected: [contract('org_acme'), target('QC_CAI'), target('QC_PERSONS'), record('QC_REGISTER')],
  },
  {
    name: 'Québec residents at a non-Québec client still bring in Québec rules',
    input: {
      assessment: anAssessment({
        qcRiskOfSeriousInjury: true,
        affected: affected({ persons: 3, personsQuebec: 3 }),
      }),
      organizations: [yankUs],
    },
    expected: [contract('org_yank'), target('QC_CAI'), target('QC_PERSONS'), record('QC_REGISTER')],
  },
  {
    name: 'a Québec client with zero counted Québec persons still brings in Québec rules',
    input: { assessment: anAssessment({ qcRiskOfSeriousInjury: true }), organizations: [acmeQc] },
    expected: [contract('org_acme'), target('QC_CAI'), target('QC_PERSONS'), record('QC_REGISTER')],
  },
  {
    name: 'law-enforcement hold → persons notice suspended, no target; CAI unaffected',
    input: {
      assessment: anAssessment({ qcRiskOfSeriousInjury: true, lawEnforcementHold: true }),
      organizations: [acmeQc],
    },
    expected: [
      contract('org_acme'),
      target('QC_CAI'),
      ['QC_PERSONS', 'add', AWARE, null, null],
      record('QC_REGISTER'),
    ],
  },
  {
    name: 'Québec rules hold for a processor too (the Act says "holds")',
    input: {
      assessment: anAssessment({ role: 'processor', qcRiskOfSeriousInjury: true }),
      organizations: [acmeQc],
    },
    expected: [contract('org_acme'), target('QC_CAI'), target('QC_PERSONS'), record('QC_REGISTER')],
  },
  // PIPEDA (s. 10.1–10.3): clocks from the determination of the breach.
  {
    name: 'Canadian client, no real risk → breach record only, from determination',
    input: { organizations: [boltCa] },
    expected: [contract('org_bolt'), record('PIPEDA_RECORD', DETERMINED)],
  },
  {
    name: 'Canadian client, real risk of significant harm → OPC and individuals',
    input: {
      assessment: anAssessment({ pipedaRealRiskOfSignificantHarm: true }),
      organizations: [boltCa],
    },
    expected: [
      contract('org_bolt'),
      target('PIPEDA_OPC', DETERMINED, DETERMINED_72H),
      target('PIPEDA_INDIVIDUALS', DETERMINED, DETERMINED_72H),
      record('PIPEDA_RECORD', DETERMINED),
    ],
  },
  {
    name: 'real risk and another organization may reduce the harm → also PIPEDA_ORGS',
    input: {
      assessment: anAssessment({ pipedaRealRiskOfSignificantHarm: true, orgMayReduceHarm: true }),
      organizations: [boltCa],
    },
    expected: [
      contract('org_bolt'),
      target('PIPEDA_OPC', DETERMINED, DETERMINED_72H),
      target('PIPEDA_INDIVIDUALS', DETERMINED, DETERMINED_72H),
      target('PIPEDA_ORGS', DETERMINED, DETERMINED_72H),
      record('PIPEDA_RECORD', DETERMINED),
    ],
  },
  {
    name: 'real risk but the breach is not determined yet → the record waits, no notice',
    input: {
      assessment: anAssessment({
        pipedaRealRiskOfSignificantHarm: true,
        orgMayReduceHarm: true,
        breachDeterminedAt: null,
      }),
      organizations: [boltCa],
    },
    expected: [contract('org_bolt'), record('PIPEDA_RECORD', null)],
  },
  {
    name: 'persons in Canada outside Québec without a Canadian client → PIPEDA',
    input: {
      assessment: anAssessment({
        pipedaRealRiskOfSignificantHarm: true,
        affected: affected({ persons: 8, personsCanadaOutsideQuebec: 8 }),
      }),
      organizations: [yankUs],
    },
    expected: [
      contract('org_yank'),
      target('PIPEDA_OPC', DETERMINED, DETERMINED_72H),
      target('PIPEDA_INDIVIDUALS', DETERMINED, DETERMINED_72H),
      record('PIPEDA_RECORD', DETERMINED),
    ],
  },
  {
    name: 'PIPEDA as a service provider → nothing: the client in control reports',
    input: {
      assessment: anAssessment({ role: 'processor', pipedaRealRiskOfSignificantHarm: true }),
      organizations: [boltCa],
    },
    expected: [contract('org_bolt')],
  },
  {
    name: 'persons only in Québec → no PIPEDA even with a real risk assessed',
    input: {
      assessment: anAssessment({
        pipedaRealRiskOfSignificantHarm: true,
        affected: affected({ persons: 40, personsQuebec: 40 }),
      }),
      organizations: [acmeQc],
    },
    expected: [contract('org_acme'), record('QC_REGISTER')],
  },
  // GDPR (Art. 33–34).
  {
    name: 'GDPR controller, risk unlikely → documentation only',
    input: { organizations: [euroEu] },
    expected: [contract('org_euro'), record('GDPR_DOCUMENTATION')],
  },
  {
    name: 'GDPR controller, plain risk → supervisory authority within 72 h',
    input: { assessment: anAssessment({ gdprRisk: 'risk' }), organizations: [euroEu] },
    expected: [
      contract('org_euro'),
      ['GDPR_SA', 'add', AWARE, AWARE_72H, null],
      record('GDPR_DOCUMENTATION'),
    ],
  },
  {
    name: 'GDPR controller, high risk → authority and data subjects',
    input: { assessment: anAssessment({ gdprRisk: 'high' }), organizations: [euroEu] },
    expected: [
      contract('org_euro'),
      ['GDPR_SA', 'add', AWARE, AWARE_72H, null],
      target('GDPR_DATA_SUBJECTS'),
      record('GDPR_DOCUMENTATION'),
    ],
  },
  {
    name: 'GDPR high risk with an Art. 34(3) exemption → no data-subject notice',
    input: {
      assessment: anAssessment({
        gdprRisk: 'high',
        gdprArt34Exemption: '34(3)(a): data encrypted, key not compromised',
      }),
      organizations: [euroEu],
    },
    expected: [
      contract('org_euro'),
      ['GDPR_SA', 'add', AWARE, AWARE_72H, null],
      record('GDPR_DOCUMENTATION'),
    ],
  },
  {
    name: 'EU persons at a non-EU client → GDPR',
    input: {
      assessment: anAssessment({ gdprRisk: 'risk', affected: affected({ personsEu: 2 }) }),
      organizations: [yankUs],
    },
    expected: [
      contract('org_yank'),
      ['GDPR_SA', 'add', AWARE, AWARE_72H, null],
      record('GDPR_DOCUMENTATION'),
    ],
  },
  {
    name: 'GDPR processor → each EU client as controller, never the authority or the subjects',
    input: {
      assessment: anAssessment({ role: 'processor', gdprRisk: 'high' }),
      organizations: [euroEu, yankUs],
    },
    expected: [
      contract('org_euro'),
      contract('org_yank'),
      target('GDPR_PROCESSOR_TO_CONTROLLER:org_euro'),
    ],
  },
  {
    name: 'GDPR processor with its own awareness stored → that clock',
    input: {
      incident: anIncident({ awareAtProcessor: PROCESSOR_AWARE }),
      assessment: anAssessment({ role: 'processor' }),
      organizations: [euroEu],
    },
    expected: [
      contract('org_euro'),
      target('GDPR_PROCESSOR_TO_CONTROLLER:org_euro', PROCESSOR_AWARE, PROCESSOR_AWARE_72H),
    ],
  },
  {
    name: 'GDPR processor, EU persons but no EU client → every affected client may be controller',
    input: {
      assessment: anAssessment({ role: 'processor', affected: affected({ personsEu: 4 }) }),
      organizations: [acmeQc, yankUs],
    },
    expected: [
      contract('org_acme'),
      contract('org_yank'),
      record('QC_REGISTER'),
      target('GDPR_PROCESSOR_TO_CONTROLLER:org_acme'),
      target('GDPR_PROCESSOR_TO_CONTROLLER:org_yank'),
    ],
  },
  {
    name: 'GDPR processor, EU persons and no client linked → one unaddressed controller notice',
    input: {
      assessment: anAssessment({ role: 'processor', affected: affected({ personsEu: 4 }) }),
    },
    expected: [target('GDPR_PROCESSOR_TO_CONTROLLER')],
  },
  // Everything at once, in rule-table order.
  {
    name: 'controller, all three regimes, every risk → every derived rule',
    input: {
      assessment: anAssessment({
        qcRiskOfSeriousInjury: true,
        pipedaRealRiskOfSignificantHarm: true,
        orgMayReduceHarm: true,
        gdprRisk: 'high',
      }),
      organizations: [acmeQc, boltCa, euroEu],
    },
    expected: [
      contract('org_acme'),
      contract('org_bolt'),
      contract('org_euro'),
      target('QC_CAI'),
      target('QC_PERSONS'),
      record('QC_REGISTER'),
      target('PIPEDA_OPC', DETERMINED, DETERMINED_72H),
      target('PIPEDA_INDIVIDUALS', DETERMINED, DETERMINED_72H),
      target('PIPEDA_ORGS', DETERMINED, DETERMINED_72H),
      record('PIPEDA_RECORD', DETERMINED),
      ['GDPR_SA', 'add', AWARE, AWARE_72H, null],
      target('GDPR_DATA_SUBJECTS'),
      record('GDPR_DOCUMENTATION'),
    ],
  },
  {
    name: 'internal target follows the setting; legal deadlines do not',
    input: {
      assessment: anAssessment({ qcRiskOfSeriousInjury: true, gdprRisk: 'risk' }),
      organizations: [acmeQc, euroEu],
      settings: { internalTargetHours: 48 },
    },
    expected: [
      contract('org_acme'),
      contract('org_euro'),
      target('QC_CAI', AWARE, AWARE_48H),
      target('QC_PERSONS', AWARE, AWARE_48H),
      record('QC_REGISTER'),
      ['GDPR_SA', 'add', AWARE, AWARE_72H, null],
      record('GDPR_DOCUMENTATION'),
    ],
  },
  {
    name: 'assessed risk but no awareness anywhere → obligations without a clock (contract uses detection)',
    input: {
      assessment: anAssessment({ awareAt: null, gdprRisk: 'risk', qcRiskOfSeriousInjury: true }),
      organizations: [acmeQc, euroEu],
    },
    expected: [
      contract('org_acme', DETECTED, DETECTED_24H),
      contract('org_euro', DETECTED, DETECTED_24H),
      ['QC_CAI', 'add', null, null, null],
      ['QC_PERSONS', 'add', null, null, null],
      record('QC_REGISTER', null),
      ['GDPR_SA', 'add', null, null, null],
      record('GDPR_DOCUMENTATION', null),
    ],
  },
];

describe('deriveObligations — rule, trigger, clock start, due date or target', () => {
  it.each(cases)('$name', ({ input, expected }) => {
    expect(rows(derive(input))).toEqual(expected);
  });

  it('the table exercises every derived rule of §4d', () => {
    const seen = new Set(cases.flatMap((c) => c.expected.map(([key]) => key.split(':')[0])));
    const derived = OBLIGATION_RULE_IDS.filter(
      (id) => OBLIGATION_RULES[id].derivation === 'derived',
    );
    expect([...seen].sort()).toEqual([...derived].sort());
  });
});

describe('deriveObligations — what each draft says', () => {
  const everything = () =>
    derive({
      assessment: anAssessment({
        qcRiskOfSeriousInjury: true,
        pipedaRealRiskOfSignificantHarm: true,
        gdprRisk: 'high',
        lawEnforcementHold: true,
      }),
      organizations: [acmeQc, boltCa, euroEu],
    });

  it('addresses the contract notice to the client and its contacts', () => {
    expect(byKey(everything(), 'CONTRACT_CLIENT_24H:org_acme').recipient).toEqual({
      kind: 'client',
      display: 'Acme',
      organizationId: 'org_acme',
      contacts: [{ name: 'Ana Roy', email: 'security@acme.example', role: 'CISO' }],
    });
  });

  it('addresses the processor notice to the EU client as controller', () => {
    const plan = derive({
      assessment: anAssessment({ role: 'processor' }),
      organizations: [euroEu],
    });
    expect(byKey(plan, 'GDPR_PROCESSOR_TO_CONTROLLER:org_euro').recipient).toMatchObject({
      kind: 'controller',
      display: 'Euro',
      organizationId: 'org_euro',
    });
  });

  it.each<[string, ObligationRuleId, 'legal' | 'target' | 'none', RegExp]>([
    ['CONTRACT_CLIENT_24H:org_acme', 'CONTRACT_CLIENT_24H', 'legal', /^Contractual deadline: 24 h/],
    ['GDPR_SA', 'GDPR_SA', 'legal', /^Legal deadline: 72 h from awareness/],
    ['QC_CAI', 'QC_CAI', 'target', /^Internal target: 72 h .*not a legal deadline.*promptly/],
    ['PIPEDA_OPC', 'PIPEDA_OPC', 'target', /determination of the breach.*as soon as feasible/],
    ['GDPR_DATA_SUBJECTS', 'GDPR_DATA_SUBJECTS', 'target', /without undue delay/],
    ['QC_PERSONS', 'QC_PERSONS', 'target', /^Suspended: law-enforcement hold/],
    ['QC_REGISTER', 'QC_REGISTER', 'none', /^No deadline/],
  ])('%s is labelled as a %s deadline', (key, rule, kind, label) => {
    const draft = byKey(everything(), key);
    expect(draft).toMatchObject({
      rule,
      deadlineKind: kind,
      regime: OBLIGATION_RULES[rule].regime,
    });
    expect(draft.deadlineLabel).toMatch(label);
  });

  it('marks the persons notice suspended under a hold, and only it', () => {
    const suspended = everything()
      .obligations.filter((o) => o.suspended)
      .map((o) => o.key);
    expect(suspended).toEqual(['QC_PERSONS']);
  });

  it('says where each clock came from', () => {
    const plan = everything();
    expect(byKey(plan, 'GDPR_SA').clockSource).toBe('assessment.awareAt');
    expect(byKey(plan, 'PIPEDA_OPC').clockSource).toBe('assessment.breachDeterminedAt');
    const early = derive({ assessment: null, organizations: [acmeQc] });
    expect(byKey(early, 'CONTRACT_CLIENT_24H:org_acme').clockSource).toBe('incident.detectedAt');
  });

  it('flags an obligation whose clock moment is missing', () => {
    const plan = derive({
      assessment: anAssessment({ breachDeterminedAt: null, gdprRisk: 'risk', awareAt: null }),
      organizations: [boltCa, euroEu],
    });
    expect(byKey(plan, 'PIPEDA_RECORD')).toMatchObject({
      clockMissing: 'breachDeterminedAt',
      retainUntil: null,
    });
    expect(byKey(plan, 'GDPR_SA')).toMatchObject({ clockMissing: 'awareAt', dueAt: null });
    expect(byKey(plan, 'GDPR_SA').deadlineLabel).toBe('Clock not started: awareAt not recorded');
  });

  it('gives records their retention: Québec 5 years from awareness, PIPEDA 24 months from determination', () => {
    const plan = everything();
    expect(byKey(plan, 'QC_REGISTER').retainUntil).toBe('2031-03-02T09:00:00.000Z');
    expect(byKey(plan, 'PIPEDA_RECORD').retainUntil).toBe('2028-03-03T10:00:00.000Z');
    expect(byKey(plan, 'GDPR_DOCUMENTATION').retainUntil).toBeNull();
    expect(byKey(plan, 'GDPR_SA').retainUntil).toBeNull();
  });

  it('states why each rule holds', () => {
    expect(byKey(everything(), 'GDPR_SA').because).toBe(
      'privacy assessment recorded; personal information involved; persons in the EU or an EU client; ' +
        'the company is the controller; a risk to the rights and freedoms of persons',
    );
  });
});

describe('deriveObligations — changes against what is stored', () => {
  const pending = (key: string, extra: Partial<ExistingObligation> = {}): ExistingObligation => ({
    key,
    rule: key.split(':')[0] as ObligationRuleId,
    status: 'pending',
    ...extra,
  });

  it('keeps a pending obligation and moves its clock when awareness is corrected', () => {
    const earlier = '2026-03-01T21:00:00.000Z';
    const plan = derive({
      assessment: anAssessment({ awareAt: earlier, gdprRisk: 'risk' }),
      organizations: [euroEu],
      existing: [
        pending('GDPR_SA', { clockStartedAt: AWARE, dueAt: AWARE_72H, targetAt: null }),
        pending('GDPR_DOCUMENTATION'),
        pending('CONTRACT_CLIENT_24H:org_euro'),
      ],
    });
    expect(byKey(plan, 'GDPR_SA')).toMatchObject({
      change: 'keep',
      existingStatus: 'pending',
      clockStartedAt: earlier,
      dueAt: '2026-03-04T21:00:00.000Z',
      recomputed: null,
    });
  });

  it('keeps what a met obligation was judged against, and shows what the corrected clock gives', () => {
    const earlier = '2026-03-01T21:00:00.000Z';
    const plan = derive({
      assessment: anAssessment({ awareAt: earlier, gdprRisk: 'risk' }),
      organizations: [euroEu],
      existing: [
        {
          key: 'GDPR_SA',
          rule: 'GDPR_SA',
          status: 'met',
          metAt: '2026-03-05T08:00:00.000Z',
          clockStartedAt: AWARE,
          dueAt: AWARE_72H,
          targetAt: null,
        },
      ],
    });
    expect(byKey(plan, 'GDPR_SA')).toMatchObject({
      change: 'keep',
      existingStatus: 'met',
      noLongerRequired: false,
      clockStartedAt: AWARE,
      dueAt: AWARE_72H,
      recomputed: {
        clockStartedAt: earlier,
        dueAt: '2026-03-04T21:00:00.000Z',
        targetAt: null,
        retainUntil: null,
      },
    });
  });

  it('a met obligation without recorded dates shows the clock and nothing recomputed', () => {
    const plan = derive({
      organizations: [acmeQc],
      existing: [
        { key: 'CONTRACT_CLIENT_24H:org_acme', rule: 'CONTRACT_CLIENT_24H', status: 'met' },
      ],
    });
    expect(byKey(plan, 'CONTRACT_CLIENT_24H:org_acme')).toMatchObject({
      change: 'keep',
      clockStartedAt: AWARE,
      dueAt: AWARE_24H,
      recomputed: null,
    });
  });

  it('assessment downgraded after the CAI was notified → the notice is kept, marked no longer required', () => {
    const plan = derive({
      assessment: anAssessment({ qcRiskOfSeriousInjury: false }),
      organizations: [acmeQc],
      existing: [
        {
          key: 'QC_CAI',
          rule: 'QC_CAI',
          status: 'met',
          metAt: '2026-03-03T12:00:00.000Z',
          clockStartedAt: AWARE,
          dueAt: null,
          targetAt: AWARE_72H,
        },
        pending('QC_PERSONS'),
        pending('QC_REGISTER'),
        pending('CONTRACT_CLIENT_24H:org_acme'),
      ],
    });
    expect(rows(plan)).toEqual([
      ['CONTRACT_CLIENT_24H:org_acme', 'keep', AWARE, AWARE_24H, null],
      ['QC_CAI', 'keep', AWARE, null, AWARE_72H],
      ['QC_PERSONS', 'retire', AWARE, null, AWARE_72H],
      ['QC_REGISTER', 'keep', AWARE, null, null],
    ]);
    expect(byKey(plan, 'QC_CAI')).toMatchObject({
      noLongerRequired: true,
      existingStatus: 'met',
      because: 'no longer required: no risk of serious injury',
    });
    expect(byKey(plan, 'QC_PERSONS')).toMatchObject({ noLongerRequired: true });
    expect(byKey(plan, 'QC_REGISTER').noLongerRequired).toBe(false);
  });

  it('assessment downgraded before anything was sent → pending notices retired', () => {
    const plan = derive({
      assessment: anAssessment({ gdprRisk: 'none' }),
      organizations: [euroEu],
      existing: [
        pending('GDPR_SA'),
        pending('GDPR_DATA_SUBJECTS'),
        pending('GDPR_DOCUMENTATION'),
        pending('CONTRACT_CLIENT_24H:org_euro'),
      ],
    });
    expect(plan.obligations.map((o) => [o.key, o.change, o.noLongerRequired])).toEqual([
      ['CONTRACT_CLIENT_24H:org_euro', 'keep', false],
      ['GDPR_SA', 'retire', true],
      ['GDPR_DATA_SUBJECTS', 'retire', true],
      ['GDPR_DOCUMENTATION', 'keep', false],
    ]);
    expect(byKey(plan, 'GDPR_DATA_SUBJECTS').because).toBe('no longer required: no high risk');
  });

  it('high risk lowered to plain risk → data subjects retired, authority kept', () => {
    const plan = derive({
      assessment: anAssessment({ gdprRisk: 'risk' }),
      organizations: [euroEu],
      existing: [pending('GDPR_SA'), pending('GDPR_DATA_SUBJECTS'), pending('GDPR_DOCUMENTATION')],
    });
    expect(byKey(plan, 'GDPR_SA').change).toBe('keep');
    expect(byKey(plan, 'GDPR_DATA_SUBJECTS').change).toBe('retire');
  });

  it('an Art. 34(3) exemption recorded after a waiver → the waived notice stays, no longer required', () => {
    const plan = derive({
      assessment: anAssessment({ gdprRisk: 'high', gdprArt34Exemption: '34(3)(c)' }),
      organizations: [euroEu],
      existing: [{ key: 'GDPR_DATA_SUBJECTS', rule: 'GDPR_DATA_SUBJECTS', status: 'waived' }],
    });
    expect(byKey(plan, 'GDPR_DATA_SUBJECTS')).toMatchObject({
      change: 'keep',
      existingStatus: 'waived',
      noLongerRequired: true,
      because: 'no longer required: Art. 34(3) exemption: 34(3)(c)',
    });
  });

  it('law-enforcement hold set, then lifted → the persons notice regains its target', () => {
    const held = derive({
      assessment: anAssessment({ qcRiskOfSeriousInjury: true, lawEnforcementHold: true }),
      organizations: [acmeQc],
    });
    expect(byKey(held, 'QC_PERSONS')).toMatchObject({
      change: 'add',
      suspended: true,
      clockStartedAt: AWARE,
      targetAt: null,
    });
    const lifted = derive({
      assessment: anAssessment({ qcRiskOfSeriousInjury: true, lawEnforcementHold: false }),
      organizations: [acmeQc],
      existing: [pending('QC_PERSONS', { clockStartedAt: AWARE, targetAt: null })],
    });
    expect(byKey(lifted, 'QC_PERSONS')).toMatchObject({
      change: 'keep',
      suspended: false,
      clockStartedAt: AWARE,
      targetAt: AWARE_72H,
    });
  });

  it('a client no longer affected → its pending notice retired, a met one kept', () => {
    const plan = derive({
      assessment: null,
      incident: anIncident({ awareAt: AWARE }),
      organizations: [acmeQc],
      existing: [
        pending('CONTRACT_CLIENT_24H:org_acme'),
        pending('CONTRACT_CLIENT_24H:org_bolt'),
        { key: 'CONTRACT_CLIENT_24H:org_euro', rule: 'CONTRACT_CLIENT_24H', status: 'met' },
      ],
    });
    expect(plan.obligations.map((o) => [o.key, o.change, o.noLongerRequired])).toEqual([
      ['CONTRACT_CLIENT_24H:org_acme', 'keep', false],
      ['CONTRACT_CLIENT_24H:org_bolt', 'retire', true],
      ['CONTRACT_CLIENT_24H:org_euro', 'keep', true],
    ]);
    expect(byKey(plan, 'CONTRACT_CLIENT_24H:org_bolt')).toMatchObject({
      recipient: { kind: 'client', display: 'org_bolt', organizationId: 'org_bolt' },
      because: 'no longer required: client no longer among the affected',
    });
  });

  it('a rule that holds again after being retired is added anew', () => {
    const plan = derive({
      assessment: anAssessment({ gdprRisk: 'risk' }),
      organizations: [euroEu],
      existing: [
        { key: 'GDPR_SA', rule: 'GDPR_SA', status: 'retired' },
        pending('GDPR_DOCUMENTATION'),
      ],
    });
    expect(byKey(plan, 'GDPR_SA')).toMatchObject({ change: 'add', existingStatus: 'retired' });
  });

  it('an already retired obligation whose rule still does not hold is left alone', () => {
    const plan = derive({
      organizations: [euroEu],
      existing: [{ key: 'GDPR_SA', rule: 'GDPR_SA', status: 'retired' }],
    });
    expect(plan.obligations.map((o) => o.key)).not.toContain('GDPR_SA');
  });

  it('the assessment withdrawn → privacy obligations retired or kept, the contract stays', () => {
    const plan = derive({
      assessment: null,
      incident: anIncident({ awareAt: AWARE }),
      organizations: [acmeQc],
      existing: [
        pending('CONTRACT_CLIENT_24H:org_acme'),
        pending('QC_REGISTER'),
        { key: 'QC_CAI', rule: 'QC_CAI', status: 'met' },
      ],
    });
    expect(plan.obligations.map((o) => [o.key, o.change])).toEqual([
      ['CONTRACT_CLIENT_24H:org_acme', 'keep'],
      ['QC_CAI', 'keep'],
      ['QC_REGISTER', 'retire'],
    ]);
    expect(byKey(plan, 'QC_REGISTER').because).toBe(
      'no longer required: no privacy assessment yet; no personal information involved',
    );
  });

  it('never retires what a person opened (supplementary CAI notice, discretionary release)', () => {
    const plan = derive({
      assessment: anAssessment({ personalDataInvolved: false }),
      organizations: [acmeQc],
      existing: [
        pending('QC_CAI_UPDATE', {
          clockStartedAt: AWARE_48H,
          targetAt: '2026-03-07T09:00:00.000Z',
        }),
        pending('QC_THIRD_PARTIES'),
      ],
    });
    expect(byKey(plan, 'QC_CAI_UPDATE')).toMatchObject({
      change: 'keep',
      noLongerRequired: false,
      clockStartedAt: AWARE_48H,
      targetAt: '2026-03-07T09:00:00.000Z',
      because: 'opened by a person',
    });
    expect(byKey(plan, 'QC_THIRD_PARTIES')).toMatchObject({ change: 'keep', clockStartedAt: null });
  });

  it('prefers the live row when a key has a retired and a live version', () => {
    const plan = derive({
      assessment: anAssessment({ gdprRisk: 'risk' }),
      organizations: [euroEu],
      existing: [
        { key: 'GDPR_SA', rule: 'GDPR_SA', status: 'met', dueAt: AWARE_72H },
        { key: 'GDPR_SA', rule: 'GDPR_SA', status: 'retired' },
      ],
    });
    expect(byKey(plan, 'GDPR_SA')).toMatchObject({ change: 'keep', existingStatus: 'met' });
  });
});

describe('deriveObligations — calendar edge cases (all arithmetic in UTC elapsed time)', () => {
  it.each([
    // Leap day: 24 h and 72 h windows cross 29 February 2028.
    ['2028-02-28T12:00:00.000Z', '2028-02-29T12:00:00.000Z', '2028-03-02T12:00:00.000Z'],
    // Non-leap year: no 29 February.
    ['2027-02-28T12:00:00.000Z', '2027-03-01T12:00:00.000Z', '2027-03-03T12:00:00.000Z'],
    // Eastern time springs forward on 8 March 2026: 72 elapsed hours, 13:00 EDT not 12:00.
    ['2026-03-07T12:00:00-05:00', '2026-03-08T17:00:00.000Z', '2026-03-10T17:00:00.000Z'],
    // Central Europe springs forward on 29 March 2026.
    ['2026-03-28T10:00:00+01:00', '2026-03-29T09:00:00.000Z', '2026-03-31T09:00:00.000Z'],
    // Eastern time falls back on 1 November 2026.
    ['2026-10-31T22:00:00-04:00', '2026-11-02T02:00:00.000Z', '2026-11-04T02:00:00.000Z'],
  ])('aware at %s → contract due %s, GDPR due %s', (awareAt, contractDue, gdprDue) => {
    const plan = derive({
      assessment: anAssessment({ awareAt, gdprRisk: 'risk' }),
      organizations: [euroEu],
    });
    expect(byKey(plan, 'CONTRACT_CLIENT_24H:org_euro').dueAt).toBe(contractDue);
    expect(byKey(plan, 'GDPR_SA').dueAt).toBe(gdprDue);
    expect(byKey(plan, 'GDPR_SA').clockStartedAt).toMatch(/Z$/);
  });

  it.each([
    // 29 February + 5 years does not exist: kept until 1 March, never cut short.
    ['QC_REGISTER', '2024-02-29T10:00:00.000Z', '2029-03-01T10:00:00.000Z'],
    ['PIPEDA_RECORD', '2024-02-29T10:00:00.000Z', '2026-03-01T10:00:00.000Z'],
    ['QC_REGISTER', '2028-02-29T10:00:00.000Z', '2033-03-01T10:00:00.000Z'],
    ['PIPEDA_RECORD', '2026-02-28T10:00:00.000Z', '2028-02-28T10:00:00.000Z'],
    ['PIPEDA_RECORD', '2026-08-31T23:30:00.000Z', '2028-08-31T23:30:00.000Z'],
  ])('%s from %s is kept until %s', (key, moment, until) => {
    const plan = derive({
      assessment: anAssessment({ awareAt: moment, breachDeterminedAt: moment }),
      organizations: [acmeQc, boltCa],
    });
    expect(byKey(plan, key).retainUntil).toBe(until);
  });

  it.each(['2026-03-02T09:00:00', '2026-02-30T09:00:00Z', 'yesterday'])(
    'refuses a clock it cannot place in time: %s',
    (awareAt) => {
      expect(() =>
        derive({ assessment: anAssessment({ awareAt }), organizations: [acmeQc] }),
      ).toThrow(RangeError);
    },
  );
});

describe('OBLIGATION_RULES', () => {
  it('keys every rule by its own id, in the order of the §4d table', () => {
    expect(Object.keys(OBLIGATION_RULES)).toEqual([...OBLIGATION_RULE_IDS]);
    for (const id of OBLIGATION_RULE_IDS) expect(OBLIGATION_RULES[id].id).toBe(id);
  });

  it.each<[ObligationRuleId, string]>([
    ['CONTRACT_CLIENT_24H', 'legal:24:contract'],
    ['GDPR_SA', 'legal:72:law'],
    ['QC_CAI', 'target'],
    ['QC_CAI_UPDATE', 'target'],
    ['QC_PERSONS', 'target'],
    ['PIPEDA_OPC', 'target'],
    ['PIPEDA_INDIVIDUALS', 'target'],
    ['PIPEDA_ORGS', 'target'],
    ['GDPR_DATA_SUBJECTS', 'target'],
    ['GDPR_PROCESSOR_TO_CONTROLLER', 'target'],
    ['QC_THIRD_PARTIES', 'none'],
    ['QC_REGISTER', 'none'],
    ['PIPEDA_RECORD', 'none'],
    ['GDPR_DOCUMENTATION', 'none'],
  ])('%s has a %s deadline', (id, expected) => {
    const { deadline } = OBLIGATION_RULES[id];
    const shape =
      deadline.kind === 'legal' ? `legal:${deadline.hours}:${deadline.source}` : deadline.kind;
    expect(shape).toBe(expected);
  });

  it.each<[ObligationRuleId, string | null]>([
    ['CONTRACT_CLIENT_24H', 'awareAt'],
    ['QC_CAI', 'awareAt'],
    ['QC_PERSONS', 'awareAt'],
    ['QC_REGISTER', 'awareAt'],
    ['PIPEDA_OPC', 'breachDeterminedAt'],
    ['PIPEDA_INDIVIDUALS', 'breachDeterminedAt'],
    ['PIPEDA_ORGS', 'breachDeterminedAt'],
    ['PIPEDA_RECORD', 'breachDeterminedAt'],
    ['GDPR_SA', 'awareAt'],
    ['GDPR_DATA_SUBJECTS', 'awareAt'],
    ['GDPR_PROCESSOR_TO_CONTROLLER', 'awareAtProcessor'],
    ['GDPR_DOCUMENTATION', 'awareAt'],
    ['QC_CAI_UPDATE', 'newInfoLearnedAt'],
    ['QC_THIRD_PARTIES', null],
  ])('%s starts its clock at %s', (id, field) => {
    expect(OBLIGATION_RULES[id].clockStart).toBe(field);
  });

  it('lists the notice contents the regulations prescribe', () => {
    expect(OBLIGATION_RULES.QC_CAI.content.items).toHaveLength(11);
    expect(OBLIGATION_RULES.QC_PERSONS.content.items).toHaveLength(6);
    expect(OBLIGATION_RULES.QC_REGISTER.content.items).toHaveLength(8);
    expect(OBLIGATION_RULES.PIPEDA_OPC.content.items).toHaveLength(7);
    expect(OBLIGATION_RULES.PIPEDA_INDIVIDUALS.content.items).toHaveLength(6);
    expect(OBLIGATION_RULES.GDPR_SA.content.items).toHaveLength(5);
  });
});
