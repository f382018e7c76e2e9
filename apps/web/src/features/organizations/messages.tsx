import type { Jurisdiction } from '@vigil/contracts';
import type { ReactNode } from 'react';
import { defineMessages, plural } from '../../i18n';
import { formatCount } from '../../lib/format';

/** Where the people whose data a client holds live; each brings its own breach-notice rules. */
export const jurisdictionMessages = defineMessages<
  Record<Jurisdiction, { name: string; law: string }>
>(
  {
    'CA-QC': { name: 'Québec', law: 'Law 25' },
    CA: { name: 'Canada', law: 'PIPEDA' },
    EU: { name: 'European Union', law: 'GDPR' },
    US: { name: 'United States', law: 'State laws' },
    UK: { name: 'United Kingdom', law: 'UK GDPR' },
    OTHER: { name: 'Other', law: 'Local law' },
  },
  {
    'CA-QC': { name: 'Québec', law: 'Loi 25' },
    CA: { name: 'Canada', law: 'LPRPDE' },
    EU: { name: 'Union européenne', law: 'RGPD' },
    US: { name: 'États-Unis', law: 'Lois des États' },
    UK: { name: 'Royaume-Uni', law: 'RGPD du Royaume-Uni' },
    OTHER: { name: 'Autre', law: 'Loi locale' },
  },
);

