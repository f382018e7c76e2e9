import { defineMessages } from '../../i18n';

/** One incident's page: header, section links, details, alerts, and the state, clocks and runbook cards. */
export const messages = defineMessages(
  {
    page: {
      loading: 'Loading the incident',
      title: 'Incident',
      notFoundTitle: 'No such incident',
      // After the id, shown as code.
      notFoundRest: ' does not exist, or is not visible to you.',
      allIncidents: 'All incidents',
    },
    sections: {
      label: 'Sections of this incident',
      clocks: 'Clocks',
      state: 'State',
      runbooks: 'Runbooks',
      timeline: 'Timeline',
      assessment: 'Privacy assessment',
      duties: 'Notification duties',
      evidence: 'Evidence',
      details: 'Details and alerts',
    },
    header: {
      eyebrow: (reference: string) => `${reference} · Incident`,
      lead: 'Lead:',
      affects: (names: string) => `Affects ${names}`,
      noClient: 'No client affected',
      report: 'Printable report',
      reportHint:
        'Timeline, assessment, obligations and notices on one page to print or save as PDF, in a new tab',
      // The same report in the other language, named in that language.
      otherReport: {
        label: 'Rapport en français',
        hint: 'Le même rapport en français, dans un nouvel onglet',
      },
      edit: 'Edit',
    },
    details: {
      title: 'Details',
      summary: 'Summary',
      category: 'Category',
      lead: 'Lead',
      clients: 'Affected clients',
      none: 'None',
      detected: 'Detected',
      awareSince: 'Aware since',
      awareNotRecorded: 'Not recorded: client clocks count from detection',
      awareAsProcessor: 'Aware as processor',
      opened: 'Opened',
      lastChanged: 'Last changed',
    },
    alerts: {
      title: 'Linked alerts',
      description: 'The alerts promoted to or attached to this incident.',
      emptyDescription:
        'Alerts promoted to this incident, or attached by an alert rule, are listed here.',
      queue: 'Alert queue',
      none: 'No alert is linked: this incident was opened by hand.',
      caption: 'Linked alerts, oldest first',
      severity: 'Severity',
      alert: 'Alert',
      status: 'Status',
      opened: 'Opened',
    },
    state: {
      title: 'State',
      over: (status: string) => `${status}: the incident is over. Its record stays as it is.`,
      description: 'One step at a time, each stamped with its moment.',
      lifecycle: 'Lifecycle',
      timeNotRecorded: 'time not recorded',
      notYet: 'not yet',
      whoMoves: 'A security lead or a responder moves the incident forward.',
    },
    clocks: {
      title: 'Clocks',
      description: (summary: string) =>
        `${summary}. Legal and contractual deadlines bind; internal targets are ours.`,
      emptyTitle: 'No clock is running',
      emptyDescription:
        'Response targets follow the severity; notification clocks start when a client is affected or the privacy assessment calls for a notice.',
      list: 'Clocks, most urgent first',
      to: (recipient: string) => `To ${recipient}`,
    },
    runs: {
      title: 'Runbooks',
      description: (category: string) =>
        `Runbooks run for this incident. Those written for ${category} are suggested first.`,
      descriptionNoCategory: 'Runbooks run for this incident. Set a category to get suggestions.',
      start: 'Start runbook',
      loading: 'Loading runbook runs…',
      loadFailed: 'The runbook runs could not be loaded',
      emptyTitle: 'No runbook started',
      emptyDescription:
        'Follow a response or recovery runbook step by step: each step, and the achieved RTO and RPO, go on the timeline.',
      list: 'Runbook runs',
      settled: (percent: string) => `${percent} of the steps settled`,
      rto: (hours: string) => `RTO ${hours}:`,
      restoredIn: (duration: string) => `Restored in ${duration}`,
      started: (at: string) => `Started ${at}`,
    },
  },
  {
    page: {
      loading: 'Chargement de l’incident',
      title: 'Incident',
      notFoundTitle: 'Incident introuvable',
      notFoundRest: ' n’existe pas ou ne vous est pas visible.',
      allIncidents: 'Tous les incidents',
    },
    sections: {
      label: 'Sections de cet incident',
      clocks: 'Délais',
      state: 'État',
      runbooks: 'Procédures',
      timeline: 'Chronologie',
      assessment: 'Évaluation en matière de vie privée',
      duties: 'Obligations de notification',
      evidence: 'Preuves',
      details: 'Détails et alertes',
    },
    header: {
      eyebrow: (reference: string) => `${reference} · Incident`,
      lead: 'Responsable :',
      affects: (names: string) => `Touche ${names}`,
      noClient: 'Aucun client touché',
      report: 'Rapport imprimable',
      reportHint:
        'Chronologie, évaluation, obligations et avis sur une seule page à imprimer ou à enregistrer en PDF, dans un nouvel onglet',
      otherReport: {
        label: 'Report in English',
        hint: 'The same report in English, in a new tab',
      },
      edit: 'Modifier',
    },
    details: {
      title: 'Détails',
      summary: 'Résumé',
      category: 'Catégorie',
      lead: 'Responsable',
      clients: 'Clients touchés',
      none: 'Aucun',
      detected: 'Détecté',
      awareSince: 'Prise de connaissance',
      awareNotRecorded:
        'Non consigné : les délais des clients sont calculés à partir de la détection',
      awareAsProcessor: 'Prise de connaissance (sous-traitant)',
      opened: 'Ouvert',
      lastChanged: 'Dernière modification',
    },
    alerts: {
      title: 'Alertes liées',
      description: 'Les alertes promues en cet incident ou qui y sont rattachées.',
      emptyDescription:
        'Les alertes promues en cet incident, ou qui y sont rattachées par une règle d’alerte, s’affichent ici.',
      queue: 'File des alertes',
      none: 'Aucune alerte liée : cet incident a été ouvert manuellement.',
      caption: 'Alertes liées, les plus anciennes d’abord',
      severity: 'Gravité',
      alert: 'Alerte',
      status: 'État',
      opened: 'Ouverte',
    },
    state: {
      title: 'État',
      over: (status: string) =>
        `${status}\u00a0: l’incident est terminé. Son dossier reste tel quel.`,
      description: 'Une étape à la fois, chacune horodatée.',
      lifecycle: 'Cycle de vie',
      timeNotRecorded: 'heure non consignée',
      notYet: 'pas encore',
      whoMoves: 'Un responsable de la sécurité ou un intervenant fait avancer l’incident.',
    },
    clocks: {
      title: 'Délais',
      description: (summary: string) =>
        `${summary}. Les échéances légales et contractuelles sont contraignantes; les cibles internes sont les nôtres.`,
      emptyTitle: 'Aucun délai en cours',
      emptyDescription:
        'Les objectifs de réponse dépendent de la gravité; les délais de notification commencent quand un client est touché ou que l’évaluation en matière de vie privée exige un avis.',
      list: 'Délais, du plus urgent au moins urgent',
      to: (recipient: string) => `À ${recipient}`,
    },
    runs: {
      title: 'Procédures',
      description: (category: string) =>
        `Procédures exécutées pour cet incident. Celles rédigées pour ${category} sont suggérées en premier.`,
      descriptionNoCategory:
        'Procédures exécutées pour cet incident. Indiquez une catégorie pour obtenir des suggestions.',
      start: 'Démarrer une procédure',
      loading: 'Chargement des exécutions de procédures…',
      loadFailed: 'Les exécutions de procédures n’ont pas pu être chargées',
      emptyTitle: 'Aucune procédure démarrée',
      emptyDescription:
        'Suivez une procédure de réponse ou de reprise étape par étape : chaque étape, ainsi que le RTO et le RPO atteints, est consignée dans la chronologie.',
      list: 'Exécutions de procédures',
      settled: (percent: string) => `${percent} des étapes réglées`,
      rto: (hours: string) => `RTO ${hours}\u00a0:`,
      restoredIn: (duration: string) => `Rétabli en ${duration}`,
      started: (at: string) => `Démarrée le ${at}`,
    },
  },
);
