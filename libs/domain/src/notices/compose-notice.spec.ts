import type { PrivacyAssessment } from '../obligations/derive-obligations.js';
import {
  OBLIGATION_RULE_IDS,
  OBLIGATION_RULES,
  type ObligationRuleId,
} from '../obligations/rules.js';
import {
  NOTICE_GAP_PATTERN,
  NOTICE_RULES,
  composeNotice,
  findNoticeGaps,
  hasNoticeTemplate,
  type ComposedNotice,
  type NoticeInput,
  type NoticeLanguage,
} from './compose-notice.js';

// Literal UTC instants; America/Toronto is UTC−5 in early March 2026 (DST starts 8 March).
const OCCURRED_START = '2026-03-01T22:00:00.000Z';
const OCCURRED_END = '2026-03-02T07:30:00.000Z';
const DETECTED = '2026-03-02T08:00:00.000Z';
const AWARE = '2026-03-02T09:00:00.000Z';
const CONTAINED = '2026-03-02T12:00:00.000Z';
const DETERMINED = '2026-03-03T10:00:00.000Z';
const DUE_72H = '2026-03-05T09:00:00.000Z';
const BEFORE_DUE = '2026-03-04T09:00:00.000Z';
const AFTER_DUE = '2026-03-05T09:00:00.001Z';

const LANGUAGES: NoticeLanguage[] = ['en', 'fr'];
const RECORD_RULES: ObligationRuleId[] = ['QC_REGISTER', 'PIPEDA_RECORD', 'GDPR_DOCUMENTATION'];

const anAssessment = (overrides: Partial<PrivacyAssessment> = {}): PrivacyAssessment => ({
  personalDataInvolved: true,
  awareAt: AWARE,
  breachDeterminedAt: DETERMINED,
  role: 'controller',
  qcRiskOfSeriousInjury: true,
  pipedaRealRiskOfSignificantHarm: true,
  gdprRisk: 'high',
  affected: {
    persons: 1200,
    personsQuebec: 800,
    personsEu: 50,
    personsCanadaOutsideQuebec: 350,
    records: 4000,
    isEstimate: false,
  },
  rationale: 'Names and social insurance numbers, readable in clear: identity theft is likely.',
  lawEnforcementHold: false,
  gdprArt34Exemption: null,
  orgMayReduceHarm: true,
  consultedPersonInCharge: 'Marie Tremblay',
  occurredStart: OCCURRED_START,
  occurredEnd: OCCURRED_END,
  personalInformation: 'Names, email addresses and social insurance numbers of customers.',
  likelyConsequences: 'Identity theft and targeted phishing.',
  measuresTaken: 'The stolen token was revoked and every session was closed.',
  measuresForPersons: 'Watch your credit report and be wary of unexpected emails.',
  ...overrides,
});

/** An assessment recorded with its risk flags but none of the facts the notices are written from. */
const aBlankAssessment = (): PrivacyAssessment =>
  anAssessment({
    affected: {
      persons: null,
      personsQuebec: null,
      personsEu: null,
      personsCanadaOutsideQuebec: null,
      records: null,
      isEstimate: false,
    },
    occurredStart: null,
    occurredEnd: null,
    personalInformation: null,
    likelyConsequences: null,
    measuresTaken: null,
    measuresForPersons: null,
  });

const aNoticeInput = (overrides: Partial<NoticeInput> = {}): NoticeInput => ({
  rule: 'QC_CAI',
  language: 'en',
  sender: {
    organizationName: 'Vigil Inc.',
    contactName: 'Marie Tremblay',
    contactEmail: 'privacy@vigil.example',
    enterpriseNumber: '1171234567',
  },
  recipient: { display: 'Acme', organizationName: 'Acme' },
  incident: {
    reference: 'INC-12',
    title: 'Unauthorized read of the customer table',
    summary: 'A stolen API token was used to read the customer table.',
    category: 'unauthorized access',
    severity: 'SEV1',
    detectedAt: DETECTED,
    awareAt: AWARE,
    awareAtProcessor: null,
    containedAt: CONTAINED,
    recoveredAt: null,
  },
  assessment: anAssessment(),
  obligation: { clockStartedAt: AWARE, dueAt: DUE_72H, targetAt: null },
  timeZone: 'America/Toronto',
  now: BEFORE_DUE,
  otherAuthoritiesNotified: [
    { name: 'Office of the Privacy Commissioner of Canada', sentAt: DETERMINED },
  ],
  ...overrides,
});

