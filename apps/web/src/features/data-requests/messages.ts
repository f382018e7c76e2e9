import { defineMessages, plural } from '../../i18n';
import { formatCount } from '../../lib/format';

/** The words every part of client data requests shares: kinds, reasons, states and clocks. */
export const requestMessages = defineMessages(
  {
    kinds: {
      export: 'Full export',
      deletion: 'Deletion',
    },
    reasons: {
      end_of_contract: 'Contract ended',
      on_request: 'Client asked',
    },
    statuses: {
      open: 'Open',
      in_progress: 'In progress',
      completed: 'Completed',
      rejected: 'Rejected',
    },
    clocks: {
      overdue: 'Overdue',
      due_soon: 'Due soon',
      pending: 'Running',
      completed: 'Completed',
      rejected: 'Rejected',
    },
    clockDay: (day: number, total: number) => `Day ${day} of ${total}`,
    pastWindow: (day: number, total: number) => `Day ${day}: past the ${total}-day window`,
    dataKinds: {
      organization: 'Organization profile',
      audit_events: 'Audit events',
      audit_event_tombstones: 'Audit event tombstones',
      incidents: 'Incidents',
      incident_register_entries: 'Incident register entries',
      notices_sent: 'Notices sent',
      notice_drafts: 'Notice drafts',
      data_requests: 'Data requests',
      contacts: 'Contacts',
    } as Record<string, string>,
    me: (person: string) => `Me — ${person}`,
    unassigned: 'Unassigned',
  },
  {
    kinds: {
      export: 'Exportation complète',
      deletion: 'Suppression',
    },
    reasons: {
      end_of_contract: 'Fin du contrat',
      on_request: 'À la demande du client',
    },
    statuses: {
      open: 'Ouverte',
      in_progress: 'En cours',
      completed: 'Terminée',
      rejected: 'Refusée',
    },
    clocks: {
      overdue: 'En retard',
      due_soon: 'Échéance proche',
      pending: 'En cours',
      completed: 'Terminée',
      rejected: 'Refusée',
    },
    clockDay: (day: number, total: number) => `Jour ${day} sur ${total}`,
    pastWindow: (day: number, total: number) =>
      `Jour ${day}\u00a0: délai de ${total} jours dépassé`,
    dataKinds: {
      organization: 'Profil de l’organisation',
      audit_events: 'Événements d’audit',
      audit_event_tombstones: 'Marqueurs de suppression des événements d’audit',
      incidents: 'Incidents',
      incident_register_entries: 'Entrées du registre des incidents',
      notices_sent: 'Avis envoyés',
      notice_drafts: 'Brouillons d’avis',
      data_requests: 'Demandes relatives aux données',
      contacts: 'Personnes-ressources',
    },
    me: (person: string) => `Moi — ${person}`,
    unassigned: 'Non attribuée',
  },
);

/** The words of the plain text helpers: forms, archives, manifests and certificates. */
export const textMessages = defineMessages(
  {
    form: {
      invalidDate: 'Not a valid date and time.',
      futureDate: 'Cannot be in the future: when did the client ask?',
    },
    rows: (rows: number, total: number | null) => {
      const word = (total ?? rows) === 1 ? 'row' : 'rows';
      return total === null
        ? `${formatCount(rows)} ${word}`
        : `${formatCount(Math.min(rows, total))} of ${formatCount(total)} ${word}`;
    },
    files: (n: number) => `${formatCount(n)} ${n === 1 ? 'file' : 'files'}`,
    manifestRows: (n: number) => `${formatCount(n)} ${n === 1 ? 'row' : 'rows'}`,
    hashes: {
      oneMatches: 'The file saved matches its SHA-256',
      allMatch: (n: number) => `All ${formatCount(n)} files saved match their SHA-256`,
      mismatch: (bad: number, all: number) =>
        `${formatCount(bad)} of ${formatCount(all)} ${all === 1 ? 'file' : 'files'} saved ${bad === 1 ? 'does' : 'do'} not match the manifest`,
    },
    timeRange: {
      from: (at: string) => `From ${at}`,
      until: (at: string) => `Until ${at}`,
      none: 'No dated records',
    },
  },
  {
    form: {
      invalidDate: 'Date et heure non valides.',
      futureDate: 'Ne peut pas être dans le futur\u00a0: quand le client a-t-il fait la demande?',
    },
    rows: (rows: number, total: number | null) => {
      const word = plural('fr-CA', total ?? rows, { one: 'ligne', other: 'lignes' });
      return total === null
        ? `${formatCount(rows)} ${word}`
        : `${formatCount(Math.min(rows, total))} sur ${formatCount(total)} ${word}`;
    },
    files: (n: number) =>
      `${formatCount(n)} ${plural('fr-CA', n, { one: 'fichier', other: 'fichiers' })}`,
    manifestRows: (n: number) =>
      `${formatCount(n)} ${plural('fr-CA', n, { one: 'ligne', other: 'lignes' })}`,
    hashes: {
      oneMatches: 'Le fichier enregistré correspond à son SHA-256',
      allMatch: (n: number) =>
        `Les ${formatCount(n)} fichiers enregistrés correspondent à leur SHA-256`,
      mismatch: (bad: number, all: number) =>
        plural('fr-CA', bad, {
          one: `${formatCount(bad)} fichier enregistré sur ${formatCount(all)} ne correspond pas au manifeste`,
          other: `${formatCount(bad)} fichiers enregistrés sur ${formatCount(all)} ne correspondent pas au manifeste`,
        }),
    },
    timeRange: {
      from: (at: string) => `À partir du ${at}`,
      until: (at: string) => `Jusqu’au ${at}`,
      none: 'Aucun enregistrement daté',
    },
  },
);
