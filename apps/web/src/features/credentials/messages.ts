import { defineMessages } from '../../i18n';
import type { CredentialKind } from './api';
import type { CredentialStatus } from './credential-status';

type ExpiryValue = 'never' | '30' | '90' | '365';

interface KindWords {
  /** "API token", mid-sentence. */
  noun: string;
  title: string;
  description: string;
  empty: string;
  emptyTitle: string;
  loading: string;
  create: string;
  submit: string;
  newTitle: string;
  createdTitle: string;
  createdOnce: string;
  secretLabel: string;
  formDescription: string;
  namePlaceholder: string;
  revoke: string;
  revokeStops: string;
  revokeEffect: string;
  /** Above the secret, once: what Vigil keeps and what to do with it. */
  secretIntro: string;
  /** "Send it as" <code>Authorization: Bearer …</code> */
  sendAs: string;
  secretStored: string;
}

/** API tokens and ingest keys: the tab, the creation dialog and the one-time secret. */
export const credentialMessages = defineMessages<{
  kinds: Record<CredentialKind, KindWords>;
  status: Record<CredentialStatus, string>;
  expiry: Record<ExpiryValue, string>;
  table: {
    name: string;
    prefix: string;
    actsAs: string;
    source: string;
    created: string;
    createdBy: (who: string | null) => string;
    lastUsed: string;
    expires: string;
    status: string;
    actions: string;
    never: string;
    revoke: string;
    revokeLabel: (name: string) => string;
    revokeTitle: (name: string) => string;
    /** After "The API token <prefix>…". */
    stopsWorking: string;
  };
  form: {
    name: string;
    actsAs: string;
    actsAsHint: string;
    you: string;
    source: string;
    sourceHint: string;
    expires: string;
    cancel: string;
    /**
     * The form's own checks in this language, by field; a field left out keeps the shared
     * schema's English message.
     */
    invalid: Partial<Record<'name' | 'source' | 'userEmail' | 'expiresAt', string>>;
  };
  /** The hint under the secret, around its code parts. */
  secret: {
    tokenActsAs: string;
    keyTo: string;
    keyWritesTo: string;
    keyEnd: string;
  };
}>(
  {
    kinds: {
      'api-tokens': {
        noun: 'API token',
        title: 'API tokens',
        description:
          'Personal tokens for scripts and integrations; each acts as its person, with their role.',
        empty: 'Scripts that export the audit log or open incidents call the API with a token.',
        emptyTitle: 'No api tokens yet',
        loading: 'Loading api tokens',
        create: 'New API token',
        submit: 'Create API token',
        newTitle: 'New API token',
        createdTitle: 'API token created',
        createdOnce: 'This is the only time the API token is shown',
        secretLabel: 'API token',
        formDescription: 'For scripts and integrations that call the API as a person.',
        namePlaceholder: 'e.g. Weekly export script',
        revoke: 'Revoke API token',
        revokeStops: 'The API token',
        revokeEffect:
          'Anything using it gets 401 on its next request. A revoked token cannot be restored; create a new one if it is still needed.',
        secretIntro:
          'Vigil keeps only a hash of it. Copy it into your secret store now; if it is lost, revoke it and create another.',
        sendAs: 'Send it as',
        secretStored: 'I have stored it',
      },
      'ingest-keys': {
        noun: 'ingest key',
        title: 'Ingest keys',
        description:
          'Keys your applications and pipelines use to send audit events, one source each.',
        empty: 'Create a key for each application or pipeline that sends audit events to Vigil.',
        emptyTitle: 'No ingest keys yet',
        loading: 'Loading ingest keys',
        create: 'New ingest key',
        submit: 'Create ingest key',
        newTitle: 'New ingest key',
        createdTitle: 'Ingest key created',
        createdOnce: 'This is the only time the ingest key is shown',
        secretLabel: 'Ingest key',
        formDescription:
          'For an application or pipeline that sends audit events, bound to one source.',
        namePlaceholder: 'e.g. App production',
        revoke: 'Revoke ingest key',
        revokeStops: 'The ingest key',
        revokeEffect:
          'The application using it can no longer send events: its next batch gets 401. Events already stored stay in the chain. A revoked key cannot be restored.',
        secretIntro:
          'Vigil keeps only a hash of it. Copy it into your secret store now; if it is lost, revoke it and create another.',
        sendAs: 'Send it as',
        secretStored: 'I have stored it',
      },
    },
    status: { active: 'Active', revoked: 'Revoked', expired: 'Expired' },
    expiry: { never: 'Never', '30': 'In 30 days', '90': 'In 90 days', '365': 'In 1 year' },
    table: {
      name: 'Name',
      prefix: 'Prefix',
      actsAs: 'Acts as',
      source: 'Source',
      created: 'Created',
      createdBy: (who) => `by ${who ?? 'the command line'}`,
      lastUsed: 'Last used',
      expires: 'Expires',
      status: 'Status',
      actions: 'Actions',
      never: 'Never',
      revoke: 'Revoke',
      revokeLabel: (name) => `Revoke ${name}`,
      revokeTitle: (name) => `Revoke ${name}?`,
      stopsWorking: 'stops working at once.',
    },
    form: {
      name: 'Name',
      actsAs: 'Acts as',
      actsAsHint: "The token has this person's role and sees what they see.",
      you: ' (you)',
      source: 'Source',
      sourceHint:
        'The stream its events are chained in, like app-prod or aws.cloudtrail. One key writes to one source.',
      expires: 'Expires',
      cancel: 'Cancel',
      invalid: {},
    },
    secret: {
      tokenActsAs: '; it acts as',
      keyTo: 'to',
      keyWritesTo: '; it writes to source',
      keyEnd: ' only.',
    },
  },
  {
    kinds: {
      'api-tokens': {
        noun: 'jeton d’API',
        title: 'Jetons d’API',
        description:
          'Jetons personnels pour les scripts et les intégrations; chacun agit au nom de sa personne, avec son rôle.',
        empty:
          'Les scripts qui exportent le journal d’audit ou ouvrent des incidents appellent l’API avec un jeton.',
        emptyTitle: 'Aucun jeton d’API pour l’instant',
        loading: 'Chargement des jetons d’API',
        create: 'Nouveau jeton d’API',
        submit: 'Créer le jeton d’API',
        newTitle: 'Nouveau jeton d’API',
        createdTitle: 'Jeton d’API créé',
        createdOnce: 'C’est la seule fois où le jeton d’API est affiché',
        secretLabel: 'Jeton d’API',
        formDescription:
          'Pour les scripts et les intégrations qui appellent l’API au nom d’une personne.',
        namePlaceholder: 'p. ex. Script d’exportation hebdomadaire',
        revoke: 'Révoquer le jeton d’API',
        revokeStops: 'Le jeton d’API',
        revokeEffect:
          'Tout ce qui l’utilise reçoit une erreur 401 à sa prochaine requête. Un jeton révoqué ne peut pas être rétabli; créez-en un nouveau s’il est encore nécessaire.',
        secretIntro:
          'Vigil n’en conserve qu’un hachage. Copiez-le maintenant dans votre coffre de secrets; s’il est perdu, révoquez-le et créez-en un autre.',
        sendAs: 'Envoyez-le dans l’en-tête',
        secretStored: 'Je l’ai conservé',
      },
      'ingest-keys': {
        noun: 'clé d’ingestion',
        title: 'Clés d’ingestion',
        description:
          'Clés qu’utilisent vos applications et vos pipelines pour envoyer des événements d’audit, une source chacune.',
        empty:
          'Créez une clé pour chaque application ou pipeline qui envoie des événements d’audit à Vigil.',
        emptyTitle: 'Aucune clé d’ingestion pour l’instant',
        loading: 'Chargement des clés d’ingestion',
        create: 'Nouvelle clé d’ingestion',
        submit: 'Créer la clé d’ingestion',
        newTitle: 'Nouvelle clé d’ingestion',
        createdTitle: 'Clé d’ingestion créée',
        createdOnce: 'C’est la seule fois où la clé d’ingestion est affichée',
        secretLabel: 'Clé d’ingestion',
        formDescription:
          'Pour une application ou un pipeline qui envoie des événements d’audit, liée à une seule source.',
        namePlaceholder: 'p. ex. Application en production',
        revoke: 'Révoquer la clé d’ingestion',
        revokeStops: 'La clé d’ingestion',
        revokeEffect:
          'L’application qui l’utilise ne peut plus envoyer d’événements : son prochain lot reçoit une erreur 401. Les événements déjà enregistrés restent dans la chaîne. Une clé révoquée ne peut pas être rétablie.',
        secretIntro:
          'Vigil n’en conserve qu’un hachage. Copiez-la maintenant dans votre coffre de secrets; si elle est perdue, révoquez-la et créez-en une autre.',
        sendAs: 'Envoyez-la dans l’en-tête',
        secretStored: 'Je l’ai conservée',
      },
    },
    status: { active: 'Active', revoked: 'Révoquée', expired: 'Expirée' },
    expiry: { never: 'Jamais', '30': 'Dans 30 jours', '90': 'Dans 90 jours', '365': 'Dans 1 an' },
    table: {
      name: 'Nom',
      prefix: 'Préfixe',
      actsAs: 'Agit au nom de',
      source: 'Source',
      created: 'Création',
      createdBy: (who) => `par ${who ?? 'la ligne de commande'}`,
      lastUsed: 'Dernière utilisation',
      expires: 'Expiration',
      status: 'Statut',
      actions: 'Actions',
      never: 'Jamais',
      revoke: 'Révoquer',
      revokeLabel: (name) => `Révoquer ${name}`,
      revokeTitle: (name) => `Révoquer ${name}?`,
      stopsWorking: 'cesse de fonctionner immédiatement.',
    },
    form: {
      name: 'Nom',
      actsAs: 'Agit au nom de',
      actsAsHint: 'Le jeton a le rôle de cette personne et voit ce qu’elle voit.',
      you: ' (vous)',
      source: 'Source',
      sourceHint:
        'Le flux dans lequel ses événements sont chaînés, comme app-prod ou aws.cloudtrail. Une clé écrit dans une seule source.',
      expires: 'Expiration',
      cancel: 'Annuler',
      invalid: {
        name: 'Donnez-lui un nom (100 caractères au maximum).',
        source:
          'Un nom de source est attendu, comme « app-prod » ou « aws.cloudtrail » : minuscules, chiffres, points, tirets.',
        userEmail: 'Choisissez la personne au nom de qui le jeton agit.',
        expiresAt: 'Choisissez une date d’expiration dans l’avenir.',
      },
    },
    secret: {
      tokenActsAs: '; il agit au nom de',
      keyTo: 'à',
      keyWritesTo: '; elle écrit uniquement dans la source',
      keyEnd: '.',
    },
  },
);
