import type { NoticeRuleId } from './compose-notice.js';
import type {
  NoticeContext,
  NoticeLayout,
  NoticeSection,
  NoticeTemplate,
} from './notice-context.js';

const QC_ACT = 'Act respecting the protection of personal information in the private sector';
const QC_REG = 'Regulation respecting confidentiality incidents';
const PIPEDA = 'Personal Information Protection and Electronic Documents Act (PIPEDA)';
const PIPEDA_REGS = 'Breach of Security Safeguards Regulations';

const section = (key: string, label: string, heading: string, text: string): NoticeSection => ({
  heading,
  text,
  item: { key, label },
});

const lines = (...parts: (string | false | null)[]) =>
  parts.filter((part): part is string => typeof part === 'string' && part.length > 0).join('\n');

const orgName = ({ facts, fmt }: NoticeContext) =>
  fmt.or(facts.organization, 'the name of the organization');

const recipientName = ({ input }: NoticeContext) => input.recipient.display;

const header = (c: NoticeContext) => [
  `To: ${recipientName(c)}`,
  `From: ${orgName(c)}`,
  `Incident reference: ${c.facts.reference}`,
];

const signature = ({ facts, fmt }: NoticeContext) =>
  [
    facts.contactName,
    fmt.or(facts.organization, 'the name of the organization'),
    facts.contactEmail,
  ].filter((line): line is string => line !== null);

const contactBlock = ({ facts, fmt }: NoticeContext, role: string) =>
  lines(
    `Name: ${fmt.or(facts.contactName, `the name of the ${role}`)}`,
    `Email: ${fmt.or(facts.contactEmail, `the email address or telephone number of the ${role}`)}`,
  );

const contactSentence = ({ facts, fmt }: NoticeContext, who: string) =>
  `You can reach ${facts.contactName ?? who} at ${fmt.or(
    facts.contactEmail,
    'an email address or telephone number for questions about the incident',
  )}. Please quote reference ${facts.reference}.`;

const occurred = ({ facts, fmt }: NoticeContext, missing: string) => {
  const { occurredStart: start, occurredEnd: end } = facts;
  if (start && end) {
    return start === end ? `on ${fmt.time(start)}` : `from ${fmt.time(start)} to ${fmt.time(end)}`;
  }
  if (start) return `starting ${fmt.time(start)} (its end is not yet known)`;
  if (end) return `until ${fmt.time(end)} (its start is not yet known)`;
  return fmt.gap(missing);
};

const knownPeriod = (c: NoticeContext, subject: string) =>
  c.facts.occurredStart || c.facts.occurredEnd ? `${subject} took place ${occurred(c, '')}.` : null;

const progress = ({ facts, fmt }: NoticeContext) =>
  lines(
    facts.containedAt && `The incident was contained on ${fmt.time(facts.containedAt)}.`,
    facts.recoveredAt && `Normal operations were restored on ${fmt.time(facts.recoveredAt)}.`,
  );

const measures = (c: NoticeContext, missing: string) =>
  lines(c.fmt.or(c.facts.measuresTaken, missing), progress(c));

const count = ({ facts, fmt }: NoticeContext, value: number | null, missing: string) =>
  fmt.count(value, facts.isEstimate, missing);

const SIGN_OFF = 'Sincerely,';
const GREETING = 'Dear Sir or Madam,';

// ——— Québec: Regulation respecting confidentiality incidents (CQLR c. A-2.1, r. 3.1) ———

const qcNoticeToPersons = (c: NoticeContext) => {
  const { facts, fmt } = c;
  if (facts.lawEnforcementHold) {
    return (
      'Notice to the persons concerned is deferred, as section 3.5 of the Act allows, because it ' +
      'could hamper an investigation by a body responsible by law for the prevention, detection ' +
      'or repression of crime. They will be notified promptly once that is no longer the case.'
    );
  }
  if (facts.qcRiskOfSeriousInjury) {
    return (
      'The persons concerned will be notified directly and promptly, by a written notice ' +
      'containing the information required by section 5 of the Regulation.'
    );
  }
  return fmt.gap(
    'the measures taken or intended to notify the persons concerned, and the date they were notified or the expected time limit',
  );
};

