import { OBLIGATION_RULES } from '../obligations/rules.js';
import type { NoticeRuleId } from './compose-notice.js';
import type {
  NoticeContext,
  NoticeLayout,
  NoticeSection,
  NoticeTemplate,
} from './notice-context.js';

// Typographie : espace avant le deux-points, aucune avant le point-virgule (usage québécois, OQLF).

const LOI_QC = 'Loi sur la protection des renseignements personnels dans le secteur privé';
const REGL_QC = 'Règlement sur les incidents de confidentialité';
const LPRPDE =
  'Loi sur la protection des renseignements personnels et les documents électroniques (LPRPDE)';
const REGL_LPRPDE = 'Règlement sur les atteintes aux mesures de sécurité';

/** The rules' generic recipient labels are English; a real name (a client, "CNIL") is kept as given. */
const FRENCH_RECIPIENTS: Record<string, string> = {
  [OBLIGATION_RULES.CONTRACT_CLIENT_24H.recipient.label]:
    'Client touché (ses responsables de la sécurité)',
  [OBLIGATION_RULES.QC_PERSONS.recipient.label]:
    'Chaque personne dont un renseignement personnel est concerné',
  [OBLIGATION_RULES.QC_THIRD_PARTIES.recipient.label]:
    'Personnes ou organismes susceptibles de diminuer le risque',
  [OBLIGATION_RULES.PIPEDA_OPC.recipient.label]:
    'Commissariat à la protection de la vie privée du Canada (CPVP)',
  [OBLIGATION_RULES.PIPEDA_INDIVIDUALS.recipient.label]: 'Personnes touchées',
  [OBLIGATION_RULES.PIPEDA_ORGS.recipient.label]:
    'Organisations ou institutions gouvernementales susceptibles de réduire le risque',
  [OBLIGATION_RULES.GDPR_SA.recipient.label]: 'Autorité de contrôle compétente (Union européenne)',
  [OBLIGATION_RULES.GDPR_DATA_SUBJECTS.recipient.label]: 'Personnes concernées',
  [OBLIGATION_RULES.GDPR_PROCESSOR_TO_CONTROLLER.recipient.label]:
    "Le responsable du traitement (le client de l'Union européenne)",
  'The controller (no client linked yet)':
    "Le responsable du traitement (aucun client lié pour l'instant)",
};

const section = (key: string, label: string, heading: string, text: string): NoticeSection => ({
  heading,
  text,
  item: { key, label },
});

const lines = (...parts: (string | false | null)[]) =>
  parts.filter((part): part is string => typeof part === 'string' && part.length > 0).join('\n');

const orgName = ({ facts, fmt }: NoticeContext) =>
  fmt.or(facts.organization, "le nom de l'organisation");

const recipientName = ({ input }: NoticeContext) =>
  Object.hasOwn(FRENCH_RECIPIENTS, input.recipient.display)
    ? FRENCH_RECIPIENTS[input.recipient.display]
    : input.recipient.display;

const header = (c: NoticeContext) => [
  `Destinataire : ${recipientName(c)}`,
  `Expéditeur : ${orgName(c)}`,
  `Référence de l'incident : ${c.facts.reference}`,
];

const signature = ({ facts, fmt }: NoticeContext) =>
  [
    facts.contactName,
    fmt.or(facts.organization, "le nom de l'organisation"),
    facts.contactEmail,
  ].filter((line): line is string => line !== null);

const contactBlock = ({ facts, fmt }: NoticeContext, role: string) =>
  lines(
    `Nom : ${fmt.or(facts.contactName, `le nom de la ${role}`)}`,
    `Courriel : ${fmt.or(facts.contactEmail, `l'adresse courriel ou le numéro de téléphone de la ${role}`)}`,
  );

const contactSentence = ({ facts, fmt }: NoticeContext, who: string) =>
  `Pour toute question, vous pouvez joindre ${facts.contactName ?? who} : ${fmt.or(
    facts.contactEmail,
    "une adresse courriel ou un numéro de téléphone pour obtenir plus de renseignements sur l'incident",
  )}, en mentionnant la référence ${facts.reference}.`;

const occurred = ({ facts, fmt }: NoticeContext, missing: string) => {
  const { occurredStart: start, occurredEnd: end } = facts;
  if (start && end) {
    return start === end ? `le ${fmt.time(start)}` : `du ${fmt.time(start)} au ${fmt.time(end)}`;
  }
  if (start) return `à partir du ${fmt.time(start)} (la fin n'est pas encore connue)`;
  if (end) return `jusqu'au ${fmt.time(end)} (le début n'est pas encore connu)`;
  return fmt.gap(missing);
};

const knownPeriod = (c: NoticeContext, subject: string) =>
  c.facts.occurredStart || c.facts.occurredEnd ? `${subject} a eu lieu ${occurred(c, '')}.` : null;

