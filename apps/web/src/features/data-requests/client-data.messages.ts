import { defineMessages, plural } from '../../i18n';
import { formatCount } from '../../lib/format';

/** The organization page's "Client data", each request in it, and the Deadlines board's clocks. */
export const clientDataMessages = defineMessages(
  {
    section: {
      title: 'Client data',
      newRequest: 'New request',
      noneOpen: (days: number) =>
        `Nothing pending. Each export or deletion is due ${days} days after the client asks.`,
      openSummary: (open: number, overdue: number, days: number) =>
        [
          `${formatCount(open)} ${open === 1 ? 'open request' : 'open requests'}`,
          overdue ? `${formatCount(overdue)} overdue` : null,
        ]
          .filter(Boolean)
          .join(' · ') + `. Each is due ${days} days after the client asked.`,
      loadingDescription:
        'The client’s data stays theirs: a full export on request, deletion within 30 days.',
      destroyedTitle: "This client's data was destroyed",
      destroyedOn: 'On',
      destroyedRest:
        '. The organization stays as the record; the certificate is on the deletion request below.',
      loading: 'Loading the data requests',
      emptyTitle: 'No data requests',
      emptyDescription: (organization: string, days: number) =>
        `When ${organization} asks for its data, or its contract ends, record it here: the ${days}-day clock starts from the ask.`,
      emptyExport: 'Full export',
      emptyExportText: 'Every record as NDJSON, with counts and a SHA-256 per file.',
      emptyDeletion: 'Deletion',
      emptyDeletionText: (days: number) =>
        `Confirmed by typing the name; backups age out within ${days} days.`,
      emptyCertificate: 'Certificate',
      emptyCertificateText: 'Signed: what was destroyed, what was kept and why.',
    },
    item: {
      downloadHint:
        'Every record of this client as NDJSON in a .tar, with a manifest of counts and SHA-256',
      download: 'Download export',
      deleteData: 'Delete data',
      viewCertificate: 'View certificate',
      edit: 'Edit',
      requested: 'Requested',
      due: 'Due',
      assignee: 'Assignee',
      note: 'Note',
    },
    history: {
      summary: (count: number) => `History (${count})`,
      empty: 'Nothing recorded yet.',
    },
    due: {
      dueAt: (at: string) => `Due ${at}`,
      contractual: 'Contractual deadline',
    },
    board: {
      title: 'Client data requests',
      summary: (open: number, overdue: number, days: number) =>
        `${formatCount(open)} open ${open === 1 ? 'request' : 'requests'}${overdue ? ` · ${formatCount(overdue)} overdue` : ''}. Exports and deletions are due ${days} days after the client asked.`,
      loadingDescription:
        'Exports and deletions clients asked for, each due 30 days after the ask.',
      notUpdating: (problem: string) => `Not updating: ${problem}. Retrying…`,
      loading: 'Loading the data requests',
      emptyTitle: 'No open data requests',
      emptyDescription:
        "A client's request for its data, or the end of its contract, is recorded on the organization's page; its 30-day clock then shows here.",
      caption: 'Open client data requests, overdue first, then by time left',
      state: 'State',
      organization: 'Organization',
      request: 'Request',
      asked: 'Asked',
      deadline: 'Deadline',
    },
  },
  {
    section: {
      title: 'Données du client',
      newRequest: 'Nouvelle demande',
      noneOpen: (days: number) =>
        `Rien en attente. Chaque exportation ou suppression doit être réalisée dans les ${days} jours suivant la demande du client.`,
      openSummary: (open: number, overdue: number, days: number) =>
        [
          `${formatCount(open)} ${plural('fr-CA', open, { one: 'demande ouverte', other: 'demandes ouvertes' })}`,
          overdue ? `${formatCount(overdue)} en retard` : null,
        ]
          .filter(Boolean)
          .join(' · ') +
        `. Chacune doit être réalisée dans les ${days} jours suivant la demande du client.`,
      loadingDescription:
        'Les données du client lui appartiennent\u00a0: exportation complète sur demande, suppression dans les 30 jours.',
      destroyedTitle: 'Les données de ce client ont été détruites',
      destroyedOn: 'Le',
      destroyedRest:
        '. L’organisation demeure au dossier; le certificat figure sur la demande de suppression ci-dessous.',
      loading: 'Chargement des demandes relatives aux données',
      emptyTitle: 'Aucune demande relative aux données',
      emptyDescription: (organization: string, days: number) =>
        `Quand ${organization} demande ses données ou que son contrat prend fin, consignez-le ici\u00a0: le délai de ${days} jours court à partir de la demande.`,
      emptyExport: 'Exportation complète',
      emptyExportText:
        'Tous les enregistrements en NDJSON, avec leur nombre et un SHA-256 par fichier.',
      emptyDeletion: 'Suppression',
      emptyDeletionText: (days: number) =>
        `Confirmée en saisissant le nom; les sauvegardes expirent en ${days} jours.`,
      emptyCertificate: 'Certificat',
      emptyCertificateText: 'Signé\u00a0: ce qui a été détruit, ce qui a été conservé et pourquoi.',
    },
    item: {
      downloadHint:
        'Tous les enregistrements de ce client en NDJSON dans un .tar, avec un manifeste des nombres et des SHA-256',
      download: 'Télécharger l’exportation',
      deleteData: 'Supprimer les données',
      viewCertificate: 'Voir le certificat',
      edit: 'Modifier',
      requested: 'Demandée le',
      due: 'Échéance',
      assignee: 'Responsable',
      note: 'Note',
    },
    history: {
      summary: (count: number) => `Historique (${count})`,
      empty: 'Rien n’a encore été consigné.',
    },
    due: {
      dueAt: (at: string) => `Échéance\u00a0: ${at}`,
      contractual: 'Échéance contractuelle',
    },
    board: {
      title: 'Demandes des clients relatives à leurs données',
      summary: (open: number, overdue: number, days: number) =>
        `${formatCount(open)} ${plural('fr-CA', open, { one: 'demande ouverte', other: 'demandes ouvertes' })}${overdue ? ` · ${formatCount(overdue)} en retard` : ''}. Les exportations et les suppressions doivent être réalisées dans les ${days} jours suivant la demande du client.`,
      loadingDescription:
        'Les exportations et les suppressions demandées par les clients, chacune à réaliser dans les 30 jours suivant la demande.',
      notUpdating: (problem: string) => `Mise à jour interrompue\u00a0: ${problem}. Nouvel essai…`,
      loading: 'Chargement des demandes relatives aux données',
      emptyTitle: 'Aucune demande ouverte relative aux données',
      emptyDescription:
        'La demande d’un client concernant ses données, ou la fin de son contrat, est consignée sur la page de l’organisation; son délai de 30 jours s’affiche alors ici.',
      caption:
        'Demandes ouvertes des clients relatives à leurs données, en retard d’abord, puis selon le temps restant',
      state: 'État',
      organization: 'Organisation',
      request: 'Demande',
      asked: 'Demandée le',
      deadline: 'Échéance',
    },
  },
);
