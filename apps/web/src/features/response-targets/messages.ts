import type { ResponseTargetKind, SeverityLevel } from '@vigil/contracts';
import { defineMessages } from '../../i18n';
import { formatNumber } from '../../lib/format';
import { severityScaleMessages as scale } from '../alerts/severity-scale';

const FR_WITHIN: Record<ResponseTargetKind, string> = {
  acknowledge: 'Délai de prise en charge',
  contain: 'Délai de confinement',
  resolve: 'Délai de résolution',
};

/** The words of target-form.ts: units, a duration's mistakes, the clocks' order. */
export const targetFormMessages = defineMessages(
  {
    units: { min: 'minutes', h: 'hours', d: 'days' },
    /** `formatMinutes`' units: "15 min", "4 h", "1 d". */
    dayUnit: 'd',
    enterDuration: 'Enter a duration.',
    notANumber: 'A number, like 15 or 1.5.',
    wholeMinutes: (minutes: number) => `Whole minutes only: that is ${minutes} minutes.`,
    atLeastOneMinute: 'At least 1 minute.',
    atMost365Days: 'At most 365 days.',
    atLeastAcknowledge: (target: string) => `At least the acknowledge target (${target}).`,
    atLeastContain: (target: string) => `At least the contain target (${target}).`,
  },
  {
    units: { min: 'minutes', h: 'heures', d: 'jours' },
    dayUnit: 'j',
    enterDuration: 'Saisissez une durée.',
    notANumber: 'Un nombre, comme 15 ou 1,5.',
    wholeMinutes: (minutes) =>
      `Minutes entières seulement\u00a0: cela fait ${formatNumber(minutes)} minutes.`,
    atLeastOneMinute: 'Au moins 1 minute.',
    atMost365Days: 'Au plus 365 jours.',
    atLeastAcknowledge: (target) => `Au moins le délai de prise en charge (${target}).`,
    atLeastContain: (target) => `Au moins le délai de confinement (${target}).`,
  },
);

export const responseTargetsMessages = defineMessages(
  {
    title: 'Response targets',
    description:
      'How soon the team acknowledges, contains and resolves an incident of each severity, counted from detection. They are internal commitments, not legal deadlines; each open incident shows them as clocks, and security leads are reminded before one runs out.',
    adminOnly: ' Only an admin changes them.',
    loading: 'Loading response targets',
    table: {
      severity: 'Severity',
      within: {
        acknowledge: 'Acknowledge within',
        contain: 'Contain within',
        resolve: 'Resolve within',
      } satisfies Record<ResponseTargetKind, string>,
    },
    /** The duration field's accessible name: "SEV1 acknowledge within". */
    fieldLabel: (severity: SeverityLevel, kind: ResponseTargetKind) => `${severity} ${kind} within`,
    unitLabel: (label: string) => `${label}, unit`,
    was: (duration: string) => `was ${duration}`,
    isDefault: 'Default',
    isDefaultHint: 'Vigil’s starting value: no admin has changed it',
    examples: (examples: readonly string[]) => `e.g. ${examples.join('; ')}.`,
    severities: scale.en.severities,
    guidance: scale.en.guidance,
    editor: {
      movesClocks: 'Saving moves the clocks of open incidents',
      movesClocksDetail:
        'The acknowledge, contain and resolve clocks still running on every open incident move to the new targets at once, and their reminders with them: a shorter target can make a clock overdue straight away. Clocks already met keep their record.',
      saveAction: 'Saving response targets',
      saved: 'Response targets saved',
      savedDetail: 'Open incidents’ pending clocks now follow them.',
      discard: 'Discard changes',
      save: 'Save targets',
    },
  },
  {
    title: 'Objectifs de réponse',
    description:
      'Le délai dans lequel l’équipe prend en charge, confine et résout un incident de chaque gravité, compté à partir de la détection. Ce sont des engagements internes, et non des échéances légales; chaque incident ouvert les affiche sous forme de chronomètres, et les responsables de la sécurité reçoivent un rappel avant qu’un délai n’expire.',
    adminOnly: ' Seul un administrateur peut les modifier.',
    loading: 'Chargement des objectifs de réponse',
    table: {
      severity: 'Gravité',
      within: FR_WITHIN,
    },
    fieldLabel: (severity, kind) => `${FR_WITHIN[kind]}, ${severity}`,
    unitLabel: (label) => `${label}, unité`,
    was: (duration) => `auparavant ${duration}`,
    isDefault: 'Par défaut',
    isDefaultHint: 'Valeur de départ de Vigil : aucun administrateur ne l’a modifiée',
    examples: (examples) => `p. ex. ${examples.join('; ')}.`,
    severities: scale['fr-CA'].severities,
    guidance: scale['fr-CA'].guidance,
    editor: {
      movesClocks: 'L’enregistrement déplace les chronomètres des incidents ouverts',
      movesClocksDetail:
        'Les chronomètres de prise en charge, de confinement et de résolution encore en cours sur chaque incident ouvert passent immédiatement aux nouveaux délais, avec leurs rappels : un délai plus court peut mettre un chronomètre en retard sur-le-champ. Les chronomètres déjà respectés conservent leur historique.',
      saveAction: 'L’enregistrement des objectifs de réponse',
      saved: 'Objectifs de réponse enregistrés',
      savedDetail: 'Les chronomètres en cours des incidents ouverts les suivent désormais.',
      discard: 'Annuler les modifications',
      save: 'Enregistrer les délais',
    },
  },
);