const qcOtherAuthorities = ({ facts, fmt }: NoticeContext) => {
  const notified = facts.otherAuthoritiesNotified;
  if (notified === null) {
    return fmt.gap(
      'whether a body outside Québec that oversees the protection of personal information (e.g. the Office of the Privacy Commissioner of Canada, an EU supervisory authority) was notified; remove if not applicable',
    );
  }
  if (notified.length === 0) {
    return 'No body outside Québec that oversees the protection of personal information has been notified of this incident.';
  }
  return lines(
    'The following bodies outside Québec that oversee the protection of personal information have been notified:',
    ...notified.map(({ name, sentAt }) =>
      sentAt ? `- ${name}, on ${fmt.time(sentAt)}` : `- ${name} (notice in preparation)`,
    ),
  );
};

// Reg. s. 3: items 1–7 verified, 8–11 [U] per spec/domain.md §4a — confirm against legisquebec.
const qcSection3 = (c: NoticeContext, cite: string): NoticeSection[] => {
  const { facts, fmt } = c;
  return [
    section(
      'enterprise',
      `${cite} 3(1): name of the enterprise and its Québec enterprise number (NEQ), if any`,
      'Enterprise',
      lines(
        orgName(c),
        `Québec enterprise number (NEQ): ${fmt.or(
          facts.enterpriseNumber,
          'the Québec enterprise number (NEQ), or remove this line if the enterprise has none',
        )}`,
      ),
    ),
    section(
      'contactPerson',
      `${cite} 3(2): name and contact information of the person to contact about the incident`,
      'Person to contact',
      contactBlock(c, 'person to contact'),
    ),
    section(
      'personalInformation',
      `${cite} 3(3): description of the personal information concerned or, if it cannot be described, the reasons why`,
      'Personal information concerned',
      fmt.or(
        facts.personalInformation,
        'a description of the personal information concerned or, if it cannot be described, the reasons why',
      ),
    ),
    section(
      'circumstances',
      `${cite} 3(4): brief description of the circumstances of the incident and, if known, its cause`,
      'Circumstances and cause',
      fmt.or(
        facts.summary,
        'a brief description of the circumstances of the incident and, if known, its cause',
      ),
    ),
    section(
      'occurrence',
      `${cite} 3(5): date or period of the incident, or an approximation`,
      'When the incident occurred',
      `The incident took place ${occurred(c, 'the date or period of the incident, or an approximation')}.`,
    ),
    section(
      'awareness',
      `${cite} 3(6): date or period when the enterprise became aware of the incident`,
      'When the enterprise became aware of it',
      lines(
        `The enterprise became aware of the incident on ${fmt.timeOr(
          facts.awareAt,
          'the date the enterprise became aware of the incident',
        )}.`,
        facts.detectedAt !== facts.awareAt &&
          `It was first detected on ${fmt.time(facts.detectedAt)}.`,
      ),
    ),
    section(
      'personsConcerned',
      `${cite} 3(7): number of persons concerned and number residing in Québec, or approximations`,
      'Number of persons concerned',
      `Persons concerned: ${count(c, facts.persons, 'the number of persons concerned')}, of whom ${count(
        c,
        facts.personsQuebec,
        'the number residing in Québec',
      )} reside in Québec.`,
    ),
    section(
      'seriousInjury',
      `${cite} 3(8): elements leading to the conclusion of a risk of serious injury (sensitivity, possible misuse, anticipated consequences, likelihood of injurious use)`,
      'Why the incident presents a risk of serious injury',
      lines(
        fmt.or(
          facts.rationale,
          'the elements that led to the conclusion of a risk of serious injury: sensitivity of the information, possible ill-intentioned uses, anticipated consequences and the likelihood of injurious use',
        ),
        facts.likelyConsequences && `Anticipated consequences: ${facts.likelyConsequences}`,
        facts.consultedPersonInCharge &&
          `As section 3.7 of the Act requires, the person in charge of the protection of personal information (${facts.consultedPersonInCharge}) was consulted.`,
      ),
    ),
    section(
      'notifyingPersons',
      `${cite} 3(9): measures taken or intended to notify the persons concerned, and the date of the notice or its expected time limit`,
      'Notice to the persons concerned',
      qcNoticeToPersons(c),
    ),
    section(
      'measures',
      `${cite} 3(10): measures taken or intended to reduce the risk of injury and prevent new incidents of the same nature, with their dates`,
      'Measures taken or intended',
      measures(
        c,
        'the measures taken or intended to reduce the risk of injury and to prevent new incidents of the same nature, with their dates or expected time limits',
      ),
    ),
    section(
      'authoritiesOutsideQuebec',
      `${cite} 3(11): if applicable, bodies outside Québec with similar functions that were notified`,
      'Bodies outside Québec notified',
      qcOtherAuthorities(c),
    ),
  ];
};

