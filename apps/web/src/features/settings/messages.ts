import type { SettingsTab } from '../../app/access';
import type { ThemePreference } from '../../app/theme';
import { defineMessages } from '../../i18n';

export const messages = defineMessages(
  {
    page: {
      title: 'Settings',
      adminDescription:
        'People and their roles, client organizations, the tokens and keys that call the API, what alerts do when they fire, and where reminders go.',
      description:
        'What alerts do when they fire, the detections that raise them from the audit log, and how fast incidents should be handled.',
      sections: 'Settings sections',
      loading: 'Loading section',
    },
    tabs: {
      users: 'Users',
      organizations: 'Organizations',
      'api-tokens': 'API tokens',
      'ingest-keys': 'Ingest keys',
      'alert-rules': 'Alert rules',
      'detection-rules': 'Detection rules',
      sns: 'SNS subscriptions',
      webhooks: 'Webhooks',
      'response-targets': 'Response targets',
      appearance: 'Appearance',
    } satisfies Record<SettingsTab, string>,
    appearance: {
      title: 'Appearance',
      description: 'Stored in this browser only.',
      theme: 'Theme',
      themeHint: "System follows your operating system's light or dark mode.",
      themes: {
        system: 'System',
        dark: 'Dark',
        light: 'Light',
      } satisfies Record<ThemePreference, string>,
    },
  },
  {
    page: {
      title: 'Paramètres',
      adminDescription:
        'Les personnes et leurs rôles, les organisations clientes, les jetons et les clés qui appellent l’API, ce que font les alertes quand elles se déclenchent et où vont les rappels.',
      description:
        'Ce que font les alertes quand elles se déclenchent, les détections qui les génèrent à partir du journal d’audit et la rapidité attendue dans le traitement des incidents.',
      sections: 'Sections des paramètres',
      loading: 'Chargement de la section',
    },
    tabs: {
      users: 'Utilisateurs',
      organizations: 'Organisations',
      'api-tokens': 'Jetons d’API',
      'ingest-keys': 'Clés d’ingestion',
      'alert-rules': 'Règles d’alerte',
      'detection-rules': 'Règles de détection',
      sns: 'Abonnements SNS',
      webhooks: 'Webhooks',
      'response-targets': 'Objectifs de réponse',
      appearance: 'Apparence',
    },
    appearance: {
      title: 'Apparence',
      description: 'Enregistrée dans ce navigateur seulement.',
      theme: 'Thème',
      themeHint: '« Système » suit le mode clair ou sombre de votre système d’exploitation.',
      themes: {
        system: 'Système',
        dark: 'Sombre',
        light: 'Clair',
      },
    },
  },
);