/** Nothing recorded but what an incident always has. */
const anEmptyInput = (overrides: Partial<NoticeInput> = {}): NoticeInput =>
  aNoticeInput({
    sender: { organizationName: null, contactName: null, contactEmail: null },
    incident: {
      ...aNoticeInput().incident,
      summary: null,
      category: null,
      awareAt: null,
      containedAt: null,
    },
    assessment: null,
    obligation: { clockStartedAt: null, dueAt: null, targetAt: null },
    otherAuthoritiesNotified: undefined,
    ...overrides,
  });

const compose = (rule: ObligationRuleId, language: NoticeLanguage, input = aNoticeInput()) =>
  composeNotice({ ...input, rule, language });

const item = (notice: ComposedNotice, key: string) => {
  const found = notice.contentItems.find((candidate) => candidate.key === key);
  if (!found) throw new Error(`no item ${key} in ${notice.contentItems.map((i) => i.key)}`);
  return found;
};

const gaps = (notice: ComposedNotice) => findNoticeGaps(`${notice.subject}\n${notice.body}`);

const everyNotice = NOTICE_RULES.flatMap((rule) =>
  LANGUAGES.map((language) => [rule, language] as const),
);

describe('NOTICE_RULES', () => {
  it('holds every notice rule of the rule table and no record', () => {
    const notices = OBLIGATION_RULE_IDS.filter((id) => OBLIGATION_RULES[id].kind === 'notice');
    expect([...NOTICE_RULES]).toEqual(notices);
    expect(NOTICE_RULES).toHaveLength(11);
    expect(NOTICE_RULES.every(hasNoticeTemplate)).toBe(true);
  });

  it.each(RECORD_RULES)('%s is a record: no template, composing throws RangeError', (rule) => {
    expect(hasNoticeTemplate(rule)).toBe(false);
    expect(() => compose(rule, 'en')).toThrow(RangeError);
    expect(() => compose(rule, 'fr')).toThrow(RangeError);
  });

  it('an unknown rule throws RangeError', () => {
    expect(() => compose('NOPE' as ObligationRuleId, 'en')).toThrow(RangeError);
  });
});

describe('composeNotice: every template', () => {
  it.each(everyNotice)('%s (%s) lists its labelled items with the reference', (rule, language) => {
    const notice = compose(rule, language);
    expect(notice.subject).toContain('INC-12');
    expect(notice.body).toContain('INC-12');
    expect(notice.legalSource.length).toBeGreaterThan(0);
    expect(notice.contentItems.length).toBeGreaterThan(0);
    const keys = notice.contentItems.map((i) => i.key);
    expect(new Set(keys).size).toBe(keys.length);
    for (const { label } of notice.contentItems) expect(label.trim().length).toBeGreaterThan(5);
  });

  it.each(NOTICE_RULES)('%s has the same items, in the same order, in both languages', (rule) => {
    const en = compose(rule, 'en');
    const fr = compose(rule, 'fr');
    expect(fr.contentItems.map((i) => [i.key, i.filled])).toEqual(
      en.contentItems.map((i) => [i.key, i.filled]),
    );
    expect(fr.contentItems.map((i) => i.label)).not.toEqual(en.contentItems.map((i) => i.label));
  });

  it.each(everyNotice)('%s (%s) fully filled: no gap, every item filled', (rule, language) => {
    const notice = compose(rule, language);
    expect(gaps(notice)).toEqual([]);
    expect(notice.contentItems.filter((i) => !i.filled)).toEqual([]);
  });

  it.each(everyNotice)('%s (%s) with nothing recorded: every item has a gap', (rule, language) => {
    const notice = compose(rule, language, anEmptyInput());
    expect(notice.contentItems.filter((i) => i.filled)).toEqual([]);
    expect(gaps(notice).length).toBeGreaterThanOrEqual(notice.contentItems.length);
    expect(notice.subject).not.toMatch(NOTICE_GAP_PATTERN);
  });
});