/** Client organizations: the list, one organization's page and the form. */
export const messages = defineMessages(
  {
    list: {
      title: 'Organizations',
      description:
        'The clients whose audit events Vigil keeps, where their people live, and whom to tell about an incident.',
      manage: 'Manage in Settings',
      loading: 'Loading organizations',
      emptyTitle: 'No organizations yet',
      emptyDescription: 'An administrator adds client organizations in Settings.',
    },
    tab: {
      create: 'New organization',
      description:
        'Clients whose audit events Vigil keeps, with the jurisdictions that set their breach-notice rules.',
      emptyDescription:
        "Add the clients you keep audit logs for. Their events carry the organization's id, and a client auditor sees only theirs.",
    },
    table: {
      columns: {
        organization: 'Organization',
        jurisdictions: 'Jurisdictions',
        contacts: 'Contacts',
        updated: 'Updated',
        actions: 'Actions',
      },
      noJurisdictions: 'None set',
      noContacts: 'None',
      moreContacts: (n: number) => `and ${n} more`,
      edit: 'Edit',
      editNamed: (name: string) => `Edit ${name}`,
    },
    page: {
      loading: 'Loading organization',
      eyebrow: 'Organization',
      missingTitle: 'No such organization',
      missing: (id: ReactNode) => <>{id} does not exist, or is not visible to you.</>,
      idNote: (id: ReactNode) => <>Id {id}: the organizationId its events carry.</>,
      auditEvents: 'Audit events',
      edit: 'Edit',
      jurisdictions: 'Jurisdictions',
      jurisdictionsHint: "Where the people in this client's data live.",
      noJurisdictions: 'None set yet.',
      contacts: 'Contacts',
      contactsHint: 'People at the client to reach about an incident.',
      noContacts: 'No contacts recorded.',
      columns: { name: 'Name', email: 'Email', role: 'Role' },
      created: 'Created',
      updated: 'Updated',
    },
    form: {
      editTitle: (name: string) => `Edit ${name}`,
      newTitle: 'New organization',
      editDescription: (id: string) => `Id ${id} stays the same: events and users refer to it.`,
      newDescription:
        'A client whose audit events Vigil keeps, and whose people are told of a breach.',
      name: 'Name',
      id: 'Id (optional)',
      idHint:
        'Lowercase letters, digits, - or _, as your applications send it in organizationId. Made from the name when left empty.',
      jurisdictions: 'Jurisdictions',
      jurisdictionsHint:
        "Where the people in this client's data live. Each decides which breach-notice rules apply.",
      contacts: 'Contacts',
      contactsHint: 'People at the client to reach about an incident.',
      noContacts: 'No contacts yet.',
      contactName: (n: number) => `Contact ${n} name`,
      contactEmail: (n: number) => `Contact ${n} email`,
      contactRole: (n: number) => `Contact ${n} role`,
      rolePlaceholder: 'e.g. Privacy officer',
      remove: 'Remove',
      removeContact: (n: number) => `Remove contact ${n}`,
      addContact: 'Add contact',
      cancel: 'Cancel',
      save: 'Save changes',
      create: 'Create organization',
    },
  },
  {
    list: {
      title: 'Organisations',
      description:
        'Les clients dont Vigil conserve les événements d’audit, le lieu de résidence des personnes dont ils détiennent les données et qui aviser en cas d’incident.',
      manage: 'Gérer dans les paramètres',
      loading: 'Chargement des organisations',
      emptyTitle: 'Aucune organisation pour l’instant',
      emptyDescription: 'Un administrateur ajoute les organisations clientes dans les paramètres.',
    },
    tab: {
      create: 'Nouvelle organisation',
      description:
        'Clients dont Vigil conserve les événements d’audit, avec les territoires de compétence qui déterminent leurs règles d’avis d’incident de confidentialité.',
      emptyDescription:
        'Ajoutez les clients dont vous conservez les journaux d’audit. Leurs événements portent l’identifiant de l’organisation, et un auditeur client ne voit que les siens.',
    },
    table: {
      columns: {
        organization: 'Organisation',
        jurisdictions: 'Territoires de compétence',
        contacts: 'Personnes-ressources',
        updated: 'Mise à jour',
        actions: 'Actions',
      },
      noJurisdictions: 'Aucun défini',
      noContacts: 'Aucune',
      moreContacts: (n: number) =>
        `et ${formatCount(n)} ${plural('fr-CA', n, { one: 'autre', other: 'autres' })}`,
      edit: 'Modifier',
      editNamed: (name: string) => `Modifier ${name}`,
    },
    page: {
      loading: 'Chargement de l’organisation',
      eyebrow: 'Organisation',
      missingTitle: 'Organisation introuvable',
      missing: (id: ReactNode) => <>{id} n’existe pas ou ne vous est pas visible.</>,
      idNote: (id: ReactNode) => (
        <>Identifiant {id}&nbsp;: l’organizationId que portent ses événements.</>
      ),
      auditEvents: 'Événements d’audit',
      edit: 'Modifier',
      jurisdictions: 'Territoires de compétence',
      jurisdictionsHint: 'Où résident les personnes dont ce client détient les données.',
      noJurisdictions: 'Aucun territoire défini pour l’instant.',
      contacts: 'Personnes-ressources',
      contactsHint: 'Personnes à joindre chez le client au sujet d’un incident.',
      noContacts: 'Aucune personne-ressource consignée.',
      columns: { name: 'Nom', email: 'Courriel', role: 'Rôle' },
      created: 'Créée',
      updated: 'Mise à jour',
    },
    form: {
      editTitle: (name: string) => `Modifier ${name}`,
      newTitle: 'Nouvelle organisation',
      editDescription: (id: string) =>
        `L’identifiant ${id} ne change pas\u00a0: les événements et les utilisateurs y font référence.`,
      newDescription:
        'Un client dont Vigil conserve les événements d’audit et dont les personnes concernées sont avisées en cas d’incident de confidentialité.',
      name: 'Nom',
      id: 'Identifiant (facultatif)',
      idHint:
        'Lettres minuscules, chiffres, - ou _, tel que vos applications l’envoient dans organizationId. Formé à partir du nom si laissé vide.',
      jurisdictions: 'Territoires de compétence',
      jurisdictionsHint:
        'Où résident les personnes dont ce client détient les données. Chaque territoire détermine les règles d’avis d’incident de confidentialité applicables.',
      contacts: 'Personnes-ressources',
      contactsHint: 'Personnes à joindre chez le client au sujet d’un incident.',
      noContacts: 'Aucune personne-ressource pour l’instant.',
      contactName: (n: number) => `Nom de la personne-ressource ${n}`,
      contactEmail: (n: number) => `Courriel de la personne-ressource ${n}`,
      contactRole: (n: number) => `Rôle de la personne-ressource ${n}`,
      rolePlaceholder: 'p. ex. Responsable de la protection des renseignements personnels',
      remove: 'Retirer',
      removeContact: (n: number) => `Retirer la personne-ressource ${n}`,
      addContact: 'Ajouter une personne-ressource',
      cancel: 'Annuler',
      save: 'Enregistrer les modifications',
      create: 'Créer l’organisation',
    },
  },
);

export const organizationToastMessages = defineMessages(
  {
    created: (name: string) => `${name} added`,
    updated: (name: string) => `${name} saved`,
  },
  {
    created: (name: string) => `${name} ajoutée`,
    updated: (name: string) => `${name} enregistrée`,
  },
);
