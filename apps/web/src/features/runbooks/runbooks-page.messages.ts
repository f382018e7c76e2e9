import { defineMessages, plural } from '../../i18n';
import { formatCount } from '../../lib/format';

/** The runbook library: its filters, what is running now, and the table. */
export const runbooksPageMessages = defineMessages(
  {
    title: 'Runbooks',
    description:
      'Incident response, business continuity and disaster recovery plans, run step by step against the recovery clocks.',
    newRunbook: 'New runbook',
    filters: {
      label: 'Filters',
      kind: 'Kind',
      allKinds: 'All kinds',
      archived: 'Archived',
      clear: (n: number) => `Clear ${n} ${n === 1 ? 'filter' : 'filters'}`,
      search: 'Search',
      searchPlaceholder: 'Title, step, service or category',
      category: 'Incident category',
      anyCategory: 'Any category',
    },
    runningNow: {
      title: 'Running now',
      description: 'Runs in progress: their recovery clocks are counting.',
    },
    table: {
      caption: 'Runbooks by title',
      kind: 'Kind',
      runbook: 'Runbook',
      answers: 'Answers',
      recovers: 'Recovers',
      steps: 'Steps',
      version: 'Version',
      archived: 'Archived',
      anyIncident: 'Any incident',
      noService: 'No service',
    },
    library: {
      archivedTitle: 'Archived runbooks',
      title: 'Library',
      count: (shown: number, of: number | null) =>
        `${formatCount(shown)} ${shown === 1 ? 'runbook' : 'runbooks'}${of === null ? '' : ` of ${formatCount(of)}`}. A row opens the runbook.`,
      loadingDescription: 'Loading…',
      loading: 'Loading runbooks',
    },
    empty: {
      filteredTitle: 'No runbook matches these filters',
      filteredText: 'Try another kind or category, or fewer words.',
      clearFilters: 'Clear filters',
      archivedTitle: 'No archived runbooks',
      archivedText:
        'A runbook that is archived leaves the library but keeps its versions and runs.',
      backToLibrary: 'Back to the library',
      title: 'No runbooks yet',
      text: 'Write the plans your team follows when something breaks: each is versioned, and each run is recorded step by step.',
      clocks: 'Live RTO and RPO',
      clocksText: 'Clocks against the 48 h and 24 h targets during a run.',
      steps: 'Step by step',
      stepsText: 'Done, skipped or blocked, each with a note and a time.',
      suggested: 'Suggested by category',
      suggestedText: 'An incident of a category offers the runbooks that answer it.',
    },
  },
  {
    title: 'Procédures',
    description:
      'Plans de réponse aux incidents, de continuité des activités et de reprise après sinistre, exécutés étape par étape selon les chronomètres de reprise.',
    newRunbook: 'Nouvelle procédure',
    filters: {
      label: 'Filtres',
      kind: 'Type',
      allKinds: 'Tous les types',
      archived: 'Archivées',
      clear: (n: number) =>
        `Effacer ${plural('fr-CA', n, { one: `${n} filtre`, other: `les ${n} filtres` })}`,
      search: 'Rechercher',
      searchPlaceholder: 'Titre, étape, service ou catégorie',
      category: 'Catégorie d’incident',
      anyCategory: 'Toutes les catégories',
    },
    runningNow: {
      title: 'En cours',
      description: 'Exécutions en cours\u00a0: leurs chronomètres de reprise tournent.',
    },
    table: {
      caption: 'Procédures par titre',
      kind: 'Type',
      runbook: 'Procédure',
      answers: 'Répond à',
      recovers: 'Rétablit',
      steps: 'Étapes',
      version: 'Version',
      archived: 'Archivée',
      anyIncident: 'Tout incident',
      noService: 'Aucun service',
    },
    library: {
      archivedTitle: 'Procédures archivées',
      title: 'Bibliothèque',
      count: (shown: number, of: number | null) =>
        `${formatCount(shown)} ${plural('fr-CA', shown, { one: 'procédure', other: 'procédures' })}${of === null ? '' : ` sur ${formatCount(of)}`}. Cliquez sur une ligne pour ouvrir la procédure.`,
      loadingDescription: 'Chargement…',
      loading: 'Chargement des procédures',
    },
    empty: {
      filteredTitle: 'Aucune procédure ne correspond à ces filtres',
      filteredText: 'Essayez un autre type ou une autre catégorie, ou moins de mots.',
      clearFilters: 'Effacer les filtres',
      archivedTitle: 'Aucune procédure archivée',
      archivedText:
        'Une procédure archivée quitte la bibliothèque, mais conserve ses versions et ses exécutions.',
      backToLibrary: 'Retour à la bibliothèque',
      title: 'Aucune procédure pour l’instant',
      text: 'Rédigez les plans que votre équipe suit quand un problème survient\u00a0: chacun est versionné, et chaque exécution est consignée étape par étape.',
      clocks: 'RTO et RPO en direct',
      clocksText:
        'Des chronomètres par rapport aux cibles de 48 h et de 24 h pendant une exécution.',
      steps: 'Étape par étape',
      stepsText: 'Faite, sautée ou bloquée\u00a0: chaque étape avec une note et une heure.',
      suggested: 'Suggérées selon la catégorie',
      suggestedText: 'Un incident d’une catégorie donnée propose les procédures qui y répondent.',
    },
  },
);
