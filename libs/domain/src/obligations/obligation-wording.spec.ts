import { DEFAULT_RESPONSE_TARGETS, deriveResponseClocks } from '../incidents/response-clocks.js';
import {
  deriveObligations,
  type AffectedOrganization,
  type ExistingObligation,
  type ObligationRecordStatus,
  type PrivacyAssessment,
} from './derive-obligations.js';
import { frenchObligationWording, type WordedObligation } from './obligation-wording.js';
import { OBLIGATION_RULE_IDS, OBLIGATION_RULES } from './rules.js';

const AWARE = '2026-03-02T09:00:00.000Z';
const org = (id: string, jurisdictions: AffectedOrganization['jurisdictions']) => ({
  id,
  name: `Client ${id}`,
  jurisdictions,
  contacts: [],
});
const CLIENTS = [org('qc', ['CA-QC']), org('ca', ['CA']), org('eu', ['EU'])];

const assessments = (): (PrivacyAssessment | null)[] => {
  const all: (PrivacyAssessment | null)[] = [null];
  for (const personalDataInvolved of [true, false])
    for (const role of ['controller', 'processor'] as const)
      for (const qcRisk of [true, false])
        for (const pipedaRisk of [true, false])
          for (const gdprRisk of ['none', 'risk', 'high'] as const)
            for (const determined of [AWARE, null])
              // Each flag gives its reason either way; they need not vary apart.
              for (const flags of [true, false])
                for (const persons of [0, 40])
                  all.push({
                    personalDataInvolved,
                    awareAt: determined,
                    breachDeterminedAt: determined,
                    role,
                    qcRiskOfSeriousInjury: qcRisk,
                    pipedaRealRiskOfSignificantHarm: pipedaRisk,
                    gdprRisk,
                    affected: {
                      persons,
                      personsQuebec: persons,
                      personsEu: persons,
                      personsCanadaOutsideQuebec: persons,
                      records: persons,
                      isEstimate: false,
                    },
                    rationale: '',
                    lawEnforcementHold: flags,
                    gdprArt34Exemption: flags ? 'data encrypted at rest' : null,
                    orgMayReduceHarm: flags,
                  });
  return all;
};

// Every key a rule can be stored under, so lapsed triggers (kept, retired) and manual rules show.
const storedAs = (status: ObligationRecordStatus): ExistingObligation[] =>
  OBLIGATION_RULE_IDS.flatMap((rule) => [
    { key: rule, rule, status },
    ...CLIENTS.map((c) => ({ key: `${rule}:${c.id}`, rule, status })),
  ]);

/** Every worded obligation the domain derives across the assessments, clients and stored states. */
const everyWording = (): WordedObligation[] => {
  const seen = new Map<string, WordedObligation>();
  const keep = (o: WordedObligation) => seen.set(JSON.stringify(o), o);
  const existing = [[], storedAs('pending'), storedAs('met'), storedAs('waived')];
  for (const assessment of assessments())
    for (const organizations of [[], CLIENTS])
      for (const stored of existing)
        for (const awareAt of [null, AWARE]) {
          const plan = deriveObligations({
            incident: { id: 'i', awareAt, detectedAt: AWARE, severity: 'SEV1' },
            assessment,
            organizations,
            existing: stored,
          });
          for (const d of plan.obligations) keep(d);
        }
  for (const targets of DEFAULT_RESPONSE_TARGETS)
    for (const status of ['detected', 'false_positive'] as const)
      for (const clock of deriveResponseClocks(
        {
          severity: targets.severity,
          status,
          detectedAt: AWARE,
          acknowledgedAt: null,
          containedAt: null,
          closedAt: null,
        },
        [targets],
      ))
        keep({
          rule: clock.rule,
          title: clock.title,
          recipient: { kind: 'team', display: 'Incident lead and security leads' },
          legalBasis: 'Company remediation plan',
          deadlineLabel: clock.deadlineLabel,
          because: clock.because,
        });
  return [...seen.values()];
};

describe('obligation wording in French', () => {
  const worded = everyWording();

  it('covers every rule and every kind of deadline label the domain writes', () => {
    const rules = new Set(worded.map((o) => o.rule));
    for (const rule of OBLIGATION_RULE_IDS) {
      // Manual rules are opened by a person; derivation words them only once stored.
      expect({ rule, derived: rules.has(rule) }).toEqual({ rule, derived: true });
    }
    const labels = new Set(worded.map((o) => o.deadlineLabel?.split(':')[0]));
    expect([...labels].sort()).toEqual(
      [
        'Clock not started',
        'Contractual deadline',
        'Internal target',
        'Kept',
        'Legal deadline',
        'No deadline',
        'Opened by a person',
        'Retired',
        'Suspended',
        'internal target',
      ].sort(),
    );
  });

  it('has French for every title, recipient, legal basis, deadline label and reason', () => {
    const missing = worded.flatMap((o) =>
      Object.entries(frenchObligationWording(o))
        .filter(([, french]) => french === null)
        .map(([part]) => `${o.rule} ${part}: ${String(o[part as keyof WordedObligation])}`),
    );
    expect([...new Set(missing)]).toEqual([]);
  });

  it('reads the deadline labels and reasons the way a DPO would', () => {
    const gdpr = OBLIGATION_RULES.GDPR_SA;
    expect(
      frenchObligationWording({
        rule: gdpr.id,
        title: gdpr.title,
        legalBasis: gdpr.legalBasis,
        deadlineLabel: 'Legal deadline: 72 h from awareness',
        because:
          'privacy assessment recorded; personal information involved; persons in the EU or an EU client',
      }),
    ).toEqual({
      title: 'Notifier l’autorité de contrôle',
      recipient: null,
      legalBasis: 'RGPD, art. 33(1), (3)–(4)',
      deadlineLabel: 'Délai légal : 72 h à compter de la prise de connaissance',
      because:
        'évaluation de la vie privée consignée; renseignements personnels en cause; personnes dans l’UE ou client de l’UE',
    });
    expect(
      frenchObligationWording({
        rule: 'RESPONSE_CONTAIN',
        title: 'Contain within 1 d (SEV3)',
        deadlineLabel: 'internal target: 1 d for SEV3',
        because: 'SEV3 response target: contain within 1 d of detection',
      }),
    ).toMatchObject({
      title: 'Contenir en 1 j (SEV3)',
      deadlineLabel: 'cible interne : 1 j pour SEV3',
      because: 'cible de réponse SEV3 : confinement dans les 1 j suivant la détection',
    });
  });

  it('keeps a client’s own name, and has no French for words the domain does not write', () => {
    expect(
      frenchObligationWording({
        rule: 'CONTRACT_CLIENT_24H',
        title: 'Notify the affected client',
        recipient: { kind: 'client', display: 'Acme Corp', organizationId: 'acme' },
        because: 'a reason written by a newer server',
      }),
    ).toMatchObject({ title: 'Aviser le client touché', recipient: 'Acme Corp', because: null });
  });
});
