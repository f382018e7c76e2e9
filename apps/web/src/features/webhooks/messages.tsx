import type { Webhook, WebhookEvent } from '@vigil/contracts';
import type { ReactNode } from 'react';
import { defineMessages } from '../../i18n';

/** The messages a webhook can be sent: a name for lists and a line on when each goes out. */
export const eventMessages = defineMessages<Record<WebhookEvent, { label: string; hint: string }>>(
  {
    'obligation.reminder': {
      label: 'Notification deadline reminders',
      hint: 'Before a notice to a regulator, client or the people affected is due.',
    },
    'obligation.escalation': {
      label: 'Overdue notification escalations',
      hint: 'Every 4 h once a notice is past its deadline and still not recorded.',
    },
    'response.reminder': {
      label: 'Response target reminders',
      hint: 'Before an incident is due to be acknowledged, contained or resolved.',
    },
    'response.escalation': {
      label: 'Overdue response escalations',
      hint: 'Every 4 h once an incident has missed one of its response targets.',
    },
  },
  {
    'obligation.reminder': {
      label: 'Rappels d’échéances de notification',
      hint: 'Avant l’échéance d’un avis à une autorité de contrôle, à un client ou aux personnes concernées.',
    },
    'obligation.escalation': {
      label: 'Escalades de notifications en retard',
      hint: 'Toutes les 4 h dès qu’un avis a dépassé son échéance sans avoir été consigné.',
    },
    'response.reminder': {
      label: 'Rappels d’objectifs de réponse',
      hint: 'Avant l’échéance de prise en charge, de confinement ou de résolution d’un incident.',
    },
    'response.escalation': {
      label: 'Escalades de réponses en retard',
      hint: 'Toutes les 4 h dès qu’un incident a manqué l’un de ses objectifs de réponse.',
    },
  },
);

type LastStatus = NonNullable<Webhook['lastStatus']>;

