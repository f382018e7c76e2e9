import type { RunbookRun } from '@vigil/contracts';
import type { RtoState } from '@vigil/domain';
import { defineMessages, plural } from '../../i18n';
import type { StepStatus } from './api';
import type { RpoState } from './recovery-clock';
import type { RunProgress } from './run-progress';
import type { RunShortcut } from './run-shortcuts';

const fr = (n: number, one: string, other: string) => plural('fr-CA', n, { one, other });

/** A run's vocabulary: statuses, clocks, shortcuts, and the words of its plain functions. */
export const runMessages = defineMessages<{
  runStatus: Record<RunbookRun['status'], string>;
  drill: { label: string; hint: string };
  stepStatus: Record<StepStatus, string>;
  shortcuts: Record<RunShortcut, string>;
  /** "3 of 8 done · 1 skipped · 1 blocked" */
  progress: (p: Pick<RunProgress, 'done' | 'total' | 'skipped' | 'blocked'>) => string;
  rtoState: Record<RtoState, { label: string; hint: string }>;
  rpoState: Record<RpoState, { label: string; hint: string }>;
  /** Under the RTO tile's big number. */
  rtoLine: Record<RtoState, (duration: string) => string>;
  forms: {
    badTime: string;
    disruptionInFuture: string;
    backupAfterDisruption: string;
    restoredBeforeDisruption: string;
    restoredInFuture: string;
    recoveryPointAfterDisruption: string;
    abortReason: string;
  };
}>(
  {
    runStatus: { running: 'Running', recovered: 'Recovered', aborted: 'Aborted' },
    drill: { label: 'Drill', hint: 'A rehearsal: no real service is down' },
    stepStatus: { pending: 'To do', done: 'Done', skipped: 'Skipped', blocked: 'Blocked' },
    shortcuts: {
      done: 'Done',
      skip: 'Skip',
      block: 'Blocked…',
      reopen: 'Reopen',
      next: 'Next step',
      previous: 'Previous step',
    },
    progress: (p) =>
      [
        `${p.done} of ${p.total} done`,
        p.skipped ? `${p.skipped} skipped` : '',
        p.blocked ? `${p.blocked} blocked` : '',
      ]
        .filter(Boolean)
        .join(' · '),
    rtoState: {
      running: { label: 'Running', hint: 'Within the recovery time objective so far.' },
      breached: {
        label: 'Breached',
        hint: 'Service is still down past the recovery time objective.',
      },
      met: { label: 'Met', hint: 'Restored within the recovery time objective.' },
      missed: { label: 'Missed', hint: 'Restored after the recovery time objective.' },
    },
    rpoState: {
      within: { label: 'Within RPO', hint: 'The data at risk fits the objective.' },
      exceeded: { label: 'Exceeds RPO', hint: 'More data is at risk than the objective allows.' },
      unknown: { label: 'Unknown', hint: 'No last good backup time was recorded for this run.' },
    },
    rtoLine: {
      running: (d) => `${d} left`,
      breached: (d) => `over by ${d}`,
      met: (d) => `${d} to spare`,
      missed: (d) => `${d} late`,
    },
    forms: {
      badTime: 'Not a date and time: pick one, or leave it empty.',
      disruptionInFuture: 'The disruption cannot start in the future.',
      backupAfterDisruption: 'The last good backup cannot be later than the disruption.',
      restoredBeforeDisruption: 'Service cannot be restored before the disruption started.',
      restoredInFuture: 'Not in the future: finish the run once service is back.',
      recoveryPointAfterDisruption: 'The recovery point cannot be later than the disruption.',
      abortReason: 'Say why the run stops without recovering.',
    },
  },
  {
    runStatus: { running: 'En cours', recovered: 'Service rétabli', aborted: 'Abandonnée' },
    drill: { label: 'Exercice', hint: 'Une répétition : aucun service réel n’est en panne' },
    stepStatus: { pending: 'À faire', done: 'Faite', skipped: 'Ignorée', blocked: 'Bloquée' },
    shortcuts: {
      done: 'Fait',
      skip: 'Ignorer',
      block: 'Bloquée…',
      reopen: 'Rouvrir',
      next: 'Étape suivante',
      previous: 'Étape précédente',
    },
    progress: (p) =>
      [
        `${p.done} sur ${p.total} ${fr(p.done, 'faite', 'faites')}`,
        p.skipped ? `${p.skipped} ${fr(p.skipped, 'ignorée', 'ignorées')}` : '',
        p.blocked ? `${p.blocked} ${fr(p.blocked, 'bloquée', 'bloquées')}` : '',
      ]
        .filter(Boolean)
        .join(' · '),
    rtoState: {
      running: { label: 'En cours', hint: 'Toujours dans l’objectif de temps de reprise.' },
      breached: {
        label: 'Dépassé',
        hint: 'Le service est toujours en panne au-delà de l’objectif de temps de reprise.',
      },
      met: { label: 'Respecté', hint: 'Service rétabli dans l’objectif de temps de reprise.' },
      missed: {
        label: 'Non respecté',
        hint: 'Service rétabli après l’objectif de temps de reprise.',
      },
    },
    rpoState: {
      within: { label: 'RPO respecté', hint: 'Les données à risque respectent l’objectif.' },
      exceeded: {
        label: 'RPO dépassé',
        hint: 'Plus de données sont à risque que l’objectif ne le permet.',
      },
      unknown: {
        label: 'Inconnu',
        hint: 'Aucune heure de dernière sauvegarde valide n’a été consignée pour cette exécution.',
      },
    },
    rtoLine: {
      running: (d) => `il reste ${d}`,
      breached: (d) => `dépassé de ${d}`,
      met: (d) => `${d} d’avance`,
      missed: (d) => `${d} de retard`,
    },
    forms: {
      badTime: 'Date et heure invalides : choisissez-en une, ou laissez le champ vide.',
      disruptionInFuture: 'L’interruption ne peut pas commencer dans l’avenir.',
      backupAfterDisruption:
        'La dernière sauvegarde valide ne peut pas être postérieure à l’interruption.',
      restoredBeforeDisruption:
        'Le service ne peut pas être rétabli avant le début de l’interruption.',
      restoredInFuture: 'Pas dans l’avenir : terminez l’exécution une fois le service rétabli.',
      recoveryPointAfterDisruption:
        'Le point de reprise ne peut pas être postérieur à l’interruption.',
      abortReason: 'Indiquez pourquoi l’exécution s’arrête sans que le service soit rétabli.',
    },
  },
);
