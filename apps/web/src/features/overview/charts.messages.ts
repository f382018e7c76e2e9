import { defineMessages, plural } from '../../i18n';
import { countIn } from './messages';

// The overview's period cards (chart-cards.tsx) and their charts (overview-charts.tsx): titles,
// empty states, accessible tables, tooltips and legends. The sentences that sum a chart up for
// screen readers are in messages.ts, beside the functions that build them.

const en = countIn('en');
const fr = countIn('fr-CA');

type Unit = 'day' | 'month';

interface PeriodCardWords {
  title: string;
  /** The skeleton's label for screen readers. */
  loading: string;
  failed: string;
  emptyTitle: string;
  empty: (range: string) => string;
}

export const chartMessages = defineMessages<{
  loadingChart: string;
  responseTimes: PeriodCardWords & {
    description: (range: string) => string;
    chart: (summary: string) => string;
  };
  timeToNotify: PeriodCardWords & {
    description: (range: string) => string;
    chart: (summary: string) => string;
    caption: string;
    tableCaption: (range: string) => string;
    rule: string;
    median: string;
    slowest: string;
    noticesSent: string;
    /** The tooltip: "Median <5 h>, slowest <30 h>". */
    tooltipMedian: string;
    tooltipSlowest: string;
    sent: (n: number) => string;
  };
  alertSources: PeriodCardWords & {
    description: (total: number, range: string) => string;
    descriptionLoading: (range: string) => string;
    queue: string;
    chart: (summary: string) => string;
    tableCaption: (range: string) => string;
    source: string;
    alerts: string;
    /** After the count in the tooltip: "8 alerts". */
    alertNoun: (n: number) => string;
  };
  auditVolume: Omit<PeriodCardWords, 'title'> & {
    title: Record<Unit, string>;
    description: (total: number, range: string, unit: Unit) => string;
    descriptionLoading: (range: string) => string;
    auditLog: string;
    chart: (unit: Unit, summary: string) => string;
    caption: (summary: string, unit: Unit) => string;
    tableCaption: (unit: Unit, range: string) => string;
    unitHeader: Record<Unit, string>;
    events: string;
    eventNoun: (n: number) => string;
  };
}>(
  {
    loadingChart: 'Loading the chart',
    responseTimes: {
      title: 'Response times',
      loading: 'Loading the response times',
      failed: 'The response times could not be loaded',
      description: (range) =>
        `Means over the incidents detected in ${range}, false positives left out.`,
      chart: (summary) => `Response times in hours: ${summary}`,
      emptyTitle: 'No response time to show yet',
      empty: (range) =>
        `No incident detected in ${range} has been acknowledged yet: MTTA needs at least one acknowledged incident, MTTC a contained one and MTTR a recovered or closed one.`,
    },
    timeToNotify: {
      title: 'Time to notify',
      loading: 'Loading the times to notify',
      failed: 'The times to notify could not be loaded',
      description: (range) =>
        `From the start of each clock to the notice recorded as sent, for notices sent in ${range}.`,
      emptyTitle: 'No notice sent in this period',
      empty: (range) =>
        `No notice was recorded as sent in ${range}. Each one sent adds its time here, by rule: the median and the slowest.`,
      chart: (summary) => `Time to notify per rule, in hours: ${summary}`,
      caption:
        'Time from clock start to notice, on the axis below; the median and the slowest notice of each rule.',
      tableCaption: (range) => `Time to notify per rule in ${range}`,
      rule: 'Rule',
      median: 'Median',
      slowest: 'Slowest',
      noticesSent: 'Notices sent',
      tooltipMedian: 'Median',
      tooltipSlowest: ', slowest',
      sent: (n) => `${en(n, 'notice')} sent`,
    },
    alertSources: {
      title: 'Alerts by source',
      loading: 'Loading the alerts by source',
      failed: 'The alerts by source could not be loaded',
      description: (total, range) => `${en(total, 'alert')} opened in ${range}.`,
      descriptionLoading: (range) => `Alerts opened in ${range}.`,
      queue: 'Alert queue',
      emptyTitle: 'No alert in this period',
      empty: (range) =>
        `No alert was opened in ${range}. CloudWatch alarms, detections and webhooks are counted here as they fire.`,
      chart: (summary) => `Alerts by source: ${summary}`,
      tableCaption: (range) => `Alerts opened in ${range}, by source`,
      source: 'Source',
      alerts: 'Alerts',
      alertNoun: (n) => plural('en', n, { one: 'alert', other: 'alerts' }),
    },
    auditVolume: {
      title: { day: 'Audit events per day', month: 'Audit events per month' },
      loading: 'Loading the audit volume',
      failed: 'The audit volume could not be loaded',
      description: (total, range, unit) =>
        `${en(total, 'event')} recorded in ${range}, by UTC ${unit}.`,
      descriptionLoading: (range) => `Events recorded in ${range}.`,
      auditLog: 'Audit log',
      emptyTitle: 'No audit event in this period',
      empty: (range) =>
        `No event was recorded in ${range}. If your applications should be sending them, check their ingest keys: a silent source is worth a look.`,
      chart: (unit, summary) => `Audit events per ${unit}: ${summary}`,
      caption: (summary, unit) =>
        `${summary} ${unit === 'month' ? 'Months' : 'Days'} are UTC; the first and last may be partial.`,
      tableCaption: (unit, range) => `Audit events per UTC ${unit} in ${range}`,
      unitHeader: { day: 'Day', month: 'Month' },
      events: 'Events',
      eventNoun: (n) => plural('en', n, { one: 'event', other: 'events' }),
    },
  },
  // Français (Québec)
  {
    loadingChart: 'Chargement du graphique',
    responseTimes: {
      title: 'Délais de réponse',
      loading: 'Chargement des délais de réponse',
      failed: 'Impossible de charger les délais de réponse',
      description: (range) =>
        `Moyennes sur les incidents détectés durant ${range}, faux positifs exclus.`,
      chart: (summary) => `Délais de réponse en heures\u00a0: ${summary}`,
      emptyTitle: 'Aucun délai de réponse à afficher pour l’instant',
      empty: (range) =>
        `Aucun incident détecté durant ${range} n’a encore été pris en charge\u00a0: le MTTA exige au moins un incident pris en charge, le MTTC un incident confiné et le MTTR un incident rétabli ou fermé.`,
    },
    timeToNotify: {
      title: 'Délai de notification',
      loading: 'Chargement des délais de notification',
      failed: 'Impossible de charger les délais de notification',
      description: (range) =>
        `Du début de chaque délai jusqu’à l’avis consigné comme envoyé, pour les avis envoyés durant ${range}.`,
      emptyTitle: 'Aucun avis envoyé durant cette période',
      empty: (range) =>
        `Aucun avis n’a été consigné comme envoyé durant ${range}. Chaque avis envoyé ajoute ici son délai, par règle\u00a0: la médiane et le plus long.`,
      chart: (summary) => `Délai de notification par règle, en heures\u00a0: ${summary}`,
      caption:
        'Temps entre le début du délai et l’avis, sur l’axe ci-dessous; la médiane et l’avis le plus lent de chaque règle.',
      tableCaption: (range) => `Délai de notification par règle durant ${range}`,
      rule: 'Règle',
      median: 'Médiane',
      slowest: 'Le plus long',
      noticesSent: 'Avis envoyés',
      tooltipMedian: 'Médiane',
      tooltipSlowest: ', le plus long',
      sent: (n) => fr(n, 'avis envoyé', 'avis envoyés'),
    },
    alertSources: {
      title: 'Alertes par source',
      loading: 'Chargement des alertes par source',
      failed: 'Impossible de charger les alertes par source',
      description: (total, range) =>
        `${fr(total, 'alerte ouverte', 'alertes ouvertes')} durant ${range}.`,
      descriptionLoading: (range) => `Alertes ouvertes durant ${range}.`,
      queue: 'File d’alertes',
      emptyTitle: 'Aucune alerte durant cette période',
      empty: (range) =>
        `Aucune alerte n’a été ouverte durant ${range}. Les alarmes CloudWatch, les détections et les webhooks sont comptés ici à mesure qu’ils se déclenchent.`,
      chart: (summary) => `Alertes par source\u00a0: ${summary}`,
      tableCaption: (range) => `Alertes ouvertes durant ${range}, par source`,
      source: 'Source',
      alerts: 'Alertes',
      alertNoun: (n) => plural('fr-CA', n, { one: 'alerte', other: 'alertes' }),
    },
    auditVolume: {
      title: { day: 'Événements d’audit par jour', month: 'Événements d’audit par mois' },
      loading: 'Chargement du volume d’audit',
      failed: 'Impossible de charger le volume d’audit',
      description: (total, range, unit) =>
        `${fr(total, 'événement consigné', 'événements consignés')} durant ${range}, par ${
          unit === 'month' ? 'mois' : 'jour'
        } UTC.`,
      descriptionLoading: (range) => `Événements consignés durant ${range}.`,
      auditLog: 'Journal d’audit',
      emptyTitle: 'Aucun événement d’audit durant cette période',
      empty: (range) =>
        `Aucun événement n’a été consigné durant ${range}. Si vos applications devraient en envoyer, vérifiez leurs clés d’ingestion\u00a0: une source muette mérite qu’on s’y attarde.`,
      chart: (unit, summary) =>
        `Événements d’audit par ${unit === 'month' ? 'mois' : 'jour'}\u00a0: ${summary}`,
      caption: (summary, unit) =>
        `${summary} Les ${unit === 'month' ? 'mois' : 'jours'} sont en UTC; le premier et le dernier peuvent être partiels.`,
      tableCaption: (unit, range) =>
        `Événements d’audit par ${unit === 'month' ? 'mois' : 'jour'} UTC durant ${range}`,
      unitHeader: { day: 'Jour', month: 'Mois' },
      events: 'Événements',
      eventNoun: (n) => plural('fr-CA', n, { one: 'événement', other: 'événements' }),
    },
  },
);
