import { defineMessages } from '../../i18n';

/** The dialogs that record, edit and carry out a request. */
export const requestDialogMessages = defineMessages(
  {
    cancel: 'Cancel',
    newRequest: {
      title: 'New data request',
      description: (organization: string, days: number) =>
        `${organization}: the client's data is theirs. Each request is due ${days} days after the client asked.`,
      kindLegend: 'What the client asks for',
      kindHints: {
        export:
          'Every record Vigil holds for this client, as NDJSON files with a manifest of SHA-256.',
        deletion: (days: number) =>
          `Export first if the client wants their data, then destroy it and issue a certificate. Backups age out within ${days} days.`,
      },
      reason: 'Why',
      askedAt: 'Asked at (optional)',
      askedAtHint: 'When the client asked, in your time zone. Empty for now.',
      askedAtHintDue: (due: string) =>
        `When the client asked, in your time zone; empty for now. Due ${due}.`,
      assignee: 'Assignee',
      assigneeHint: 'The DPO or admin who carries it out.',
      note: 'Note (optional)',
      notePlaceholder: 'e.g. Asked by Jane Roe (privacy@acme.example) on ticket #4411',
      problemAction: 'Data requests',
      create: 'Create request',
    },
    editRequest: {
      title: (request: string) => `Edit request: ${request}`,
      description: "Changes are kept in the request's history. The 30-day clock does not change.",
      assignee: 'Assignee',
      status: 'Status',
      rejectedHint: 'Say why in the note: the client is owed an answer.',
      statusHint: 'Completed is set by the deletion itself.',
      note: 'Note',
      save: 'Save',
    },
    deleteData: {
      title: (organization: string) => `Delete ${organization}'s data`,
      description:
        'This cannot be undone. A signed certificate of destruction is issued at the end.',
      nameCase: 'The capitals differ: type the name exactly as shown.',
      nameMismatch: 'This is not the organization’s name.',
      holdTitle: 'Deletion is on legal hold',
      holdText: 'Nothing can be destroyed until the hold is lifted on this page.',
      noExportTitle: 'No export has been produced for this request',
      noExportText:
        'If the client wants their data back, download the export first: after this, it is gone.',
      destroyed: 'Destroyed',
      destroyedAudit: (organization: string) =>
        `The content of every audit event of ${organization}: actors, targets, IP addresses, user agents and metadata.`,
      destroyedContacts: 'Its contacts, and the notice drafts addressed to it.',
      kept: 'Kept, and why',
      keptTombstones: 'Audit events as tombstones',
      keptTombstonesWhy:
        ': each keeps only its sequence number and hash, so the hash chain still verifies and shows these records were destroyed.',
      keptRegister: 'Incident register entries',
      keptRegisterWhy:
        ", with the client's contact details removed: the law requires breach records to be kept (Québec Law 25 Regulation s. 7, 5 years; PIPEDA s. 10.3, 24 months).",
      keptNotices: 'Notices sent',
      keptNoticesWhy:
        ": date, channel and content hash, the proof a breach was notified; recipient addresses reduced to the organization's name.",
      keptRecord: 'The organization itself, this request and its history, and the certificate.',
      backups: 'Backups',
      backupsText: (days: number, goneBy: string) =>
        `Backups are never edited: they expire on their own ${days}-day cycle, so the last copy holding this data is gone by about ${goneBy}. The certificate states the exact time.`,
      confirmLabel: (organization: string) => `Type “${organization}” to confirm`,
      confirmHint: 'The organization’s name, exactly as shown.',
      problemAction: 'Deletion',
      submit: 'Delete data permanently',
    },
  },
  {
    cancel: 'Annuler',
    newRequest: {
      title: 'Nouvelle demande relative aux données',
      description: (organization: string, days: number) =>
        `${organization}\u00a0: les données du client lui appartiennent. Chaque demande doit être réalisée dans les ${days} jours suivant la demande du client.`,
      kindLegend: 'Ce que le client demande',
      kindHints: {
        export:
          'Tous les enregistrements que Vigil détient pour ce client, en fichiers NDJSON accompagnés d’un manifeste des SHA-256.',
        deletion: (days: number) =>
          `Exportez d’abord si le client veut ses données, puis détruisez-les et délivrez un certificat. Les sauvegardes expirent en ${days} jours.`,
      },
      reason: 'Motif',
      askedAt: 'Demandée le (facultatif)',
      askedAtHint:
        'Moment où le client a fait la demande, dans votre fuseau horaire. Laissez vide pour maintenant.',
      askedAtHintDue: (due: string) =>
        `Moment où le client a fait la demande, dans votre fuseau horaire; laissez vide pour maintenant. Échéance\u00a0: ${due}.`,
      assignee: 'Responsable',
      assigneeHint: 'Le DPD ou l’administrateur qui la traite.',
      note: 'Note (facultatif)',
      notePlaceholder: 'p. ex. Demandée par Jane Roe (privacy@acme.example), billet no 4411',
      problemAction: 'Demandes relatives aux données',
      create: 'Créer la demande',
    },
    editRequest: {
      title: (request: string) => `Modifier la demande\u00a0: ${request}`,
      description:
        'Les modifications sont conservées dans l’historique de la demande. Le délai de 30 jours ne change pas.',
      assignee: 'Responsable',
      status: 'Statut',
      rejectedHint: 'Indiquez le motif dans la note\u00a0: le client a droit à une réponse.',
      statusHint: 'Le statut «\u00a0Terminée\u00a0» est attribué par la suppression elle-même.',
      note: 'Note',
      save: 'Enregistrer',
    },
    deleteData: {
      title: (organization: string) => `Supprimer les données de ${organization}`,
      description:
        'Cette action est irréversible. Un certificat de destruction signé est délivré à la fin.',
      nameCase: 'Les majuscules diffèrent\u00a0: saisissez le nom exactement comme il est affiché.',
      nameMismatch: 'Ce n’est pas le nom de l’organisation.',
      holdTitle: 'La suppression est bloquée par un gel juridique',
      holdText: 'Rien ne peut être détruit tant que le gel n’est pas levé sur cette page.',
      noExportTitle: 'Aucune exportation n’a été produite pour cette demande',
      noExportText:
        'Si le client veut récupérer ses données, téléchargez d’abord l’exportation\u00a0: après cette étape, elles auront disparu.',
      destroyed: 'Détruit',
      destroyedAudit: (organization: string) =>
        `Le contenu de chaque événement d’audit de ${organization}\u00a0: acteurs, cibles, adresses IP, agents utilisateurs et métadonnées.`,
      destroyedContacts: 'Ses personnes-ressources et les brouillons d’avis qui lui sont adressés.',
      kept: 'Conservé, et pourquoi',
      keptTombstones: 'Événements d’audit sous forme de marqueurs de suppression',
      keptTombstonesWhy:
        '\u00a0: chacun ne garde que son numéro de séquence et son empreinte; la chaîne de hachage reste ainsi vérifiable et montre que ces enregistrements ont été détruits.',
      keptRegister: 'Entrées du registre des incidents',
      keptRegisterWhy:
        ', sans les coordonnées du client\u00a0: la loi exige de conserver le registre des incidents de confidentialité (Règlement sur les incidents de confidentialité, Loi 25, art. 7\u00a0: 5 ans; LPRPDE, art. 10.3\u00a0: 24 mois).',
      keptNotices: 'Avis envoyés',
      keptNoticesWhy:
        '\u00a0: date, canal et empreinte du contenu, preuve que l’incident a été notifié; adresses des destinataires réduites au nom de l’organisation.',
      keptRecord:
        'L’organisation elle-même, cette demande et son historique, ainsi que le certificat.',
      backups: 'Sauvegardes',
      backupsText: (days: number, goneBy: string) =>
        `Les sauvegardes ne sont jamais modifiées\u00a0: elles expirent selon leur propre cycle de ${days} jours; la dernière copie contenant ces données aura donc disparu vers le ${goneBy}. Le certificat en indique le moment exact.`,
      confirmLabel: (organization: string) =>
        `Saisissez «\u00a0${organization}\u00a0» pour confirmer`,
      confirmHint: 'Le nom de l’organisation, exactement comme il est affiché.',
      problemAction: 'Suppression',
      submit: 'Supprimer définitivement les données',
    },
  },
);