const QC_CAI: NoticeTemplate = (c) => ({
  subject: `Notice of a confidentiality incident (${c.facts.reference})`,
  legalSource: `${QC_REG} (CQLR c. A-2.1, r. 3.1), s. 3; ${QC_ACT} (CQLR c. P-39.1), s. 3.5`,
  header: header(c),
  greeting: GREETING,
  intro: [
    `Under section 3.5 of the ${QC_ACT}, ${orgName(c)} notifies the Commission d'accès à l'information of a confidentiality incident${
      c.facts.qcRiskOfSeriousInjury
        ? ' that presents a risk of serious injury to the persons concerned'
        : ''
    }. The information required by section 3 of the ${QC_REG} follows.`,
  ],
  numbered: true,
  sections: qcSection3(c, 'Reg. s.'),
  closing: [
    `${orgName(c)} will promptly send the Commission any new information on these items (Regulation, s. 4).`,
  ],
  signOff: SIGN_OFF,
  signature: signature(c),
});

const QC_CAI_UPDATE: NoticeTemplate = (c) => ({
  subject: `Update to our notice of a confidentiality incident (${c.facts.reference})`,
  legalSource: `${QC_REG} (CQLR c. A-2.1, r. 3.1), s. 4`,
  header: header(c),
  greeting: GREETING,
  intro: [
    lines(
      `Further to our notice of a confidentiality incident (${c.facts.reference}), ${orgName(c)} sends the Commission d'accès à l'information the new information it has learned, as section 4 of the ${QC_REG} requires.`,
      c.facts.clockStartedAt &&
        `The new information was learned on ${c.fmt.time(c.facts.clockStartedAt)}.`,
    ),
    'Each item of section 3 is restated below as it is now known; it replaces the corresponding information in our earlier notice.',
  ],
  numbered: true,
  sections: qcSection3(c, 'Reg. s. 4, update of s.'),
  closing: ['We will keep the Commission informed of any further development.'],
  signOff: SIGN_OFF,
  signature: signature(c),
});