const progress = ({ facts, fmt }: NoticeContext) =>
  lines(
    facts.containedAt && `L'incident a été maîtrisé le ${fmt.time(facts.containedAt)}.`,
    facts.recoveredAt &&
      `Les activités normales ont été rétablies le ${fmt.time(facts.recoveredAt)}.`,
  );

const measures = (c: NoticeContext, missing: string) =>
  lines(c.fmt.or(c.facts.measuresTaken, missing), progress(c));

const count = ({ facts, fmt }: NoticeContext, value: number | null, missing: string) =>
  fmt.count(value, facts.isEstimate, missing);

const GREETING = 'Madame, Monsieur,';
const SIGN_OFF = 'Veuillez agréer, Madame, Monsieur, nos salutations distinguées.';

// ——— Québec : Règlement sur les incidents de confidentialité (RLRQ, c. A-2.1, r. 3.1) ———

const qcNoticeToPersons = ({ facts, fmt }: NoticeContext) => {
  if (facts.lawEnforcementHold) {
    return (
      "L'avis aux personnes concernées est différé, comme le permet l'article 3.5 de la Loi, " +
      "parce qu'il serait susceptible d'entraver une enquête menée par une personne ou un organisme " +
      'chargé par la loi de prévenir, de détecter ou de réprimer le crime. Ces personnes seront ' +
      'avisées avec diligence dès que ce ne sera plus le cas.'
    );
  }
  if (facts.qcRiskOfSeriousInjury) {
    return (
      'Les personnes concernées seront avisées directement et avec diligence, par un avis écrit ' +
      "contenant les renseignements exigés par l'article 5 du Règlement."
    );
  }
  return fmt.gap(
    "les mesures prises ou envisagées pour aviser les personnes concernées, et la date de l'avis ou le délai prévu",
  );
};

const qcOtherAuthorities = ({ facts, fmt }: NoticeContext) => {
  const notified = facts.otherAuthoritiesNotified;
  if (notified === null) {
    return fmt.gap(
      "si une personne ou un organisme hors Québec chargé de surveiller la protection des renseignements personnels (p. ex. le Commissariat à la protection de la vie privée du Canada ou une autorité de contrôle de l'Union européenne) a été avisé; retirer si sans objet",
    );
  }
  if (notified.length === 0) {
    return "Aucun organisme hors Québec chargé de surveiller la protection des renseignements personnels n'a été avisé de cet incident.";
  }
  return lines(
    'Les organismes hors Québec chargés de surveiller la protection des renseignements personnels suivants ont été avisés :',
    ...notified.map(({ name, sentAt }) =>
      sentAt ? `- ${name}, le ${fmt.time(sentAt)}` : `- ${name} (avis en préparation)`,
    ),
  );
};

// Règl., art. 3 : éléments 1° à 7° vérifiés, 8° à 11° [U] selon spec/domain.md §4a.
const qcSection3 = (c: NoticeContext, cite: (n: number) => string): NoticeSection[] => {
  const { facts, fmt } = c;
  return [
    section(
      'enterprise',
      `${cite(1)} : nom de l'entreprise et, le cas échéant, son numéro d'entreprise du Québec (NEQ)`,
      'Entreprise',
      lines(
        orgName(c),
        `Numéro d'entreprise du Québec (NEQ) : ${fmt.or(
          facts.enterpriseNumber,
          "le numéro d'entreprise du Québec (NEQ), ou retirer cette ligne si l'entreprise n'en a pas",
        )}`,
      ),
    ),
    section(
      'contactPerson',
      `${cite(2)} : nom et coordonnées de la personne à joindre au sujet de l'incident`,
      'Personne à joindre',
      contactBlock(c, 'personne à joindre'),
    ),
    section(
      'personalInformation',
      `${cite(3)} : description des renseignements personnels visés ou, s'ils ne peuvent être décrits, les raisons de cette impossibilité`,
      'Renseignements personnels visés',
      fmt.or(
        facts.personalInformation,
        "une description des renseignements personnels visés ou, s'ils ne peuvent être décrits, les raisons de cette impossibilité",
      ),
    ),
    section(
      'circumstances',
      `${cite(4)} : brève description des circonstances de l'incident et, si elle est connue, de sa cause`,
      'Circonstances et cause',
      fmt.or(
        facts.summary,
        "une brève description des circonstances de l'incident et, si elle est connue, de sa cause",
      ),
    ),
    section(
      'occurrence',
      `${cite(5)} : date ou période de l'incident, ou une approximation`,
      "Date ou période de l'incident",
      `L'incident a eu lieu ${occurred(c, "la date ou la période de l'incident, ou une approximation")}.`,
    ),
    section(
      'awareness',
      `${cite(6)} : date ou période où l'entreprise a pris connaissance de l'incident`,
      "Prise de connaissance de l'incident",
      lines(
        `L'entreprise a pris connaissance de l'incident le ${fmt.timeOr(
          facts.awareAt,
          "la date où l'entreprise a pris connaissance de l'incident",
        )}.`,
        facts.detectedAt !== facts.awareAt &&
          `L'incident a été détecté pour la première fois le ${fmt.time(facts.detectedAt)}.`,
      ),
    ),
    section(
      'personsConcerned',
      `${cite(7)} : nombre de personnes concernées et nombre de celles qui résident au Québec, ou des approximations`,
      'Nombre de personnes concernées',
      `Personnes concernées : ${count(c, facts.persons, 'le nombre de personnes concernées')}, dont ${count(
        c,
        facts.personsQuebec,
        'le nombre de personnes qui résident au Québec',
      )} résident au Québec.`,
    ),
    section(
      'seriousInjury',
      `${cite(8)} : éléments permettant de conclure à un risque de préjudice sérieux (sensibilité, utilisations malveillantes possibles, conséquences appréhendées, probabilité d'une utilisation préjudiciable)`,
      'Éléments permettant de conclure à un risque de préjudice sérieux',
      lines(
        fmt.or(
          facts.rationale,
          "les éléments qui ont mené à conclure à un risque de préjudice sérieux : sensibilité des renseignements, utilisations malveillantes possibles, conséquences appréhendées et probabilité d'une utilisation préjudiciable",
        ),
        facts.likelyConsequences && `Conséquences appréhendées : ${facts.likelyConsequences}`,
        facts.consultedPersonInCharge &&
          `Conformément à l'article 3.7 de la Loi, la personne responsable de la protection des renseignements personnels (${facts.consultedPersonInCharge}) a été consultée.`,
      ),
    ),
    section(
      'notifyingPersons',
      `${cite(9)} : mesures prises ou envisagées pour aviser les personnes concernées, et date de l'avis ou délai prévu`,
      'Avis aux personnes concernées',
      qcNoticeToPersons(c),
    ),
    section(
      'measures',
      `${cite(10)} : mesures prises ou envisagées pour diminuer les risques de préjudice et éviter de nouveaux incidents de même nature, avec leurs dates`,
      'Mesures prises ou envisagées',
      measures(
        c,
        'les mesures prises ou envisagées pour diminuer les risques de préjudice et éviter de nouveaux incidents de même nature, avec leurs dates ou délais prévus',
      ),
    ),
    section(
      'authoritiesOutsideQuebec',
      `${cite(11)} : le cas échéant, organismes hors Québec exerçant des fonctions semblables qui ont été avisés`,
      'Organismes hors Québec avisés',
      qcOtherAuthorities(c),
    ),
  ];
};