describe('composeNotice: the law’s items', () => {
  const keys = (rule: ObligationRuleId) => compose(rule, 'en').contentItems.map((i) => i.key);

  it.each<[ObligationRuleId, string[]]>([
    [
      'PIPEDA_OPC',
      [
        'circumstances',
        'occurrence',
        'personalInformation',
        'individualsAffected',
        'stepsToReduceHarm',
        'notifyingIndividuals',
        'contact',
      ],
    ],
    [
      'PIPEDA_INDIVIDUALS',
      [
        'circumstances',
        'occurrence',
        'personalInformation',
        'stepsToReduceHarm',
        'stepsForIndividuals',
        'contact',
      ],
    ],
    [
      'QC_CAI',
      [
        'enterprise',
        'contactPerson',
        'personalInformation',
        'circumstances',
        'occurrence',
        'awareness',
        'personsConcerned',
        'seriousInjury',
        'notifyingPersons',
        'measures',
        'authoritiesOutsideQuebec',
      ],
    ],
    // The letter reads "what happened" first; the items keep Reg. s. 5's order.
    [
      'QC_PERSONS',
      [
        'personalInformation',
        'circumstances',
        'occurrence',
        'measuresTaken',
        'measuresForPersons',
        'contact',
      ],
    ],
    ['GDPR_SA', ['nature', 'contact', 'consequences', 'measures']],
    ['GDPR_DATA_SUBJECTS', ['nature', 'contact', 'consequences', 'measures']],
    [
      'GDPR_PROCESSOR_TO_CONTROLLER',
      ['processorAwareness', 'nature', 'contact', 'consequences', 'measures'],
    ],
    ['CONTRACT_CLIENT_24H', ['whatHappened', 'when', 'dataAndServices', 'actions', 'contact']],
  ])('%s lists its items in the law’s order', (rule, expected) => {
    expect(keys(rule)).toEqual(expected);
  });

  it('the CAI update restates all eleven s. 3 items', () => {
    expect(keys('QC_CAI_UPDATE')).toEqual(keys('QC_CAI'));
    expect(compose('QC_CAI_UPDATE', 'en').legalSource).toContain('s. 4');
  });

  it('labels name their provision', () => {
    const opc = compose('PIPEDA_OPC', 'en');
    expect(opc.contentItems.map((i) => i.label.split(':')[0])).toEqual(
      ['a', 'b', 'c', 'd', 'e', 'f', 'g'].map((letter) => `Regs s. 2(1)(${letter})`),
    );
    expect(opc.legalSource).toContain('SOR/2018-64');
    expect(item(compose('QC_CAI', 'fr'), 'authoritiesOutsideQuebec').label).toMatch(
      /^Règl\., art\. 3 \(11°\) :/,
    );
  });
});

