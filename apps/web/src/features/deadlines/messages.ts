import { REGIME_LABELS, type ClockField, type Regime } from '@vigil/domain';
import { defineMessages, plural } from '../../i18n';
import { formatCount } from '../../lib/format';

type ClockState = 'overdue' | 'due_soon' | 'pending' | 'no_clock' | 'suspended' | 'met' | 'waived';
type BoardKind = 'duties' | 'response';
type BoardView = 'open' | 'overdue' | 'due_soon' | 'met' | 'waived' | 'all';

interface StateWords {
  label: string;
  hint: string;
}

const countEn = (n: number, word: string) =>
  `${formatCount(n)} ${word}${plural('en', n, { one: '', other: 's' })}`;

/** The deadlines board's words, and those of the clocks other pages show (badges, countdowns). */
export const messages = defineMessages(
  {
    states: {
      overdue: { label: 'Overdue', hint: 'The deadline or target has passed.' },
      due_soon: { label: 'Due soon', hint: 'Less than a quarter of the window, or 6 hours, left.' },
      pending: { label: 'Pending', hint: 'The clock is running.' },
      no_clock: {
        label: 'Not started',
        hint: 'No deadline yet: the moment its clock starts from is not recorded, or the law sets none.',
      },
      suspended: {
        label: 'Suspended',
        hint: 'On hold: notifying could hamper a law-enforcement investigation (P-39.1 s. 3.5).',
      },
      met: { label: 'Met', hint: 'Sent and recorded.' },
      waived: { label: 'Waived', hint: 'Not sent, with a recorded reason.' },
    } satisfies Record<ClockState, StateWords>,
    deadlineTitles: {
      response: 'Response target',
      contractual: 'Contractual deadline',
      legal: 'Legal deadline',
      target: 'Internal target',
      none: 'No deadline',
    },
    regimes: { ...REGIME_LABELS, RESPONSE: 'Incident response' } satisfies Record<
      Regime | 'RESPONSE',
      string
    >,
    /** What to record on the incident for a clock to start: "Record {…} on the incident …". */
    clockFields: {
      awareAt: 'the time the company became aware',
      awareAtProcessor: 'the time the company became aware as processor',
      breachDeterminedAt: 'the time the breach was determined',
      newInfoLearnedAt: 'the time the new information was learned',
      detectedAt: 'the detection time',
    } satisfies Record<ClockField, string>,
    missingClock: (what: string) => `Record ${what} on the incident to start this clock.`,
    /** "4 d 6 h": the unit of days in a duration; hours, minutes and seconds read the same. */
    dayUnit: 'd',
    timeLeft: (duration: string) => `${duration} left`,
    overdueBy: (duration: string) => `overdue by ${duration}`,
    beforeDeadline: (duration: string) => `${duration} before the deadline`,
    afterDeadline: (duration: string) => `${duration} after the deadline`,
    /** "3 h 12 min before the deadline (legal deadline Nov 23, 2026, 10:00:00 UTC)". */
    settledNote: (margin: string, title: string, deadline: string) =>
      `${margin} (${title.toLowerCase()} ${deadline})`,

    clock: {
      until: (left: string, deadline: string) => `${left}, until ${deadline}`,
      waived: 'Waived',
      reached: 'Reached',
      sent: 'Sent',
    },

    nav: {
      label: 'Deadlines sections',
      clocks: 'Clocks',
      register: 'Breach register',
    },

    table: {
      state: 'State',
      obligation: 'Obligation',
      incident: 'Incident',
      clockStarted: 'Clock started',
      deadline: 'Deadline',
      actions: 'Actions',
      to: 'To',
      sent: 'Sent',
      sentTo: (to: string) => `to ${to}`,
      summary: (summary: string) => ` · “${summary}”`,
      lateBecause: 'Late because',
      waivedBecause: 'Waived because',
      keptOnRecord: 'Kept on record; ',
      because: 'Because: ',
      noLongerRequired: 'No longer required',
      notRecorded: 'Not recorded',
      prepareNotice: 'Prepare notice',
      waive: 'Waive',
      viewNotice: 'View notice',
    },

    page: {
      title: 'Deadlines',
      description:
        'The notification clocks that follow a breach: client 24 h, GDPR 72 h, Québec Law 25 and PIPEDA.',
      summary: {
        overdue: (n: number) => countEn(n, 'overdue clock'),
        dueSoon: (n: number) => `${formatCount(n)} due soon`,
        open: (n: number) => `${countEn(n, 'open clock')} in all`,
        end: (parts: string) => `${parts}. Overdue on top, then by time left.`,
        loading: 'Loading the clocks…',
      },
      live: 'Live',
      liveHint: (seconds: number) =>
        `Countdowns tick every second; the list is refreshed every ${seconds} s`,
      notUpdating: (problem: string) => `Not updating: ${problem}. Retrying…`,
      filters: 'Filters',
      kindsLabel: 'Clocks',
      kinds: {
        duties: 'Notification duties',
        response: 'Response targets',
      } satisfies Record<BoardKind, string>,
      kindNotes: {
        duties:
          'Legal and contractual deadlines, and internal targets where the law says “promptly”.',
        response:
          'Acknowledge, contain and resolve targets of each incident’s severity: internal commitments, not legal deadlines.',
      } satisfies Record<BoardKind, string>,
      viewsLabel: 'Status',
      views: {
        open: 'Open',
        overdue: 'Overdue',
        due_soon: 'Due soon',
        met: 'Met',
        waived: 'Waived',
        all: 'All',
      } satisfies Record<BoardView, string>,
      regime: 'Regime',
      everyRegime: 'Every regime',
      incident: 'Incident',
      everyIncident: 'Every incident',
      thisIncident: 'This incident',
      timesIn: (zone: string) => `Times in ${zone}`,
      clocks: 'Clocks',
      loading: 'Loading the clocks',
      caption: 'Clocks by state, overdue first, then by time left',
      noResponseTargets: 'No response targets',
      noResponseTargetsHint:
        'Each incident gets acknowledge, contain and resolve targets for its severity when it is opened.',
      noClocks: 'No clocks running',
      noClocksHint:
        'A clock starts when an incident affects a client (24 h by contract) or when a privacy assessment finds a notifiable breach (GDPR 72 h, Law 25, PIPEDA).',
      features: {
        overdueOnTop: 'Overdue on top',
        overdueOnTopHint: 'Time left to the second, with the absolute time and zone.',
        notices: 'Notices on record',
        noticesHint: 'Prepared from the incident, sent, and hashed.',
        register: 'Breach register',
        registerHint: 'Law 25 and PIPEDA records, exportable as CSV.',
      },
      emptyViews: {
        open: {
          title: 'No open clocks',
          description:
            'Every notice is sent or waived. New clocks appear here as soon as they start.',
        },
        overdue: { title: 'Nothing overdue', description: 'No clock has run out.' },
        due_soon: {
          title: 'Nothing due soon',
          description:
            'No clock is in its last quarter or its last 6 hours. The board turns a clock amber as it gets there.',
        },
        met: {
          title: 'No notice sent yet',
          description: 'Notices recorded as sent are kept here.',
        },
        waived: {
          title: 'Nothing waived',
          description: 'Notices not sent, with the reason recorded, are kept here.',
        },
        all: { title: 'No clocks', description: 'No obligation matches these filters.' },
      } satisfies Record<BoardView, { title: string; description: string }>,
      filteredView: (description: string) =>
        `${description} Only the chosen regime and incident are shown.`,
      clearFilters: 'Clear filters',
      showEveryClock: 'Show every clock',
      oneIncident: {
        showing: 'Showing one incident. ',
        open: 'Open it',
        or: ' or ',
        showEvery: 'show every incident',
        end: '.',
      },
      records: {
        title: 'Record-keeping duties',
        description:
          'No clock: each incident is documented in the register and kept at least as long as the law says.',
        openRegister: 'Open the register',
        caption: 'Record-keeping duties, newest incident first',
        duty: 'Duty',
        incident: 'Incident',
        keepUntil: 'Keep until',
        because: 'Because',
        onceStarted: 'Once its start is recorded',
        noPeriod: 'No period in the law',
      },
    },

    waive: {
      title: 'Waive this notice',
      effectBefore: 'The clock stops and the obligation is recorded as ',
      effectState: 'waived',
      effectAfter:
        ", with your reason, on the incident's timeline and in the audit log. This cannot be undone.",
      to: (recipient: string) => `to ${recipient}`,
      reason: 'Reason',
      reasonPlaceholder:
        'e.g. GDPR Art. 34(3)(a): the data was encrypted with keys that were not compromised',
      reasonHint: 'Required. The exemption relied on and the facts behind it.',
      reasonMissing: 'Give the legal ground for not sending it: it goes on record.',
      cancel: 'Cancel',
      submit: 'Waive notice',
    },
  },
  // Français (Québec)
  {
    states: {
      overdue: { label: 'En retard', hint: 'L’échéance ou l’objectif est dépassé.' },
      due_soon: {
        label: 'Échéance proche',
        hint: 'Il reste moins du quart du délai, ou moins de 6 heures.',
      },
      pending: { label: 'En cours', hint: 'Le délai court.' },
      no_clock: {
        label: 'Non démarrée',
        hint: 'Pas encore d’échéance : le moment à partir duquel le délai court n’est pas consigné, ou la loi n’en fixe aucune.',
      },
      suspended: {
        label: 'Suspendue',
        hint: 'En attente : aviser pourrait entraver une enquête policière (P-39.1, art. 3.5).',
      },
      met: { label: 'Remplie', hint: 'Envoyé et consigné.' },
      waived: { label: 'Levée', hint: 'Non envoyé, avec un motif consigné.' },
    },
    deadlineTitles: {
      response: 'Objectif de réponse',
      contractual: 'Échéance contractuelle',
      legal: 'Échéance légale',
      target: 'Objectif interne',
      none: 'Aucune échéance',
    },
    regimes: {
      CONTRACT: 'Contrat client',
      QC: 'Québec — Loi 25 (P-39.1)',
      PIPEDA: 'Canada — LPRPDE',
      GDPR: 'UE — RGPD',
      RESPONSE: 'Réponse aux incidents',
    },
    clockFields: {
      awareAt: 'le moment où l’entreprise en a pris connaissance',
      awareAtProcessor: 'le moment où l’entreprise en a pris connaissance à titre de sous-traitant',
      breachDeterminedAt: 'le moment où l’atteinte a été constatée',
      newInfoLearnedAt: 'le moment où les nouveaux renseignements ont été connus',
      detectedAt: 'le moment de la détection',
    },
    missingClock: (what: string) =>
      `Consignez ${what} au dossier de l’incident pour faire démarrer ce délai.`,
    dayUnit: 'j',
    timeLeft: (duration: string) => `encore ${duration}`,
    overdueBy: (duration: string) => `en retard de ${duration}`,
    beforeDeadline: (duration: string) => `${duration} avant l’échéance`,
    afterDeadline: (duration: string) => `${duration} après l’échéance`,
    settledNote: (margin: string, title: string, deadline: string) =>
      `${margin} (${title.toLowerCase()}\u00a0: ${deadline})`,

    clock: {
      until: (left: string, deadline: string) => `${left}, jusqu’au ${deadline}`,
      waived: 'Levée',
      reached: 'Atteint',
      sent: 'Envoyé',
    },

    nav: {
      label: 'Sections des échéances',
      clocks: 'Délais',
      register: 'Registre des incidents',
    },

    table: {
      state: 'État',
      obligation: 'Obligation',
      incident: 'Incident',
      clockStarted: 'Début du délai',
      deadline: 'Échéance',
      actions: 'Actions',
      to: 'Destinataire',
      sent: 'Envoyé',
      sentTo: (to: string) => `à ${to}`,
      summary: (summary: string) => ` · «\u00a0${summary}\u00a0»`,
      lateBecause: 'Motif du retard',
      waivedBecause: 'Motif de la levée',
      keptOnRecord: 'Conservée au dossier; ',
      because: 'Motif : ',
      noLongerRequired: 'N’est plus requise',
      notRecorded: 'Non consigné',
      prepareNotice: 'Préparer l’avis',
      waive: 'Lever',
      viewNotice: 'Voir l’avis',
    },

    page: {
      title: 'Échéances',
      description:
        'Les délais d’avis qui suivent un incident de confidentialité : client 24 h, RGPD 72 h, Loi 25 du Québec et LPRPDE.',
      summary: {
        overdue: (n: number) =>
          `${formatCount(n)} ${plural('fr-CA', n, { one: 'obligation en retard', other: 'obligations en retard' })}`,
        dueSoon: (n: number) => `${formatCount(n)} à échéance proche`,
        open: (n: number) =>
          `${formatCount(n)} ${plural('fr-CA', n, { one: 'obligation ouverte', other: 'obligations ouvertes' })} au total`,
        end: (parts: string) => `${parts}. Les retards d’abord, puis selon le temps restant.`,
        loading: 'Chargement des délais…',
      },
      live: 'En direct',
      liveHint: (seconds: number) =>
        `Les comptes à rebours avancent chaque seconde; la liste est actualisée toutes les ${seconds} s`,
      notUpdating: (problem: string) => `Mise à jour interrompue\u00a0: ${problem}. Nouvel essai…`,
      filters: 'Filtres',
      kindsLabel: 'Délais',
      kinds: {
        duties: 'Obligations d’avis',
        response: 'Objectifs de réponse',
      },
      kindNotes: {
        duties:
          'Échéances légales et contractuelles, et objectifs internes là où la loi dit « avec diligence ».',
        response:
          'Objectifs de prise en charge, de confinement et de résolution selon la gravité de chaque incident : des engagements internes, pas des échéances légales.',
      },
      viewsLabel: 'État',
      views: {
        open: 'Ouvertes',
        overdue: 'En retard',
        due_soon: 'Échéance proche',
        met: 'Remplies',
        waived: 'Levées',
        all: 'Toutes',
      },
      regime: 'Régime',
      everyRegime: 'Tous les régimes',
      incident: 'Incident',
      everyIncident: 'Tous les incidents',
      thisIncident: 'Cet incident',
      timesIn: (zone: string) => `Fuseau horaire\u00a0: ${zone}`,
      clocks: 'Délais',
      loading: 'Chargement des délais',
      caption: 'Délais par état, en retard d’abord, puis selon le temps restant',
      noResponseTargets: 'Aucun objectif de réponse',
      noResponseTargetsHint:
        'À son ouverture, chaque incident reçoit des objectifs de prise en charge, de confinement et de résolution selon sa gravité.',
      noClocks: 'Aucun délai en cours',
      noClocksHint:
        'Un délai commence quand un incident touche un client (24 h selon le contrat) ou quand l’évaluation de confidentialité conclut à un incident à déclarer (RGPD 72 h, Loi 25, LPRPDE).',
      features: {
        overdueOnTop: 'Les retards en haut',
        overdueOnTopHint: 'Le temps restant à la seconde près, avec l’heure exacte et le fuseau.',
        notices: 'Avis consignés',
        noticesHint: 'Préparés à partir de l’incident, envoyés, puis hachés.',
        register: 'Registre des incidents',
        registerHint: 'Registres de la Loi 25 et de la LPRPDE, exportables en CSV.',
      },
      emptyViews: {
        open: {
          title: 'Aucune obligation ouverte',
          description:
            'Chaque avis a été envoyé ou son obligation a été levée. Les nouveaux délais s’affichent ici dès qu’ils commencent.',
        },
        overdue: { title: 'Rien en retard', description: 'Aucun délai n’est expiré.' },
        due_soon: {
          title: 'Aucune échéance proche',
          description:
            'Aucun délai n’est dans son dernier quart ni dans ses 6 dernières heures. Le tableau passe un délai à l’ambre dès qu’il y arrive.',
        },
        met: {
          title: 'Aucun avis envoyé pour l’instant',
          description: 'Les avis consignés comme envoyés sont conservés ici.',
        },
        waived: {
          title: 'Aucune obligation levée',
          description: 'Les avis non envoyés, avec le motif consigné, sont conservés ici.',
        },
        all: {
          title: 'Aucun délai',
          description: 'Aucune obligation ne correspond à ces filtres.',
        },
      },
      filteredView: (description: string) =>
        `${description} Seuls le régime et l’incident choisis sont affichés.`,
      clearFilters: 'Effacer les filtres',
      showEveryClock: 'Afficher tous les délais',
      oneIncident: {
        showing: 'Un seul incident est affiché. ',
        open: 'Ouvrez-le',
        or: ' ou ',
        showEvery: 'affichez tous les incidents',
        end: '.',
      },
      records: {
        title: 'Obligations de tenue de registre',
        description:
          'Aucun délai : chaque incident est documenté dans le registre et conservé au moins aussi longtemps que la loi l’exige.',
        openRegister: 'Ouvrir le registre',
        caption: 'Obligations de tenue de registre, incident le plus récent d’abord',
        duty: 'Obligation',
        incident: 'Incident',
        keepUntil: 'Conserver jusqu’au',
        because: 'Motif',
        onceStarted: 'Dès que son point de départ est consigné',
        noPeriod: 'Aucune durée prévue par la loi',
      },
    },

    waive: {
      title: 'Lever cette obligation d’avis',
      effectBefore: 'Le délai s’arrête et l’obligation est consignée comme ',
      effectState: 'levée',
      effectAfter:
        ', avec votre motif, dans la chronologie de l’incident et au journal d’audit. Cette action est irréversible.',
      to: (recipient: string) => `à ${recipient}`,
      reason: 'Motif',
      reasonPlaceholder:
        'p. ex. RGPD, art. 34(3)a) : les données étaient chiffrées avec des clés qui n’ont pas été compromises',
      reasonHint: 'Obligatoire. L’exemption invoquée et les faits qui la justifient.',
      reasonMissing:
        'Indiquez le fondement juridique qui justifie de ne pas l’envoyer : il sera consigné au dossier.',
      cancel: 'Annuler',
      submit: 'Lever l’obligation',
    },
  },
);
