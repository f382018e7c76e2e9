import type { AuditCheckpoint } from '@vigil/contracts';
import { defineMessages } from '../../i18n';
import { formatCount } from '../../lib/format';
import { countIn } from './messages';

// The figure cards at the top of the overview (stat-cards.tsx, deadline-cards.tsx) and the
// next-deadlines table.

const en = countIn('en');
const fr = countIn('fr-CA');

interface CardWords {
  title: string;
  /** The skeleton's label for screen readers. */
  loading: string;
  /** The card's failed load. */
  failed: string;
}

export const cardMessages = defineMessages<{
  /** Above the cards that show what is open at this moment. */
  now: string;
  openIncidents: CardWords & {
    all: string;
    bySeverity: string;
    /** A severity chip, as a screen reader hears it: "2 SEV1 incidents". */
    chip: (n: number, severity: string) => string;
    none: string;
    awaitingTriage: (n: number) => string;
    /** "Open longest: <reference>, detected <3 days ago>." */
    oldest: { before: string; detected: string; end: string };
  };
  waitingAlerts: CardWords & {
    queue: string;
    bySeverity: string;
    chip: (n: number, severity: string) => string;
    none: string;
    /** "Not yet acknowledged. The oldest opened <2 hours ago>." */
    oldest: { before: string; end: string };
  };
  deadlinesMet: CardWords & {
    noticesSent: string;
    none: (range: string) => string;
    /** "Of the … deadlines that fell due in <range>: 5 met, 1 sent late, 2 still unsent." */
    of: (range: string) => string;
    metLate: (met: number, late: number) => string;
    missed: (n: number) => string;
    noneMissed: string;
    end: string;
  };
  integrity: CardWords & {
    verify: string;
    noneYet: string;
    noneNote: string;
    stale: string;
    /** "Checkpoint <hourly signing> at <time> for 2 sources: " before the sources' names. */
    line: (reason: string, at: string, sources: number) => string;
    end: string;
    signingKey: (keyId: string) => string;
    reasons: Record<AuditCheckpoint['reason'], string>;
  };
  overdueClocks: CardWords & {
    seeOverdue: string;
    openBoard: string;
    noneRunning: string;
    overdue: (open: number, dueSoon: number) => string;
    calm: (open: number, dueSoon: number) => string;
  };
  nextDeadlines: {
    title: string;
    description: string;
    noneRunning: string;
    zone: (zone: string) => string;
    closest: (shown: number, open: number, zone: string) => string;
    all: (open: number, withoutDeadline: number, zone: string) => string;
    allDeadlines: string;
    loading: string;
    failed: string;
    noDeadlineYet: string;
    noDeadlineYetText: (open: number) => string;
    openBoard: string;
    noClock: string;
    noClockText: string;
    caption: (n: number) => string;
    deadline: string;
    notice: string;
    incident: string;
    state: string;
  };
}>(
  {
    now: 'Now',
    openIncidents: {
      title: 'Open incidents',
      loading: 'Loading the open incidents',
      failed: 'The open incidents could not be loaded',
      all: 'All open incidents',
      bySeverity: 'Open incidents by severity',
      chip: (n, severity) => en(n, `${severity} incident`),
      none: 'Nothing open. New incidents appear here as they are opened.',
      awaitingTriage: (n) => `${en(n, 'incident')} awaiting triage.`,
      oldest: { before: 'Open longest: ', detected: ', detected ', end: '.' },
    },
    waitingAlerts: {
      title: 'Alerts waiting',
      loading: 'Loading the alerts waiting',
      failed: 'The alerts waiting could not be loaded',
      queue: 'Open the alert queue',
      bySeverity: 'Alerts waiting by severity',
      chip: (n, severity) => en(n, `${severity} alert`),
      none: 'Nothing waiting: every alert has been acknowledged, suppressed or resolved.',
      oldest: { before: 'Not yet acknowledged. The oldest opened ', end: '.' },
    },
    deadlinesMet: {
      title: 'Deadlines met on time',
      loading: 'Loading the deadlines met',
      failed: 'The deadlines met could not be loaded',
      noticesSent: 'Notices sent',
      none: (range) => `No legal or contractual notice deadline fell due in ${range}.`,
      of: (range) => `Of the legal and contractual deadlines that fell due in ${range}: `,
      metLate: (met, late) => `${formatCount(met)} met, ${formatCount(late)} sent late`,
      missed: (n) => `, ${formatCount(n)} still unsent`,
      noneMissed: ', none unsent',
      end: '.',
    },
    integrity: {
      title: 'Last integrity check',
      loading: 'Loading the last signed checkpoint',
      failed: 'The signed checkpoints could not be loaded',
      verify: 'Verify the audit log',
      noneYet: 'None yet',
      noneNote:
        'No checkpoint signed yet. Vigil signs the head of every audit source each hour, so that any later change to the log shows.',
      stale: 'Over 2 hours without a checkpoint: the hourly signing may have stopped.',
      line: (reason, at, sources) => `Checkpoint ${reason} at ${at} for ${en(sources, 'source')}: `,
      end: '.',
      signingKey: (keyId) => `Signing key ${keyId}`,
      reasons: {
        hourly: 'hourly signing',
        on_demand: 'signed on demand',
        retention: 'signed before a retention purge',
      },
    },
    overdueClocks: {
      title: 'Overdue notices',
      loading: 'Loading the notification clocks',
      failed: 'The notification clocks could not be loaded',
      seeOverdue: 'See the overdue clocks',
      openBoard: 'Open the deadlines board',
      noneRunning: 'No notification clock is running.',
      overdue: (open, dueSoon) =>
        `Past their legal deadline or internal target, unsent. ${en(open, 'open clock')} in all${
          dueSoon ? `, ${formatCount(dueSoon)} due soon` : ''
        }.`,
      calm: (open, dueSoon) =>
        `No clock has run out. ${en(open, 'open clock')}${
          dueSoon ? `, ${formatCount(dueSoon)} due soon` : ''
        }.`,
    },
    nextDeadlines: {
      title: 'Next deadlines',
      description: 'The notification clocks closest to running out.',
      noneRunning: 'No notification clock is running.',
      zone: (zone) => `Times in ${zone}.`,
      closest: (shown, open, zone) =>
        `The ${formatCount(shown)} closest to running out of ${en(open, 'open clock')}, overdue first. ${zone}`,
      all: (open, withoutDeadline, zone) =>
        `${en(open, 'open clock')}, overdue first${
          withoutDeadline > 0 ? `; ${formatCount(withoutDeadline)} without a deadline yet` : ''
        }. ${zone}`,
      allDeadlines: 'All deadlines',
      loading: 'Loading the next deadlines',
      failed: 'The notification clocks could not be loaded',
      noDeadlineYet: 'No clock with a deadline yet',
      noDeadlineYetText: (open) =>
        open === 1
          ? `${en(open, 'open clock')} waits for the moment it starts from (such as the time the company became aware) to be recorded on the incident, or is on hold for law enforcement.`
          : `${en(open, 'open clock')} wait for the moment they start from (such as the time the company became aware) to be recorded on the incident, or are on hold for law enforcement.`,
      openBoard: 'Open the deadlines board',
      noClock: 'No notification clock running',
      noClockText:
        'A clock starts when an incident affects a client (24 h by contract) or when a privacy assessment finds a notifiable breach (GDPR 72 h, Law 25, PIPEDA). The closest ones will be listed here.',
      caption: (n) => `The ${formatCount(n)} notification clocks closest to running out`,
      deadline: 'Deadline',
      notice: 'Notice',
      incident: 'Incident',
      state: 'State',
    },
  },
  // Français (Québec)
  {
    now: 'En ce moment',
    openIncidents: {
      title: 'Incidents ouverts',
      loading: 'Chargement des incidents ouverts',
      failed: 'Impossible de charger les incidents ouverts',
      all: 'Tous les incidents ouverts',
      bySeverity: 'Incidents ouverts par gravité',
      chip: (n, severity) => `${fr(n, 'incident')} ${severity}`,
      none: 'Aucun incident ouvert. Les nouveaux incidents s’affichent ici dès leur ouverture.',
      awaitingTriage: (n) => `${fr(n, 'incident')} en attente de triage.`,
      oldest: {
        before: 'Ouvert depuis le plus longtemps\u00a0: ',
        detected: ', détecté ',
        end: '.',
      },
    },
    waitingAlerts: {
      title: 'Alertes en attente',
      loading: 'Chargement des alertes en attente',
      failed: 'Impossible de charger les alertes en attente',
      queue: 'Ouvrir la file d’alertes',
      bySeverity: 'Alertes en attente par gravité',
      chip: (n, severity) => `${fr(n, 'alerte')} ${severity}`,
      none: 'Rien en attente\u00a0: chaque alerte a été prise en charge, mise en sourdine ou résolue.',
      oldest: {
        before: 'Pas encore prises en charge. La plus ancienne a été ouverte ',
        end: '.',
      },
    },
    deadlinesMet: {
      title: 'Échéances respectées',
      loading: 'Chargement des échéances respectées',
      failed: 'Impossible de charger les échéances respectées',
      noticesSent: 'Avis envoyés',
      none: (range) =>
        `Aucune échéance d’avis légale ou contractuelle n’est arrivée à terme durant ${range}.`,
      of: (range) =>
        `Parmi les échéances légales et contractuelles arrivées à terme durant ${range}\u00a0: `,
      metLate: (met, late) =>
        `${fr(met, 'respectée')}, ${fr(late, 'avis envoyé', 'avis envoyés')} en retard`,
      missed: (n) => `, ${fr(n, 'avis toujours non envoyé', 'avis toujours non envoyés')}`,
      noneMissed: ', aucun avis non envoyé',
      end: '.',
    },
    integrity: {
      title: 'Dernière vérification d’intégrité',
      loading: 'Chargement du dernier point de contrôle signé',
      failed: 'Impossible de charger les points de contrôle signés',
      verify: 'Vérifier le journal d’audit',
      noneYet: 'Aucune pour l’instant',
      noneNote:
        'Aucun point de contrôle signé pour l’instant. Vigil signe le dernier maillon de chaque source d’audit toutes les heures, pour que toute modification ultérieure du journal soit décelée.',
      stale:
        'Plus de 2 heures sans point de contrôle\u00a0: la signature horaire s’est peut-être arrêtée.',
      line: (reason, at, sources) =>
        `Point de contrôle ${reason} le ${at} pour ${fr(sources, 'source')}\u00a0: `,
      end: '.',
      signingKey: (keyId) => `Clé de signature ${keyId}`,
      reasons: {
        hourly: 'de la signature horaire',
        on_demand: 'signé sur demande',
        retention: 'signé avant une purge de conservation',
      },
    },
    overdueClocks: {
      title: 'Avis en retard',
      loading: 'Chargement des délais d’avis',
      failed: 'Impossible de charger les délais d’avis',
      seeOverdue: 'Voir les délais en retard',
      openBoard: 'Ouvrir le tableau des échéances',
      noneRunning: 'Aucun délai d’avis en cours.',
      overdue: (open, dueSoon) =>
        `Échéance légale ou objectif interne dépassé, sans avis envoyé. ${fr(open, 'délai en cours', 'délais en cours')} au total${
          dueSoon ? `, dont ${formatCount(dueSoon)} à échéance proche` : ''
        }.`,
      calm: (open, dueSoon) =>
        `Aucun délai n’est expiré. ${fr(open, 'délai en cours', 'délais en cours')}${
          dueSoon ? `, dont ${formatCount(dueSoon)} à échéance proche` : ''
        }.`,
    },
    nextDeadlines: {
      title: 'Prochaines échéances',
      description: 'Les délais d’avis les plus près d’expirer.',
      noneRunning: 'Aucun délai d’avis en cours.',
      zone: (zone) => `Fuseau horaire\u00a0: ${zone}.`,
      closest: (shown, open, zone) =>
        `Les ${formatCount(shown)} plus près d’expirer parmi ${fr(open, 'délai en cours', 'délais en cours')}, en retard d’abord. ${zone}`,
      all: (open, withoutDeadline, zone) =>
        `${fr(open, 'délai en cours', 'délais en cours')}, en retard d’abord${
          withoutDeadline > 0
            ? `; ${formatCount(withoutDeadline)} sans échéance pour l’instant`
            : ''
        }. ${zone}`,
      allDeadlines: 'Toutes les échéances',
      loading: 'Chargement des prochaines échéances',
      failed: 'Impossible de charger les délais d’avis',
      noDeadlineYet: 'Aucun délai avec échéance pour l’instant',
      noDeadlineYetText: (open) =>
        open === 1
          ? `${fr(open, 'délai en cours')} attend que le moment à partir duquel il court (par exemple, le moment où l’entreprise a pris connaissance de l’incident) soit consigné au dossier de l’incident, ou est suspendu pour les besoins d’une enquête policière.`
          : `${fr(open, 'délai en cours', 'délais en cours')} attendent que le moment à partir duquel ils courent (par exemple, le moment où l’entreprise a pris connaissance de l’incident) soit consigné au dossier de l’incident, ou sont suspendus pour les besoins d’une enquête policière.`,
      openBoard: 'Ouvrir le tableau des échéances',
      noClock: 'Aucun délai d’avis en cours',
      noClockText:
        'Un délai commence quand un incident touche un client (24 h selon le contrat) ou quand l’évaluation de confidentialité conclut à un incident à déclarer (RGPD 72 h, Loi 25, LPRPDE). Les plus près d’expirer seront affichés ici.',
      caption: (n) => `Les ${formatCount(n)} délais d’avis les plus près d’expirer`,
      deadline: 'Échéance',
      notice: 'Avis',
      incident: 'Incident',
      state: 'État',
    },
  },
);