describe('composeNotice: gaps for missing facts', () => {
  it('a blank assessment leaves a gap for each missing fact (QC_CAI)', () => {
    const notice = compose('QC_CAI', 'en', aNoticeInput({ assessment: aBlankAssessment() }));
    const unfilled = notice.contentItems.filter((i) => !i.filled).map((i) => i.key);
    expect(unfilled).toEqual(['personalInformation', 'occurrence', 'personsConcerned', 'measures']);
    expect(gaps(notice).map((g) => g.what)).toEqual([
      'a description of the personal information concerned or, if it cannot be described, the reasons why',
      'the date or period of the incident, or an approximation',
      'the number of persons concerned',
      'the number residing in Québec',
      'the measures taken or intended to reduce the risk of injury and to prevent new incidents of the same nature, with their dates or expected time limits',
    ]);
  });

  it.each<[string, Partial<NoticeInput>, string[]]>([
    ['no summary', { incident: { ...aNoticeInput().incident, summary: '  ' } }, ['circumstances']],
    [
      'no occurrence period',
      { assessment: anAssessment({ occurredStart: null, occurredEnd: null }) },
      ['occurrence'],
    ],
    [
      'no personal information described',
      { assessment: anAssessment({ personalInformation: '' }) },
      ['personalInformation'],
    ],
    [
      'no count',
      {
        assessment: anAssessment({
          affected: { ...anAssessment().affected, persons: null },
        }),
      },
      ['individualsAffected'],
    ],
    ['no measures', { assessment: anAssessment({ measuresTaken: null }) }, ['stepsToReduceHarm']],
    [
      'no real risk recorded: how individuals are told is a gap',
      { assessment: anAssessment({ pipedaRealRiskOfSignificantHarm: false }) },
      ['notifyingIndividuals'],
    ],
    [
      'no contact email',
      {
        sender: {
          organizationName: 'Vigil Inc.',
          contactName: 'Marie Tremblay',
          contactEmail: null,
        },
      },
      ['contact'],
    ],
  ])('PIPEDA_OPC, %s → only that item is unfilled', (_, overrides, expected) => {
    for (const language of LANGUAGES) {
      const notice = compose('PIPEDA_OPC', language, aNoticeInput(overrides));
      expect(notice.contentItems.filter((i) => !i.filled).map((i) => i.key)).toEqual(expected);
      expect(gaps(notice)).toHaveLength(1);
    }
  });

  it('the NEQ is a gap unless given (Reg. s. 3(1))', () => {
    const input = aNoticeInput({
      sender: { organizationName: 'Vigil Inc.', contactName: 'M. T.', contactEmail: 'p@v.example' },
    });
    const notice = compose('QC_CAI', 'fr', input);
    expect(item(notice, 'enterprise').filled).toBe(false);
    expect(notice.body).toContain("[[à compléter : le numéro d'entreprise du Québec (NEQ)");
  });

  it('bodies outside Québec: a gap when unknown, a plain statement when none', () => {
    const unknown = compose('QC_CAI', 'en', aNoticeInput({ otherAuthoritiesNotified: undefined }));
    expect(item(unknown, 'authoritiesOutsideQuebec').filled).toBe(false);
    const none = compose('QC_CAI', 'en', aNoticeInput({ otherAuthoritiesNotified: [] }));
    expect(item(none, 'authoritiesOutsideQuebec').filled).toBe(true);
    expect(none.body).toContain('No body outside Québec');
    const some = compose('QC_CAI', 'en');
    expect(some.body).toContain(
      '- Office of the Privacy Commissioner of Canada, on 2026-03-03 05:00 (America/Toronto)',
    );
  });

  it('a law-enforcement hold explains why the persons are not notified yet (P-39.1 s. 3.5)', () => {
    const input = aNoticeInput({ assessment: anAssessment({ lawEnforcementHold: true }) });
    const en = compose('QC_CAI', 'en', input);
    expect(item(en, 'notifyingPersons').filled).toBe(true);
    expect(en.body).toContain('Notice to the persons concerned is deferred');
    expect(compose('QC_CAI', 'fr', input).body).toContain(
      "L'avis aux personnes concernées est différé",
    );
  });

  it('the contract notice says so when no personal information is involved', () => {
    const input = anEmptyInput({
      assessment: anAssessment({ personalInformation: null, personalDataInvolved: false }),
    });
    const notice = compose('CONTRACT_CLIENT_24H', 'en', input);
    expect(item(notice, 'dataAndServices').filled).toBe(true);
    expect(notice.body).toContain('no personal information is involved');
  });
});

