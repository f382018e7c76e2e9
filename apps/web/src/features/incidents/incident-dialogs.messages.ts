import { defineMessages } from '../../i18n';
import { severityScaleMessages as scale } from '../alerts/severity-scale';

/** The open, edit and move dialogs, and the fields the first two share. */
export const messages = defineMessages(
  {
    fields: {
      title: 'Title',
      severity: 'Severity',
      severityGuidance: scale.en.guidance,
      severities: scale.en.severities,
      examples: (examples: string) => `e.g. ${examples}`,
      opensAssessment: '. Opens a privacy assessment.',
      examplesEnd: '.',
      organizations: 'Affected organizations',
      organizationsHint:
        'Clients whose data or service is affected. Each gets a 24 h contractual notification clock, and its jurisdictions decide which breach laws apply.',
      loadingOrganizations: 'Loading organizations…',
      organizationsFailed: (problem: string) =>
        `The organizations could not be loaded: ${problem}.`,
      noOrganizations: 'No client organizations yet.',
      addOrganization: 'Add one in Settings',
      adminAddsOrganizations: 'An administrator can add them.',
      noJurisdiction: 'No jurisdiction set',
      notVisible: 'Not visible to you',
      lead: 'Lead',
      noLeadYet: 'No lead yet',
      category: 'Category (optional)',
      categoryPlaceholder: 'e.g. Data exposure',
      // The categories themselves stay as they are: runbooks are matched on them.
      categoryLabels: {} as Readonly<Record<string, string>>,
      summary: 'Summary',
      cancel: 'Cancel',
    },
    open: {
      title: 'Open incident',
      description:
        'Its notification clocks start from the times recorded here, not from when you save.',
      titlePlaceholder: 'e.g. Customer export downloaded from an unknown IP',
      leadHint: 'You can name yourself; an administrator can name someone else.',
      detected: 'Detected (optional)',
      detectedHint: 'Leave empty for now.',
      awareSince: 'Aware since (optional)',
      awareSinceHint: (zone: string) =>
        `When the company had reason to believe it happened: the 24 h, 72 h and Law 25 clocks start here. Your time zone: ${zone}.`,
      summary: 'Summary (optional)',
      summaryPlaceholder: 'What is known so far, and how it was found.',
      submit: 'Open incident',
    },
    edit: {
      title: (reference: string) => `Edit ${reference}`,
      description:
        'Each change is kept on the timeline. Changing the times, severity or affected clients re-derives the notification duties.',
      detected: 'Detected',
      detectedHint: (zone: string) => `Your time zone: ${zone}.`,
      awareSince: 'Aware since',
      awareSinceHint: "Starts the client, Law 25 and GDPR clocks (the assessment's own time wins).",
      awareAsProcessor: 'Aware as processor since',
      awareAsProcessorHint: 'GDPR Art. 33(2): when we, as processor, became aware.',
      unchanged: 'Nothing changed yet',
      submit: 'Save changes',
    },
    move: {
      title: (reference: string) => `Move ${reference}`,
      // Around the current state's badge.
      now: 'Now',
      stamped: '. The move is stamped with the current time and kept on the timeline.',
      final: (status: string) => `${status} is final: there is no next state.`,
      moveTo: 'Move to',
      whyFalsePositive: 'Why is it a false positive?',
      note: 'Note (optional)',
      containedPlaceholder:
        'e.g. Revoked the leaked key; no further access in the logs since 10:42',
      notePlaceholder: 'What changed, for the timeline',
      submit: 'Move',
    },
  },
  {
    fields: {
      title: 'Titre',
      severity: 'Gravité',
      severityGuidance: scale['fr-CA'].guidance,
      severities: scale['fr-CA'].severities,
      examples: (examples: string) => `p. ex. ${examples}`,
      opensAssessment: '. Ouvre une évaluation en matière de vie privée.',
      examplesEnd: '.',
      organizations: 'Organisations touchées',
      organizationsHint:
        'Les clients dont les données ou le service sont touchés. Chacun reçoit un délai de notification contractuel de 24 h, et ses juridictions déterminent les lois sur les atteintes qui s’appliquent.',
      loadingOrganizations: 'Chargement des organisations…',
      organizationsFailed: (problem: string) =>
        `Les organisations n’ont pas pu être chargées\u00a0: ${problem}.`,
      noOrganizations: 'Aucune organisation cliente pour l’instant.',
      addOrganization: 'En ajouter une dans les Paramètres',
      adminAddsOrganizations: 'Un administrateur peut les ajouter.',
      noJurisdiction: 'Aucune juridiction définie',
      notVisible: 'Non visible pour vous',
      lead: 'Responsable',
      noLeadYet: 'Aucun responsable pour l’instant',
      category: 'Catégorie (facultative)',
      categoryPlaceholder: 'p. ex. Data exposure',
      categoryLabels: {
        'Unauthorized access': 'Accès non autorisé',
        'Data exposure': 'Exposition de données',
        'Account compromise': 'Compromission de compte',
        Malware: 'Logiciel malveillant',
        Phishing: 'Hameçonnage',
        'Lost or stolen device': 'Appareil perdu ou volé',
        'Denial of service': 'Déni de service',
        'Service outage': 'Panne de service',
        'Insider misuse': 'Usage abusif par un initié',
      },
      summary: 'Résumé',
      cancel: 'Annuler',
    },
    open: {
      title: 'Ouvrir un incident',
      description:
        'Ses délais de notification partent des heures consignées ici, et non du moment où vous enregistrez.',
      titlePlaceholder: 'p. ex. Exportation de clients téléchargée depuis une adresse IP inconnue',
      leadHint:
        'Vous pouvez vous désigner vous-même; un administrateur peut désigner quelqu’un d’autre.',
      detected: 'Heure de détection (facultative)',
      detectedHint: 'Laissez vide pour l’instant.',
      awareSince: 'Prise de connaissance (facultative)',
      awareSinceHint: (zone: string) =>
        `Le moment où l’entreprise a eu des raisons de croire que l’incident s’est produit\u00a0: les délais de 24\u00a0h, de 72\u00a0h et de la Loi 25 partent d’ici. Votre fuseau horaire\u00a0: ${zone}.`,
      summary: 'Résumé (facultatif)',
      summaryPlaceholder: 'Ce que l’on sait jusqu’ici, et comment ce fut découvert.',
      submit: 'Ouvrir l’incident',
    },
    edit: {
      title: (reference: string) => `Modifier ${reference}`,
      description:
        'Chaque changement est conservé dans la chronologie. Modifier les heures, la gravité ou les clients touchés recalcule les obligations de notification.',
      detected: 'Heure de détection',
      detectedHint: (zone: string) => `Votre fuseau horaire\u00a0: ${zone}.`,
      awareSince: 'Prise de connaissance',
      awareSinceHint:
        'Fait partir les délais du client, de la Loi 25 et du RGPD (l’heure de l’évaluation a préséance).',
      awareAsProcessor: 'Prise de connaissance à titre de sous-traitant',
      awareAsProcessorHint:
        'RGPD, art. 33(2) : le moment où nous, à titre de sous-traitant, en avons pris connaissance.',
      unchanged: 'Rien n’a encore changé',
      submit: 'Enregistrer les modifications',
    },
    move: {
      title: (reference: string) => `Changement d’état — ${reference}`,
      now: 'État actuel :',
      stamped: '. Le changement est horodaté à l’heure actuelle et conservé dans la chronologie.',
      final: (status: string) => `${status} est un état final\u00a0: il n’y a pas d’état suivant.`,
      moveTo: 'Passer à',
      whyFalsePositive: 'Pourquoi est-ce un faux positif?',
      note: 'Note (facultative)',
      containedPlaceholder:
        'p. ex. Clé divulguée révoquée; aucun autre accès dans les journaux depuis 10 h 42',
      notePlaceholder: 'Ce qui a changé, pour la chronologie',
      submit: 'Changer l’état',
    },
  },
);