const QC_PERSONS: NoticeTemplate = (c) => {
  const { facts, fmt } = c;
  return {
    subject: `Confidentiality incident involving your personal information (${facts.reference})`,
    legalSource: `${QC_REG} (CQLR c. A-2.1, r. 3.1), s. 5; ${QC_ACT} (CQLR c. P-39.1), s. 3.5`,
    header: [],
    greeting: GREETING,
    intro: [
      `We are writing to inform you of a confidentiality incident at ${orgName(c)} that involves your personal information.${
        facts.qcRiskOfSeriousInjury
          ? ' Québec law requires us to tell you about it, because the incident presents a risk of serious injury to the persons concerned.'
          : ''
      }`,
    ],
    numbered: false,
    sections: [
      section(
        'circumstances',
        'Reg. s. 5(2): brief description of the circumstances of the incident',
        'What happened',
        fmt.or(facts.summary, 'a brief description of the circumstances of the incident'),
      ),
      section(
        'occurrence',
        'Reg. s. 5(3): date or period of the incident, or an approximation',
        'When it happened',
        `The incident took place ${occurred(c, 'the date or period of the incident, or an approximation')}.`,
      ),
      section(
        'personalInformation',
        'Reg. s. 5(1): description of the personal information concerned or, if it cannot be described, the reasons why',
        'What personal information is concerned',
        fmt.or(
          facts.personalInformation,
          'a description of the personal information concerned or, if it cannot be described, the reasons why',
        ),
      ),
      section(
        'measuresTaken',
        'Reg. s. 5(4): brief description of the measures taken or intended to reduce the risk of injury',
        'What we are doing',
        measures(c, 'the measures taken or intended to reduce the risk of injury'),
      ),
      section(
        'measuresForPersons',
        'Reg. s. 5(5): measures the person can take to reduce the risk of injury or mitigate it',
        'What you can do',
        fmt.or(
          facts.measuresForPersons,
          'the measures the person can take to reduce the risk of injury or to mitigate it',
        ),
      ),
      section(
        'contact',
        'Reg. s. 5(6): contact information for more information about the incident',
        'For more information',
        contactSentence(c, 'our person in charge of the protection of personal information'),
      ),
    ],
    lawOrder: [
      'personalInformation',
      'circumstances',
      'occurrence',
      'measuresTaken',
      'measuresForPersons',
      'contact',
    ],
    closing: ['We regret this incident and any inconvenience it may cause you.'],
    signOff: SIGN_OFF,
    signature: signature(c),
  };
};

const QC_THIRD_PARTIES: NoticeTemplate = (c) => {
  const { facts, fmt } = c;
  return {
    subject: `Confidentiality incident: your help to reduce the risk of injury (${facts.reference})`,
    legalSource: `${QC_ACT} (CQLR c. P-39.1), s. 3.5, para. 2`,
    header: header(c),
    greeting: GREETING,
    intro: [
      `${orgName(c)} has had a confidentiality incident involving personal information it holds. Because you may be able to reduce the risk of injury to the persons concerned, we are informing you of it under the second paragraph of section 3.5 of the ${QC_ACT}. We are communicating only the personal information necessary for that purpose.`,
    ],
    numbered: true,
    sections: [
      section(
        'circumstances',
        'P-39.1 s. 3.5 para. 2: what the recipient needs to know of the incident',
        'The incident',
        fmt.or(facts.summary, 'a brief description of the incident'),
      ),
      section(
        'necessaryInformation',
        'P-39.1 s. 3.5 para. 2: only the personal information necessary to reduce the risk',
        'Personal information communicated',
        fmt.or(
          facts.personalInformation,
          'the personal information communicated, limited to what the recipient needs to reduce the risk',
        ),
      ),
      section(
        'riskToReduce',
        'P-39.1 s. 3.5 para. 2: the risk of injury the recipient can help reduce',
        'The risk we ask you to help reduce',
        fmt.or(facts.likelyConsequences, 'the injury the persons concerned could suffer'),
      ),
      section(
        'contact',
        'Person to contact about the incident',
        'Person to contact',
        contactBlock(c, 'person to contact'),
      ),
    ],
    closing: [
      'Please use this information only to reduce the risk of injury to the persons concerned, and keep it confidential.',
    ],
    signOff: SIGN_OFF,
    signature: signature(c),
  };
};

// ——— PIPEDA (S.C. 2000, c. 5) and the Breach of Security Safeguards Regulations (SOR/2018-64) ———

const pipedaNoticeToIndividuals = ({ facts, fmt }: NoticeContext) =>
  facts.pipedaRealRiskOfSignificantHarm
    ? `The affected individuals will be notified directly and as soon as feasible, as subsection 10.1(3) of PIPEDA requires, by a notice containing the information required by section 3 of the Regulations.`
    : fmt.gap(
        'the steps taken or intended to notify the affected individuals under subsection 10.1(3) of PIPEDA',
      );

