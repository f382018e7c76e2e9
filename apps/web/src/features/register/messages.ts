import { defineMessages, plural } from '../../i18n';

/** The plain-text pieces of a register entry: risk findings and who was affected. */
export const registerTextMessages = defineMessages(
  {
    yes: 'yes',
    no: 'no',
    gdprRisk: {
      none: 'unlikely to result in a risk',
      risk: 'a risk',
      high: 'a high risk',
    } as Record<string, string>,
    personsNotCounted: 'persons not counted yet',
    person: 'person',
    persons: 'persons',
    inQuebec: (count: string) => ` (${count} in Québec)`,
    record: 'record',
    records: 'records',
    estimates: ', estimates',
  },
  {
    yes: 'oui',
    no: 'non',
    gdprRisk: {
      none: 'pas susceptible d’engendrer un risque',
      risk: 'un risque',
      high: 'un risque élevé',
    },
    personsNotCounted: 'personnes pas encore dénombrées',
    person: 'personne',
    persons: 'personnes',
    inQuebec: (count) => ` (${count} au Québec)`,
    record: 'enregistrement',
    records: 'enregistrements',
    estimates: ', estimations',
  },
);

export const registerPageMessages = defineMessages(
  {
    header: {
      title: 'Breach register',
      description:
        'Every confidentiality incident involving personal information, notifiable or not: Law 25 (Reg. s. 7), PIPEDA (s. 10.3) and GDPR (Art. 33(5)).',
      downloadHint: 'The register as a CSV file, one incident per line',
      download: 'Download CSV',
    },
    forbidden: {
      title: 'The register is not available to your role',
      description: 'The DPO, auditors and administrators read the breach register.',
    },
    exportAction: 'The register export',
    saved: (filename: string) => `Register saved: ${filename}`,
    inDownloads: 'It is in your downloads.',
    card: {
      title: 'Incidents',
      count: (count: string, n: number, timeZone: string) =>
        `${count} ${plural('en', n, { one: 'incident', other: 'incidents' })}, newest first. Times in ${timeZone}.`,
      loading: 'Loading the register…',
      loadingLabel: 'Loading the register',
    },
    empty: {
      title: 'No confidentiality incidents recorded',
      description:
        'An incident enters the register as soon as its privacy assessment says personal information is involved, whether or not it must be notified.',
    },
    table: {
      caption: 'Confidentiality incidents, newest first',
      incident: 'Incident',
      dates: 'Dates',
      affected: 'Affected',
      risk: 'Risk',
      notices: 'Notices',
      keepUntil: 'Keep until',
    },
    row: {
      details: 'Risk assessment and measures',
      why: 'Why (risk of injury or harm): ',
      consulted: 'Person in charge consulted: ',
      measures: 'Measures taken: ',
      noMeasures: 'none recorded yet',
      assessed: 'Assessed: ',
      occurred: 'Occurred or detected',
      aware: 'Became aware',
      breachDetermined: 'Breach determined',
      quebecInjury: (answer: string) => `Québec serious injury: ${answer}`,
      pipedaRisk: (answer: string) => `PIPEDA real risk: ${answer}`,
      gdpr: (answer: string) => `GDPR: ${answer}`,
      toRegulator: 'To a regulator',
      toPersons: 'To the persons',
      noNotices: 'None sent',
      recipient: (recipient: string) => `to ${recipient}`,
    },
    retention: {
      before:
        'Law 25 keeps each entry at least 5 years after the company became aware of the incident; PIPEDA 24 months after the breach was determined. ',
      after: ' is the format to hand to the CAI or the OPC on request.',
    },
  },
  {
    header: {
      title: 'Registre des incidents de confidentialité',
      description:
        'Chaque incident de confidentialité impliquant des renseignements personnels, qu’il soit à déclarer ou non : Loi 25 (Règl., art. 7), LPRPDE (art. 10.3) et RGPD (art. 33(5)).',
      downloadHint: 'Le registre en fichier CSV, un incident par ligne',
      download: 'Télécharger le CSV',
    },
    forbidden: {
      title: 'Le registre n’est pas accessible à votre rôle',
      description:
        'Le DPD, les auditeurs et les administrateurs consultent le registre des incidents.',
    },
    exportAction: 'L’exportation du registre',
    saved: (filename) => `Registre enregistré\u00a0: ${filename}`,
    inDownloads: 'Il se trouve dans vos téléchargements.',
    card: {
      title: 'Incidents',
      count: (count, n, timeZone) =>
        `${count} ${plural('fr-CA', n, { one: 'incident', other: 'incidents' })}, du plus récent au plus ancien. Heures selon le fuseau horaire ${timeZone}.`,
      loading: 'Chargement du registre…',
      loadingLabel: 'Chargement du registre',
    },
    empty: {
      title: 'Aucun incident de confidentialité consigné',
      description:
        'Un incident est inscrit au registre dès que son évaluation en matière de vie privée indique que des renseignements personnels sont en cause, qu’il doive être déclaré ou non.',
    },
    table: {
      caption: 'Incidents de confidentialité, du plus récent au plus ancien',
      incident: 'Incident',
      dates: 'Dates',
      affected: 'Ampleur',
      risk: 'Risque',
      notices: 'Avis',
      keepUntil: 'Conserver jusqu’au',
    },
    row: {
      details: 'Évaluation du risque et mesures',
      why: 'Motif (risque de préjudice) : ',
      consulted: 'Personne responsable consultée : ',
      measures: 'Mesures prises : ',
      noMeasures: 'aucune consignée pour l’instant',
      assessed: 'Évaluation : ',
      occurred: 'Survenu ou détecté',
      aware: 'Prise de connaissance',
      breachDetermined: 'Atteinte constatée',
      quebecInjury: (answer) => `Préjudice sérieux (Québec)\u00a0: ${answer}`,
      pipedaRisk: (answer) => `Risque réel de préjudice grave (LPRPDE)\u00a0: ${answer}`,
      gdpr: (answer) => `RGPD\u00a0: ${answer}`,
      toRegulator: 'À un organisme de réglementation',
      toPersons: 'Aux personnes concernées',
      noNotices: 'Aucun avis envoyé',
      recipient: (recipient) => `à ${recipient}`,
    },
    retention: {
      before:
        'La Loi 25 exige de conserver chaque inscription au moins 5 ans après que l’entreprise a pris connaissance de l’incident; la LPRPDE, 24 mois après la constatation de l’atteinte. Le format ',
      after: ' est celui à remettre à la CAI ou au CPVP sur demande.',
    },
  },
);
