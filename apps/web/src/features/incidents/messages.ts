import type { Incident } from '@vigil/contracts';
import { defineMessages, plural } from '../../i18n';
import { formatCount } from '../../lib/format';

type IncidentStatus = Incident['status'];

interface StatusWords {
  label: string;
  hint: string;
}

interface MoveWords {
  /** What the move button says. */
  action: string;
  /** What moving there means. */
  description: string;
}

/** The words of this feature's plain functions: lifecycle, people, forms, clocks. */
export const messages = defineMessages(
  {
    statuses: {
      detected: { label: 'Detected', hint: 'Reported, nobody has triaged it yet.' },
      triage: { label: 'Triage', hint: 'Scope and impact are being assessed.' },
      contained: { label: 'Contained', hint: 'The damage is no longer spreading.' },
      eradicated: { label: 'Eradicated', hint: 'The cause has been removed.' },
      recovered: { label: 'Recovered', hint: 'Services are back to normal.' },
      closed: { label: 'Closed', hint: 'Reviewed and over.' },
      false_positive: { label: 'False positive', hint: 'Not an incident after all.' },
    } satisfies Record<IncidentStatus, StatusWords>,
    moves: {
      detected: { action: 'Reopen', description: 'Back to detected.' },
      triage: {
        action: 'Start triage',
        description: 'Someone is on it: scope, impact and whether personal data is involved.',
      },
      contained: {
        action: 'Mark contained',
        description: 'The damage is no longer spreading, even if the cause is still there.',
      },
      eradicated: { action: 'Mark eradicated', description: 'The cause has been removed.' },
      recovered: {
        action: 'Mark recovered',
        description: 'Services and data are back to normal operation.',
      },
      closed: {
        action: 'Close',
        description: 'The review is done. Notification duties stay on record.',
      },
      false_positive: {
        action: 'False positive',
        description: 'Not an incident after all: closes it, with the reason in the note.',
      },
    } satisfies Record<IncidentStatus, MoveWords>,
    people: {
      me: (name: string) => `Me — ${name}`,
      noLead: 'No lead',
      you: 'You',
      user: (shortId: string) => `User ${shortId}`,
    },
    form: {
      badTime: 'Not a date and time: pick one, or leave it empty.',
      noTitle: 'Give the incident a title.',
      noDetectionTime: 'An incident always has a detection time.',
      endsBeforeStart: 'Ends before it starts.',
      notWhole: 'A whole number, or leave it empty.',
      noRationale:
        'Say why: the sensitivity of the information, the likely consequences and how likely misuse is.',
      noPersonInCharge:
        'Name the person in charge of the protection of personal information who was consulted.',
    },
    clocks: {
      running: (n: number) => `${n} running`,
      overdue: (n: number) => `${n} overdue`,
      settled: (n: number) => `${n} settled`,
    },
    affected: {
      persons: (n: number) => `${formatCount(n)} persons`,
      inQuebec: (n: number) => `${formatCount(n)} in Québec`,
      inCanadaOutsideQuebec: (n: number) => `${formatCount(n)} in Canada outside Québec`,
      inEu: (n: number) => `${formatCount(n)} in the EU`,
      records: (n: number) => `${formatCount(n)} records`,
      estimates: ' (estimates)',
      unknown: 'Not known yet',
    },
  },
  {
    statuses: {
      detected: { label: 'Détecté', hint: 'Signalé; personne ne l’a encore trié.' },
      triage: { label: 'Triage', hint: 'La portée et l’impact sont en cours d’évaluation.' },
      contained: { label: 'Confiné', hint: 'Les dommages ne s’étendent plus.' },
      eradicated: { label: 'Éradiqué', hint: 'La cause a été éliminée.' },
      recovered: { label: 'Rétabli', hint: 'Les services sont revenus à la normale.' },
      closed: { label: 'Fermé', hint: 'Revu et terminé.' },
      false_positive: { label: 'Faux positif', hint: 'Ce n’était finalement pas un incident.' },
    },
    moves: {
      detected: { action: 'Rouvrir', description: 'Retour à l’état détecté.' },
      triage: {
        action: 'Commencer le triage',
        description:
          'Quelqu’un s’en occupe : portée, impact et présence éventuelle de renseignements personnels.',
      },
      contained: {
        action: 'Marquer comme confiné',
        description: 'Les dommages ne s’étendent plus, même si la cause est toujours présente.',
      },
      eradicated: { action: 'Marquer comme éradiqué', description: 'La cause a été éliminée.' },
      recovered: {
        action: 'Marquer comme rétabli',
        description: 'Les services et les données fonctionnent de nouveau normalement.',
      },
      closed: {
        action: 'Fermer',
        description: 'La revue est terminée. Les obligations de notification restent consignées.',
      },
      false_positive: {
        action: 'Faux positif',
        description:
          'Ce n’était finalement pas un incident : le ferme, avec la raison dans la note.',
      },
    },
    people: {
      me: (name: string) => `Moi — ${name}`,
      noLead: 'Aucun responsable',
      you: 'Vous',
      user: (shortId: string) => `Utilisateur ${shortId}`,
    },
    form: {
      badTime: 'Date et heure invalides : choisissez-en une ou laissez le champ vide.',
      noTitle: 'Donnez un titre à l’incident.',
      noDetectionTime: 'Un incident a toujours une heure de détection.',
      endsBeforeStart: 'La fin précède le début.',
      notWhole: 'Un nombre entier, ou laissez le champ vide.',
      noRationale:
        'Expliquez pourquoi : la sensibilité des renseignements, les conséquences appréhendées et la probabilité qu’ils soient utilisés à mauvais escient.',
      noPersonInCharge:
        'Nommez la personne responsable de la protection des renseignements personnels qui a été consultée.',
    },
    clocks: {
      running: (n: number) => `${n} en cours`,
      overdue: (n: number) => `${n} en retard`,
      settled: (n: number) => plural('fr-CA', n, { one: `${n} réglé`, other: `${n} réglés` }),
    },
    affected: {
      persons: (n: number) =>
        plural('fr-CA', n, {
          one: `${formatCount(n)} personne`,
          other: `${formatCount(n)} personnes`,
        }),
      inQuebec: (n: number) => `${formatCount(n)} au Québec`,
      inCanadaOutsideQuebec: (n: number) => `${formatCount(n)} au Canada hors Québec`,
      inEu: (n: number) => `${formatCount(n)} dans l’UE`,
      records: (n: number) =>
        plural('fr-CA', n, {
          one: `${formatCount(n)} enregistrement`,
          other: `${formatCount(n)} enregistrements`,
        }),
      estimates: ' (estimations)',
      unknown: 'Pas encore connu',
    },
  },
);