const PIPEDA_OPC: NoticeTemplate = (c) => {
  const { facts, fmt } = c;
  return {
    subject: `Report of a breach of security safeguards (${facts.reference})`,
    legalSource: `${PIPEDA_REGS} (SOR/2018-64), s. 2(1); PIPEDA s. 10.1(1)–(2)`,
    header: header(c),
    greeting: GREETING,
    intro: [
      lines(
        `Under subsection 10.1(1) of the ${PIPEDA}, ${orgName(c)} reports to the Privacy Commissioner of Canada a breach of security safeguards involving personal information under its control${
          facts.pipedaRealRiskOfSignificantHarm
            ? ', which it believes creates a real risk of significant harm to individuals'
            : ''
        }. The information required by subsection 2(1) of the ${PIPEDA_REGS} follows.`,
        facts.breachDeterminedAt &&
          `We determined that the breach had occurred on ${fmt.time(facts.breachDeterminedAt)}.`,
      ),
    ],
    numbered: true,
    sections: [
      section(
        'circumstances',
        'Regs s. 2(1)(a): circumstances of the breach and, if known, its cause',
        'Circumstances and cause',
        fmt.or(facts.summary, 'the circumstances of the breach and, if known, its cause'),
      ),
      section(
        'occurrence',
        'Regs s. 2(1)(b): day or period of the breach or, if neither is known, the approximate period',
        'When the breach occurred',
        `The breach took place ${occurred(c, 'the day or period of the breach or, if neither is known, the approximate period')}.`,
      ),
      section(
        'personalInformation',
        'Regs s. 2(1)(c): description of the personal information concerned, to the extent known',
        'Personal information concerned',
        fmt.or(
          facts.personalInformation,
          'a description of the personal information that is the subject of the breach, to the extent known',
        ),
      ),
      section(
        'individualsAffected',
        'Regs s. 2(1)(d): number of individuals affected or, if unknown, the approximate number',
        'Number of individuals affected',
        `Individuals affected: ${count(c, facts.persons, 'the number of individuals affected, or an approximation')}${
          facts.personsCanadaOutsideQuebec !== null
            ? `, of whom ${count(c, facts.personsCanadaOutsideQuebec, '')} in Canada outside Québec`
            : ''
        }.`,
      ),
      section(
        'stepsToReduceHarm',
        'Regs s. 2(1)(e): steps taken to reduce the risk of harm or mitigate it',
        'Steps taken to reduce the risk of harm',
        measures(
          c,
          'the steps taken to reduce the risk of harm to affected individuals or to mitigate that harm',
        ),
      ),
      section(
        'notifyingIndividuals',
        'Regs s. 2(1)(f): steps taken or intended to notify affected individuals',
        'Notice to affected individuals',
        pipedaNoticeToIndividuals(c),
      ),
      section(
        'contact',
        'Regs s. 2(1)(g): name and contact information of a person who can answer the Commissioner’s questions',
        'Person who can answer your questions',
        contactBlock(c, 'person who can answer questions about the breach'),
      ),
    ],
    closing: [
      `${orgName(c)} will send the Office any new information it learns about the breach (Regulations, s. 2(2)).`,
    ],
    signOff: SIGN_OFF,
    signature: signature(c),
  };
};

const PIPEDA_INDIVIDUALS: NoticeTemplate = (c) => {
  const { facts, fmt } = c;
  return {
    subject: `Breach of security safeguards involving your personal information (${facts.reference})`,
    legalSource: `${PIPEDA_REGS} (SOR/2018-64), s. 3; PIPEDA s. 10.1(3)–(6)`,
    header: [],
    greeting: GREETING,
    intro: [
      `We are writing to tell you about a breach of security safeguards at ${orgName(c)} involving your personal information.${
        facts.pipedaRealRiskOfSignificantHarm
          ? ' We believe the breach creates a real risk of significant harm to you.'
          : ''
      } This notice explains what happened and what you can do to protect yourself.`,
    ],
    numbered: false,
    sections: [
      section(
        'circumstances',
        'Regs s. 3(a): circumstances of the breach',
        'What happened',
        fmt.or(facts.summary, 'the circumstances of the breach'),
      ),
      section(
        'occurrence',
        'Regs s. 3(b): day or period of the breach or, if neither is known, the approximate period',
        'When it happened',
        `The breach took place ${occurred(c, 'the day or period of the breach or, if neither is known, the approximate period')}.`,
      ),
      section(
        'personalInformation',
        'Regs s. 3(c): description of the personal information concerned, to the extent known',
        'What personal information is involved',
        fmt.or(
          facts.personalInformation,
          'a description of the personal information that is the subject of the breach, to the extent known',
        ),
      ),
      section(
        'stepsToReduceHarm',
        'Regs s. 3(d): steps taken to reduce the risk of harm',
        'What we have done',
        measures(c, 'the steps taken to reduce the risk of harm that could result from the breach'),
      ),
      section(
        'stepsForIndividuals',
        'Regs s. 3(e): steps the individual could take to reduce the risk of harm or mitigate it',
        'What you can do',
        fmt.or(
          facts.measuresForPersons,
          'the steps the individual could take to reduce the risk of harm or to mitigate it',
        ),
      ),
      section(
        'contact',
        'Regs s. 3(f): contact information for further information about the breach',
        'For more information',
        contactSentence(c, 'our privacy officer'),
      ),
    ],
    closing: ['We regret this breach and any inconvenience it may cause you.'],
    signOff: SIGN_OFF,
    signature: signature(c),
  };
};

