import type { RunbookRun } from '@vigil/contracts';
import { defineMessages, plural } from '../../i18n';

const fr = (n: number, one: string, other: string) => plural('fr-CA', n, { one, other });

/** The run page: its header, the big clocks, the focused step and the step list. */
export const runPageMessages = defineMessages(
  {
    page: {
      /** "Incident response run · Drill · runbook v3" */
      eyebrow: (kind: string, drill: boolean, version: number) =>
        `${kind} run · ${drill ? 'Drill · ' : ''}runbook v${version}`,
      started: 'Started',
      startedBy: (who: string) => `by ${who}`,
      forIncident: (reference: string) => `For ${reference}`,
      runbook: 'Runbook',
      incident: 'Incident',
      finish: 'Finish run',
      notUpdating: 'Not updating',
      notUpdatingText: (seconds: number) =>
        `The run could not be refreshed; what others ticked may be missing. Retrying every ${seconds} s.`,
      closed: (status: RunbookRun['status']) =>
        `This run is ${status}: its steps are closed as they were left.`,
      otherRole: (role: string) =>
        `This step is for the ${role.toLowerCase()}: a security lead or an admin can act for them.`,
      noSteps: 'This run has no steps',
      noStepsDetail: 'The runbook version it started from had none.',
      /** Read out once a step is ticked: "Restore the database: done. Next: Check replication." */
      announce: (step: string, status: string, next: string | undefined) =>
        `${step}: ${status.toLowerCase()}.${next ? ` Next: ${next}.` : ''}`,
      loading: 'Loading the run',
      title: 'Runbook run',
      missing: 'No such run',
      missingDetail: ' does not exist, or is not visible to you.',
      allRunbooks: 'All runbooks',
    },
    rto: {
      label: 'Recovery time',
      caption: {
        running: 'down since the disruption',
        recovered: 'to restore service',
        aborted: 'down when the run was aborted',
      },
      meter: (share: number) => `${share}% of the recovery time objective`,
      due: 'Due',
      disruption: 'Disruption',
    },
    rpo: {
      label: 'Data at risk',
      noBackup: 'no last good backup recorded',
      atRisk: 'of data at risk, from the recovery point to the disruption',
      meter: (share: number) => `${share}% of the recovery point objective`,
      recoveryPointUsed: 'Recovery point used',
      lastGoodBackup: 'Last good backup',
      recordPoint: 'Record the recovery point used when finishing the run.',
    },
    progress: {
      label: 'Progress',
      steps: 'Steps',
      blocked: (n: number) => `${n} blocked`,
      doneSkipped: (done: number, skipped: number) =>
        `${done} done${skipped ? `, ${skipped} skipped` : ''}`,
      meter: (percent: number) => `${percent}% of the steps`,
      allSettled: 'Every step is settled',
      workLeft: (duration: string) => `About ${duration} of work left by the estimates`,
      toGo: (n: number) => `${n} to go`,
    },
    result: {
      title: { recovered: 'Recovered', aborted: 'Aborted' },
      finished: (at: string) => `Finished ${at}.`,
      finishedNoTime: 'Finished.',
      achievedRto: 'Achieved RTO',
      achievedRpo: 'Achieved RPO',
      target: (objective: string) => `target ${objective}`,
      rtoMet: 'RTO met',
      rtoMissed: 'RTO missed',
      notRestored: 'Service not restored',
      restored: 'Restored',
      rpoMet: 'RPO met',
      rpoMissed: 'RPO missed',
      noRecoveryPoint: 'No recovery point',
      recoveryPoint: 'Recovery point',
    },
    objectives: {
      title: 'Objectives per service',
      tightest: (rto: string, rpo: string) =>
        `The run is held to the tightest: RTO ${rto}, RPO ${rpo}.`,
      noService: (rto: string, rpo: string) =>
        `No service is named: the company objectives apply, RTO ${rto} and RPO ${rpo}.`,
      caption: 'Recovery objectives of each service',
      service: 'Service',
      rto: 'RTO',
      due: 'Due',
      rpo: 'RPO',
      dataAtRisk: 'Data at risk',
      unknown: 'Unknown',
      within: 'Within',
      exceeds: 'Exceeds',
    },
    step: {
      /** "Done by alice@example.com, 3 minutes ago" */
      changed: {
        pending: 'Reopened',
        done: 'Done',
        skipped: 'Skipped',
        blocked: 'Blocked',
      },
      changedBy: (who: string) => ` by ${who}`,
      position: (n: number, total: number) => `Step ${n} of ${total}`,
      owner: 'Owner',
      expected: (minutes: number) => `Expected about ${minutes} min`,
      blockedNote: 'Blocked: ',
      noInstructions: 'No instructions written for this step.',
      blockForm: 'Blocked',
      blockQuestion: 'What blocks this step?',
      blockPlaceholder: "e.g. Waiting for the DBA's credentials to the backup vault",
      blockHint: "Goes on the incident's timeline. Ctrl+Enter saves, Escape cancels.",
      blockRequired: 'Say what blocks it: the next person needs to know.',
      markBlocked: 'Mark blocked',
      cancel: 'Cancel',
      reopen: 'Reopen',
      done: 'Done',
      skip: 'Skip',
      updateReason: 'Update reason…',
      blocked: 'Blocked…',
      keys: 'Keys:',
    },
    nav: {
      label: 'Steps',
      step: (n: number) => `Step ${n}: `,
    },
  },
  {
    page: {
      eyebrow: (kind: string, drill: boolean, version: number) =>
        `Exécution (${kind}) · ${drill ? 'Exercice · ' : ''}procédure v${version}`,
      started: 'Lancée',
      startedBy: (who: string) => `par ${who}`,
      forIncident: (reference: string) => `Pour ${reference}`,
      runbook: 'Procédure',
      incident: 'Incident',
      finish: 'Terminer l’exécution',
      notUpdating: 'Mise à jour interrompue',
      notUpdatingText: (seconds: number) =>
        `Impossible d’actualiser l’exécution; ce que les autres ont coché pourrait manquer. Nouvel essai toutes les ${seconds} s.`,
      closed: (status: RunbookRun['status']) =>
        status === 'aborted'
          ? 'Cette exécution a été abandonnée : ses étapes restent telles qu’elles ont été laissées.'
          : 'Cette exécution est terminée : ses étapes restent telles qu’elles ont été laissées.',
      otherRole: (role: string) =>
        `Cette étape revient au rôle «\u00a0${role}\u00a0»\u00a0: un responsable de la sécurité ou un administrateur peut agir à sa place.`,
      noSteps: 'Cette exécution n’a aucune étape',
      noStepsDetail: 'La version de la procédure dont elle est issue n’en comptait aucune.',
      announce: (step: string, status: string, next: string | undefined) =>
        `${step}\u00a0: ${status.toLowerCase()}.${next ? ` Suivante\u00a0: ${next}.` : ''}`,
      loading: 'Chargement de l’exécution',
      title: 'Exécution de procédure',
      missing: 'Exécution introuvable',
      missingDetail: ' n’existe pas ou ne vous est pas visible.',
      allRunbooks: 'Toutes les procédures',
    },
    rto: {
      label: 'Temps de reprise',
      caption: {
        running: 'd’arrêt depuis le début de l’interruption',
        recovered: 'pour rétablir le service',
        aborted: 'd’arrêt au moment de l’abandon',
      },
      meter: (share: number) => `${share}\u00a0% de l’objectif de temps de reprise`,
      due: 'Échéance',
      disruption: 'Interruption',
    },
    rpo: {
      label: 'Données à risque',
      noBackup: 'aucune dernière sauvegarde valide consignée',
      atRisk: 'de données à risque, du point de reprise à l’interruption',
      meter: (share: number) => `${share}\u00a0% de l’objectif de point de reprise`,
      recoveryPointUsed: 'Point de reprise utilisé',
      lastGoodBackup: 'Dernière sauvegarde valide',
      recordPoint: 'Consignez le point de reprise utilisé en terminant l’exécution.',
    },
    progress: {
      label: 'Progression',
      steps: 'Étapes',
      blocked: (n: number) => `${n} ${fr(n, 'bloquée', 'bloquées')}`,
      doneSkipped: (done: number, skipped: number) =>
        `${done} ${fr(done, 'faite', 'faites')}${skipped ? `, ${skipped} ${fr(skipped, 'ignorée', 'ignorées')}` : ''}`,
      meter: (percent: number) => `${percent}\u00a0% des étapes`,
      allSettled: 'Toutes les étapes sont réglées',
      workLeft: (duration: string) =>
        `Environ ${duration} de travail restant selon les estimations`,
      toGo: (n: number) => `${n} ${fr(n, 'étape restante', 'étapes restantes')}`,
    },
    result: {
      title: { recovered: 'Service rétabli', aborted: 'Exécution abandonnée' },
      finished: (at: string) => `Terminée le ${at}.`,
      finishedNoTime: 'Terminée.',
      achievedRto: 'RTO atteint',
      achievedRpo: 'RPO atteint',
      target: (objective: string) => `cible ${objective}`,
      rtoMet: 'RTO respecté',
      rtoMissed: 'RTO non respecté',
      notRestored: 'Service non rétabli',
      restored: 'Rétabli le',
      rpoMet: 'RPO respecté',
      rpoMissed: 'RPO non respecté',
      noRecoveryPoint: 'Aucun point de reprise',
      recoveryPoint: 'Point de reprise',
    },
    objectives: {
      title: 'Objectifs par service',
      tightest: (rto: string, rpo: string) =>
        `L’exécution est tenue aux objectifs les plus stricts\u00a0: RTO ${rto}, RPO ${rpo}.`,
      noService: (rto: string, rpo: string) =>
        `Aucun service n’est nommé\u00a0: les objectifs de l’entreprise s’appliquent, soit RTO ${rto} et RPO ${rpo}.`,
      caption: 'Objectifs de reprise de chaque service',
      service: 'Service',
      rto: 'RTO',
      due: 'Échéance',
      rpo: 'RPO',
      dataAtRisk: 'Données à risque',
      unknown: 'Inconnu',
      within: 'Respecté',
      exceeds: 'Dépassé',
    },
    step: {
      changed: {
        pending: 'Rouverte',
        done: 'Faite',
        skipped: 'Ignorée',
        blocked: 'Bloquée',
      },
      changedBy: (who: string) => ` par ${who}`,
      position: (n: number, total: number) => `Étape ${n} sur ${total}`,
      owner: 'Responsable',
      expected: (minutes: number) => `Durée prévue\u00a0: environ ${minutes} min`,
      blockedNote: 'Bloquée : ',
      noInstructions: 'Aucune instruction n’est rédigée pour cette étape.',
      blockForm: 'Bloquée',
      blockQuestion: 'Qu’est-ce qui bloque cette étape?',
      blockPlaceholder:
        'p. ex. En attente des identifiants de l’administrateur de bases de données pour le coffre des sauvegardes',
      blockHint: 'Ajouté à la chronologie de l’incident. Ctrl+Entrée enregistre, Échap annule.',
      blockRequired: 'Indiquez ce qui la bloque : la personne suivante doit le savoir.',
      markBlocked: 'Marquer comme bloquée',
      cancel: 'Annuler',
      reopen: 'Rouvrir',
      done: 'Fait',
      skip: 'Ignorer',
      updateReason: 'Modifier le motif…',
      blocked: 'Bloquée…',
      keys: 'Touches :',
    },
    nav: {
      label: 'Étapes',
      step: (n: number) => `Étape ${n}\u00a0: `,
    },
  },
);
