import { defineMessages, plural } from '../../i18n';
import { formatCount } from '../../lib/format';

/** The alert drawer: its facts, its activity, and the CloudWatch alarm behind it. */
export const alertDrawerMessages = defineMessages(
  {
    drawer: {
      title: 'Alert',
      loading: 'Loading the alert…',
      missing: 'This alert does not exist',
      failed: 'The alert could not be loaded',
      resolvedTitle: 'The source says this is over',
      resolvedText:
        'It resolved while its incident is still open: consider resolving the incident.',
      goToIncident: 'Go to the incident',
      openIncident: 'Open the incident',
      alarmHeading: 'CloudWatch alarm',
      alertHeading: 'Alert',
      activityHeading: 'Activity',
      activityFailed: 'The activity could not be loaded',
      detailsHeading: 'Details (JSON)',
      copyJson: 'Copy JSON',
      detailsLabel: 'Alert details JSON',
    },
    facts: {
      source: 'Source',
      dedupKey: 'Dedup key',
      opened: 'Opened',
      lastFired: 'Last fired',
      firings: (n: number) => `${formatCount(n)} ${n === 1 ? 'firing' : 'firings'} in all`,
      acknowledged: 'Acknowledged',
      suppressedUntil: 'Suppressed until',
      resolved: 'Resolved',
      rule: 'Rule',
      noRule: 'No rule matched: SEV3, alert only',
      incident: 'Incident',
    },
    activity: {
      kinds: {
        opened: 'Opened',
        fired: 'Fired again',
        reopened: 'Reopened: fired again soon after it resolved',
        acknowledged: 'Acknowledged',
        suppressed: 'Suppressed',
        promoted: 'Promoted to an incident',
        resolved: 'Resolved',
      } as Record<string, string>,
      firedTimes: (n: number) => `Fired again ${formatCount(n)} times`,
      by: 'by',
      you: 'you',
      user: (id: string) => `user ${id}`,
      /** Between the first and last time of folded firings. */
      to: 'to',
    },
    alarm: {
      loading: 'Loading the alarm…',
      loadingChart: 'Loading the state chart…',
      failed: 'The alarm could not be loaded',
      noHistory: 'No state change recorded for this alarm yet.',
      state: 'State',
      alarm: 'Alarm',
      kind: 'Kind',
      account: 'Account',
      metric: 'Metric',
      description: 'Description',
      reason: 'Reason',
      historyCaption: (n: number) => `State changes, newest first (${n})`,
      changed: 'Changed',
      transition: 'Transition and reason',
      via: (delivery: string) => `via ${delivery}`,
      /** Read out between the two states of a transition. */
      to: 'to',
    },
    chart: {
      units: { minutes: 'min', hours: 'h', days: 'd' },
      now: 'Now ',
      became: 'Became ',
      summary: ({
        changes,
        since,
        state,
        alarm,
        ok,
        noData,
      }: {
        changes: number;
        since: string;
        state: string;
        alarm: string;
        ok: string;
        noData: string;
      }) =>
        `${changes} state ${changes === 1 ? 'change' : 'changes'} since ${since}; now ${state}. In ALARM ${alarm}, OK ${ok}, without data ${noData}.`,
      label: (summary: string) => `Alarm state over time: ${summary}`,
      timesIn: (zone: string) => `Times in ${zone}.`,
    },
  },
  {
    drawer: {
      title: 'Alerte',
      loading: 'Chargement de l’alerte…',
      missing: 'Cette alerte n’existe pas',
      failed: 'Impossible de charger l’alerte',
      resolvedTitle: 'La source indique que c’est terminé',
      resolvedText:
        'L’alerte s’est résolue alors que son incident est toujours ouvert : envisagez de résoudre l’incident.',
      goToIncident: 'Aller à l’incident',
      openIncident: 'Ouvrir l’incident',
      alarmHeading: 'Alarme CloudWatch',
      alertHeading: 'Alerte',
      activityHeading: 'Activité',
      activityFailed: 'Impossible de charger l’activité',
      detailsHeading: 'Détails (JSON)',
      copyJson: 'Copier le JSON',
      detailsLabel: 'Détails de l’alerte en JSON',
    },
    facts: {
      source: 'Source',
      dedupKey: 'Clé de déduplication',
      opened: 'Ouverte',
      lastFired: 'Dernier déclenchement',
      firings: (n: number) =>
        `${formatCount(n)} ${plural('fr-CA', n, { one: 'déclenchement', other: 'déclenchements' })} au total`,
      acknowledged: 'Prise en charge',
      suppressedUntil: 'En sourdine jusqu’à',
      resolved: 'Résolue',
      rule: 'Règle',
      noRule: 'Aucune règle correspondante : SEV3, alerte seulement',
      incident: 'Incident',
    },
    activity: {
      kinds: {
        opened: 'Ouverte',
        fired: 'Déclenchée de nouveau',
        reopened: 'Rouverte : déclenchée de nouveau peu après sa résolution',
        acknowledged: 'Prise en charge',
        suppressed: 'Mise en sourdine',
        promoted: 'Promue en incident',
        resolved: 'Résolue',
      },
      firedTimes: (n: number) => `Déclenchée de nouveau ${formatCount(n)} fois`,
      by: 'par',
      you: 'vous',
      user: (id: string) => `utilisateur ${id}`,
      to: 'à',
    },
    alarm: {
      loading: 'Chargement de l’alarme…',
      loadingChart: 'Chargement du graphique des états…',
      failed: 'Impossible de charger l’alarme',
      noHistory: 'Aucun changement d’état n’a encore été enregistré pour cette alarme.',
      state: 'État',
      alarm: 'Alarme',
      kind: 'Type',
      account: 'Compte',
      metric: 'Métrique',
      description: 'Description',
      reason: 'Motif',
      historyCaption: (n: number) => `Changements d’état, du plus récent au plus ancien (${n})`,
      changed: 'Date du changement',
      transition: 'Transition et motif',
      via: (delivery: string) => `par ${delivery}`,
      to: 'vers',
    },
    chart: {
      units: { minutes: 'min', hours: 'h', days: 'j' },
      now: 'Actuellement ',
      became: 'Passage à ',
      summary: ({ changes, since, state, alarm, ok, noData }) =>
        `${formatCount(changes)} ${plural('fr-CA', changes, {
          one: 'changement d’état',
          other: 'changements d’état',
        })} depuis le ${since}; actuellement ${state}. En ALARM ${alarm}, OK ${ok}, sans données ${noData}.`,
      label: (summary: string) => `État de l’alarme au fil du temps\u00a0: ${summary}`,
      timesIn: (zone: string) => `Heures selon le fuseau ${zone}.`,
    },
  },
);
