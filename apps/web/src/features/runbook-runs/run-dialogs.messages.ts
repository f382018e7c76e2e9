import { defineMessages, plural } from '../../i18n';

const fr = (n: number, one: string, other: string) => plural('fr-CA', n, { one, other });

/** The dialogs that start and finish a run. */
export const runDialogMessages = defineMessages(
  {
    cancel: 'Cancel',
    start: {
      title: (runbook: string) => `Start “${runbook}”`,
      titleChoose: 'Start a runbook',
      forIncident: (reference: string, title: string) =>
        `For ${reference} · ${title}. Each step you tick goes on its timeline.`,
      clocks:
        'The RTO counts from the disruption start; the RPO exposure from the last good backup.',
      tightestOf: (services: string) => `the tightest of ${services}`,
      companyDefaults: 'the company defaults: this runbook names no service',
      steps: (n: number) => `${n} ${n === 1 ? 'step' : 'steps'}`,
      runbook: 'Runbook',
      loadingRunbooks: 'Loading runbooks…',
      runbooksFailed: (problem: string) => `The runbooks could not be loaded: ${problem}.`,
      suggested: 'Suggested runbooks',
      suggestedFor: (category: string) => `Suggested for ${category}`,
      noneForCategory: 'No runbook names this category: pick one from the library below.',
      others: 'Other runbooks',
      library: 'Library',
      noOthers: 'No other runbook in the library.',
      incident: 'Incident (optional)',
      incidentHint: "Each step and the result go on the incident's timeline.",
      noIncident: 'No incident',
      chooseRunbook: 'Choose the runbook to follow.',
      archived: 'This runbook is archived',
      archivedDetail: 'Restore it to the library before running it.',
      disruption: 'Disruption started',
      disruptionHint: (zone: string) =>
        `When the service went down (in a drill, the simulated outage). Empty means now. Your time zone: ${zone}.`,
      lastBackup: 'Last good backup (optional)',
      lastBackupHint:
        'The newest backup or snapshot known to be good: the data after it is at risk.',
      drill: 'Drill: a rehearsal, no real outage',
      action: 'Starting a run',
      startDrill: 'Start drill',
      startRun: 'Start run',
    },
    finish: {
      title: 'Finish run',
      description: (disruption: string, zone: string) =>
        `Disruption started ${disruption}. Times in ${zone}.`,
      stillOpen: (open: number, blocked: number) =>
        `${open} ${open === 1 ? 'step is' : 'steps are'} still open${
          blocked ? `, ${blocked} blocked` : ''
        }. They stay as they are in the record.`,
      outcome: 'Outcome',
      recovered: 'Recovered',
      recoveredHint: 'Service is back: the RTO clock stops.',
      aborted: 'Aborted',
      abortedHint: 'Stopped without restoring service.',
      restoredAt: 'Service restored at',
      restoredAtHint: 'Now, or when users could work again.',
      recoveryPoint: 'Recovery point used (optional)',
      recoveryPointHint: 'The backup or snapshot restored from; data after it is lost.',
      whyStop: 'Why it stops',
      note: 'Note (optional)',
      rto: 'RTO:',
      rpo: 'RPO:',
      /** "3 h 10 min of 48 h" */
      of: 'of',
      met: 'Met',
      missed: 'Missed',
      noRecoveryPoint: 'no recovery point given',
      abort: 'Abort run',
      finish: 'Finish run',
    },
  },
  {
    cancel: 'Annuler',
    start: {
      title: (runbook: string) => `Lancer «\u00a0${runbook}\u00a0»`,
      titleChoose: 'Lancer une procédure',
      forIncident: (reference: string, title: string) =>
        `Pour ${reference} · ${title}. Chaque étape que vous cochez est ajoutée à sa chronologie.`,
      clocks:
        'Le RTO court à partir du début de l’interruption; l’exposition au RPO, à partir de la dernière sauvegarde valide.',
      tightestOf: (services: string) => `les plus stricts parmi ${services}`,
      companyDefaults:
        'les valeurs par défaut de l’entreprise : cette procédure ne nomme aucun service',
      steps: (n: number) => `${n} ${fr(n, 'étape', 'étapes')}`,
      runbook: 'Procédure',
      loadingRunbooks: 'Chargement des procédures…',
      runbooksFailed: (problem: string) =>
        `Impossible de charger les procédures\u00a0: ${problem}.`,
      suggested: 'Procédures suggérées',
      suggestedFor: (category: string) => `Suggérées pour ${category}`,
      noneForCategory:
        'Aucune procédure ne vise cette catégorie : choisissez-en une dans la bibliothèque ci-dessous.',
      others: 'Autres procédures',
      library: 'Bibliothèque',
      noOthers: 'Aucune autre procédure dans la bibliothèque.',
      incident: 'Incident (facultatif)',
      incidentHint: 'Chaque étape et le résultat sont ajoutés à la chronologie de l’incident.',
      noIncident: 'Aucun incident',
      chooseRunbook: 'Choisissez la procédure à suivre.',
      archived: 'Cette procédure est archivée',
      archivedDetail: 'Remettez-la dans la bibliothèque avant de la lancer.',
      disruption: 'Début de l’interruption',
      disruptionHint: (zone: string) =>
        `Moment où le service est tombé en panne (lors d’un exercice, la panne simulée). Laissez vide pour maintenant. Votre fuseau horaire\u00a0: ${zone}.`,
      lastBackup: 'Dernière sauvegarde valide (facultatif)',
      lastBackupHint:
        'La sauvegarde ou l’instantané valide le plus récent : les données postérieures sont à risque.',
      drill: 'Exercice : une répétition, sans panne réelle',
      action: 'Le lancement d’une exécution',
      startDrill: 'Lancer l’exercice',
      startRun: 'Lancer l’exécution',
    },
    finish: {
      title: 'Terminer l’exécution',
      description: (disruption: string, zone: string) =>
        `Début de l’interruption\u00a0: ${disruption}. Heures selon le fuseau ${zone}.`,
      stillOpen: (open: number, blocked: number) =>
        `${open} ${fr(open, 'étape est encore ouverte', 'étapes sont encore ouvertes')}${
          blocked ? `, dont ${blocked} ${fr(blocked, 'bloquée', 'bloquées')}` : ''
        }. Leur état est conservé tel quel au dossier.`,
      outcome: 'Résultat',
      recovered: 'Service rétabli',
      recoveredHint: 'Le service est rétabli : le chronomètre du RTO s’arrête.',
      aborted: 'Abandonnée',
      abortedHint: 'Arrêtée sans rétablir le service.',
      restoredAt: 'Service rétabli le',
      restoredAtHint: 'Maintenant, ou le moment où les utilisateurs ont pu reprendre le travail.',
      recoveryPoint: 'Point de reprise utilisé (facultatif)',
      recoveryPointHint:
        'La sauvegarde ou l’instantané restauré; les données postérieures sont perdues.',
      whyStop: 'Motif de l’arrêt',
      note: 'Note (facultative)',
      rto: 'RTO :',
      rpo: 'RPO :',
      of: 'sur',
      met: 'Respecté',
      missed: 'Non respecté',
      noRecoveryPoint: 'aucun point de reprise indiqué',
      abort: 'Abandonner l’exécution',
      finish: 'Terminer l’exécution',
    },
  },
);
