import { defineMessages } from '../../i18n';

/** The legal hold on a client's data: its status line and the dialogs that set and lift it. */
export const legalHoldMessages = defineMessages(
  {
    status: {
      label: 'Legal hold',
      held: 'Legal hold',
      notHeld: 'No legal hold',
      since: 'since',
      by: (who: string) => `by ${who}`,
      free: "Deletion requests can be carried out. Set a hold when litigation, an investigation or a regulator requires this client's data to be preserved.",
      lift: 'Lift hold',
      set: 'Set legal hold',
    },
    setDialog: {
      title: 'Set a legal hold',
      description: (organization: string) =>
        `${organization}: while held, none of its data can be deleted. Exports still work.`,
      reason: 'Reason',
      reasonPlaceholder: 'e.g. Preservation order from the Superior Court, file 500-17-123456-245',
      reasonHint: 'Required. Recorded in the audit log, and shown when a deletion is refused.',
      reasonMissing: 'Give the reason: it is shown to anyone who tries to delete this data.',
      problemAction: 'Legal holds',
      cancel: 'Cancel',
      submit: 'Set legal hold',
    },
    liftDialog: {
      title: 'Lift the legal hold?',
      confirm: 'Lift hold',
      text: (organization: string) =>
        `${organization}'s data can be deleted again once the hold is lifted. Make sure what required it is over.`,
      heldBecause: 'Held because:',
    },
  },
  {
    status: {
      label: 'Gel juridique',
      held: 'Gel juridique',
      notHeld: 'Aucun gel juridique',
      since: 'depuis le',
      by: (who: string) => `par ${who}`,
      free: 'Les demandes de suppression peuvent être traitées. Imposez un gel lorsqu’un litige, une enquête ou un organisme de réglementation exige la conservation des données de ce client.',
      lift: 'Lever le gel',
      set: 'Imposer un gel juridique',
    },
    setDialog: {
      title: 'Imposer un gel juridique',
      description: (organization: string) =>
        `${organization}\u00a0: pendant le gel, aucune de ses données ne peut être supprimée. Les exportations restent possibles.`,
      reason: 'Motif',
      reasonPlaceholder:
        'p. ex. Ordonnance de conservation de la Cour supérieure, dossier 500-17-123456-245',
      reasonHint:
        'Obligatoire. Consigné au journal d’audit et affiché lorsqu’une suppression est refusée.',
      reasonMissing:
        'Indiquez le motif\u00a0: il sera affiché à quiconque tente de supprimer ces données.',
      problemAction: 'Gels juridiques',
      cancel: 'Annuler',
      submit: 'Imposer un gel juridique',
    },
    liftDialog: {
      title: 'Lever le gel juridique?',
      confirm: 'Lever le gel',
      text: (organization: string) =>
        `Les données de ${organization} pourront de nouveau être supprimées une fois le gel levé. Assurez-vous que ce qui l’exigeait a pris fin.`,
      heldBecause: 'Motif du gel\u00a0:',
    },
  },
);
