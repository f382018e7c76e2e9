import { defineMessages, plural } from '../../i18n';

/** The words runbooks share: kinds, step owners, the Markdown field, the editor's checks. */
export const runbookMessages = defineMessages(
  {
    kinds: {
      IR: {
        short: 'IR',
        long: 'Incident response',
        hint: 'Contain, eradicate and recover from a security incident.',
      },
      BCP: {
        short: 'BCP',
        long: 'Business continuity',
        hint: 'Keep the business running while a service or site is down.',
      },
      DRP: {
        short: 'DRP',
        long: 'Disaster recovery',
        hint: 'Restore systems and data within the RTO and RPO.',
      },
    },
    kindTitle: (long: string, hint: string) => `${long}: ${hint}`,
    stepRole: 'The role that carries this step out',
    anyoneHint: 'Anyone running the runbook may carry this step out',
    anyone: 'Anyone',
    steps: (n: number) => `${n} ${n === 1 ? 'step' : 'steps'}`,
    markdown: {
      modes: (label: string) => `${label}: mode`,
      write: 'Write',
      preview: 'Preview',
      previewOf: (label: string) => `${label} preview`,
      empty: 'Nothing written yet.',
    },
    editor: {
      wholeMinutes: 'Whole minutes, e.g. 15; or leave it empty.',
      noTitle: 'Give the runbook a title.',
      noStepTitle: (n: number) => `Give step ${n} a title.`,
    },
    diff: {
      fields: {
        body: 'instructions',
        role: 'owner',
        expectedMinutes: 'expected time',
      },
      and: 'and',
      changed: (list: string) => `${list} changed`,
    },
  },
  {
    kinds: {
      IR: {
        short: 'RI',
        long: 'Réponse aux incidents',
        hint: 'Contenir et éradiquer un incident de sécurité, puis rétablir la situation.',
      },
      BCP: {
        short: 'PCA',
        long: 'Continuité des activités',
        hint: 'Maintenir les activités pendant qu’un service ou un site est hors service.',
      },
      DRP: {
        short: 'PRA',
        long: 'Reprise après sinistre',
        hint: 'Restaurer les systèmes et les données dans le respect du RTO et du RPO.',
      },
    },
    kindTitle: (long: string, hint: string) => `${long}\u00a0: ${hint}`,
    stepRole: 'Le rôle qui réalise cette étape',
    anyoneHint: 'Toute personne qui exécute la procédure peut réaliser cette étape',
    anyone: 'Toute personne',
    steps: (n: number) => `${n} ${plural('fr-CA', n, { one: 'étape', other: 'étapes' })}`,
    markdown: {
      modes: (label: string) => `${label}\u00a0: mode`,
      write: 'Rédiger',
      preview: 'Aperçu',
      previewOf: (label: string) => `Aperçu\u00a0: ${label}`,
      empty: 'Rien n’est encore rédigé.',
    },
    editor: {
      wholeMinutes: 'Minutes entières, p. ex. 15; ou laissez vide.',
      noTitle: 'Donnez un titre à la procédure.',
      noStepTitle: (n: number) => `Donnez un titre à l’étape ${n}.`,
    },
    diff: {
      fields: {
        body: 'des instructions',
        role: 'du responsable',
        expectedMinutes: 'de la durée prévue',
      },
      and: 'et',
      changed: (list: string) => `modification ${list}`,
    },
  },
);