describe('composeNotice: GDPR Art. 33(1) reasons for the delay', () => {
  const delayItem = (notice: ComposedNotice) =>
    notice.contentItems.find((i) => i.key === 'delayReasons');

  it.each(LANGUAGES)('after the 72 h deadline a gap asks for the reasons (%s)', (language) => {
    const notice = compose('GDPR_SA', language, aNoticeInput({ now: AFTER_DUE }));
    expect(delayItem(notice)).toEqual(expect.objectContaining({ filled: false }));
    const expected =
      language === 'en'
        ? '[[to complete: the reasons for the delay (GDPR Art. 33(1))]]'
        : '[[à compléter : les motifs du retard (RGPD, art. 33, par. 1)]]';
    expect(notice.body).toContain(expected);
    expect(gaps(notice)).toHaveLength(1);
  });

  it.each<[string, string, string | null]>([
    ['before the deadline', BEFORE_DUE, DUE_72H],
    ['exactly at the deadline ("not later than")', DUE_72H, DUE_72H],
    ['no deadline recorded', AFTER_DUE, null],
  ])('%s: no delay paragraph', (_, now, dueAt) => {
    const notice = compose(
      'GDPR_SA',
      'en',
      aNoticeInput({ now, obligation: { clockStartedAt: AWARE, dueAt, targetAt: null } }),
    );
    expect(delayItem(notice)).toBeUndefined();
    expect(notice.body).not.toContain('reasons for the delay');
  });

  it('only the SA notice asks for delay reasons', () => {
    const notice = compose('GDPR_DATA_SUBJECTS', 'en', aNoticeInput({ now: AFTER_DUE }));
    expect(delayItem(notice)).toBeUndefined();
  });
});

describe('composeNotice: counts and times', () => {
  const estimated = aNoticeInput({
    assessment: anAssessment({ affected: { ...anAssessment().affected, isEstimate: true } }),
  });

  it('estimates say approximately / environ', () => {
    expect(compose('QC_CAI', 'en', estimated).body).toContain(
      'Persons concerned: approximately 1,200, of whom approximately 800 reside in Québec.',
    );
    expect(compose('QC_CAI', 'fr', estimated).body).toMatch(
      /Personnes concernées : environ 1\s200, dont environ 800 résident au Québec\./,
    );
    expect(compose('GDPR_SA', 'en', estimated).body).toContain(
      'Personal data records concerned: approximately 4,000',
    );
  });

  it('exact counts do not', () => {
    const body = compose('PIPEDA_OPC', 'en').body;
    expect(body).toContain('Individuals affected: 1,200, of whom 350 in Canada outside Québec.');
    expect(body).not.toContain('approximately');
    expect(compose('PIPEDA_OPC', 'fr').body).not.toContain('environ');
  });

  it('times are printed in the given zone, which is named', () => {
    expect(compose('QC_CAI', 'en').body).toContain(
      'The incident took place from 2026-03-01 17:00 (America/Toronto) to 2026-03-02 02:30 (America/Toronto).',
    );
    expect(compose('QC_CAI', 'fr').body).toContain(
      "L'entreprise a pris connaissance de l'incident le 2026-03-02 à 4 h (America/Toronto).",
    );
    const paris = compose('GDPR_SA', 'en', aNoticeInput({ timeZone: 'Europe/Paris' }));
    expect(paris.body).toContain('We became aware of it on 2026-03-02 10:00 (Europe/Paris).');
  });

  it.each<[string, string | null, string | null, string]>([
    ['one instant', AWARE, AWARE, 'The incident took place on 2026-03-02 04:00 (America/Toronto).'],
    [
      'start only',
      OCCURRED_START,
      null,
      'The incident took place starting 2026-03-01 17:00 (America/Toronto) (its end is not yet known).',
    ],
    [
      'end only',
      null,
      OCCURRED_END,
      'The incident took place until 2026-03-02 02:30 (America/Toronto) (its start is not yet known).',
    ],
  ])('an occurrence with %s is a filled item', (_, occurredStart, occurredEnd, expected) => {
    const notice = compose(
      'QC_CAI',
      'en',
      aNoticeInput({ assessment: anAssessment({ occurredStart, occurredEnd }) }),
    );
    expect(notice.body).toContain(expected);
    expect(item(notice, 'occurrence').filled).toBe(true);
  });

  it('rejects a zone-less time and an unknown zone', () => {
    const incident = { ...aNoticeInput().incident, detectedAt: '2026-03-02T08:00:00' };
    expect(() => composeNotice(aNoticeInput({ incident }))).toThrow(RangeError);
    expect(() => composeNotice(aNoticeInput({ timeZone: 'Mars/Olympus' }))).toThrow(RangeError);
  });
});