const QC_CAI: NoticeTemplate = (c) => ({
  subject: `Avis d'incident de confidentialité (${c.facts.reference})`,
  legalSource: `${REGL_QC} (RLRQ, c. A-2.1, r. 3.1), art. 3; ${LOI_QC} (RLRQ, c. P-39.1), art. 3.5`,
  header: header(c),
  greeting: GREETING,
  intro: [
    `Conformément à l'article 3.5 de la ${LOI_QC}, ${orgName(c)} avise la Commission d'accès à l'information d'un incident de confidentialité${
      c.facts.qcRiskOfSeriousInjury
        ? " qui présente un risque qu'un préjudice sérieux soit causé aux personnes concernées"
        : ''
    }. Vous trouverez ci-dessous les renseignements exigés par l'article 3 du ${REGL_QC}.`,
  ],
  numbered: true,
  sections: qcSection3(c, (n) => `Règl., art. 3 (${n}°)`),
  closing: [
    `${orgName(c)} transmettra avec diligence à la Commission tout nouveau renseignement sur ces éléments (Règlement, art. 4).`,
  ],
  signOff: SIGN_OFF,
  signature: signature(c),
});

const QC_CAI_UPDATE: NoticeTemplate = (c) => ({
  subject: `Mise à jour de notre avis d'incident de confidentialité (${c.facts.reference})`,
  legalSource: `${REGL_QC} (RLRQ, c. A-2.1, r. 3.1), art. 4`,
  header: header(c),
  greeting: GREETING,
  intro: [
    lines(
      `À la suite de notre avis d'incident de confidentialité (${c.facts.reference}), ${orgName(c)} transmet à la Commission d'accès à l'information les nouveaux renseignements dont nous avons pris connaissance, comme l'exige l'article 4 du ${REGL_QC}.`,
      c.facts.clockStartedAt &&
        `Ces nouveaux renseignements ont été obtenus le ${c.fmt.time(c.facts.clockStartedAt)}.`,
    ),
    "Chacun des éléments de l'article 3 est repris ci-dessous tel qu'il est maintenant connu; il remplace le renseignement correspondant de notre avis précédent.",
  ],
  numbered: true,
  sections: qcSection3(c, (n) => `Règl., art. 4, mise à jour de l'art. 3 (${n}°)`),
  closing: ['Nous tiendrons la Commission informée de toute évolution de la situation.'],
  signOff: SIGN_OFF,
  signature: signature(c),
});