const PIPEDA_ORGS: NoticeTemplate = (c) => {
  const { facts, fmt } = c;
  return {
    subject: `Breach of security safeguards: your help to reduce the risk of harm (${facts.reference})`,
    legalSource: 'PIPEDA s. 10.2 (no prescribed content)',
    header: header(c),
    greeting: GREETING,
    intro: [
      `${orgName(c)} has had a breach of security safeguards involving personal information under its control and is notifying the individuals affected. Because your organization may be able to reduce the risk of harm to them or mitigate that harm, we are notifying you under section 10.2 of the ${PIPEDA} and ask for your help.`,
    ],
    numbered: true,
    sections: [
      section(
        'circumstances',
        'PIPEDA s. 10.2: what happened',
        'What happened',
        fmt.or(facts.summary, 'a brief description of the breach'),
      ),
      section(
        'harmToReduce',
        'PIPEDA s. 10.2: the harm the organization may reduce or mitigate',
        'The harm we ask you to help reduce',
        fmt.or(facts.likelyConsequences, 'the harm the individuals could suffer'),
      ),
      section(
        'contact',
        'PIPEDA s. 10.2: person to contact',
        'Person to contact',
        contactBlock(c, 'person to contact'),
      ),
    ],
    closing: [
      'Please tell us what your organization can do. Use any personal information we share with you only to reduce the risk of harm.',
    ],
    signOff: SIGN_OFF,
    signature: signature(c),
  };
};

// ——— GDPR (Regulation (EU) 2016/679) ———

const gdprNature = (c: NoticeContext, persons: 'data subjects' | 'people') => {
  const { facts, fmt } = c;
  const eu =
    facts.personsEu !== null ? ` (of whom ${count(c, facts.personsEu, '')} in the EU)` : '';
  if (persons === 'people') {
    return lines(
      fmt.or(facts.summary, 'what happened, in clear and plain language'),
      `The personal data involved: ${fmt.or(facts.personalInformation, 'the kinds of personal data involved')}`,
      knownPeriod(c, 'It'),
    );
  }
  return lines(
    fmt.or(facts.summary, 'a description of the nature of the breach'),
    `Categories of personal data concerned: ${fmt.or(facts.personalInformation, 'the categories of personal data concerned')}`,
    `Data subjects concerned: ${count(c, facts.persons, 'the approximate number of data subjects concerned')}${eu}`,
    `Personal data records concerned: ${count(c, facts.records, 'the approximate number of personal data records concerned')}`,
    knownPeriod(c, 'The breach'),
  );
};

