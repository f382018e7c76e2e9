import { defineMessages, plural } from '../../i18n';

const frOverdue = (overdue: number): string => (overdue ? `, dont ${overdue} en retard` : '');

/** The continuity page and its cards, top to bottom. */
export const cardsMessages = defineMessages(
  {
    page: {
      title: 'Continuity',
      description: (timeZone: string) =>
        `Recovery objectives, backup restore tests and DR drills: the evidence that recovery works and is tested. Times in ${timeZone}.`,
      downloadHint: 'Objectives, schedules, tests, drills and open findings as one JSON file',
      download: 'Download JSON report',
      printableHint: 'The same report as a page to print or save as PDF, in a new tab',
      printable: 'Open printable report',
      reportAction: 'The continuity report',
      saved: (filename: string) => `Report saved: ${filename}`,
      inDownloads: 'It is in your downloads.',
    },
    schedule: {
      title: 'Schedule',
      description:
        'How often each kind of evidence is due. An overdue one reminds the security lead until it is recorded.',
      loading: 'Loading the schedule…',
      error: 'The schedule could not be loaded',
      cadence: 'Cadence',
      never: 'Never recorded',
      nextDue: 'Next due',
    },
    services: {
      title: 'Recovery objectives',
      description:
        "RTO: the longest acceptable time from an interruption to restored service. RPO: the most data, counted in time before the interruption, that may be lost. A service without its own objectives is held to the company's.",
      edit: 'Edit services',
      companyObjectives: 'Company objectives',
      companyRto: 'Company RTO',
      companyRpo: 'Company RPO',
      companyNote: (rto: string, rpo: string) =>
        `Restored within ${rto} of an interruption, with no more than ${rpo} of data lost: backups run at least daily, and their restores are tested.`,
      saved: 'Services saved',
      savedDetail: 'Drills are measured against the new objectives from now on.',
      loading: 'Loading services',
      empty: {
        title: 'No services listed yet',
        description:
          "Every service is held to the company's objectives until it is listed here with its own, its owner and what it depends on.",
        add: 'Add services',
      },
      table: {
        caption: 'Services and their recovery objectives',
        service: 'Service',
        rto: 'RTO',
        rpo: 'RPO',
        owner: 'Owner',
        dependsOn: 'Depends on',
        retired: 'Retired',
        retiredHint: 'Kept for the records that refer to it; no longer recovered',
      },
      editor: {
        caption: 'Edit services and their recovery objectives',
        rtoHours: 'RTO (hours)',
        rpoHours: 'RPO (hours)',
        dependsOnIds: 'Depends on (ids)',
        remove: 'Remove',
        /** The inputs' accessible names: "Name, Customer API". */
        field: (label: string, service: string) => `${label}, ${service}`,
        newService: 'new service',
        name: 'Name',
        namePlaceholder: 'e.g. Customer API',
        id: 'Id',
        idPlaceholder: 'customer-api',
        rtoInHours: 'RTO in hours',
        rpoInHours: 'RPO in hours',
        owner: 'Owner',
        dependsOn: 'Depends on',
        dependsOnPlaceholder: 'e.g. database, identity',
        retired: (service: string) => `Retired, ${service}`,
        removeRow: (service: string) => `Remove ${service}`,
        removeRowHint: 'Remove this unsaved row',
        hint: 'A service keeps its id once saved: runs and tests refer to it. Retire one that is no longer recovered instead of removing it. Objectives run from 0.25 h to 2160 h (90 days).',
        saveAction: 'Saving services',
        add: 'Add service',
        cancel: 'Cancel',
        save: 'Save services',
      },
    },
    chart: {
      title: 'Recovery against objectives',
      description: (rto: string, rpo: string) =>
        `Achieved RTO and RPO of each drill that measured them, in hours, against its objectives: the company's ${rto} and ${rpo} unless its services name tighter ones.`,
      loading: 'Loading the chart…',
      error: 'The chart could not be loaded',
      empty:
        'No drill has measured a recovery yet. A functional restore or a failover records when service was restored and which recovery point was used.',
      label: (rto: string, rpo: string, summary: string) =>
        `Achieved RTO and RPO per drill against the ${rto} RTO and ${rpo} RPO objectives: ${summary}`,
      achievedRto: 'Achieved RTO',
      achievedRpo: 'Achieved RPO',
      missed: 'Objective missed',
      objectives: (rto: string, rpo: string) => `Objectives: RTO ${rto}, RPO ${rpo}`,
      rtoObjective: (rto: string) => `RTO objective ${rto}`,
      rpoObjective: (rpo: string) => `RPO objective ${rpo}`,
      otherTargets: (n: number) =>
        `${n} ${n === 1 ? 'drill' : 'drills'} held to other objectives than the lines: the table gives each drill's.`,
      sameFigures: 'The same figures are in the DR drills table.',
    },
    drills: {
      title: 'DR drills',
      description:
        'Tabletop exercises, functional restores and failovers. A drill run of a runbook is recorded here by itself once it finishes.',
      record: 'Record drill',
      loading: 'Loading drills',
      empty: {
        title: 'No drill recorded yet',
        description:
          'Auditors expect at least one recovery test a year, with the achieved recovery time and data loss against the objectives, the participants and what was found.',
      },
      table: {
        caption: 'DR drills, newest first, with the achieved RTO and RPO against their objectives',
        drill: 'Drill',
        interruption: 'Interruption',
        rto: 'RTO',
        rpo: 'RPO',
        participants: 'Participants',
        findings: 'Findings',
      },
      keyPersonnel: 'Key personnel unavailable',
      keyPersonnelHint: 'Run without someone the plan relies on (CC7.5)',
      openRun: 'Open the runbook run it came from',
      recordedBy: (who: string, at: string) => `Recorded by ${who} · ${at}`,
      noFindings: 'None',
      ticket: (ticket: string) => `Ticket ${ticket}`,
      noTicket: 'No ticket',
      closed: (at: string) => `closed ${at}`,
      due: (at: string) => `due ${at}`,
      noDueDate: 'no due date',
    },
    backupTests: {
      title: 'Backup tests',
      description:
        'Restores from real backups to a non-production environment, with the checks (row counts, checksums) that prove the data is complete and intact.',
      record: 'Record backup test',
      loading: 'Loading backup tests',
      empty: {
        title: 'No backup test recorded yet',
        description:
          'A backup counts once it has been restored: record what was restored, from which backup, and the integrity checks that matched.',
      },
      table: {
        caption: 'Backup restore tests, newest first',
        restored: 'Restored',
        backupOf: 'From the backup of',
        restore: 'Restore',
        checks: 'Integrity checks',
        result: 'Result',
      },
      recordedBy: (who: string, at: string) => `Recorded by ${who} · ${at}`,
      /** "<start> to <end>", with the words around the two times. */
      rangeFrom: '',
      rangeTo: ' to ',
      noChecks: 'No integrity check',
      checkPassed: 'passed',
      checkFailed: 'failed',
      expected: 'expected ',
      actual: ' · actual ',
    },
    findings: {
      title: 'Open findings',
      fromDrills: 'From the DR drills.',
      noneOpen: 'From the DR drills: none open.',
      open: (open: number, overdue: number) =>
        `${open} open from the DR drills${overdue ? `, ${overdue} past due` : ''}. Overdue first, then by severity.`,
      loading: 'Loading findings',
      waiting: 'Listed once the drills load.',
      empty: {
        title: 'No open finding',
        description:
          'Issues a drill finds are listed here, with their ticket and due date, until they are closed.',
      },
      table: {
        caption: 'Open drill findings',
        severity: 'Severity',
        finding: 'Finding',
        ticket: 'Ticket',
        due: 'Due',
      },
      drillOf: (at: string, scenario: string) => `Drill of ${at}: ${scenario}`,
      noTicket: 'None',
      overdue: 'Overdue',
      noDueDate: 'No due date',
    },
  },
  {
    page: {
      title: 'Continuité',
      description: (timeZone) =>
        `Objectifs de reprise, tests de restauration de sauvegarde et exercices de PRA\u00a0: la preuve que la reprise fonctionne et qu’elle est testée. Heures selon le fuseau horaire ${timeZone}.`,
      downloadHint:
        'Objectifs, calendriers, tests, exercices et constats ouverts dans un seul fichier JSON',
      download: 'Télécharger le rapport JSON',
      printableHint:
        'Le même rapport sous forme de page à imprimer ou à enregistrer en PDF, dans un nouvel onglet',
      printable: 'Ouvrir le rapport imprimable',
      reportAction: 'Le rapport de continuité',
      saved: (filename) => `Rapport enregistré\u00a0: ${filename}`,
      inDownloads: 'Il se trouve dans vos téléchargements.',
    },
    schedule: {
      title: 'Calendrier',
      description:
        'La fréquence à laquelle chaque type de preuve est attendu. Une preuve en retard fait l’objet de rappels au responsable de la sécurité jusqu’à ce qu’elle soit consignée.',
      loading: 'Chargement du calendrier…',
      error: 'Impossible de charger le calendrier',
      cadence: 'Fréquence',
      never: 'Jamais consigné',
      nextDue: 'Prochaine échéance',
    },
    services: {
      title: 'Objectifs de reprise',
      description:
        'RTO : le délai maximal acceptable entre une interruption et le rétablissement du service. RPO : la quantité maximale de données, mesurée en temps avant l’interruption, qui peut être perdue. Un service sans objectifs propres est soumis à ceux de l’entreprise.',
      edit: 'Modifier les services',
      companyObjectives: 'Objectifs de l’entreprise',
      companyRto: 'RTO de l’entreprise',
      companyRpo: 'RPO de l’entreprise',
      companyNote: (rto, rpo) =>
        `Rétablissement dans les ${rto} suivant une interruption, avec au plus ${rpo} de données perdues\u00a0: les sauvegardes s’exécutent au moins une fois par jour, et leurs restaurations sont testées.`,
      saved: 'Services enregistrés',
      savedDetail: 'Les exercices sont désormais mesurés par rapport aux nouveaux objectifs.',
      loading: 'Chargement des services',
      empty: {
        title: 'Aucun service répertorié pour l’instant',
        description:
          'Chaque service est soumis aux objectifs de l’entreprise jusqu’à ce qu’il figure ici avec les siens, son responsable et ses dépendances.',
        add: 'Ajouter des services',
      },
      table: {
        caption: 'Services et leurs objectifs de reprise',
        service: 'Service',
        rto: 'RTO',
        rpo: 'RPO',
        owner: 'Responsable',
        dependsOn: 'Dépend de',
        retired: 'Retiré',
        retiredHint:
          'Conservé pour les dossiers qui y font référence; n’est plus visé par la reprise',
      },
      editor: {
        caption: 'Modifier les services et leurs objectifs de reprise',
        rtoHours: 'RTO (heures)',
        rpoHours: 'RPO (heures)',
        dependsOnIds: 'Dépend de (identifiants)',
        remove: 'Supprimer',
        field: (label, service) => `${label}, ${service}`,
        newService: 'nouveau service',
        name: 'Nom',
        namePlaceholder: 'p. ex. API clients',
        id: 'Identifiant',
        idPlaceholder: 'api-clients',
        rtoInHours: 'RTO en heures',
        rpoInHours: 'RPO en heures',
        owner: 'Responsable',
        dependsOn: 'Dépend de',
        dependsOnPlaceholder: 'p. ex. base-de-donnees, identite',
        retired: (service) => `Retiré, ${service}`,
        removeRow: (service) => `Supprimer ${service}`,
        removeRowHint: 'Supprimer cette ligne non enregistrée',
        hint: 'Un service garde son identifiant une fois enregistré : les exécutions et les tests y font référence. Retirez un service qui n’est plus visé par la reprise plutôt que de le supprimer. Les objectifs vont de 0,25 h à 2 160 h (90 jours).',
        saveAction: 'L’enregistrement des services',
        add: 'Ajouter un service',
        cancel: 'Annuler',
        save: 'Enregistrer les services',
      },
    },
    chart: {
      title: 'Reprise par rapport aux objectifs',
      description: (rto, rpo) =>
        `RTO et RPO obtenus par chaque exercice qui les a mesurés, en heures, par rapport à ses objectifs\u00a0: ceux de l’entreprise (${rto} et ${rpo}), à moins que ses services n’en fixent de plus stricts.`,
      loading: 'Chargement du graphique…',
      error: 'Impossible de charger le graphique',
      empty:
        'Aucun exercice n’a encore mesuré de reprise. Une restauration fonctionnelle ou un basculement consigne le moment où le service a été rétabli et le point de reprise utilisé.',
      label: (rto, rpo, summary) =>
        `RTO et RPO obtenus par exercice, par rapport aux objectifs de ${rto} (RTO) et de ${rpo} (RPO)\u00a0: ${summary}`,
      achievedRto: 'RTO obtenu',
      achievedRpo: 'RPO obtenu',
      missed: 'Objectif non respecté',
      objectives: (rto, rpo) => `Objectifs\u00a0: RTO ${rto}, RPO ${rpo}`,
      rtoObjective: (rto) => `Objectif RTO ${rto}`,
      rpoObjective: (rpo) => `Objectif RPO ${rpo}`,
      otherTargets: (n) =>
        `${n} ${plural('fr-CA', n, { one: 'exercice soumis', other: 'exercices soumis' })} à d’autres objectifs que ceux des lignes\u00a0: le tableau donne ceux de chaque exercice.`,
      sameFigures: 'Les mêmes données figurent dans le tableau des exercices de PRA.',
    },
    drills: {
      title: 'Exercices de PRA',
      description:
        'Exercices sur table, restaurations fonctionnelles et basculements. Une procédure exécutée en mode exercice est consignée ici d’elle-même une fois terminée.',
      record: 'Consigner un exercice',
      loading: 'Chargement des exercices',
      empty: {
        title: 'Aucun exercice consigné pour l’instant',
        description:
          'Les auditeurs s’attendent à au moins un test de reprise par année, avec le délai de reprise et la perte de données obtenus par rapport aux objectifs, les participants et les constats.',
      },
      table: {
        caption:
          'Exercices de PRA, du plus récent au plus ancien, avec le RTO et le RPO obtenus par rapport à leurs objectifs',
        drill: 'Exercice',
        interruption: 'Interruption',
        rto: 'RTO',
        rpo: 'RPO',
        participants: 'Participants',
        findings: 'Constats',
      },
      keyPersonnel: 'Personnel clé indisponible',
      keyPersonnelHint: 'Mené sans une personne sur qui le plan repose (CC7.5)',
      openRun: 'Ouvrir l’exécution de procédure d’origine',
      recordedBy: (who, at) => `Consigné par ${who} · ${at}`,
      noFindings: 'Aucun',
      ticket: (ticket) => `Billet ${ticket}`,
      noTicket: 'Aucun billet',
      closed: (at) => `clos le ${at}`,
      due: (at) => `échéance le ${at}`,
      noDueDate: 'aucune échéance',
    },
    backupTests: {
      title: 'Tests de sauvegarde',
      description:
        'Restaurations de sauvegardes réelles dans un environnement hors production, avec les vérifications (nombres de lignes, sommes de contrôle) qui prouvent que les données sont complètes et intègres.',
      record: 'Consigner un test de sauvegarde',
      loading: 'Chargement des tests de sauvegarde',
      empty: {
        title: 'Aucun test de sauvegarde consigné pour l’instant',
        description:
          'Une sauvegarde ne compte qu’une fois restaurée : consignez ce qui a été restauré, à partir de quelle sauvegarde, et les vérifications d’intégrité concluantes.',
      },
      table: {
        caption: 'Tests de restauration de sauvegarde, du plus récent au plus ancien',
        restored: 'Restauré',
        backupOf: 'Sauvegarde du',
        restore: 'Restauration',
        checks: 'Vérifications d’intégrité',
        result: 'Résultat',
      },
      recordedBy: (who, at) => `Consigné par ${who} · ${at}`,
      rangeFrom: 'Du ',
      rangeTo: ' au ',
      noChecks: 'Aucune vérification d’intégrité',
      checkPassed: 'réussie',
      checkFailed: 'échouée',
      expected: 'attendu ',
      actual: ' · obtenu ',
    },
    findings: {
      title: 'Constats ouverts',
      fromDrills: 'Issus des exercices de PRA.',
      noneOpen: 'Issus des exercices de PRA : aucun n’est ouvert.',
      open: (open, overdue) =>
        `${open} ${plural('fr-CA', open, { one: 'constat ouvert issu', other: 'constats ouverts issus' })} des exercices de PRA${frOverdue(overdue)}. Les constats en retard d’abord, puis par gravité.`,
      loading: 'Chargement des constats',
      waiting: 'Affichés une fois les exercices chargés.',
      empty: {
        title: 'Aucun constat ouvert',
        description:
          'Les problèmes relevés par un exercice figurent ici, avec leur billet et leur échéance, jusqu’à leur fermeture.',
      },
      table: {
        caption: 'Constats d’exercice ouverts',
        severity: 'Gravité',
        finding: 'Constat',
        ticket: 'Billet',
        due: 'Échéance',
      },
      drillOf: (at, scenario) => `Exercice du ${at}\u00a0: ${scenario}`,
      noTicket: 'Aucun',
      overdue: 'En retard',
      noDueDate: 'Aucune échéance',
    },
  },
);
