import { defineMessages } from '../../i18n';

/** The "Record drill" and "Record backup test" dialogs. */
export const dialogsMessages = defineMessages(
  {
    common: {
      choose: 'Choose…',
      cancel: 'Cancel',
      remove: 'Remove',
      timeZone: (timeZone: string) => `Your time zone: ${timeZone}.`,
    },
    drill: {
      title: 'Record drill',
      description:
        'A test of the recovery plan: SOC 2 A1.3 and CC7.5, ISO 27001 A.5.30. Record what actually happened, including what went wrong.',
      achievedRto: (text: string) => `Achieved RTO ${text}.`,
      achievedRpo: (text: string) => `Achieved RPO ${text}.`,
      fromServices: 'Held to the tightest objectives among the services in use.',
      fromCompany: 'Held to the company objectives: no service lists its own.',
      scenario: 'Scenario',
      scenarioPlaceholder:
        'e.g. Ransomware encrypts the primary database; restore from the off-site backup',
      type: 'Type',
      keyPersonnel: 'Key personnel unavailable',
      keyPersonnelHint: 'Run without someone the plan relies on, as CC7.5 asks to test.',
      interruptionAt: 'Interruption at',
      interruptionHint: (timeZone: string) =>
        `When the simulated interruption started. Your time zone: ${timeZone}.`,
      restoredAt: 'Service restored at (optional)',
      restoredHint: 'Achieved RTO = restored − interruption. Empty for a tabletop.',
      recoveryPoint: 'Recovery point (optional)',
      recoveryPointHint:
        'The backup or snapshot restored from. Achieved RPO = interruption − recovery point.',
      participants: 'Participants',
      participantsPlaceholder: 'One per line, e.g.\nAna Ops (incident lead)\nBen DBA',
      findings: 'Findings',
      findingsHint:
        'What did not work as planned, with the ticket that fixes it and when it is due.',
      noFindings: 'No findings.',
      findingSeverity: (n: number) => `Finding ${n} severity`,
      findingDescription: (n: number) => `Finding ${n} description`,
      findingTicket: (n: number) => `Finding ${n} ticket`,
      ticketPlaceholder: 'e.g. OPS-142',
      findingDue: (n: number) => `Finding ${n} due`,
      findingClosed: (n: number) => `Finding ${n} closed`,
      closedHint: 'Empty while open.',
      removeFinding: (n: number) => `Remove finding ${n}`,
      addFinding: 'Add finding',
      recordAction: 'Recording drills',
      submit: 'Record drill',
    },
    backupTest: {
      title: 'Record backup test',
      description:
        'A backup restored to a non-production environment and checked: the evidence SOC 2 A1.3 and ISO 27001 A.8.13 ask for.',
      took: (duration: string) => `The restore took ${duration}.`,
      restoredWhat: 'What was restored',
      restoredWhatPlaceholder: 'e.g. Customer database (PostgreSQL) to the staging cluster',
      service: 'Service (optional)',
      noService: 'No particular service',
      backupTakenAt: 'Backup taken at',
      backupTakenHint: 'The recovery point: when the restored backup or snapshot was taken.',
      started: 'Restore started',
      finished: 'Restore finished',
      checks: 'Integrity checks',
      checksHint:
        'What shows the restored data is complete and intact: row counts, checksums, a sample read back. Empty rows are ignored.',
      checkMethod: (n: number) => `Check ${n} method`,
      methodPlaceholder: 'e.g. Row count, orders table',
      checkExpected: (n: number) => `Check ${n} expected`,
      checkActual: (n: number) => `Check ${n} actual`,
      differs: 'Differs from the expected value.',
      checkPassed: (n: number) => `Check ${n} passed`,
      passed: 'Passed',
      failed: 'Failed',
      removeCheck: (n: number) => `Remove check ${n}`,
      addCheck: 'Add check',
      result: 'Result',
      notes: 'Notes (optional)',
      notesPlaceholder: 'Where it was restored, what went wrong, the ticket of any follow-up.',
      recordAction: 'Recording backup tests',
      submit: 'Record backup test',
    },
  },
  {
    common: {
      choose: 'Choisir…',
      cancel: 'Annuler',
      remove: 'Retirer',
      timeZone: (timeZone) => `Votre fuseau horaire\u00a0: ${timeZone}.`,
    },
    drill: {
      title: 'Consigner un exercice',
      description:
        'Un test du plan de reprise : SOC 2 A1.3 et CC7.5, ISO 27001 A.5.30. Consignez ce qui s’est réellement passé, y compris ce qui a mal tourné.',
      achievedRto: (text) => `RTO obtenu\u00a0: ${text}.`,
      achievedRpo: (text) => `RPO obtenu\u00a0: ${text}.`,
      fromServices: 'Soumis aux objectifs les plus stricts parmi les services en usage.',
      fromCompany: 'Soumis aux objectifs de l’entreprise : aucun service n’a les siens.',
      scenario: 'Scénario',
      scenarioPlaceholder:
        'p. ex. Un rançongiciel chiffre la base de données principale; restauration à partir de la sauvegarde hors site',
      type: 'Type',
      keyPersonnel: 'Personnel clé indisponible',
      keyPersonnelHint:
        'Exercice mené sans une personne sur qui le plan repose, comme CC7.5 demande de le tester.',
      interruptionAt: 'Début de l’interruption',
      interruptionHint: (timeZone) =>
        `Le moment où l’interruption simulée a commencé. Votre fuseau horaire\u00a0: ${timeZone}.`,
      restoredAt: 'Rétablissement du service (facultatif)',
      restoredHint: 'RTO obtenu = rétablissement − interruption. Vide pour un exercice sur table.',
      recoveryPoint: 'Point de reprise (facultatif)',
      recoveryPointHint:
        'La sauvegarde ou l’instantané utilisé pour la restauration. RPO obtenu = interruption − point de reprise.',
      participants: 'Participants',
      participantsPlaceholder: 'Un par ligne, p. ex.\nAna Ops (responsable de l’incident)\nBen DBA',
      findings: 'Constats',
      findingsHint:
        'Ce qui n’a pas fonctionné comme prévu, avec le billet qui le corrige et son échéance.',
      noFindings: 'Aucun constat.',
      findingSeverity: (n) => `Gravité du constat ${n}`,
      findingDescription: (n) => `Description du constat ${n}`,
      findingTicket: (n) => `Billet du constat ${n}`,
      ticketPlaceholder: 'p. ex. OPS-142',
      findingDue: (n) => `Échéance du constat ${n}`,
      findingClosed: (n) => `Fermeture du constat ${n}`,
      closedHint: 'Vide tant qu’il est ouvert.',
      removeFinding: (n) => `Retirer le constat ${n}`,
      addFinding: 'Ajouter un constat',
      recordAction: 'La consignation des exercices',
      submit: 'Consigner l’exercice',
    },
    backupTest: {
      title: 'Consigner un test de sauvegarde',
      description:
        'Une sauvegarde restaurée dans un environnement hors production, puis vérifiée : la preuve qu’exigent SOC 2 A1.3 et ISO 27001 A.8.13.',
      took: (duration) => `La restauration a duré ${duration}.`,
      restoredWhat: 'Ce qui a été restauré',
      restoredWhatPlaceholder:
        'p. ex. Base de données clients (PostgreSQL) vers la grappe de préproduction',
      service: 'Service (facultatif)',
      noService: 'Aucun service en particulier',
      backupTakenAt: 'Sauvegarde prise le',
      backupTakenHint:
        'Le point de reprise : le moment où la sauvegarde ou l’instantané restauré a été pris.',
      started: 'Début de la restauration',
      finished: 'Fin de la restauration',
      checks: 'Vérifications d’intégrité',
      checksHint:
        'Ce qui montre que les données restaurées sont complètes et intègres : nombres de lignes, sommes de contrôle, relecture d’un échantillon. Les lignes vides sont ignorées.',
      checkMethod: (n) => `Méthode de la vérification ${n}`,
      methodPlaceholder: 'p. ex. Nombre de lignes, table des commandes',
      checkExpected: (n) => `Valeur attendue de la vérification ${n}`,
      checkActual: (n) => `Valeur obtenue de la vérification ${n}`,
      differs: 'Diffère de la valeur attendue.',
      checkPassed: (n) => `Résultat de la vérification ${n}`,
      passed: 'Réussie',
      failed: 'Échouée',
      removeCheck: (n) => `Retirer la vérification ${n}`,
      addCheck: 'Ajouter une vérification',
      result: 'Résultat',
      notes: 'Notes (facultatif)',
      notesPlaceholder:
        'Où la restauration a eu lieu, ce qui a mal tourné, le billet de tout suivi.',
      recordAction: 'La consignation des tests de sauvegarde',
      submit: 'Consigner le test',
    },
  },
);

export const continuityToastMessages = defineMessages(
  { drillRecorded: 'Drill recorded', backupTestRecorded: 'Backup test recorded' },
  { drillRecorded: 'Exercice consigné', backupTestRecorded: 'Test de sauvegarde consigné' },
);