describe('composeNotice: French', () => {
  it('QC_CAI names the Commission and uses the Regulation’s terms, whatever the recipient', () => {
    const notice = compose('QC_CAI', 'fr', aNoticeInput({ recipient: { display: 'CAI' } }));
    expect(notice.subject).toBe("Avis d'incident de confidentialité (INC-12)");
    expect(notice.body).toContain("avise la Commission d'accès à l'information");
    expect(notice.body).toContain("risque qu'un préjudice sérieux soit causé");
    expect(notice.body).toMatch(/^Madame, Monsieur,$/m);
    expect(notice.legalSource).toContain('Règlement sur les incidents de confidentialité');
  });

  it('letters to persons use the formal "vous"', () => {
    const body = compose('QC_PERSONS', 'fr').body;
    expect(body).toContain('touche vos renseignements personnels');
    expect(body).toContain('Ce que vous pouvez faire');
    expect(body).not.toMatch(/\btu\b|\bton\b|\bta\b|\btes\b/);
  });

  it('the rule table’s English recipient labels are put in French', () => {
    const display = OBLIGATION_RULES.PIPEDA_OPC.recipient.label;
    const notice = compose('PIPEDA_OPC', 'fr', aNoticeInput({ recipient: { display } }));
    expect(notice.body).toContain(
      'Destinataire : Commissariat à la protection de la vie privée du Canada (CPVP)',
    );
    const client = compose('CONTRACT_CLIENT_24H', 'fr');
    expect(client.body).toContain('Destinataire : Acme');
  });

  it.each(NOTICE_RULES)('%s in French holds no English gap and no English greeting', (rule) => {
    const notice = compose(rule, 'fr', anEmptyInput());
    expect(notice.body).not.toContain('to complete');
    expect(notice.body).not.toContain('Dear ');
    expect(notice.body).toContain('[[à compléter : ');
    expect(notice.legalSource).not.toMatch(/\b(Regulation|Act)\b/);
  });
});

describe('NOTICE_GAP_PATTERN and findNoticeGaps', () => {
  it('finds both languages’ gaps with their offsets', () => {
    const text = 'A [[to complete: the NEQ]] and [[à compléter : le NEQ]].';
    expect(NOTICE_GAP_PATTERN.test(text)).toBe(true);
    expect(NOTICE_GAP_PATTERN.test('no gap [[here]]')).toBe(false);
    expect(findNoticeGaps(text)).toEqual([
      { start: 2, end: 26, what: 'the NEQ' },
      { start: 31, end: 55, what: 'le NEQ' },
    ]);
  });

  it('finds the gaps a composed notice holds', () => {
    const notice = compose('PIPEDA_INDIVIDUALS', 'en', anEmptyInput());
    const found = findNoticeGaps(notice.body);
    expect(found.map((g) => notice.body.slice(g.start, g.end))).toEqual(
      found.map((g) => `[[to complete: ${g.what}]]`),
    );
  });
});