const QC_PERSONS: NoticeTemplate = (c) => {
  const { facts, fmt } = c;
  return {
    subject: `Incident de confidentialité touchant vos renseignements personnels (${facts.reference})`,
    legalSource: `${REGL_QC} (RLRQ, c. A-2.1, r. 3.1), art. 5; ${LOI_QC} (RLRQ, c. P-39.1), art. 3.5`,
    header: [],
    greeting: GREETING,
    intro: [
      `Nous vous informons qu'un incident de confidentialité survenu chez ${orgName(c)} touche vos renseignements personnels.${
        facts.qcRiskOfSeriousInjury
          ? " La loi québécoise nous oblige à vous en aviser, car l'incident présente un risque qu'un préjudice sérieux soit causé aux personnes concernées."
          : ''
      }`,
    ],
    numbered: false,
    sections: [
      section(
        'circumstances',
        "Règl., art. 5 (2°) : brève description des circonstances de l'incident",
        "Ce qui s'est passé",
        fmt.or(facts.summary, "une brève description des circonstances de l'incident"),
      ),
      section(
        'occurrence',
        "Règl., art. 5 (3°) : date ou période de l'incident, ou une approximation",
        'Quand',
        `L'incident a eu lieu ${occurred(c, "la date ou la période de l'incident, ou une approximation")}.`,
      ),
      section(
        'personalInformation',
        "Règl., art. 5 (1°) : description des renseignements personnels visés ou, s'ils ne peuvent être décrits, les raisons de cette impossibilité",
        'Renseignements personnels visés',
        fmt.or(
          facts.personalInformation,
          "une description des renseignements personnels visés ou, s'ils ne peuvent être décrits, les raisons de cette impossibilité",
        ),
      ),
      section(
        'measuresTaken',
        'Règl., art. 5 (4°) : brève description des mesures prises ou envisagées pour diminuer les risques de préjudice',
        'Ce que nous faisons',
        measures(c, 'les mesures prises ou envisagées pour diminuer les risques de préjudice'),
      ),
      section(
        'measuresForPersons',
        "Règl., art. 5 (5°) : mesures que la personne peut prendre pour diminuer le risque de préjudice ou l'atténuer",
        'Ce que vous pouvez faire',
        fmt.or(
          facts.measuresForPersons,
          "les mesures que la personne peut prendre pour diminuer le risque de préjudice ou pour l'atténuer",
        ),
      ),
      section(
        'contact',
        "Règl., art. 5 (6°) : coordonnées permettant de se renseigner davantage sur l'incident",
        'Pour en savoir plus',
        contactSentence(c, 'notre responsable de la protection des renseignements personnels'),
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
    closing: ["Nous regrettons cet incident et les inconvénients qu'il pourrait vous causer."],
    signOff: SIGN_OFF,
    signature: signature(c),
  };
};

const QC_THIRD_PARTIES: NoticeTemplate = (c) => {
  const { facts, fmt } = c;
  return {
    subject: `Incident de confidentialité : votre aide pour diminuer le risque de préjudice (${facts.reference})`,
    legalSource: `${LOI_QC} (RLRQ, c. P-39.1), art. 3.5, al. 2`,
    header: header(c),
    greeting: GREETING,
    intro: [
      `${orgName(c)} a subi un incident de confidentialité touchant des renseignements personnels que nous détenons. Comme vous êtes susceptible de diminuer le risque de préjudice pour les personnes concernées, nous vous en avisons en vertu du deuxième alinéa de l'article 3.5 de la ${LOI_QC}. Nous ne vous communiquons que les renseignements personnels nécessaires à cette fin.`,
    ],
    numbered: true,
    sections: [
      section(
        'circumstances',
        "P-39.1, art. 3.5, al. 2 : ce que le destinataire doit savoir de l'incident",
        "L'incident",
        fmt.or(facts.summary, "une brève description de l'incident"),
      ),
      section(
        'necessaryInformation',
        'P-39.1, art. 3.5, al. 2 : seuls les renseignements personnels nécessaires pour diminuer le risque',
        'Renseignements personnels communiqués',
        fmt.or(
          facts.personalInformation,
          'les renseignements personnels communiqués, limités à ce dont le destinataire a besoin pour diminuer le risque',
        ),
      ),
      section(
        'riskToReduce',
        'P-39.1, art. 3.5, al. 2 : le risque de préjudice que le destinataire peut aider à diminuer',
        'Le risque que nous vous demandons de nous aider à diminuer',
        fmt.or(
          facts.likelyConsequences,
          'le préjudice que les personnes concernées pourraient subir',
        ),
      ),
      section(
        'contact',
        "Personne à joindre au sujet de l'incident",
        'Personne à joindre',
        contactBlock(c, 'personne à joindre'),
      ),
    ],
    closing: [
      "Nous vous prions d'utiliser ces renseignements uniquement pour diminuer le risque de préjudice pour les personnes concernées et d'en préserver la confidentialité.",
    ],
    signOff: SIGN_OFF,
    signature: signature(c),
  };
};

// ——— LPRPDE (L.C. 2000, ch. 5) et Règlement sur les atteintes aux mesures de sécurité (DORS/2018-64) ———

const pipedaNoticeToIndividuals = ({ facts, fmt }: NoticeContext) =>
  facts.pipedaRealRiskOfSignificantHarm
    ? "Les personnes touchées seront avisées directement et le plus tôt possible, comme l'exige le paragraphe 10.1(3) de la LPRPDE, au moyen d'un avis contenant les renseignements exigés par l'article 3 du Règlement."
    : fmt.gap(
        'les mesures prises ou envisagées pour aviser les personnes touchées en application du paragraphe 10.1(3) de la LPRPDE',
      );

const PIPEDA_OPC: NoticeTemplate = (c) => {
  const { facts, fmt } = c;
  return {
    subject: `Déclaration d'atteinte aux mesures de sécurité (${facts.reference})`,
    legalSource: `${REGL_LPRPDE} (DORS/2018-64), par. 2(1); LPRPDE, par. 10.1(1) et (2)`,
    header: header(c),
    greeting: GREETING,
    intro: [
      lines(
        `En vertu du paragraphe 10.1(1) de la ${LPRPDE}, ${orgName(c)} déclare au Commissaire à la protection de la vie privée du Canada une atteinte aux mesures de sécurité touchant des renseignements personnels dont nous avons la gestion${
          facts.pipedaRealRiskOfSignificantHarm
            ? ' et qui, selon nous, présente un risque réel de préjudice grave pour des personnes'
            : ''
        }. Vous trouverez ci-dessous les renseignements exigés par le paragraphe 2(1) du ${REGL_LPRPDE}.`,
        facts.breachDeterminedAt &&
          `Nous avons conclu que l'atteinte avait eu lieu le ${fmt.time(facts.breachDeterminedAt)}.`,
      ),
    ],
    numbered: true,
    sections: [
      section(
        'circumstances',
        "Règl., al. 2(1)a) : circonstances de l'atteinte et, si elle est connue, sa cause",
        'Circonstances et cause',
        fmt.or(facts.summary, "les circonstances de l'atteinte et, si elle est connue, sa cause"),
      ),
      section(
        'occurrence',
        "Règl., al. 2(1)b) : date ou période de l'atteinte ou, à défaut, la période approximative",
        "Date ou période de l'atteinte",
        `L'atteinte a eu lieu ${occurred(c, "la date ou la période de l'atteinte ou, à défaut, la période approximative")}.`,
      ),
      section(
        'personalInformation',
        'Règl., al. 2(1)c) : description des renseignements personnels visés, dans la mesure où ils sont connus',
        'Renseignements personnels visés',
        fmt.or(
          facts.personalInformation,
          "une description des renseignements personnels qui font l'objet de l'atteinte, dans la mesure où ils sont connus",
        ),
      ),
      section(
        'individualsAffected',
        'Règl., al. 2(1)d) : nombre de personnes touchées ou, à défaut, leur nombre approximatif',
        'Nombre de personnes touchées',
        `Personnes touchées : ${count(c, facts.persons, 'le nombre de personnes touchées, ou une approximation')}${
          facts.personsCanadaOutsideQuebec !== null
            ? `, dont ${count(c, facts.personsCanadaOutsideQuebec, '')} au Canada hors Québec`
            : ''
        }.`,
      ),
      section(
        'stepsToReduceHarm',
        "Règl., al. 2(1)e) : mesures prises pour réduire le risque de préjudice ou l'atténuer",
        'Mesures prises pour réduire le risque de préjudice',
        measures(
          c,
          'les mesures prises pour réduire le risque de préjudice pour les personnes touchées ou pour atténuer ce préjudice',
        ),
      ),
      section(
        'notifyingIndividuals',
        'Règl., al. 2(1)f) : mesures prises ou envisagées pour aviser les personnes touchées',
        'Avis aux personnes touchées',
        pipedaNoticeToIndividuals(c),
      ),
      section(
        'contact',
        "Règl., al. 2(1)g) : nom et coordonnées d'une personne pouvant répondre aux questions du Commissaire",
        'Personne pouvant répondre à vos questions',
        contactBlock(c, "personne pouvant répondre aux questions sur l'atteinte"),
      ),
    ],
    closing: [
      `${orgName(c)} transmettra au Commissariat tout nouveau renseignement sur l'atteinte dont nous prendrons connaissance (Règlement, par. 2(2)).`,
    ],
    signOff: SIGN_OFF,
    signature: signature(c),
  };
};

const PIPEDA_INDIVIDUALS: NoticeTemplate = (c) => {
  const { facts, fmt } = c;
  return {
    subject: `Atteinte aux mesures de sécurité touchant vos renseignements personnels (${facts.reference})`,
    legalSource: `${REGL_LPRPDE} (DORS/2018-64), art. 3; LPRPDE, par. 10.1(3) à (6)`,
    header: [],
    greeting: GREETING,
    intro: [
      `Nous vous écrivons pour vous informer d'une atteinte aux mesures de sécurité survenue chez ${orgName(c)} et touchant vos renseignements personnels.${
        facts.pipedaRealRiskOfSignificantHarm
          ? ' Nous croyons que cette atteinte présente un risque réel de préjudice grave à votre endroit.'
          : ''
      } Le présent avis explique ce qui s'est passé et ce que vous pouvez faire pour vous protéger.`,
    ],
    numbered: false,
    sections: [
      section(
        'circumstances',
        "Règl., al. 3a) : circonstances de l'atteinte",
        "Ce qui s'est passé",
        fmt.or(facts.summary, "les circonstances de l'atteinte"),
      ),
      section(
        'occurrence',
        "Règl., al. 3b) : date ou période de l'atteinte ou, à défaut, la période approximative",
        'Quand',
        `L'atteinte a eu lieu ${occurred(c, "la date ou la période de l'atteinte ou, à défaut, la période approximative")}.`,
      ),
      section(
        'personalInformation',
        'Règl., al. 3c) : description des renseignements personnels visés, dans la mesure où ils sont connus',
        'Renseignements personnels visés',
        fmt.or(
          facts.personalInformation,
          "une description des renseignements personnels qui font l'objet de l'atteinte, dans la mesure où ils sont connus",
        ),
      ),
      section(
        'stepsToReduceHarm',
        'Règl., al. 3d) : mesures prises pour réduire le risque de préjudice',
        'Ce que nous avons fait',
        measures(
          c,
          "les mesures prises pour réduire le risque de préjudice pouvant résulter de l'atteinte",
        ),
      ),
      section(
        'stepsForIndividuals',
        "Règl., al. 3e) : mesures que la personne pourrait prendre pour réduire le risque de préjudice ou l'atténuer",
        'Ce que vous pouvez faire',
        fmt.or(
          facts.measuresForPersons,
          "les mesures que la personne pourrait prendre pour réduire le risque de préjudice ou pour l'atténuer",
        ),
      ),
      section(
        'contact',
        "Règl., al. 3f) : coordonnées permettant d'obtenir des renseignements supplémentaires sur l'atteinte",
        'Pour en savoir plus',
        contactSentence(c, 'notre responsable de la protection de la vie privée'),
      ),
    ],
    closing: ["Nous regrettons cette atteinte et les inconvénients qu'elle pourrait vous causer."],
    signOff: SIGN_OFF,
    signature: signature(c),
  };
};

const PIPEDA_ORGS: NoticeTemplate = (c) => {
  const { facts, fmt } = c;
  return {
    subject: `Atteinte aux mesures de sécurité : votre aide pour réduire le risque de préjudice (${facts.reference})`,
    legalSource: 'LPRPDE, art. 10.2 (aucun contenu prescrit)',
    header: header(c),
    greeting: GREETING,
    intro: [
      `${orgName(c)} a subi une atteinte aux mesures de sécurité touchant des renseignements personnels dont nous avons la gestion, et nous en avisons les personnes touchées. Comme votre organisation pourrait être en mesure de réduire le risque de préjudice pour ces personnes ou d'atténuer ce préjudice, nous vous en avisons en vertu de l'article 10.2 de la ${LPRPDE} et sollicitons votre aide.`,
    ],
    numbered: true,
    sections: [
      section(
        'circumstances',
        "LPRPDE, art. 10.2 : ce qui s'est passé",
        "Ce qui s'est passé",
        fmt.or(facts.summary, "une brève description de l'atteinte"),
      ),
      section(
        'harmToReduce',
        "LPRPDE, art. 10.2 : le préjudice que l'organisation peut réduire ou atténuer",
        'Le préjudice que nous vous demandons de nous aider à réduire',
        fmt.or(
          facts.likelyConsequences,
          'le préjudice que les personnes touchées pourraient subir',
        ),
      ),
      section(
        'contact',
        'LPRPDE, art. 10.2 : personne à joindre',
        'Personne à joindre',
        contactBlock(c, 'personne à joindre'),
      ),
    ],
    closing: [
      "Merci de nous indiquer ce que votre organisation peut faire. Veuillez n'utiliser les renseignements personnels que nous vous communiquons que pour réduire le risque de préjudice.",
    ],
    signOff: SIGN_OFF,
    signature: signature(c),
  };
};

// ——— RGPD (règlement (UE) 2016/679) ———

const gdprNature = (c: NoticeContext, audience: 'authority' | 'people') => {
  const { facts, fmt } = c;
  if (audience === 'people') {
    return lines(
      fmt.or(facts.summary, "ce qui s'est passé, en des termes clairs et simples"),
      `Données personnelles touchées : ${fmt.or(facts.personalInformation, 'les types de données personnelles touchées')}`,
      knownPeriod(c, 'La violation'),
    );
  }
  const eu =
    facts.personsEu !== null
      ? ` (dont ${count(c, facts.personsEu, '')} dans l'Union européenne)`
      : '';
  return lines(
    fmt.or(facts.summary, 'une description de la nature de la violation'),
    `Catégories de données à caractère personnel concernées : ${fmt.or(facts.personalInformation, 'les catégories de données à caractère personnel concernées')}`,
    `Personnes concernées : ${count(c, facts.persons, 'le nombre approximatif de personnes concernées')}${eu}`,
    `Enregistrements de données à caractère personnel concernés : ${count(c, facts.records, "le nombre approximatif d'enregistrements de données à caractère personnel concernés")}`,
    knownPeriod(c, 'La violation'),
  );
};

const gdprItems = (c: NoticeContext): NoticeSection[] => {
  const { facts, fmt } = c;
  return [
    section(
      'nature',
      "RGPD, art. 33, par. 3, point a) : nature de la violation, avec les catégories et le nombre approximatif de personnes concernées et d'enregistrements de données à caractère personnel concernés",
      'Nature de la violation',
      gdprNature(c, 'authority'),
    ),
    section(
      'contact',
      "RGPD, art. 33, par. 3, point b) : nom et coordonnées du délégué à la protection des données ou d'un autre point de contact",
      'Délégué à la protection des données ou autre point de contact',
      contactBlock(
        c,
        'personne à joindre (délégué à la protection des données ou autre point de contact)',
      ),
    ),
    section(
      'consequences',
      'RGPD, art. 33, par. 3, point c) : conséquences probables de la violation',
      'Conséquences probables',
      fmt.or(facts.likelyConsequences, 'les conséquences probables de la violation'),
    ),
    section(
      'measures',
      'RGPD, art. 33, par. 3, point d) : mesures prises ou proposées pour remédier à la violation, y compris pour en atténuer les éventuelles conséquences négatives',
      'Mesures prises ou proposées',
      measures(
        c,
        'les mesures prises ou proposées pour remédier à la violation, y compris pour en atténuer les éventuelles conséquences négatives',
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
            'RGPD, art. 33, par. 1 : motifs du retard, la notification étant faite après 72 heures',
            'Motifs du retard',
            lines(
              `La présente notification est faite plus de 72 heures après que nous avons pris connaissance de la violation; l'échéance de 72 heures était le ${fmt.time(facts.dueAt)}.`,
              `Motifs du retard : ${fmt.gap('les motifs du retard (RGPD, art. 33, par. 1)')}`,
            ),
          ),
        ]
      : [];
  return {
    subject: `Notification d'une violation de données à caractère personnel au titre de l'article 33 du RGPD (${facts.reference})`,
    legalSource: 'RGPD (règlement (UE) 2016/679), art. 33, par. 1, 3 et 4',
    header: header(c),
    greeting: GREETING,
    intro: [
      `En application de l'article 33 du règlement général sur la protection des données (RGPD), ${orgName(c)}, en sa qualité de responsable du traitement, vous notifie une violation de données à caractère personnel. Nous en avons pris connaissance le ${fmt.timeOr(
        facts.awareAt,
        'la date où le responsable du traitement a pris connaissance de la violation',
      )}. Vous trouverez ci-dessous les informations exigées par l'article 33, paragraphe 3.`,
    ],
    numbered: true,
    sections: [...gdprItems(c), ...delay],
    closing: [
      'Les informations qui ne sont pas encore disponibles vous seront communiquées de manière échelonnée, sans autre retard indu (art. 33, par. 4).',
    ],
    signOff: SIGN_OFF,
    signature: signature(c),
  };
};

const GDPR_DATA_SUBJECTS: NoticeTemplate = (c) => {
  const { facts, fmt } = c;
  const advice: NoticeSection[] = facts.measuresForPersons
    ? [{ heading: 'Ce que vous pouvez faire', text: facts.measuresForPersons }]
    : [];
  return {
    subject: `Violation touchant vos données personnelles (${facts.reference})`,
    legalSource: 'RGPD (règlement (UE) 2016/679), art. 34, par. 1 et 2',
    header: [],
    greeting: GREETING,
    intro: [
      `Nous vous informons que ${orgName(c)} a subi une violation de données à caractère personnel qui touche vos données.${
        facts.gdprRisk === 'high'
          ? ' Nous vous en informons parce que cette violation pourrait présenter un risque élevé pour vos droits et libertés.'
          : ''
      } Nous voulons que vous sachiez ce qui s'est passé et ce que vous pouvez faire.`,
    ],
    numbered: false,
    sections: [
      section(
        'nature',
        'RGPD, art. 34, par. 2 : nature de la violation, en des termes clairs et simples',
        "Ce qui s'est passé",
        gdprNature(c, 'people'),
      ),
      section(
        'consequences',
        'RGPD, art. 34, par. 2, et art. 33, par. 3, point c) : conséquences probables de la violation',
        'Ce que cela pourrait signifier pour vous',
        fmt.or(
          facts.likelyConsequences,
          'les conséquences probables de la violation pour la personne',
        ),
      ),
      section(
        'measures',
        'RGPD, art. 34, par. 2, et art. 33, par. 3, point d) : mesures prises ou proposées, y compris pour en atténuer les éventuelles conséquences négatives',
        'Ce que nous faisons',
        measures(
          c,
          'les mesures prises ou proposées pour remédier à la violation et en limiter les conséquences',
        ),
      ),
      ...advice,
      section(
        'contact',
        "RGPD, art. 34, par. 2, et art. 33, par. 3, point b) : nom et coordonnées du délégué à la protection des données ou d'un autre point de contact",
        'Qui joindre',
        contactSentence(c, 'notre délégué à la protection des données'),
      ),
    ],
    lawOrder: ['nature', 'contact', 'consequences', 'measures'],
    closing: ['Nous regrettons cet incident et vous informerons de tout changement.'],
    signOff: SIGN_OFF,
    signature: signature(c),
  };
};

const GDPR_PROCESSOR_TO_CONTROLLER: NoticeTemplate = (c) => {
  const { facts, fmt } = c;
  return {
    subject: `Avis de violation de données à caractère personnel de votre sous-traitant (${facts.reference})`,
    legalSource:
      "RGPD (règlement (UE) 2016/679), art. 33, par. 2, avec le contenu de l'art. 33, par. 3",
    header: header(c),
    greeting: GREETING,
    intro: [
      `En notre qualité de sous-traitant, ${orgName(c)} vous notifie dans les meilleurs délais, en application de l'article 33, paragraphe 2, du RGPD, une violation de données à caractère personnel touchant des données que nous traitons pour votre compte. Les informations ci-dessous visent à vous permettre d'évaluer la violation et, s'il y a lieu, d'en aviser votre autorité de contrôle (art. 33) et les personnes concernées (art. 34).`,
    ],
    numbered: true,
    sections: [
      section(
        'processorAwareness',
        'RGPD, art. 33, par. 2 : moment où le sous-traitant a pris connaissance de la violation',
        'Prise de connaissance de la violation',
        `Nous avons pris connaissance de la violation le ${fmt.timeOr(
          facts.awareAtProcessor,
          'la date où le sous-traitant a pris connaissance de la violation',
        )}.`,
      ),
      ...gdprItems(c),
    ],
    closing: [
      "Nous vous transmettrons d'autres informations de manière échelonnée au fil de notre enquête et vous aiderons à respecter vos obligations au titre des articles 33 et 34 (art. 28, par. 3, point f)).",
    ],
    signOff: SIGN_OFF,
    signature: signature(c),
  };
};

// ——— Contrat client de l'entreprise ———

const contractData = ({ facts, fmt }: NoticeContext) => {
  if (facts.personalInformation) return `Données concernées : ${facts.personalInformation}`;
  if (facts.personalDataInvolved === false) {
    return "Selon notre évaluation à ce jour, aucun renseignement personnel n'est en cause.";
  }
  return fmt.gap('les données et les services touchés');
};

const CONTRACT_CLIENT_24H: NoticeTemplate = (c) => {
  const { facts, fmt } = c;
  return {
    subject: `Avis d'incident de sécurité (${facts.reference}) : ${facts.title}`,
    legalSource: "Contrat client : avis d'incident de sécurité dans les 24 heures",
    header: header(c),
    greeting: GREETING,
    intro: [
      `Comme le prévoit notre entente, ${orgName(c)} vous avise d'un incident de sécurité qui touche ${
        c.input.recipient.organizationName ?? 'votre organisation'
      }.`,
    ],
    numbered: true,
    sections: [
      section(
        'whatHappened',
        "Contrat : ce qui s'est passé",
        "Ce qui s'est passé",
        lines(
          fmt.or(facts.summary, "une description de ce qui s'est passé"),
          facts.category && `Type d'incident : ${facts.category}`,
          `Gravité selon notre échelle (SEV1 étant la plus élevée) : ${facts.severity}`,
        ),
      ),
      section(
        'when',
        "Contrat : quand l'incident a eu lieu et quand il a été détecté",
        'Quand',
        lines(
          `L'incident a eu lieu ${occurred(c, "le moment où l'incident a eu lieu, ou une approximation")}.`,
          `Nous l'avons détecté le ${fmt.time(facts.detectedAt)}.`,
          facts.awareAt &&
            facts.awareAt !== facts.detectedAt &&
            `Nous avons pris connaissance de l'incident le ${fmt.time(facts.awareAt)}.`,
        ),
      ),
      section(
        'dataAndServices',
        'Contrat : données et services touchés',
        'Données et services touchés',
        contractData(c),
      ),
      section(
        'actions',
        'Contrat : ce qui est fait',
        'Ce que nous faisons',
        measures(c, "ce qui est fait pour maîtriser l'incident et en limiter les effets"),
      ),
      section(
        'contact',
        'Contrat : qui joindre',
        'Qui joindre',
        contactBlock(c, 'personne à joindre'),
      ),
    ],
    closing: ["Nous vous tiendrons au courant de l'évolution de notre enquête."],
    signOff: SIGN_OFF,
    signature: signature(c),
  };
};

export const FR_TEMPLATES: Record<NoticeRuleId, (context: NoticeContext) => NoticeLayout> = {
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
