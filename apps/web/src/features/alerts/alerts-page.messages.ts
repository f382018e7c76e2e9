import { defineMessages, plural } from '../../i18n';
import { formatCount } from '../../lib/format';
import type { AlertTab } from './alert-queue';

const EN_TAB_WORDS: Record<AlertTab, string> = {
  active: 'active',
  suppressed: 'suppressed',
  resolved: 'resolved',
};

const enPlural = (n: number, word: string) => `${formatCount(n)} ${word}${n === 1 ? '' : 's'}`;

/** "alerte active" / "alertes actives": the noun and its adjective agree in French. */
const FR_TAB_WORDS: Record<AlertTab, { one: string; other: string }> = {
  active: { one: 'alerte active', other: 'alertes actives' },
  suppressed: { one: 'alerte en sourdine', other: 'alertes en sourdine' },
  resolved: { one: 'alerte résolue', other: 'alertes résolues' },
};

const frPlural = (n: number, forms: { one: string; other: string }) =>
  `${formatCount(n)} ${plural('fr-CA', n, forms)}`;

export const alertsPageMessages = defineMessages(
  {
    page: {
      title: 'Alerts',
      description:
        'CloudWatch alarms, detections over the audit log and webhook alerts, in one triage queue.',
      filters: 'Filters',
      status: 'Status',
      source: 'Source',
      everySource: 'Every source',
      sourcesOption: {
        alarm: 'CloudWatch alarms',
        detection: 'Detections',
        webhook: 'Webhooks',
      },
      timesIn: (zone: string) => `Times in ${zone}`,
    },
    queue: {
      title: 'Queue',
      /** "3 active alerts" */
      alerts: (n: number, tab: AlertTab) => enPlural(n, `${EN_TAB_WORDS[tab]} alert`),
      /** " from cloudwatch alarms", after the count. */
      fromSource: {
        alarm: ' from cloudwatch alarms',
        detection: ' from detections',
        webhook: ' from webhooks',
      },
      inGroups: (n: number) => ` in ${enPlural(n, 'group')}`,
      resolvedOrder: 'Most recently resolved first.',
      liveOrder: 'Most severe first, then the longest waiting.',
      loading: (tab: AlertTab) => `Loading ${EN_TAB_WORDS[tab]} alerts…`,
      loadingLabel: 'Loading alerts',
      heldTitle: 'Rows keep their places while you work',
      held: 'Held while you work on the list',
      notUpdating: (problem: string) => `Not updating: ${problem}. Retrying…`,
      refreshedEvery: (seconds: number) => `Refreshed every ${seconds} s`,
      live: 'Live',
      newAlerts: (n: number) => enPlural(n, 'new alert'),
      updateList: 'Update the list',
      leftView: (n: number) => ` · ${formatCount(n)} left this view`,
      holdHint: 'The list holds still while you point at it or work in it.',
    },
    empty: {
      active: {
        title: 'No active alerts',
        description: (seconds: number) =>
          `Nothing is firing. New alerts from CloudWatch alarms, detections and webhooks appear here within ${seconds} seconds, without a reload.`,
      },
      suppressed: {
        title: 'Nothing is suppressed',
        description: () =>
          'Alerts silenced for a while, by hand or by an alert rule, are listed here until their window ends.',
      },
      resolved: {
        title: 'No resolved alerts',
        description: () =>
          'Alerts whose alarm returned to OK, or whose sender said they were over, are kept here.',
      },
      /** "No active alerts from detections" */
      noneFrom: (tab: AlertTab, from: string) => `No ${EN_TAB_WORDS[tab]} alerts${from}`,
      everySource: 'Every source',
      everySourceDetail: 'SNS, EventBridge, webhooks and detection rules.',
      groupedFlaps: 'Grouped flaps',
      groupedFlapsDetail: 'An alarm that flaps stays one alert, not ten incidents.',
      oneClickPromote: 'One-click promote',
      oneClickPromoteDetail: 'Open an incident from an alert, with its title.',
      showEverySource: 'Show every source',
    },
    table: {
      caption: 'Alerts, most severe first, then the longest waiting',
      severity: 'Severity',
      alert: 'Alert',
      age: 'Age',
      fires: 'Fires',
      status: 'Status',
      actions: 'Actions',
      /** Before the time a suppression ends. */
      until: 'until',
      /** Before the time of the last firing. */
      last: 'last',
      incident: 'Incident',
      resolutionSuggested: 'Resolution suggested',
      resolutionSuggestedHint: 'It resolved while its incident is still open',
      gone: (status: string) =>
        `Now ${status.toLowerCase()}: leaves this view when the list updates`,
      groupCount: (n: number) => `${n} alerts`,
      alarmEpisodes: 'Episodes of one alarm',
      sameDedupKey: 'Same dedup key',
    },
  },
  {
    page: {
      title: 'Alertes',
      description:
        'Alarmes CloudWatch, détections dans le journal d’audit et alertes de webhooks, dans une seule file de triage.',
      filters: 'Filtres',
      status: 'Statut',
      source: 'Source',
      everySource: 'Toutes les sources',
      sourcesOption: {
        alarm: 'Alarmes CloudWatch',
        detection: 'Détections',
        webhook: 'Webhooks',
      },
      timesIn: (zone: string) => `Heures selon le fuseau ${zone}`,
    },
    queue: {
      title: 'File d’attente',
      alerts: (n: number, tab: AlertTab) => frPlural(n, FR_TAB_WORDS[tab]),
      fromSource: {
        alarm: ' provenant des alarmes CloudWatch',
        detection: ' provenant des détections',
        webhook: ' provenant des webhooks',
      },
      inGroups: (n: number) => ` en ${frPlural(n, { one: 'groupe', other: 'groupes' })}`,
      resolvedOrder: 'Les plus récemment résolues d’abord.',
      liveOrder: 'Les plus graves d’abord, puis celles qui attendent depuis le plus longtemps.',
      loading: (tab: AlertTab) => `Chargement des ${FR_TAB_WORDS[tab].other}…`,
      loadingLabel: 'Chargement des alertes',
      heldTitle: 'Les lignes gardent leur place pendant que vous travaillez',
      held: 'Figée pendant que vous travaillez dans la liste',
      notUpdating: (problem: string) => `Mise à jour interrompue\u00a0: ${problem}. Nouvel essai…`,
      refreshedEvery: (seconds: number) => `Actualisée toutes les ${seconds} s`,
      live: 'En direct',
      newAlerts: (n: number) => frPlural(n, { one: 'nouvelle alerte', other: 'nouvelles alertes' }),
      updateList: 'Mettre la liste à jour',
      leftView: (n: number) =>
        ` · ${formatCount(n)} ${plural('fr-CA', n, {
          one: 'a quitté cette vue',
          other: 'ont quitté cette vue',
        })}`,
      holdHint: 'La liste reste immobile pendant que vous la pointez ou y travaillez.',
    },
    empty: {
      active: {
        title: 'Aucune alerte active',
        description: (seconds: number) =>
          `Rien ne se déclenche. Les nouvelles alertes des alarmes CloudWatch, des détections et des webhooks s’affichent ici en moins de ${seconds} secondes, sans rechargement.`,
      },
      suppressed: {
        title: 'Rien n’est en sourdine',
        description: () =>
          'Les alertes mises en sourdine pour un temps, à la main ou par une règle d’alerte, figurent ici jusqu’à la fin de leur période.',
      },
      resolved: {
        title: 'Aucune alerte résolue',
        description: () =>
          'Les alertes dont l’alarme est revenue à OK, ou que l’expéditeur a déclarées terminées, sont conservées ici.',
      },
      noneFrom: (tab: AlertTab, from: string) => `Aucune ${FR_TAB_WORDS[tab].one}${from}`,
      everySource: 'Toutes les sources',
      everySourceDetail: 'SNS, EventBridge, webhooks et règles de détection.',
      groupedFlaps: 'Oscillations regroupées',
      groupedFlapsDetail: 'Une alarme qui oscille reste une seule alerte, pas dix incidents.',
      oneClickPromote: 'Promotion en un clic',
      oneClickPromoteDetail: 'Ouvrez un incident à partir d’une alerte, avec son titre.',
      showEverySource: 'Afficher toutes les sources',
    },
    table: {
      caption:
        'Alertes, les plus graves d’abord, puis celles qui attendent depuis le plus longtemps',
      severity: 'Gravité',
      alert: 'Alerte',
      age: 'Âge',
      fires: 'Déclenchements',
      status: 'Statut',
      actions: 'Actions',
      until: 'prend fin',
      last: 'dernier',
      incident: 'Incident',
      resolutionSuggested: 'Résolution suggérée',
      resolutionSuggestedHint: 'Elle s’est résolue alors que son incident est toujours ouvert',
      gone: (status: string) =>
        `Désormais ${status.toLowerCase()}\u00a0: quittera cette vue à la mise à jour de la liste`,
      groupCount: (n: number) => `${formatCount(n)} alertes`,
      alarmEpisodes: 'Épisodes d’une même alarme',
      sameDedupKey: 'Même clé de déduplication',
    },
  },
);
