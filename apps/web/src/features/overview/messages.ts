import { defineMessages, plural, type Locale } from '../../i18n';
import { formatCount } from '../../lib/format';
import type { OverviewRange } from './overview-range';

// The overview's shared words: the periods, the figures' units, the response metrics and the
// sentences the charts' labels say. The cards' own words are in cards.messages.ts and
// charts.messages.ts.

/** "3 alerts", "1 alerte", "0 alerte": a count with its noun, as the language counts. */
export const countIn =
  (locale: Locale) =>
  (n: number, one: string, other = `${one}s`): string =>
    `${formatCount(n)} ${plural(locale, n, { one, other })}`;

const en = countIn('en');
const fr = countIn('fr-CA');

export type MetricKey = 'MTTD' | 'MTTA' | 'MTTC' | 'MTTR_RECOVER' | 'MTTR_RESOLVE';

interface RangeWords {
  /** The picker's button: "30 d". */
  label: string;
  /** Mid-sentence: "No incident detected in the last 30 days". */
  words: string;
  /** Above a card that covers the period: "Last 30 days". */
  when: string;
}

interface MetricName {
  label: string;
  definition: string;
}

export const messages = defineMessages<{
  page: { title: string; description: string };
  ranges: Record<OverviewRange, RangeWords>;
  period: string;
  figuresOver: (range: string) => string;
  /** The picker's exact bounds: "<from> to <to>", around the two times. */
  boundsTo: string;
  /** The unit of days in a duration ("4 d 6 h"); seconds, minutes and hours read the same. */
  dayUnit: string;
  /** "92.5%" / "92,5 %". */
  percent: (figure: string) => string;
  metrics: {
    /**
     * The names and definitions of the metrics, by key. Empty in English: the server's own words
     * are shown; a key not listed also falls back on them.
     */
    names: Partial<Record<MetricKey, MetricName>>;
    /** Axis labels: MTTR always says which one. Other keys show as they are. */
    short: Partial<Record<MetricKey, string>>;
    /** What each metric needs to be measured: "MTTA needs at least one acknowledged incident". */
    needs: Record<MetricKey, string>;
    needsOther: string;
    needsText: (short: string, what: string) => string;
    samples: (n: number) => string;
    /** One metric, for screen readers: "Mean time to acknowledge (MTTA): 3 h, from 4 incidents". */
    line: (label: string, short: string, value: string, samples: string) => string;
    noData: string;
  };
  alertSources: {
    summary: (total: number, list: string) => string;
  };
  volume: {
    summary: (events: number, buckets: number, unit: 'day' | 'month') => string;
    /** After the summary: "; busiest Fri, Nov 20, 2026 with 1,200". */
    peak: (when: string, count: number, unit: 'day' | 'month') => string;
  };
  notify: {
    line: (rule: string, title: string, median: string, slowest: string, notices: number) => string;
  };
  cardStates: {
    /** After the problem's title: ": <the server's detail>". */
    detail: (detail: string) => string;
    tryAgain: string;
    notUpdating: (problem: string) => string;
  };
}>(
  {
    page: {
      title: 'Overview',
      description:
        'What needs attention now, and how the response has gone over the period chosen.',
    },
    ranges: {
      '7d': { label: '7 d', words: 'the last 7 days', when: 'Last 7 days' },
      '30d': { label: '30 d', words: 'the last 30 days', when: 'Last 30 days' },
      '90d': { label: '90 d', words: 'the last 90 days', when: 'Last 90 days' },
      '12mo': { label: '12 mo', words: 'the last 12 months', when: 'Last 12 months' },
    },
    period: 'Period',
    figuresOver: (range) => `Figures over ${range}`,
    boundsTo: ' to ',
    dayUnit: 'd',
    percent: (figure) => `${figure}%`,
    metrics: {
      names: {},
      short: { MTTR_RECOVER: 'MTTR (recover)', MTTR_RESOLVE: 'MTTR (resolve)' },
      needs: {
        MTTD: 'incident with a known start',
        MTTA: 'acknowledged incident',
        MTTC: 'contained incident',
        MTTR_RECOVER: 'recovered incident',
        MTTR_RESOLVE: 'closed incident',
      },
      needsOther: 'incident with both moments recorded',
      needsText: (short, what) => `${short} needs at least one ${what}`,
      samples: (n) => (n === 0 ? 'no incident yet' : `from ${en(n, 'incident')}`),
      line: (label, short, value, samples) => `${label} (${short}): ${value}, ${samples}`,
      noData: 'no data',
    },
    alertSources: {
      summary: (total, list) => `${en(total, 'alert')} in all: ${list}.`,
    },
    volume: {
      summary: (events, buckets, unit) => `${en(events, 'event')} over ${en(buckets, unit)}`,
      peak: (when, count) => `; busiest ${when} with ${formatCount(count)}`,
    },
    notify: {
      line: (rule, title, median, slowest, notices) =>
        `${rule} (${title}): median ${median}, slowest ${slowest}, ${en(notices, 'notice')}`,
    },
    cardStates: {
      detail: (detail) => `: ${detail}`,
      tryAgain: 'Try again',
      notUpdating: (problem) => `Not updating: ${problem}. Retrying…`,
    },
  },
  // Français (Québec)
  {
    page: {
      title: 'Aperçu',
      description:
        'Ce qui demande votre attention maintenant, et le déroulement de la réponse sur la période choisie.',
    },
    ranges: {
      '7d': { label: '7 j', words: 'les 7 derniers jours', when: '7 derniers jours' },
      '30d': { label: '30 j', words: 'les 30 derniers jours', when: '30 derniers jours' },
      '90d': { label: '90 j', words: 'les 90 derniers jours', when: '90 derniers jours' },
      '12mo': { label: '12 mois', words: 'les 12 derniers mois', when: '12 derniers mois' },
    },
    period: 'Période',
    figuresOver: (range) => `Chiffres sur ${range}`,
    boundsTo: ' au ',
    dayUnit: 'j',
    percent: (figure) => `${figure}\u00a0%`,
    metrics: {
      names: {
        MTTD: {
          label: 'Délai moyen de détection',
          definition:
            'moyenne(détection − début de l’incident), incidents dont le début est connu ou approximatif',
        },
        MTTA: {
          label: 'Délai moyen de prise en charge',
          definition:
            'moyenne(prise en charge − alerte, sinon détection); le début du triage tient lieu de prise en charge si aucune n’est consignée',
        },
        MTTC: {
          label: 'Délai moyen de confinement',
          definition: 'moyenne(confinement − détection)',
        },
        MTTR_RECOVER: {
          label: 'Délai moyen de rétablissement',
          definition: 'moyenne(rétablissement − détection)',
        },
        MTTR_RESOLVE: {
          label: 'Délai moyen de résolution',
          definition:
            'moyenne(résolution − détection); la résolution est la fermeture, sauf si elle est consignée à part',
        },
      },
      short: { MTTR_RECOVER: 'MTTR (rétablir)', MTTR_RESOLVE: 'MTTR (résoudre)' },
      needs: {
        MTTD: 'incident dont le début est connu',
        MTTA: 'incident pris en charge',
        MTTC: 'incident confiné',
        MTTR_RECOVER: 'incident rétabli',
        MTTR_RESOLVE: 'incident fermé',
      },
      needsOther: 'incident dont les deux moments sont consignés',
      needsText: (short, what) => `Pour mesurer le ${short}, il faut au moins un ${what}`,
      samples: (n) => (n === 0 ? 'aucun incident pour l’instant' : `sur ${fr(n, 'incident')}`),
      line: (label, short, value, samples) => `${label} (${short})\u00a0: ${value}, ${samples}`,
      noData: 'aucune donnée',
    },
    alertSources: {
      summary: (total, list) => `${fr(total, 'alerte')} au total\u00a0: ${list}.`,
    },
    volume: {
      summary: (events, buckets, unit) =>
        `${fr(events, 'événement')} sur ${unit === 'day' ? fr(buckets, 'jour') : fr(buckets, 'mois', 'mois')}`,
      peak: (when, count, unit) =>
        `; pic ${unit === 'day' ? 'le' : 'en'} ${when} avec ${formatCount(count)}`,
    },
    notify: {
      line: (rule, title, median, slowest, notices) =>
        `${rule} (${title})\u00a0: médiane ${median}, le plus long ${slowest}, ${fr(notices, 'avis', 'avis')}`,
    },
    cardStates: {
      detail: (detail) => `\u00a0: ${detail}`,
      tryAgain: 'Réessayer',
      notUpdating: (problem) => `Mise à jour interrompue\u00a0: ${problem}. Nouvel essai…`,
    },
  },
);
