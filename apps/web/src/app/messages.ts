import type { Role } from '@vigil/contracts';
import { defineMessages } from '../i18n';

/** The words of the console's frame: navigation, roles, access refusals, page errors. */
export const appMessages = defineMessages(
  {
    skipToContent: 'Skip to content',
    home: 'Vigil home',
    console: 'Console',
    mainNav: 'Main',
    breadcrumb: 'Breadcrumb',
    groups: { respond: 'Respond', prove: 'Prove', manage: 'Manage' },
    nav: {
      overview: 'Overview',
      incidents: 'Incidents',
      alerts: 'Alerts',
      deadlines: 'Deadlines',
      audit: 'Audit log',
      runbooks: 'Runbooks',
      continuity: 'Continuity',
      organizations: 'Organizations',
      organization: 'Organization',
      outbox: 'Outbox',
      settings: 'Settings',
    },
    theme: { switchTo: (theme: 'dark' | 'light') => `Switch to ${theme} theme` },
    signOut: 'Sign out',
    checkingSession: 'Checking your session',
    sessionUnknown: 'Vigil cannot tell who you are right now',
    notAvailable: 'Not available',
    pageNotForRole: 'This page is not available to your role',
    signedInAs: 'You are signed in as',
    areaRefused: (role: string) =>
      `A ${role.toLowerCase()} cannot use this part of Vigil; an administrator can change your role if you need it.`,
    goToStart: 'Go to your start page',
    sectionNotForRole: 'This section is not available to your role',
    settingsRefused: (role: string) =>
      `A ${role.toLowerCase()} cannot open this part of Settings; an administrator can.`,
    notFound: {
      title: 'Page not found',
      heading: 'Nothing lives at this address',
      detail: 'is not a page in Vigil. The link may be old or mistyped.',
      toOverview: 'Go to Overview',
      toAudit: 'Go to the audit log',
    },
    error: {
      pageTitle: 'Error · Vigil',
      chunkTitle: 'This page could not be loaded',
      chunkDetail:
        'Vigil may have been updated since this tab opened. Reloading fetches the new version.',
      title: 'This page ran into a problem',
      detail:
        'Nothing you entered was sent twice and no data was changed by this error. Try again, or go back to the overview.',
      toOverview: 'Go to Overview',
    },
  },
  {
    skipToContent: 'Aller au contenu',
    home: 'Accueil de Vigil',
    console: 'Console',
    mainNav: 'Principale',
    breadcrumb: 'Fil d’Ariane',
    groups: { respond: 'Intervenir', prove: 'Démontrer', manage: 'Administrer' },
    nav: {
      overview: 'Aperçu',
      incidents: 'Incidents',
      alerts: 'Alertes',
      deadlines: 'Échéances',
      audit: 'Journal d’audit',
      runbooks: 'Procédures',
      continuity: 'Continuité',
      organizations: 'Organisations',
      organization: 'Organisation',
      outbox: 'Boîte d’envoi',
      settings: 'Paramètres',
    },
    theme: {
      switchTo: (theme: 'dark' | 'light') =>
        theme === 'dark' ? 'Passer au thème sombre' : 'Passer au thème clair',
    },
    signOut: 'Se déconnecter',
    checkingSession: 'Vérification de votre session',
    sessionUnknown: 'Vigil ne peut pas vous identifier pour le moment',
    notAvailable: 'Non disponible',
    pageNotForRole: 'Cette page n’est pas accessible à votre rôle',
    signedInAs: 'Vous êtes connecté avec le rôle',
    areaRefused: (role: string) =>
      `Le rôle « ${role} » ne donne pas accès à cette partie de Vigil; un administrateur peut modifier votre rôle au besoin.`,
    goToStart: 'Aller à votre page d’accueil',
    sectionNotForRole: 'Cette section n’est pas accessible à votre rôle',
    settingsRefused: (role: string) =>
      `Le rôle « ${role} » ne donne pas accès à cette partie des paramètres; un administrateur y a accès.`,
    notFound: {
      title: 'Page introuvable',
      heading: 'Rien ne se trouve à cette adresse',
      detail: 'n’est pas une page de Vigil. Le lien est peut-être périmé ou mal saisi.',
      toOverview: 'Aller à l’aperçu',
      toAudit: 'Aller au journal d’audit',
    },
    error: {
      pageTitle: 'Erreur · Vigil',
      chunkTitle: 'Cette page n’a pas pu être chargée',
      chunkDetail:
        'Vigil a peut-être été mis à jour depuis l’ouverture de cet onglet. Recharger la page récupère la nouvelle version.',
      title: 'Cette page a rencontré un problème',
      detail:
        'Rien de ce que vous avez saisi n’a été envoyé deux fois et aucune donnée n’a été modifiée par cette erreur. Réessayez ou revenez à l’aperçu.',
      toOverview: 'Aller à l’aperçu',
    },
  },
);

export const roleMessages = defineMessages<{
  labels: Record<Role, string>;
  descriptions: Record<Role, string>;
}>(
  {
    labels: {
      admin: 'Admin',
      security_lead: 'Security lead',
      responder: 'Responder',
      dpo: 'DPO',
      auditor: 'Auditor',
      client_auditor: 'Client auditor',
    },
    descriptions: {
      admin: 'Everything, including users, keys and settings.',
      security_lead: 'Alarms, incidents and runbooks; reads the audit log.',
      responder: 'Works the incidents and runbook steps assigned to them.',
      dpo: 'Assessments, notification clocks and the register; reads incidents and the audit log.',
      auditor: 'Read-only: audit log, incidents, register; verifies and exports.',
      client_auditor: "Read-only audit log and exports of one client organization's events.",
    },
  },
  {
    labels: {
      admin: 'Administrateur',
      security_lead: 'Responsable de la sécurité',
      responder: 'Intervenant',
      dpo: 'DPD',
      auditor: 'Auditeur',
      client_auditor: 'Auditeur client',
    },
    descriptions: {
      admin: 'Tout, y compris les utilisateurs, les clés et les paramètres.',
      security_lead: 'Alarmes, incidents et procédures; consulte le journal d’audit.',
      responder: 'Traite les incidents et les étapes de procédure qui lui sont confiés.',
      dpo: 'Évaluations, délais de notification et registre; consulte les incidents et le journal d’audit.',
      auditor: 'Lecture seule : journal d’audit, incidents, registre; vérifie et exporte.',
      client_auditor:
        'Lecture seule du journal d’audit et des exports des événements d’une organisation cliente.',
    },
  },
);
