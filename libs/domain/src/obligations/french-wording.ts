import type { ObligationRuleId } from './rules.js';

// The server words obligations in English (they are stored with each evaluation). These are the
// same words in Québec French, keyed by rule id or by the English phrase the domain writes;
// obligation-wording.spec.ts derives every phrase the domain can produce and checks each is here.

interface RuleWording {
  title: string;
  /** The recipient when it is not a client (a client is named by its own name). */
  recipient: string;
  legalBasis: string;
  /** What the law (or contract) says about timing: the rule's deadline wording. */
  deadline: string;
}

const PROMPTLY_QC = 'avec diligence — aucun délai chiffré dans la loi';
const AS_SOON_AS_FEASIBLE = 'dès que possible — aucun délai chiffré dans la loi';
const WITHOUT_UNDUE_DELAY = 'dans les meilleurs délais — aucun délai chiffré dans la loi';
const CAI = 'Commission d’accès à l’information du Québec (CAI)';

export const RULES_FR: Readonly<Record<ObligationRuleId, RuleWording>> = {
  CONTRACT_CLIENT_24H: {
    title: 'Aviser le client touché',
    recipient: 'Client touché (ses contacts de sécurité)',
    legalBasis: 'Engagements de sécurité de l’entreprise — avis au client en 24 h',
    deadline: 'dans les 24 heures suivant la prise de connaissance',
  },
  QC_CAI: {
    title: 'Aviser la Commission d’accès à l’information',
    recipient: CAI,
    legalBasis: 'P-39.1, art. 3.5; Règl. A-2.1, r. 3.1, art. 3',
    deadline: PROMPTLY_QC,
  },
  QC_CAI_UPDATE: {
    title: 'Transmettre à la CAI les nouveaux renseignements',
    recipient: CAI,
    legalBasis: 'Règl. A-2.1, r. 3.1, art. 4',
    deadline: PROMPTLY_QC,
  },
  QC_PERSONS: {
    title: 'Aviser les personnes concernées',
    recipient: 'Chaque personne dont un renseignement personnel est concerné',
    legalBasis: 'P-39.1, art. 3.5; Règl. A-2.1, r. 3.1, art. 5',
    deadline: PROMPTLY_QC,
  },
  QC_THIRD_PARTIES: {
    title: 'Informer une personne ou un organisme qui pourrait diminuer le risque (facultatif)',
    recipient: 'Personnes ou organismes qui pourraient diminuer le risque',
    legalBasis: 'P-39.1, art. 3.5, al. 2',
    deadline: 'à discrétion',
  },
  QC_REGISTER: {
    title: 'Inscrire l’incident au registre des incidents de confidentialité',
    recipient: 'Registre (copie à la CAI sur demande)',
    legalBasis: 'P-39.1, art. 3.8; Règl. A-2.1, r. 3.1, art. 7–8',
    deadline: 'tenu à jour',
  },
  PIPEDA_OPC: {
    title: 'Déclarer l’atteinte au Commissaire à la protection de la vie privée du Canada',
    recipient: 'Commissariat à la protection de la vie privée du Canada (CPVP)',
    legalBasis: 'LPRPDE, art. 10.1(1)–(2); DORS/2018-64, art. 2',
    deadline: AS_SOON_AS_FEASIBLE,
  },
  PIPEDA_INDIVIDUALS: {
    title: 'Aviser les personnes touchées',
    recipient: 'Personnes touchées',
    legalBasis: 'LPRPDE, art. 10.1(3)–(6); DORS/2018-64, art. 3–5',
    deadline: AS_SOON_AS_FEASIBLE,
  },
  PIPEDA_ORGS: {
    title: 'Aviser les organisations qui peuvent réduire le préjudice',
    recipient: 'Organisations ou institutions gouvernementales qui peuvent réduire le risque',
    legalBasis: 'LPRPDE, art. 10.2',
    deadline: AS_SOON_AS_FEASIBLE,
  },
  PIPEDA_RECORD: {
    title: 'Tenir le registre des atteintes',
    recipient: 'Registre des atteintes (au CPVP sur demande)',
    legalBasis: 'LPRPDE, art. 10.3; DORS/2018-64, art. 6',
    deadline: 'tenu pour chaque atteinte',
  },
  GDPR_SA: {
    title: 'Notifier l’autorité de contrôle',
    recipient: 'Autorité de contrôle compétente de l’UE',
    legalBasis: 'RGPD, art. 33(1), (3)–(4)',
    deadline:
      'si possible, 72 heures au plus tard après en avoir pris connaissance; motifs du retard au-delà',
  },
  GDPR_DATA_SUBJECTS: {
    title: 'Communiquer la violation aux personnes concernées',
    recipient: 'Personnes concernées',
    legalBasis: 'RGPD, art. 34',
    deadline: WITHOUT_UNDUE_DELAY,
  },
  GDPR_PROCESSOR_TO_CONTROLLER: {
    title: 'Notifier le responsable du traitement (le client)',
    recipient: 'Le responsable du traitement : le client de l’UE',
    legalBasis: 'RGPD, art. 33(2)',
    deadline: WITHOUT_UNDUE_DELAY,
  },
  GDPR_DOCUMENTATION: {
    title: 'Documenter la violation',
    recipient: 'Documentation de la violation (pour l’autorité de contrôle)',
    legalBasis: 'RGPD, art. 33(5)',
    deadline: 'tenue pour chaque violation',
  },
};

