import type { BackupTest, Drill } from '@vigil/contracts';
import { defineMessages, plural } from '../../i18n';
import type { FindingSeverity } from './drill-form';
import type { ObjectiveOutcome } from './recovery-time';
import type { ScheduleState } from './schedule';

type DrillType = Drill['type'];
type BackupResult = BackupTest['result'];

const frVerdict = (met: boolean): string => (met ? 'respecté' : 'non respecté');
const frHighCount = (high: number): string => (high ? ` (${high} de gravité élevée)` : '');

/**
 * The words of this feature's plain functions: recovery times against objectives, the evidence
 * schedule, findings, drill types, backup results and the forms' own checks.
 */
export const messages = defineMessages(
  {
    recovery: {
      notMeasured: (objective: string) => `not measured (objective ${objective})`,
      against: (achieved: string, objective: string, met: boolean) =>
        `${achieved} against ${objective}: ${met ? 'met' : 'missed'}`,
      outcomes: {
        met: 'Met',
        missed: 'Missed',
        not_measured: 'Not measured',
      } satisfies Record<ObjectiveOutcome, string>,
      objective: (objective: string) => `objective ${objective}`,
    },
    schedule: {
      states: {
        overdue: 'Overdue',
        due_soon: 'Due soon',
        on_schedule: 'On schedule',
      } satisfies Record<ScheduleState, string>,
      kinds: {
        backup_test: {
          title: 'Backup restore test',
          last: 'Last passed',
          what: 'Restore a backup to a non-production environment and check it is complete and intact.',
        },
        drill: {
          title: 'DR drill',
          last: 'Last drill',
          what: 'Exercise the recovery plan against a scenario and measure the achieved RTO and RPO.',
        },
      },
      cadenceNames: {
        1: 'monthly',
        3: 'quarterly',
        6: 'half-yearly',
        12: 'yearly',
      } as Record<number, string>,
      everyMonth: 'Every month',
      everyMonths: (months: number) => `Every ${months} months`,
      hours: (n: number) => (n === 1 ? '1 hour' : `${n} hours`),
      days: (n: number) => `${n} days`,
      dueIn: (amount: string) => `due in ${amount}`,
      overdueBy: (amount: string) => `overdue by ${amount}`,
    },
    findings: {
      severities: {
        high: 'High',
        medium: 'Medium',
        low: 'Low',
      } satisfies Record<FindingSeverity, string>,
      none: 'None',
      closed: (n: number) => `${n} closed`,
      open: (open: number, high: number, total: number) =>
        `${open} open${high ? ` (${high} high)` : ''} of ${total}`,
    },
    drillTypes: {
      tabletop: {
        label: 'Tabletop',
        hint: 'The team walks through the plan against the scenario; nothing is restored.',
      },
      functional_restore: {
        label: 'Functional restore',
        hint: 'Systems are restored for real, in a non-production environment.',
      },
      failover: {
        label: 'Failover',
        hint: 'Production fails over to the recovery site or region.',
      },
    } satisfies Record<DrillType, { label: string; hint: string }>,
    backupResults: {
      passed: { label: 'Passed', hint: 'Restored completely, every check matched.' },
      partial: { label: 'Partial', hint: 'Restored, with gaps or a check that failed.' },
      failed: { label: 'Failed', hint: 'The backup could not be restored or used.' },
    } satisfies Record<BackupResult, { label: string; hint: string }>,
    chart: {
      drillsMeasured: (drills: number, bothMet: number) =>
        `${drills} ${drills === 1 ? 'drill' : 'drills'} measured; ${bothMet} met both objectives`,
      missedRto: (n: number) => `${n} missed the RTO`,
      missedRpo: (n: number) => `${n} missed the RPO`,
      latest: (at: string, rto: string, rpo: string) => ` Latest, ${at}: RTO ${rto}; RPO ${rpo}.`,
    },
    form: {
      notADateTime: 'Not a date and time.',
      inFuture: 'This is in the future.',
    },
    drillForm: {
      interruptionMissing: 'When did the simulated interruption start? RTO and RPO count from it.',
      restoredBeforeInterruption: 'Restored before the interruption started.',
      recoveryPointAfter: 'The recovery point is the last good data before the interruption.',
      scenarioMissing: 'Describe the scenario, e.g. ransomware encrypts the primary database.',
      typeMissing: 'Choose the kind of drill.',
      findingMissing: 'Describe the finding.',
    },
    backupForm: {
      backupTakenMissing: 'When was the restored backup taken?',
      startedMissing: 'When did the restore start?',
      finishedMissing: 'When did it finish?',
      finishesBeforeStart: 'Finishes before it starts.',
      backupAfterStart: 'A restore cannot use a backup taken after it started.',
      restoredWhatMissing: 'Say what was restored, e.g. the customer database to staging.',
      resultMissing: 'Choose the result.',
      checkMethodMissing: 'Name the check, e.g. row count.',
      checkPassedMissing: 'Did it match?',
      failedCheckPassed: 'A check failed: record the test as partial or failed.',
    },
    servicesForm: {
      hoursMissing: 'Enter a number of hours.',
      hoursNotANumber: 'A number of hours, like 48 or 1.5.',
      hoursTooFew: 'At least 0.25 h (15 minutes).',
      hoursTooMany: 'At most 2160 h (90 days).',
      idMissing: 'Give it an id: lowercase letters, digits and dashes.',
      idInvalid: 'Lowercase letters, digits and dashes only.',
      idTaken: 'Another service has this id.',
      nameMissing: 'Name the service.',
      dependsOnItself: 'A service cannot depend on itself.',
      unknownIds: (ids: readonly string[]) => `Unknown: ${ids.join(', ')}.`,
      conflict: (dependency: string, dependencyRto: string, rto: string) =>
        `Depends on ${dependency}, whose RTO is ${dependencyRto}: it cannot be back within ${rto}.`,
    },
  },
  {
    recovery: {
      notMeasured: (objective) => `non mesuré (objectif de ${objective})`,
      against: (achieved, objective, met) =>
        `${achieved} pour un objectif de ${objective}, ${frVerdict(met)}`,
      outcomes: {
        met: 'Respecté',
        missed: 'Non respecté',
        not_measured: 'Non mesuré',
      },
      objective: (objective) => `objectif de ${objective}`,
    },
    schedule: {
      states: {
        overdue: 'En retard',
        due_soon: 'Échéance proche',
        on_schedule: 'Dans les délais',
      },
      kinds: {
        backup_test: {
          title: 'Test de restauration de sauvegarde',
          last: 'Dernière réussite',
          what: 'Restaurer une sauvegarde dans un environnement hors production et vérifier qu’elle est complète et intègre.',
        },
        drill: {
          title: 'Exercice de PRA',
          last: 'Dernier exercice',
          what: 'Mettre le plan de reprise à l’épreuve d’un scénario et mesurer le RTO et le RPO obtenus.',
        },
      },
      cadenceNames: {
        1: 'mensuel',
        3: 'trimestriel',
        6: 'semestriel',
        12: 'annuel',
      },
      everyMonth: 'Tous les mois',
      everyMonths: (months) => `Tous les ${months} mois`,
      hours: (n) => `${n} ${plural('fr-CA', n, { one: 'heure', other: 'heures' })}`,
      days: (n) => `${n} ${plural('fr-CA', n, { one: 'jour', other: 'jours' })}`,
      dueIn: (amount) => `échéance dans ${amount}`,
      overdueBy: (amount) => `en retard de ${amount}`,
    },
    findings: {
      severities: {
        high: 'Élevée',
        medium: 'Moyenne',
        low: 'Faible',
      },
      none: 'Aucun',
      closed: (n) => `${n} ${plural('fr-CA', n, { one: 'clos', other: 'clos' })}`,
      open: (open, high, total) =>
        `${open} ${plural('fr-CA', open, { one: 'ouvert', other: 'ouverts' })}${frHighCount(high)} sur ${total}`,
    },
    drillTypes: {
      tabletop: {
        label: 'Exercice sur table',
        hint: 'L’équipe parcourt le plan à partir du scénario; rien n’est restauré.',
      },
      functional_restore: {
        label: 'Restauration fonctionnelle',
        hint: 'Les systèmes sont réellement restaurés, dans un environnement hors production.',
      },
      failover: {
        label: 'Basculement',
        hint: 'La production bascule vers le site ou la région de reprise.',
      },
    },
    backupResults: {
      passed: {
        label: 'Réussi',
        hint: 'Restauration complète; toutes les vérifications concordent.',
      },
      partial: {
        label: 'Partiel',
        hint: 'Restauration effectuée, avec des lacunes ou une vérification échouée.',
      },
      failed: { label: 'Échoué', hint: 'La sauvegarde n’a pas pu être restaurée ni utilisée.' },
    },
    chart: {
      drillsMeasured: (drills, bothMet) =>
        `${drills} ${plural('fr-CA', drills, { one: 'exercice mesuré', other: 'exercices mesurés' })}; ${bothMet} ${plural('fr-CA', bothMet, { one: 'a respecté', other: 'ont respecté' })} les deux objectifs`,
      missedRto: (n) =>
        `${n} ${plural('fr-CA', n, { one: 'a dépassé', other: 'ont dépassé' })} le RTO`,
      missedRpo: (n) =>
        `${n} ${plural('fr-CA', n, { one: 'a dépassé', other: 'ont dépassé' })} le RPO`,
      latest: (at, rto, rpo) => ` Le plus récent, le ${at}\u00a0: RTO ${rto}; RPO ${rpo}.`,
    },
    form: {
      notADateTime: 'Date et heure non valides.',
      inFuture: 'Cette date est dans le futur.',
    },
    drillForm: {
      interruptionMissing:
        'Quand l’interruption simulée a-t-elle commencé? Le RTO et le RPO se calculent à partir de ce moment.',
      restoredBeforeInterruption: 'La restauration précède le début de l’interruption.',
      recoveryPointAfter:
        'Le point de reprise correspond aux dernières données valides avant l’interruption.',
      scenarioMissing:
        'Décrivez le scénario, p. ex. un rançongiciel chiffre la base de données principale.',
      typeMissing: 'Choisissez le type d’exercice.',
      findingMissing: 'Décrivez le constat.',
    },
    backupForm: {
      backupTakenMissing: 'Quand la sauvegarde restaurée a-t-elle été prise?',
      startedMissing: 'Quand la restauration a-t-elle commencé?',
      finishedMissing: 'Quand s’est-elle terminée?',
      finishesBeforeStart: 'La fin précède le début.',
      backupAfterStart:
        'Une restauration ne peut pas utiliser une sauvegarde prise après son début.',
      restoredWhatMissing:
        'Indiquez ce qui a été restauré, p. ex. la base de données clients vers l’environnement de préproduction.',
      resultMissing: 'Choisissez le résultat.',
      checkMethodMissing: 'Nommez la vérification, p. ex. le nombre de lignes.',
      checkPassedMissing: 'Les valeurs concordent-elles?',
      failedCheckPassed: 'Une vérification a échoué : consignez le test comme partiel ou échoué.',
    },
    servicesForm: {
      hoursMissing: 'Saisissez un nombre d’heures.',
      hoursNotANumber: 'Un nombre d’heures, comme 48 ou 1,5.',
      hoursTooFew: 'Au moins 0,25 h (15 minutes).',
      hoursTooMany: 'Au plus 2 160 h (90 jours).',
      idMissing: 'Donnez-lui un identifiant : lettres minuscules, chiffres et traits d’union.',
      idInvalid: 'Lettres minuscules, chiffres et traits d’union seulement.',
      idTaken: 'Un autre service a déjà cet identifiant.',
      nameMissing: 'Nommez le service.',
      dependsOnItself: 'Un service ne peut pas dépendre de lui-même.',
      unknownIds: (ids) =>
        `${plural('fr-CA', ids.length, { one: 'Identifiant inconnu', other: 'Identifiants inconnus' })}\u00a0: ${ids.join(', ')}.`,
      conflict: (dependency, dependencyRto, rto) =>
        `Dépend de ${dependency}, dont le RTO est de ${dependencyRto}\u00a0: il ne peut donc pas être rétabli dans un délai de ${rto}.`,
    },
  },
);