const gdprItems = (c: NoticeContext, cite: string): NoticeSection[] => {
  const { facts, fmt } = c;
  return [
    section(
      'nature',
      `${cite}(a): nature of the breach, with the categories and approximate numbers of data subjects and of personal data records concerned`,
      'Nature of the breach',
      gdprNature(c, 'data subjects'),
    ),
    section(
      'contact',
      `${cite}(b): name and contact details of the data protection officer or other contact point`,
      'Data protection officer or other contact point',
      contactBlock(c, 'data protection officer or other contact point'),
    ),
    section(
      'consequences',
      `${cite}(c): likely consequences of the breach`,
      'Likely consequences',
      fmt.or(facts.likelyConsequences, 'the likely consequences of the breach'),
    ),
    section(
      'measures',
      `${cite}(d): measures taken or proposed to address the breach, including to mitigate its possible adverse effects`,
      'Measures taken or proposed',
      measures(
        c,
        'the measures taken or proposed to address the breach, including measures to mitigate its possible adverse effects',
      ),
    ),
  ];
};

const GDPR_SA: NoticeTemplate = (c) => {
  const { facts, fmt } = c;
  const delay: NoticeSection[] =
    c.late && facts.dueAt
      ? [
          section(
            'delayReasons',
            'GDPR Art. 33(1): reasons for the delay, the notification being later than 72 hours',
            'Reasons for the delay',
            lines(
              `This notification is made more than 72 hours after we became aware of the breach; the 72-hour deadline was ${fmt.time(facts.dueAt)}.`,
              `The reasons for the delay: ${fmt.gap('the reasons for the delay (GDPR Art. 33(1))')}`,
            ),
          ),
        ]
      : [];
  return {
    subject: `Notification of a personal data breach under Article 33 GDPR (${facts.reference})`,
    legalSource: 'GDPR (Regulation (EU) 2016/679), Art. 33(1), (3) and (4)',
    header: header(c),
    greeting: GREETING,
    intro: [
      `Under Article 33 of the General Data Protection Regulation (GDPR), ${orgName(c)}, as controller, notifies you of a personal data breach. We became aware of it on ${fmt.timeOr(
        facts.awareAt,
        'when the controller became aware of the breach',
      )}. The information required by Article 33(3) follows.`,
    ],
    numbered: true,
    sections: [...gdprItems(c, 'GDPR Art. 33(3)'), ...delay],
    closing: [
      'Where information is not yet available, we will provide it in phases without undue further delay (Art. 33(4)).',
    ],
    signOff: SIGN_OFF,
    signature: signature(c),
  };
};

const GDPR_DATA_SUBJECTS: NoticeTemplate = (c) => {
  const { facts, fmt } = c;
  const advice: NoticeSection[] = facts.measuresForPersons
    ? [{ heading: 'What you can do', text: facts.measuresForPersons }]
    : [];
  return {
    subject: `A breach involving your personal data (${facts.reference})`,
    legalSource: 'GDPR (Regulation (EU) 2016/679), Art. 34(1)–(2)',
    header: [],
    greeting: GREETING,
    intro: [
      `We are writing to let you know that ${orgName(c)} has had a personal data breach that involves your personal data.${
        facts.gdprRisk === 'high'
          ? ' We are telling you because it could put your rights and freedoms at high risk.'
          : ''
      } We want you to understand what happened and what you can do.`,
    ],
    numbered: false,
    sections: [
      section(
        'nature',
        'GDPR Art. 34(2): the nature of the breach, in clear and plain language',
        'What happened',
        gdprNature(c, 'people'),
      ),
      section(
        'consequences',
        'GDPR Art. 34(2) and 33(3)(c): likely consequences of the breach',
        'What this could mean for you',
        fmt.or(facts.likelyConsequences, 'the likely consequences of the breach for the person'),
      ),
      section(
        'measures',
        'GDPR Art. 34(2) and 33(3)(d): measures taken or proposed, including to mitigate possible adverse effects',
        'What we are doing',
        measures(
          c,
          'the measures taken or proposed to address the breach and to limit its possible effects',
        ),
      ),
      ...advice,
      section(
        'contact',
        'GDPR Art. 34(2) and 33(3)(b): name and contact details of the data protection officer or other contact point',
        'Who to contact',
        contactSentence(c, 'our data protection officer'),
      ),
    ],
    lawOrder: ['nature', 'contact', 'consequences', 'measures'],
    closing: ['We are sorry this happened and will keep you informed if anything changes.'],
    signOff: SIGN_OFF,
    signature: signature(c),
  };
};

