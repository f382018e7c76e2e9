import { defineMessages, plural } from '../../i18n';

/** The incident list: its filters, table and empty states. */
export const messages = defineMessages(
  {
    title: 'Incidents',
    description:
      'Open, run and close incidents: from detection through containment and recovery to the review, with every notification clock in view.',
    openIncident: 'Open incident',
    filters: {
      label: 'Filters',
      search: 'Search',
      searchPlaceholder: 'Title, summary or INC-12',
      openOnly: 'Open only',
      statusDecides: 'A status is chosen: it decides what is shown',
      severity: 'Severity',
      anySeverity: 'Any severity',
      timesIn: (zone: string) => `Times in ${zone}`,
      clear: (count: number) => `Clear ${count} ${count === 1 ? 'filter' : 'filters'}`,
      status: 'Status',
      anyOpenStatus: 'Any open status',
      anyStatus: 'Any status',
      organization: 'Organization',
      anyOrganization: 'Any organization',
    },
    list: {
      openTitle: 'Open incidents',
      title: 'Incidents',
      count: (n: number, count: string) =>
        `${count} ${n === 1 ? 'incident' : 'incidents'}. Most severe first; a row opens the incident.`,
      loaded: (n: number, count: string) =>
        `${count} ${n === 1 ? 'incident' : 'incidents'} loaded; more load as you scroll. Most severe first; a row opens the incident.`,
      loading: 'Loading…',
      notUpdating: 'Not updating. Retrying…',
      live: 'Live',
      liveHint: (seconds: number) => `Refreshed every ${seconds} s; clocks count down live`,
      held: 'Held while you work on the list',
      heldTitle:
        'Rows keep their places while you point at the list, work in it or read further down; what they show stays up to date',
      loadingTable: 'Loading incidents',
    },
    hold: {
      newIncidents: (n: number, count: string) =>
        `${count} new ${n === 1 ? 'incident' : 'incidents'}`,
      update: 'Update the list',
      hint: 'The list holds still while you point at it, work in it or read further down.',
    },
    footer: {
      loadingMore: 'Loading more incidents…',
      tryAgain: 'Try again',
      scrollForMore: 'Scroll for more',
      end: (n: number, count: string) =>
        `End of the list · ${count} ${n === 1 ? 'incident' : 'incidents'}`,
    },
    table: {
      caption: 'Incidents: open ones first, most severe first, then the most recently detected',
      reference: 'Ref.',
      incident: 'Incident',
      severity: 'Severity',
      status: 'Status',
      age: 'Age',
      lead: 'Lead',
      nextDeadline: 'Next deadline',
      detected: (at: string) => `Detected ${at}`,
      untilClosed: 'until closed',
      sinceDetection: 'since detection',
      gone: 'Moved or left this view: update the list',
    },
    deadline: {
      none: 'No clock running',
      legal: 'Legal',
      legalHint: 'A binding deadline, set by law or by the client contract',
      target: 'Target',
      targetHint: 'Our own target where the law says "promptly": not a legal date',
    },
    empty: {
      filteredTitle: 'No incident matches these filters',
      filteredDescription: 'Try another severity or status, fewer words, or an INC- reference.',
      clearFilters: 'Clear filters',
      noOpenTitle: 'No open incidents',
      noneTitle: 'No incidents yet',
      noOpenDescription:
        'Nothing is being worked on right now. Incidents come from promoted alerts, alert rules, or are opened here.',
      noneDescription: 'Incidents come from promoted alerts, alert rules, or are opened here.',
      severityTitle: 'Severity and state',
      severityDescription: 'SEV1 to SEV4, from detected to closed, each step timestamped.',
      deadlineTitle: 'Next deadline',
      deadlineDescription: 'The notification clock that runs out first, counting down.',
      timelineTitle: 'Timeline',
      timelineDescription: 'Every change, note, alert and notice, with who and when.',
      showClosed: 'Show closed incidents too',
    },
  },
  {
    title: 'Incidents',
    description:
      'Ouvrir, mener et fermer les incidents : de la détection à la revue, en passant par le confinement et le rétablissement, avec chaque délai de notification en vue.',
    openIncident: 'Ouvrir un incident',
    filters: {
      label: 'Filtres',
      search: 'Recherche',
      searchPlaceholder: 'Titre, résumé ou INC-12',
      openOnly: 'Ouverts seulement',
      statusDecides: 'Un état est choisi : c’est lui qui détermine ce qui est affiché',
      severity: 'Gravité',
      anySeverity: 'Toute gravité',
      timesIn: (zone: string) => `Fuseau horaire\u00a0: ${zone}`,
      clear: (count: number) =>
        plural('fr-CA', count, {
          one: `Effacer ${count} filtre`,
          other: `Effacer ${count} filtres`,
        }),
      status: 'État',
      anyOpenStatus: 'Tout état ouvert',
      anyStatus: 'Tout état',
      organization: 'Organisation',
      anyOrganization: 'Toute organisation',
    },
    list: {
      openTitle: 'Incidents ouverts',
      title: 'Incidents',
      count: (n: number, count: string) =>
        plural('fr-CA', n, {
          one: `${count} incident. Les plus graves d’abord; une ligne ouvre l’incident.`,
          other: `${count} incidents. Les plus graves d’abord; une ligne ouvre l’incident.`,
        }),
      loaded: (n: number, count: string) =>
        plural('fr-CA', n, {
          one: `${count} incident chargé; les suivants se chargent à mesure que vous faites défiler. Les plus graves d’abord; une ligne ouvre l’incident.`,
          other: `${count} incidents chargés; les suivants se chargent à mesure que vous faites défiler. Les plus graves d’abord; une ligne ouvre l’incident.`,
        }),
      loading: 'Chargement…',
      notUpdating: 'Mise à jour interrompue. Nouvelle tentative…',
      live: 'En direct',
      liveHint: (seconds: number) =>
        `Actualisé toutes les ${seconds} s; les délais défilent en direct`,
      held: 'Figée pendant que vous travaillez dans la liste',
      heldTitle:
        'Les lignes gardent leur place pendant que vous pointez la liste, y travaillez ou lisez plus bas; ce qu’elles affichent reste à jour',
      loadingTable: 'Chargement des incidents',
    },
    hold: {
      newIncidents: (n: number, count: string) =>
        plural('fr-CA', n, {
          one: `${count} nouvel incident`,
          other: `${count} nouveaux incidents`,
        }),
      update: 'Mettre la liste à jour',
      hint: 'La liste reste immobile pendant que vous la pointez, y travaillez ou lisez plus bas.',
    },
    footer: {
      loadingMore: 'Chargement d’autres incidents…',
      tryAgain: 'Réessayer',
      scrollForMore: 'Faites défiler pour en voir plus',
      end: (n: number, count: string) =>
        plural('fr-CA', n, {
          one: `Fin de la liste · ${count} incident`,
          other: `Fin de la liste · ${count} incidents`,
        }),
    },
    table: {
      caption:
        'Incidents : les ouverts d’abord, les plus graves d’abord, puis les plus récemment détectés',
      reference: 'Réf.',
      incident: 'Incident',
      severity: 'Gravité',
      status: 'État',
      age: 'Âge',
      lead: 'Responsable',
      nextDeadline: 'Prochaine échéance',
      detected: (at: string) => `Détecté le ${at}`,
      untilClosed: 'jusqu’à la fermeture',
      sinceDetection: 'depuis la détection',
      gone: 'Déplacé ou sorti de cette vue\u00a0: mettez la liste à jour',
    },
    deadline: {
      none: 'Aucun délai en cours',
      legal: 'Légale',
      legalHint: 'Une échéance contraignante, fixée par la loi ou par le contrat du client',
      target: 'Cible',
      targetHint:
        'Notre propre cible là où la loi dit « avec diligence » : ce n’est pas une date légale',
    },
    empty: {
      filteredTitle: 'Aucun incident ne correspond à ces filtres',
      filteredDescription:
        'Essayez une autre gravité ou un autre état, moins de mots ou une référence INC-.',
      clearFilters: 'Effacer les filtres',
      noOpenTitle: 'Aucun incident ouvert',
      noneTitle: 'Aucun incident pour l’instant',
      noOpenDescription:
        'Aucun incident n’est en cours de traitement. Les incidents proviennent d’alertes promues, de règles d’alerte, ou sont ouverts ici.',
      noneDescription:
        'Les incidents proviennent d’alertes promues, de règles d’alerte, ou sont ouverts ici.',
      severityTitle: 'Gravité et état',
      severityDescription: 'De SEV1 à SEV4, de détecté à fermé, chaque étape horodatée.',
      deadlineTitle: 'Prochaine échéance',
      deadlineDescription: 'Le délai de notification qui expire en premier, en compte à rebours.',
      timelineTitle: 'Chronologie',
      timelineDescription: 'Chaque changement, note, alerte et avis, avec qui et quand.',
      showClosed: 'Afficher aussi les incidents fermés',
    },
  },
);
