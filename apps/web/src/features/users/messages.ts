import { defineMessages } from '../../i18n';

export const usersTabMessages = defineMessages(
  {
    title: 'Users',
    description: 'Everyone who can sign in to Vigil, and what their role lets them do.',
    newUser: 'New user',
    reactivation: 'Reactivation',
    loading: 'Loading users',
    empty: {
      title: 'No users yet',
      description: 'Add the people who respond to incidents and audit the logs.',
    },
    columns: {
      email: 'Email',
      name: 'Name',
      role: 'Role',
      organization: 'Organization',
      status: 'Status',
      lastSignIn: 'Last sign-in',
      actions: 'Actions',
    },
    status: {
      active: 'Active',
      deactivated: 'Deactivated',
    },
    you: 'You',
    never: 'Never',
    edit: 'Edit',
    editUser: (email: string) => `Edit ${email}`,
    deactivate: 'Deactivate',
    deactivateUser: (email: string) => `Deactivate ${email}`,
    reactivate: 'Reactivate',
    reactivateUser: (email: string) => `Reactivate ${email}`,
    confirm: {
      title: (email: string) => `Deactivate ${email}?`,
      /** "This <strong>…</strong>: …" */
      effectBefore: 'This ',
      effect: 'ends their sessions and revokes their API tokens at once',
      effectAfter: ': anyone using them is signed out on their next request.',
      after:
        'They can no longer sign in. Their history stays in the audit log, and you can reactivate them later; revoked tokens stay revoked.',
    },
  },
  {
    title: 'Utilisateurs',
    description:
      'Toutes les personnes qui peuvent se connecter à Vigil, et ce que leur rôle leur permet de faire.',
    newUser: 'Nouvel utilisateur',
    reactivation: 'La réactivation',
    loading: 'Chargement des utilisateurs',
    empty: {
      title: 'Aucun utilisateur pour l’instant',
      description:
        'Ajoutez les personnes qui interviennent lors des incidents et qui auditent les journaux.',
    },
    columns: {
      email: 'Courriel',
      name: 'Nom',
      role: 'Rôle',
      organization: 'Organisation',
      status: 'Statut',
      lastSignIn: 'Dernière connexion',
      actions: 'Actions',
    },
    status: {
      active: 'Actif',
      deactivated: 'Désactivé',
    },
    you: 'Vous',
    never: 'Jamais',
    edit: 'Modifier',
    editUser: (email) => `Modifier ${email}`,
    deactivate: 'Désactiver',
    deactivateUser: (email) => `Désactiver ${email}`,
    reactivate: 'Réactiver',
    reactivateUser: (email) => `Réactiver ${email}`,
    confirm: {
      title: (email) => `Désactiver ${email}?`,
      effectBefore: 'Cette action ',
      effect: 'met fin à ses sessions et révoque ses jetons d’API sur-le-champ',
      effectAfter: ' : toute personne qui les utilise est déconnectée à sa prochaine requête.',
      after:
        'La personne ne peut plus se connecter. Son historique reste dans le journal d’audit, et vous pourrez la réactiver plus tard; les jetons révoqués le restent.',
    },
  },
);

export const userFormMessages = defineMessages(
  {
    editTitle: (name: string) => `Edit ${name}`,
    newTitle: 'New user',
    newDescription:
      'They sign in with a code mailed to this address (or with SSO, when it is set up).',
    email: 'Email',
    displayName: 'Display name (optional)',
    role: 'Role',
    selfRoleHint: 'You cannot drop your own admin role: another admin has to.',
    organization: 'Organization',
    organizationOptional: 'Organization (optional)',
    clientAuditorHint: 'A client auditor sees the events of this organization only.',
    organizationsError: 'The organizations could not be loaded.',
    loading: 'Loading…',
    none: 'None',
    cancel: 'Cancel',
    save: 'Save changes',
    create: 'Create user',
  },
  {
    editTitle: (name) => `Modifier ${name}`,
    newTitle: 'Nouvel utilisateur',
    newDescription:
      'La personne se connecte avec un code envoyé par courriel à cette adresse (ou par authentification unique, si elle est configurée).',
    email: 'Courriel',
    displayName: 'Nom affiché (facultatif)',
    role: 'Rôle',
    selfRoleHint:
      'Vous ne pouvez pas retirer votre propre rôle d’administrateur : un autre administrateur doit le faire.',
    organization: 'Organisation',
    organizationOptional: 'Organisation (facultatif)',
    clientAuditorHint: 'Un auditeur client ne voit que les événements de cette organisation.',
    organizationsError: 'Impossible de charger les organisations.',
    loading: 'Chargement…',
    none: 'Aucune',
    cancel: 'Annuler',
    save: 'Enregistrer les modifications',
    create: 'Créer l’utilisateur',
  },
);

export const userToastMessages = defineMessages(
  {
    created: (email: string) => `${email} can now sign in`,
    updated: (email: string) => `${email} updated`,
    deactivated: (email: string) => `${email} deactivated; their sessions and tokens ended`,
  },
  {
    created: (email: string) => `${email} peut maintenant se connecter`,
    updated: (email: string) => `${email} mis à jour`,
    deactivated: (email: string) => `${email} désactivé; ses sessions et jetons ont pris fin`,
  },
);
