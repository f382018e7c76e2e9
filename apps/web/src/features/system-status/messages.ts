import { defineMessages } from '../../i18n';

export const messages = defineMessages(
  {
    headline: {
      operational: 'All systems operational',
      degraded: 'Degraded',
      degradedDown: (names: string) => `Degraded: ${names} down`,
      checking: 'Checking status…',
      unknown: 'Status unknown',
    },
    panel: {
      title: 'System status',
      notConfigured: 'Not configured',
      up: 'Up',
      down: 'Down',
      checked: 'Checked',
    },
    runtime: {
      inProcessTimers: 'No Redis configured: reminders run in-process from the database sweeper.',
      embeddedDatabase: 'Embedded database',
      embeddedDatabaseHint:
        'PostgreSQL runs inside the Vigil process, with its data under the data directory.',
    },
    unexpectedResponse: {
      title: 'Unexpected health response',
      detail: 'The server answered /health/ready with something other than a readiness report.',
    },
  },
  {
    headline: {
      operational: 'Tous les systèmes sont opérationnels',
      degraded: 'Service dégradé',
      degradedDown: (names: string) => `Service dégradé\u00a0: ${names} hors service`,
      checking: 'Vérification de l’état…',
      unknown: 'État inconnu',
    },
    panel: {
      title: 'État du système',
      notConfigured: 'Non configuré',
      up: 'En service',
      down: 'Hors service',
      checked: 'Vérifié à',
    },
    runtime: {
      inProcessTimers:
        'Aucun Redis configuré : les rappels s’exécutent dans le processus, à partir du balayage de la base de données.',
      embeddedDatabase: 'Base de données intégrée',
      embeddedDatabaseHint:
        'PostgreSQL s’exécute dans le processus Vigil; ses données se trouvent dans le répertoire de données.',
    },
    unexpectedResponse: {
      title: 'Réponse d’état inattendue',
      detail:
        'Le serveur a répondu à /health/ready par autre chose qu’un rapport de disponibilité.',
    },
  },
);
