import type { OutboxMessage } from '@vigil/contracts';
import { defineMessages } from '../../i18n';

type Status = OutboxMessage['status'];

interface StatusWords {
  label: string;
  hint: string;
  /** The empty state when only this status is shown. */
  empty: string;
}

export const messages = defineMessages(
  {
    title: 'Outbox',
    description:
      'Every email Vigil sent or tried to send (sign-in codes, notices, reminders), with its delivery status. Bodies are not kept: sign-in codes never sit in the database.',
    log: {
      title: 'Mail log',
      description: (count: string) => `The newest ${count} messages, refreshed every 15 s.`,
      filter: 'Filter by status',
      all: 'All',
      loading: 'Loading the mail log',
    },
    empty: {
      title: 'No mail yet',
      description: 'Sign-in codes and notices will be listed here as Vigil sends them.',
      filteredDescription: 'None of the recent messages has this status.',
    },
    columns: {
      recipient: 'Recipient',
      subject: 'Subject',
      status: 'Status',
      attempts: 'Attempts',
      queued: 'Queued',
      sent: 'Sent',
    },
    notYet: 'Not yet',
    statuses: {
      pending: {
        label: 'Pending',
        hint: 'Waiting to be sent, or to be retried.',
        empty: 'No pending messages',
      },
      sent: { label: 'Sent', hint: 'Accepted by the mail server.', empty: 'No sent messages' },
      logged: {
        label: 'Logged',
        hint: 'No SMTP_URL is set: the message went to the server log only.',
        empty: 'No logged messages',
      },
      failed: { label: 'Failed', hint: 'Gave up after its retries.', empty: 'No failed messages' },
    } satisfies Record<Status, StatusWords>,
  },
  {
    title: 'Boîte d’envoi',
    description:
      'Chaque courriel que Vigil a envoyé ou tenté d’envoyer (codes de connexion, avis, rappels), avec son état de livraison. Le contenu n’est pas conservé : les codes de connexion ne sont jamais stockés dans la base de données.',
    log: {
      title: 'Journal des envois',
      description: (count: string) =>
        `Les ${count} messages les plus récents, actualisés toutes les 15\u00a0s.`,
      filter: 'Filtrer par état',
      all: 'Tous',
      loading: 'Chargement du journal des envois',
    },
    empty: {
      title: 'Aucun envoi pour l’instant',
      description:
        'Les codes de connexion et les avis s’afficheront ici au fur et à mesure que Vigil les envoie.',
      filteredDescription: 'Aucun des messages récents n’a cet état.',
    },
    columns: {
      recipient: 'Destinataire',
      subject: 'Objet',
      status: 'État',
      attempts: 'Tentatives',
      queued: 'Mis en file',
      sent: 'Envoyé',
    },
    notYet: 'Pas encore',
    statuses: {
      pending: {
        label: 'En attente',
        hint: 'En attente d’envoi ou d’une nouvelle tentative.',
        empty: 'Aucun message en attente',
      },
      sent: {
        label: 'Envoyé',
        hint: 'Accepté par le serveur de courriel.',
        empty: 'Aucun message envoyé',
      },
      logged: {
        label: 'Journalisé',
        hint: 'Aucun SMTP_URL n’est défini : le message a seulement été inscrit au journal du serveur.',
        empty: 'Aucun message journalisé',
      },
      failed: {
        label: 'Échec',
        hint: 'Abandonné après ses nouvelles tentatives.',
        empty: 'Aucun message en échec',
      },
    },
  },
);
