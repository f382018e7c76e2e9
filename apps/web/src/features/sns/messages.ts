import { defineMessages, plural } from '../../i18n';
import type { SnsSubscription } from './types';

const en = {
  title: 'SNS subscriptions',
  pending: (count: number) =>
    `${count} ${count === 1 ? 'topic is' : 'topics are'} waiting for confirmation. Until then, its alarms do not reach Vigil.`,
  description:
    'When an SNS topic subscribes Vigil, its confirmation request waits here for an admin (unless SNS_AUTO_CONFIRM is on).',
  confirmAction: 'Confirming a subscription',
  loading: 'Loading subscriptions',
  empty: {
    title: 'No subscription requests',
    // Around the endpoint and the setting name, which stay as they are.
    subscribe: 'Subscribe ',
    toTopic: ' to an SNS topic listed in ',
    appears: '; its confirmation request appears here to be confirmed.',
  },
  columns: {
    topic: 'Topic',
    status: 'Status',
    requested: 'Requested',
    confirmed: 'Confirmed',
    actions: 'Actions',
  },
  notYet: 'Not yet',
  confirm: 'Confirm',
  retry: 'Retry',
  confirmTopic: (topic: string) => `Confirm ${topic}`,
  retryTopic: (topic: string) => `Retry ${topic}`,
  statuses: {
    pending: 'Pending',
    confirmed: 'Confirmed',
    failed: 'Failed',
  } satisfies Record<SnsSubscription['status'], string>,
};

export const messages = defineMessages(en, {
  title: 'Abonnements SNS',
  pending: (count: number) =>
    plural('fr-CA', count, {
      one: `${count} rubrique attend sa confirmation. D’ici là, ses alarmes ne parviennent pas à Vigil.`,
      other: `${count} rubriques attendent leur confirmation. D’ici là, leurs alarmes ne parviennent pas à Vigil.`,
    }),
  description:
    'Quand une rubrique SNS abonne Vigil, sa demande de confirmation attend ici qu’un administrateur la traite (sauf si SNS_AUTO_CONFIRM est activé).',
  confirmAction: 'Confirmation d’un abonnement',
  loading: 'Chargement des abonnements',
  empty: {
    title: 'Aucune demande d’abonnement',
    subscribe: 'Abonnez ',
    toTopic: ' à une rubrique SNS figurant dans ',
    appears: '; sa demande de confirmation s’affichera ici pour être confirmée.',
  },
  columns: {
    topic: 'Rubrique',
    status: 'État',
    requested: 'Demandé',
    confirmed: 'Confirmé',
    actions: 'Actions',
  },
  notYet: 'Pas encore',
  confirm: 'Confirmer',
  retry: 'Réessayer',
  confirmTopic: (topic: string) => `Confirmer ${topic}`,
  retryTopic: (topic: string) => `Réessayer ${topic}`,
  statuses: {
    pending: 'En attente',
    confirmed: 'Confirmé',
    failed: 'Échec',
  },
});