/** Recipients the domain words without a rule's label. */
export const RECIPIENTS_FR: Readonly<Record<string, string>> = {
  'The controller (no client linked yet)':
    'Le responsable du traitement (aucun client lié pour l’instant)',
  'Incident lead and security leads': 'Responsable de l’incident et responsables de la sécurité',
};

/** Each reason the domain gives for a rule holding, or no longer holding. */
export const CONDITIONS_FR: Readonly<Record<string, string>> = {
  'privacy assessment recorded': 'évaluation de la vie privée consignée',
  'no privacy assessment yet': 'pas encore d’évaluation de la vie privée',
  'personal information involved': 'renseignements personnels en cause',
  'no personal information involved': 'aucun renseignement personnel en cause',
  'persons residing in Québec or a Québec client':
    'personnes résidant au Québec ou client québécois',
  'no person residing in Québec and no Québec client':
    'aucune personne résidant au Québec ni client québécois',
  'persons in Canada outside Québec or a Canadian client':
    'personnes au Canada hors Québec ou client canadien',
  'no person in Canada outside Québec and no Canadian client':
    'aucune personne au Canada hors Québec ni client canadien',
  'persons in the EU or an EU client': 'personnes dans l’UE ou client de l’UE',
  'no person in the EU and no EU client': 'aucune personne dans l’UE ni client de l’UE',
  'personal information under the company’s control':
    'renseignements personnels sous le contrôle de l’entreprise',
  'the company is a service provider: the client reports':
    'l’entreprise est un fournisseur de services : le client fait la déclaration',
  'the company is the controller': 'l’entreprise est responsable du traitement',
  'the company is not the controller': 'l’entreprise n’est pas responsable du traitement',
  'risk of serious injury': 'risque de préjudice sérieux',
  'no risk of serious injury': 'aucun risque de préjudice sérieux',
  'real risk of significant harm': 'risque réel de préjudice grave',
  'no real risk of significant harm': 'aucun risque réel de préjudice grave',
  'breach determined': 'atteinte constatée',
  'breach not determined yet': 'atteinte pas encore constatée',
  'the company is a processor': 'l’entreprise est sous-traitant',
  'the company is not a processor': 'l’entreprise n’est pas sous-traitant',
  'another organization may reduce the harm': 'une autre organisation peut réduire le préjudice',
  'no other organization identified that may reduce the harm':
    'aucune autre organisation pouvant réduire le préjudice n’a été désignée',
  'a risk to the rights and freedoms of persons':
    'un risque pour les droits et libertés des personnes',
  'risk to persons unlikely': 'risque pour les personnes peu probable',
  'high risk to persons': 'risque élevé pour les personnes',
  'no high risk': 'aucun risque élevé',

  'no Art. 34(3) exemption recorded': 'aucune exemption de l’art. 34(3) consignée',
  'the incident affects this client': 'l’incident touche ce client',
  'client no longer among the affected': 'le client ne fait plus partie des clients touchés',
  'opened by a person': 'ouverte par une personne',
  'closed as a false positive': 'fermé comme faux positif',
};

/** The moment a clock runs from, as the domain names it in a deadline label. */
export const CLOCK_SINCE_FR: Readonly<Record<string, string>> = {
  awareness: 'la prise de connaissance',
  'awareness (as processor)': 'la prise de connaissance (comme sous-traitant)',
  'detection (awareness not recorded yet)':
    'la détection (prise de connaissance pas encore consignée)',
  'determination of the breach': 'la constatation de l’atteinte',
};

/** A clock that cannot start: the moment that is not recorded yet. */
export const CLOCK_MISSING_FR: Readonly<Record<string, string>> = {
  awareAt: 'la prise de connaissance n’est pas consignée',
  awareAtProcessor: 'la prise de connaissance comme sous-traitant n’est pas consignée',
  breachDeterminedAt: 'la constatation de l’atteinte n’est pas consignée',
  newInfoLearnedAt: 'la date des nouveaux renseignements n’est pas consignée',
  detectedAt: 'la détection n’est pas consignée',
};

export const RESPONSE_FR = {
  legalBasis: { 'Company remediation plan': 'Plan de remédiation de l’entreprise' },
  titles: { Acknowledge: 'Prendre en charge', Contain: 'Contenir', Resolve: 'Résoudre' },
  targets: { acknowledge: 'prise en charge', contain: 'confinement', resolve: 'résolution' },
} as const;

export const SETTLED_FR: Readonly<Record<string, string>> = {
  met: 'respectée',
  waived: 'levée',
};