const GDPR_PROCESSOR_TO_CONTROLLER: NoticeTemplate = (c) => {
  const { facts, fmt } = c;
  return {
    subject: `Personal data breach notice from your processor (${facts.reference})`,
    legalSource: 'GDPR (Regulation (EU) 2016/679), Art. 33(2), with the content of Art. 33(3)',
    header: header(c),
    greeting: GREETING,
    intro: [
      `As your processor, ${orgName(c)} notifies you without undue delay, under Article 33(2) of the GDPR, of a personal data breach affecting personal data we process on your behalf. The information below is meant to help you assess the breach and, where required, notify your supervisory authority (Art. 33) and the data subjects (Art. 34).`,
    ],
    numbered: true,
    sections: [
      section(
        'processorAwareness',
        'GDPR Art. 33(2): when the processor became aware of the breach',
        'When we became aware of the breach',
        `We became aware of the breach on ${fmt.timeOr(
          facts.awareAtProcessor,
          'when the processor became aware of the breach',
        )}.`,
      ),
      ...gdprItems(c, 'GDPR Art. 33(3)'),
    ],
    closing: [
      'We will send you further information in phases as our investigation progresses, and will assist you in meeting your obligations under Articles 33 and 34 (Art. 28(3)(f)).',
    ],
    signOff: SIGN_OFF,
    signature: signature(c),
  };
};

// ——— The company's client contract ———

const contractData = ({ facts, fmt }: NoticeContext) => {
  if (facts.personalInformation) return `Data concerned: ${facts.personalInformation}`;
  if (facts.personalDataInvolved === false) {
    return 'Our assessment so far is that no personal information is involved.';
  }
  return fmt.gap('the data and services affected');
};

const CONTRACT_CLIENT_24H: NoticeTemplate = (c) => {
  const { facts, fmt } = c;
  return {
    subject: `Security incident notice (${facts.reference}): ${facts.title}`,
    legalSource: 'Client agreement: security incident notice within 24 hours',
    header: header(c),
    greeting: GREETING,
    intro: [
      `As our agreement provides, ${orgName(c)} is notifying you of a security incident that affects ${
        c.input.recipient.organizationName ?? 'your organization'
      }.`,
    ],
    numbered: true,
    sections: [
      section(
        'whatHappened',
        'Contract: what happened',
        'What happened',
        lines(
          fmt.or(facts.summary, 'a description of what happened'),
          facts.category && `Type of incident: ${facts.category}`,
          `Severity on our scale (SEV1 is the highest): ${facts.severity}`,
        ),
      ),
      section(
        'when',
        'Contract: when it happened and when it was detected',
        'When',
        lines(
          `The incident took place ${occurred(c, 'when the incident occurred, or an approximation')}.`,
          `We detected it on ${fmt.time(facts.detectedAt)}.`,
          facts.awareAt &&
            facts.awareAt !== facts.detectedAt &&
            `We became aware of the incident on ${fmt.time(facts.awareAt)}.`,
        ),
      ),
      section(
        'dataAndServices',
        'Contract: data and services affected',
        'Data and services affected',
        contractData(c),
      ),
      section(
        'actions',
        'Contract: what is being done',
        'What we are doing',
        measures(c, 'what is being done to contain the incident and limit its effects'),
      ),
      section(
        'contact',
        'Contract: who to contact',
        'Who to contact',
        contactBlock(c, 'person to contact'),
      ),
    ],
    closing: ['We will keep you informed as our investigation progresses.'],
    signOff: SIGN_OFF,
    signature: signature(c),
  };
};

export const EN_TEMPLATES: Record<NoticeRuleId, (context: NoticeContext) => NoticeLayout> = {
  CONTRACT_CLIENT_24H,
  QC_CAI,
  QC_CAI_UPDATE,
  QC_PERSONS,
  QC_THIRD_PARTIES,
  PIPEDA_OPC,
  PIPEDA_INDIVIDUALS,
  PIPEDA_ORGS,
  GDPR_SA,
  GDPR_DATA_SUBJECTS,
  GDPR_PROCESSOR_TO_CONTROLLER,
};
