import { defineMessages } from '../../i18n';

export const alertActionDialogMessages = defineMessages(
  {
    cancel: 'Cancel',
    durations: {
      15: '15 minutes',
      60: '1 hour',
      240: '4 hours',
      1440: '24 hours',
    },
    acknowledge: {
      title: 'Acknowledge alert',
      description: 'Tells everyone watching the queue that you are on it.',
      submit: 'Acknowledge',
      note: 'Note (optional)',
      notePlaceholder: 'e.g. Looking at the load balancer logs',
      noteHint: "Kept in the alert's activity.",
    },
    promote: {
      title: 'Promote to an incident',
      description: 'Opens an incident from this alert and links the two.',
      submit: 'Open incident',
      incidentTitle: 'Incident title',
      titleError: 'Give the incident a title (300 characters at most).',
      /** "This <strong>opens an incident</strong> at severity <strong>SEV2</strong>, detected …" */
      effect: {
        lead: 'This ',
        opens: 'opens an incident',
        atSeverity: ' at severity ',
        rest: (detectedAt: string) =>
          `, detected ${detectedAt}, and acknowledges the alert. Notification clocks start from the incident's own dates.`,
      },
    },
    suppress: {
      title: 'Suppress alert',
      description: 'Silences it for a while: firings in that time are counted, not raised.',
      submit: 'Suppress',
      reason: 'Reason',
      reasonPlaceholder: 'e.g. Planned maintenance on db-1 until 16:00',
      reasonHint: "Required. Kept in the alert's activity and the audit log.",
      reasonError: 'Say why it is suppressed: it goes on record.',
      duration: 'For',
      quietUntil: (at: string) => `Quiet until about ${at}.`,
    },
  },
  {
    cancel: 'Annuler',
    durations: {
      15: '15 minutes',
      60: '1 heure',
      240: '4 heures',
      1440: '24 heures',
    },
    acknowledge: {
      title: 'Prendre en charge l’alerte',
      description: 'Indique à tous ceux qui suivent la file que vous vous en occupez.',
      submit: 'Prendre en charge',
      note: 'Note (facultative)',
      notePlaceholder: 'p. ex. J’examine les journaux de l’équilibreur de charge',
      noteHint: 'Conservée dans l’activité de l’alerte.',
    },
    promote: {
      title: 'Promouvoir en incident',
      description: 'Ouvre un incident à partir de cette alerte et relie les deux.',
      submit: 'Ouvrir l’incident',
      incidentTitle: 'Titre de l’incident',
      titleError: 'Donnez un titre à l’incident (300 caractères au maximum).',
      effect: {
        lead: 'Cette action ',
        opens: 'ouvre un incident',
        atSeverity: ' de gravité ',
        rest: (detectedAt: string) =>
          `, détecté le ${detectedAt}, et prend l’alerte en charge. Les délais de notification courent à partir des dates propres à l’incident.`,
      },
    },
    suppress: {
      title: 'Mettre l’alerte en sourdine',
      description:
        'La fait taire pour un temps : les déclenchements pendant cette période sont comptés, sans lever d’alerte.',
      submit: 'Mettre en sourdine',
      reason: 'Motif',
      reasonPlaceholder: 'p. ex. Maintenance planifiée sur db-1 jusqu’à 16 h',
      reasonHint: 'Obligatoire. Conservé dans l’activité de l’alerte et le journal d’audit.',
      reasonError: 'Indiquez pourquoi elle est mise en sourdine : ce motif est consigné.',
      duration: 'Durée',
      quietUntil: (at: string) => `En sourdine jusqu’à environ ${at}.`,
    },
  },
);