/** Webhooks: validation, test results, the list, the dialog and how to check a signature. */
export const messages = defineMessages(
  {
    events: { all: 'All reminders and escalations', none: 'Nothing' },
    /** zod's own words ("Invalid URL", "Too small: …") say what is wrong, not what to type. */
    validation: {
      name: 'Give the webhook a name, up to 200 characters.',
      url: 'The full address, starting with https:// (or http://).',
      events: 'Choose at least one kind of message.',
    } as Record<string, string>,
    duration: {
      ms: (ms: string) => `${ms} ms`,
      s: (s: string) => `${s} s`,
    },
    /** What the endpoint did with the test message. */
    testResult: {
      taken: 'Being sent in the background',
      takenDetail: 'Its result appears under Last delivery in a moment.',
      notQueued: 'Failed: the test message could not be queued',
      delivered: (answer: string | undefined, took: string) =>
        `Delivered: ${answer ?? 'accepted'} in ${took}`,
      deliveredDetail: 'The endpoint accepted a message signed with this webhook’s secret.',
      failed: (answer: string | undefined) => `Failed: ${answer ?? 'no answer'}`,
      refused: (took: string) =>
        `The endpoint answered after ${took} but did not accept the message.`,
      unreachable: 'No HTTP answer: check the address, and that Vigil’s server can reach it.',
      retrying: 'Vigil retries it with growing pauses; the Outbox lists every attempt.',
    },
    lastStatus: {
      sent: { label: 'Delivered', hint: 'The endpoint answered with a 2xx status.' },
      failed: { label: 'Failed', hint: 'Every attempt failed; Vigil stopped trying.' },
      pending: {
        label: 'Pending',
        hint: 'Not accepted yet: Vigil tries again with growing pauses.',
      },
    } as Record<LastStatus, { label: string; hint: string }>,
    tab: {
      title: 'Webhooks',
      description:
        'Reminders and escalations posted to chat channels or your own services as they fall due, besides the emails. The body is Slack-compatible: a Slack incoming-webhook URL works as is.',
      create: 'New webhook',
      changing: 'Changing a webhook',
      loading: 'Loading webhooks',
      emptyTitle: 'No webhooks yet',
      emptyDescription:
        'Add one to post the messages below to a Slack channel or your own service, signed so the receiver knows they came from Vigil.',
      columns: {
        webhook: 'Webhook',
        sends: 'Sends',
        active: 'Active',
        lastDelivery: 'Last delivery',
        actions: 'Actions',
      },
      activeSwitch: (name: string) => `Active: ${name}`,
      never: 'Never',
      sendTest: 'Send test',
      sendTestNamed: (name: string) => `Send test to ${name}`,
      sendTestHint: 'Sends a signed test message now',
      sending: (name: string) => `Sending a signed test message to ${name} (up to 10 s)…`,
      sendingAction: 'Sending a test message',
      dismiss: 'Dismiss',
      dismissNamed: (name: string) => `Dismiss the test result of ${name}`,
      edit: 'Edit',
      editNamed: (name: string) => `Edit ${name}`,
      delete: 'Delete',
      deleteNamed: (name: string) => `Delete ${name}`,
      help: 'How a receiver checks that a message came from Vigil',
      deleteTitle: (name: string) => `Delete “${name}”?`,
      deleteWebhook: 'Delete webhook',
      deleteStops: (url: ReactNode) => (
        <>
          Vigil stops posting to {url} at once, including retries still waiting. Deliveries already
          made stay in the Outbox.
        </>
      ),
      deleteSecret: 'Its signing secret goes with it: a new webhook gets a new secret.',
    },
    dialog: {
      createdTitle: 'Webhook created',
      secretOnce: 'This is the only time the signing secret is shown',
      secretOnceBody:
        'Vigil keeps it sealed and never shows it again. Copy it into the receiver’s configuration now; if it is lost, delete the webhook and create another.',
      secret: 'Signing secret',
      secretFor: (url: ReactNode) => (
        <>For {url}. Every message Vigil sends there is signed with it.</>
      ),
      howToCheck: 'How the receiver checks a message',
      stored: 'I have stored it',
      editTitle: (name: string) => `Edit “${name}”`,
      newTitle: 'New webhook',
      description:
        'Vigil posts the reminders and escalations you choose to this address, signed with a secret only Vigil and the receiver know.',
      name: 'Name',
      namePlaceholder: 'e.g. #secops on Slack',
      url: 'URL',
      urlHint: 'A Slack incoming-webhook URL works as is: the message body is Slack-compatible.',
      sends: 'Sends',
      sendsHint:
        'Notification deadlines are legal and contractual; response targets are the team’s own.',
      secretKept:
        'The signing secret stays the same. To change it, create a new webhook and delete this one.',
      cancel: 'Cancel',
      save: 'Save changes',
      create: 'Create webhook',
    },
    /** Each slot is a code chip the component draws. */
    signature: {
      intro: (post: ReactNode) => <>Each message is a {post} with a JSON body and two headers:</>,
      timestamp: (header: ReactNode) => <>{header}: when it was sent, in Unix seconds.</>,
      signature: (header: ReactNode, signed: ReactNode) => (
        <>
          {header}: the HMAC-SHA256 of {signed}, keyed with the signing secret.
        </>
      ),
      signedInput: '<X-Vigil-Timestamp>.<raw body>',
      verify:
        'The receiver computes the same HMAC over the body exactly as received, compares the two in constant time, and rejects a timestamp more than 5 minutes from its own clock: an old message sent again is a replay.',
      slack: (text: ReactNode, vigil: ReactNode) => (
        <>
          The body is Slack-compatible: Slack shows its {text}, so a Slack incoming-webhook URL
          works as is (Slack does not check the signature). Other receivers find the incident and
          the deadline in its {vigil} object.
        </>
      ),
      /** The comments of the sample code. */
      rawBodyComment: 'rawBody: the request body exactly as received, before any JSON parsing.',
      replayComment: 'Older than 5 minutes (or from the future): could be a replay.',
    },
  },
  {
    events: { all: 'Tous les rappels et escalades', none: 'Aucun' },
    validation: {
      name: 'Donnez un nom au webhook, d’au plus 200 caractères.',
      url: 'L’adresse complète, commençant par https:// (ou http://).',
      events: 'Choisissez au moins un type de message.',
    },
    duration: {
      ms: (ms: string) => `${ms}\u00a0ms`,
      s: (s: string) => `${s}\u00a0s`,
    },
    testResult: {
      taken: 'Envoi en cours en arrière-plan',
      takenDetail: 'Son résultat apparaîtra sous « Dernière livraison » dans un instant.',
      notQueued: 'Échec : le message de test n’a pas pu être mis en file d’attente',
      delivered: (answer: string | undefined, took: string) =>
        `Livré\u00a0: ${answer ?? 'accepté'} en ${took}`,
      deliveredDetail:
        'Le point de terminaison a accepté un message signé avec le secret de ce webhook.',
      failed: (answer: string | undefined) => `Échec\u00a0: ${answer ?? 'aucune réponse'}`,
      refused: (took: string) =>
        `Le point de terminaison a répondu après ${took}, mais n’a pas accepté le message.`,
      unreachable:
        'Aucune réponse HTTP : vérifiez l’adresse et assurez-vous que le serveur de Vigil peut la joindre.',
      retrying:
        'Vigil réessaie à intervalles croissants; la boîte d’envoi répertorie chaque tentative.',
    },
    lastStatus: {
      sent: { label: 'Livré', hint: 'Le point de terminaison a répondu avec un statut 2xx.' },
      failed: {
        label: 'Échec',
        hint: 'Toutes les tentatives ont échoué; Vigil a cessé d’essayer.',
      },
      pending: {
        label: 'En attente',
        hint: 'Pas encore accepté : Vigil réessaie à intervalles croissants.',
      },
    },
    tab: {
      title: 'Webhooks',
      description:
        'Rappels et escalades publiés dans des canaux de clavardage ou vos propres services à leur échéance, en plus des courriels. Le corps du message est compatible avec Slack : une URL de webhook entrant Slack fonctionne telle quelle.',
      create: 'Nouveau webhook',
      changing: 'Modification d’un webhook',
      loading: 'Chargement des webhooks',
      emptyTitle: 'Aucun webhook pour l’instant',
      emptyDescription:
        'Ajoutez-en un pour publier les messages ci-dessous dans un canal Slack ou votre propre service, signés pour que le destinataire sache qu’ils proviennent de Vigil.',
      columns: {
        webhook: 'Webhook',
        sends: 'Envoie',
        active: 'Actif',
        lastDelivery: 'Dernière livraison',
        actions: 'Actions',
      },
      activeSwitch: (name: string) => `Actif\u00a0: ${name}`,
      never: 'Jamais',
      sendTest: 'Envoyer un test',
      sendTestNamed: (name: string) => `Envoyer un test à ${name}`,
      sendTestHint: 'Envoie maintenant un message de test signé',
      sending: (name: string) => `Envoi d’un message de test signé à ${name} (jusqu’à 10\u00a0s)…`,
      sendingAction: 'Envoi d’un message de test',
      dismiss: 'Fermer',
      dismissNamed: (name: string) => `Fermer le résultat du test de ${name}`,
      edit: 'Modifier',
      editNamed: (name: string) => `Modifier ${name}`,
      delete: 'Supprimer',
      deleteNamed: (name: string) => `Supprimer ${name}`,
      help: 'Comment un destinataire vérifie qu’un message provient de Vigil',
      deleteTitle: (name: string) => `Supprimer «\u00a0${name}\u00a0»?`,
      deleteWebhook: 'Supprimer le webhook',
      deleteStops: (url: ReactNode) => (
        <>
          Vigil cesse immédiatement de publier vers {url}, y compris les nouvelles tentatives en
          attente. Les livraisons déjà effectuées restent dans la boîte d’envoi.
        </>
      ),
      deleteSecret:
        'Son secret de signature disparaît avec lui : un nouveau webhook reçoit un nouveau secret.',
    },
    dialog: {
      createdTitle: 'Webhook créé',
      secretOnce: 'C’est la seule fois que le secret de signature est affiché',
      secretOnceBody:
        'Vigil le conserve scellé et ne l’affiche plus jamais. Copiez-le dès maintenant dans la configuration du destinataire; s’il est perdu, supprimez le webhook et créez-en un autre.',
      secret: 'Secret de signature',
      secretFor: (url: ReactNode) => (
        <>Pour {url}. Chaque message que Vigil y envoie est signé avec ce secret.</>
      ),
      howToCheck: 'Comment le destinataire vérifie un message',
      stored: 'Je l’ai mis en lieu sûr',
      editTitle: (name: string) => `Modifier «\u00a0${name}\u00a0»`,
      newTitle: 'Nouveau webhook',
      description:
        'Vigil publie à cette adresse les rappels et escalades que vous choisissez, signés avec un secret que seuls Vigil et le destinataire connaissent.',
      name: 'Nom',
      namePlaceholder: 'p. ex. #secops sur Slack',
      url: 'URL',
      urlHint:
        'Une URL de webhook entrant Slack fonctionne telle quelle : le corps du message est compatible avec Slack.',
      sends: 'Envoie',
      sendsHint:
        'Les échéances de notification sont légales et contractuelles; les objectifs de réponse sont propres à l’équipe.',
      secretKept:
        'Le secret de signature reste le même. Pour le changer, créez un nouveau webhook et supprimez celui-ci.',
      cancel: 'Annuler',
      save: 'Enregistrer les modifications',
      create: 'Créer le webhook',
    },
    signature: {
      intro: (post: ReactNode) => (
        <>Chaque message est une requête {post} avec un corps JSON et deux en-têtes&nbsp;:</>
      ),
      timestamp: (header: ReactNode) => (
        <>{header}&nbsp;: le moment de l’envoi, en secondes Unix.</>
      ),
      signature: (header: ReactNode, signed: ReactNode) => (
        <>
          {header}&nbsp;: le HMAC-SHA256 de {signed}, calculé avec le secret de signature.
        </>
      ),
      signedInput: '<X-Vigil-Timestamp>.<corps brut>',
      verify:
        'Le destinataire calcule le même HMAC sur le corps exactement tel que reçu, compare les deux en temps constant et rejette tout horodatage qui s’écarte de plus de 5 minutes de sa propre horloge : un ancien message envoyé de nouveau est une attaque par rejeu.',
      slack: (text: ReactNode, vigil: ReactNode) => (
        <>
          Le corps est compatible avec Slack&nbsp;: Slack en affiche le champ {text}, si bien qu’une
          URL de webhook entrant Slack fonctionne telle quelle (Slack ne vérifie pas la signature).
          Les autres destinataires trouvent l’incident et l’échéance dans son objet {vigil}.
        </>
      ),
      rawBodyComment:
        'rawBody : le corps de la requête exactement tel que reçu, avant toute analyse JSON.',
      replayComment: 'Plus de 5 minutes (ou dans le futur) : possible rejeu.',
    },
  },
);
