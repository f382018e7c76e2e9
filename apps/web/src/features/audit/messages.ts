import { defineMessages, plural } from '../../i18n';
import { formatBytes, formatCount } from '../../lib/format';
import type { Category, Outcome } from './audit-filter';

type Range = '24h' | '7d' | '30d' | '12mo';
type ActorType = 'user' | 'service' | 'system';

const eventsEn = (n: number) =>
  `${formatCount(n)} ${plural('en', n, { one: 'event', other: 'events' })}`;
const eventsFr = (n: number) =>
  `${formatCount(n)} ${plural('fr-CA', n, { one: 'événement', other: 'événements' })}`;

/** The audit log's words: page, filters, table, drawer, export, chart and integrity check. */
export const messages = defineMessages(
  {
    outcomes: {
      success: 'Success',
      failure: 'Failure',
      unknown: 'Unknown',
    } satisfies Record<Outcome, string>,
    categories: {
      access: 'Access',
      admin: 'Admin',
      data: 'Data',
      system: 'System',
    } satisfies Record<Category, string>,
    /** The category under an action, in small type, as the log writes it. */
    categoryInline: {
      access: 'access',
      admin: 'admin',
      data: 'data',
      system: 'system',
    } satisfies Record<Category, string>,
    actorTypes: {
      user: 'user',
      service: 'service',
      system: 'system',
    } satisfies Record<ActorType, string>,

    /** The time range in a sentence: "No events in the last 7 days". */
    range: {
      presets: {
        '24h': 'the last 24 hours',
        '7d': 'the last 7 days',
        '30d': 'the last 30 days',
        '12mo': 'the last 12 months',
      } satisfies Record<Range, string>,
      selected: 'the selected range',
      between: (from: string, to: string) => `${from} to ${to}`,
      since: (from: string) => `the days since ${from}`,
      upTo: (to: string) => `the days up to ${to}`,
      allRetained: 'all retained days',
    },

    page: {
      title: 'Audit log',
      description:
        'Access and administrative activity from your applications, CloudTrail and Vigil itself: append-only, hash-chained, kept 12 months.',
      inRange: (label: string) => `In ${label}`,
      chart: {
        title: 'Events per day',
        description: (total: number, label: string) =>
          `${formatCount(total)} events in ${label}, same filters`,
        loading: 'Loading the chart…',
        error: 'The chart could not be loaded',
        empty: (label: string) => `No events in ${label} for these filters.`,
      },
      list: {
        title: 'Events',
        loadedOfTotal: (loaded: number, total: number) =>
          `${formatCount(loaded)} of ${formatCount(total)} loaded, newest first. Enter or a click opens one.`,
        loaded: (loaded: number) => `${formatCount(loaded)} loaded, newest first.`,
        loading: 'Loading events',
        noMatch: 'No events match these filters',
        noMatchHint:
          'Try a longer time range, a prefix such as auth.* for the action, or fewer filters.',
        noneIn: (label: string) => `No events in ${label}`,
        noneHint:
          'Events from your applications, CloudTrail and Vigil itself appear here as they arrive.',
        clearFilters: 'Clear filters',
        showLastYear: 'Show the last 12 mo',
      },
      footer: {
        loadingMore: 'Loading more events…',
        tryAgain: 'Try again',
        scrollForMore: 'Scroll for more',
        end: (loaded: number) => `End of results · ${eventsEn(loaded)}`,
      },
    },

    filters: {
      label: 'Filters',
      timeRange: 'Time range',
      presets: {
        '24h': '24 h',
        '7d': '7 d',
        '30d': '30 d',
        '12mo': '12 mo',
        custom: 'Custom',
      } satisfies Record<Range | 'custom', string>,
      from: 'From',
      to: 'To',
      timesIn: (zone: string) => `Times in ${zone}`,
      clear: (n: number) => `Clear ${n} ${plural('en', n, { one: 'filter', other: 'filters' })}`,
      refresh: 'Refresh',
      refreshHint: 'Load what arrived since the page opened',
      actor: 'Actor',
      actorPlaceholder: 'Email or id',
      action: 'Action',
      actionPlaceholder: 'auth.login or auth.*',
      actionHint:
        'An exact action, or a prefix ending in .* (auth.* matches auth.login and auth.otp.failed)',
      outcome: 'Outcome',
      anyOutcome: 'Any outcome',
      category: 'Category',
      anyCategory: 'Any category',
      organization: 'Organization',
      anyOrganization: 'Any organization',
      ip: 'IP or CIDR',
      ipPlaceholder: '203.0.113.9 or 10.0.0.0/8',
      text: 'Text',
      textPlaceholder: 'In target name or metadata',
    },

    table: {
      label: 'Audit events, newest first',
      time: 'Time',
      actor: 'Actor',
      action: 'Action',
      outcome: 'Outcome',
      organization: 'Organization',
      ip: 'IP',
      chain: 'Source #seq',
      hash: (hash: string) => `Hash ${hash}`,
    },

    drawer: {
      event: 'Event',
      occurred: 'Occurred',
      received: 'Received',
      actor: 'Actor',
      actorId: (id: string) => `id ${id}`,
      target: 'Target',
      organization: 'Organization',
      project: 'Project',
      ip: 'IP',
      userAgent: 'User agent',
      eventId: 'Event id',
      chain: 'Chain position',
      chainNote:
        "Each event's hash covers the one before it in its source: changing or removing any event breaks every hash after it.",
      source: 'Source',
      sequence: 'Sequence',
      hash: 'Hash',
      json: 'Full event (JSON)',
      copyJson: 'Copy JSON',
      jsonLabel: 'Event JSON',
    },

    export: {
      progress: (rows: number, bytes: number) =>
        `${formatCount(rows)} ${plural('en', rows, { one: 'row', other: 'rows' })} · ${formatBytes(bytes)}`,
      csv: 'Export CSV',
      csvHint: 'The events matching the filters, as a spreadsheet-safe CSV',
      ndjson: 'Export NDJSON',
      ndjsonHint: 'The events matching the filters, one JSON object per line',
      running: (format: string) => `Exporting ${format}…`,
      cancel: 'Cancel export',
      action: 'Export',
      dismiss: 'Dismiss',
      saved: (progress: string) => `Export saved: ${progress}`,
      savedBody: ' is in your downloads. The export itself is recorded in the audit log.',
      cancelled: (progress: string) => `Export cancelled after ${progress}`,
      nothingSaved: 'Nothing was saved.',
    },

    chart: {
      day: (day: string) => `${day} (UTC)`,
      eventUnit: (n: number) => plural('en', n, { one: 'event', other: 'events' }),
      summary: (total: number, days: number, busiest?: { day: string; count: number }) =>
        `${formatCount(total)} events over ${days} days${
          busiest ? `; busiest ${busiest.day} with ${formatCount(busiest.count)}` : ''
        }.`,
      label: (summary: string) => `Events per day: ${summary}`,
      caption: (summary: string) => `${summary} Days are UTC.`,
    },

    verify: {
      title: 'Integrity',
      description:
        'Recompute the hash chain over the selected time range and check its signed checkpoints.',
      sign: 'Sign checkpoint',
      signHint: 'Sign the current head of every source, then verify',
      verify: 'Verify integrity',
      running: (label: string) => `Recomputing every hash in ${label}… `,
      seconds: (s: number) => `${s} s`,
      action: 'Verification',
      signAction: 'Signing a checkpoint',
      stale: 'The time range changed since this check',
      staleBody: (checked: string | undefined, current: string) =>
        `This result covers ${checked ?? ''}. Verify again for ${current}.`,
      intro:
        'Verification proves that no event in the range was changed, removed or reordered since it was stored, and that the signed checkpoints still match.',
      broken: {
        title: 'The audit chain is broken',
        firstBreak: 'First break in source ',
        at: ' at ',
        reason: (reason: string) => `: ${reason}.`,
        noReason: '.',
        consequence:
          ' Events from there on cannot be proven unaltered. Keep this page as evidence and tell your security lead.',
        unlocated: (checked: number, label: string) =>
          `${eventsEn(checked)} were checked in ${label}, and at least one does not match its hash. Ask an administrator to run `,
        unlocatedEnd: ' for the details.',
      },
      nothing: (label: string) => `Nothing to verify in ${label}`,
      nothingBody: 'No event was stored in this range. Choose a longer one to check the chain.',
      intact: (checked: number) => `Chain intact: ${eventsEn(checked)} checked`,
      intactBody: (label: string, sources: readonly string[]) =>
        `Every event in ${label}${
          sources.length > 0
            ? ` across ${sources.length} ${plural('en', sources.length, { one: 'source', other: 'sources' })} (${sources.join(', ')})`
            : ''
        } matches its hash and the link to the one before it.`,
      noCheckpoint: (canSign: boolean) =>
        `No signed checkpoint falls in this range yet. Vigil signs the head of each source every hour${
          canSign ? '; you can sign one now to anchor what is there.' : '.'
        }`,
      signNow: 'Sign a checkpoint now',
      checkpoints: {
        caption: 'Newest signed checkpoint per source',
        source: 'Source',
        seq: 'Seq',
        signed: 'Signed',
        keyId: 'Key id',
        signature: 'Signature',
        chain: 'Chain',
        valid: 'Valid',
        invalid: 'Invalid',
        purged: 'Purged',
        purgedHint: 'The event it signed was purged by retention',
        matches: 'Matches',
        differs: 'Differs',
      },
      key: {
        loading: 'Loading the signing key…',
        error: 'The signing key could not be loaded.',
        signedWith: (algorithm: string) => `Checkpoints are signed with ${algorithm} key `,
        keyIdHint: 'The first 16 hex digits of the SHA-256 of the public key',
        keysInAll: (n: number) => ` (${n} keys in all)`,
        link: 'Public key (PEM)',
        linkEnd: ' to check them outside Vigil.',
      },
    },
  },
  // Français (Québec)
  {
    outcomes: {
      success: 'Réussite',
      failure: 'Échec',
      unknown: 'Inconnu',
    },
    categories: {
      access: 'Accès',
      admin: 'Administration',
      data: 'Données',
      system: 'Système',
    },
    categoryInline: {
      access: 'accès',
      admin: 'administration',
      data: 'données',
      system: 'système',
    },
    actorTypes: {
      user: 'utilisateur',
      service: 'service',
      system: 'système',
    },

    range: {
      presets: {
        '24h': 'les dernières 24 heures',
        '7d': 'les 7 derniers jours',
        '30d': 'les 30 derniers jours',
        '12mo': 'les 12 derniers mois',
      },
      selected: 'la plage choisie',
      between: (from: string, to: string) => `la période du ${from} au ${to}`,
      since: (from: string) => `la période depuis le ${from}`,
      upTo: (to: string) => `la période jusqu’au ${to}`,
      allRetained: 'tous les jours conservés',
    },

    page: {
      title: 'Journal d’audit',
      description:
        'Activités d’accès et d’administration provenant de vos applications, de CloudTrail et de Vigil lui-même : en ajout seul, chaînées par hachage, conservées 12 mois.',
      inRange: (label: string) => `Sur ${label}`,
      chart: {
        title: 'Événements par jour',
        description: (total: number, label: string) =>
          `${formatCount(total)} ${plural('fr-CA', total, { one: 'événement', other: 'événements' })} sur ${label}, mêmes filtres`,
        loading: 'Chargement du graphique…',
        error: 'Le graphique n’a pas pu être chargé',
        empty: (label: string) => `Aucun événement sur ${label} pour ces filtres.`,
      },
      list: {
        title: 'Événements',
        loadedOfTotal: (loaded: number, total: number) =>
          `${formatCount(loaded)} sur ${formatCount(total)} ${plural('fr-CA', loaded, { one: 'chargé', other: 'chargés' })}, du plus récent au plus ancien. Entrée ou un clic en ouvre un.`,
        loaded: (loaded: number) =>
          `${formatCount(loaded)} ${plural('fr-CA', loaded, { one: 'chargé', other: 'chargés' })}, du plus récent au plus ancien.`,
        loading: 'Chargement des événements',
        noMatch: 'Aucun événement ne correspond à ces filtres',
        noMatchHint:
          'Essayez une plage plus longue, un préfixe comme auth.* pour l’action, ou moins de filtres.',
        noneIn: (label: string) => `Aucun événement sur ${label}`,
        noneHint:
          'Les événements de vos applications, de CloudTrail et de Vigil lui-même s’affichent ici à mesure qu’ils arrivent.',
        clearFilters: 'Effacer les filtres',
        showLastYear: 'Afficher les 12 derniers mois',
      },
      footer: {
        loadingMore: 'Chargement d’autres événements…',
        tryAgain: 'Réessayer',
        scrollForMore: 'Faites défiler pour en voir plus',
        end: (loaded: number) => `Fin des résultats · ${eventsFr(loaded)}`,
      },
    },

    filters: {
      label: 'Filtres',
      timeRange: 'Période',
      presets: {
        '24h': '24 h',
        '7d': '7 j',
        '30d': '30 j',
        '12mo': '12 mois',
        custom: 'Personnalisée',
      },
      from: 'Du',
      to: 'Au',
      timesIn: (zone: string) => `Fuseau horaire\u00a0: ${zone}`,
      clear: (n: number) =>
        `Effacer ${plural('fr-CA', n, { one: 'le filtre', other: `les ${n} filtres` })}`,
      refresh: 'Actualiser',
      refreshHint: 'Charger ce qui est arrivé depuis l’ouverture de la page',
      actor: 'Acteur',
      actorPlaceholder: 'Courriel ou identifiant',
      action: 'Action',
      actionPlaceholder: 'auth.login ou auth.*',
      actionHint:
        'Une action exacte, ou un préfixe se terminant par .* (auth.* couvre auth.login et auth.otp.failed)',
      outcome: 'Résultat',
      anyOutcome: 'Tous les résultats',
      category: 'Catégorie',
      anyCategory: 'Toutes les catégories',
      organization: 'Organisation',
      anyOrganization: 'Toutes les organisations',
      ip: 'IP ou CIDR',
      ipPlaceholder: '203.0.113.9 ou 10.0.0.0/8',
      text: 'Texte',
      textPlaceholder: 'Dans le nom de la cible ou les métadonnées',
    },

    table: {
      label: 'Événements d’audit, du plus récent au plus ancien',
      time: 'Horodatage',
      actor: 'Acteur',
      action: 'Action',
      outcome: 'Résultat',
      organization: 'Organisation',
      ip: 'IP',
      chain: 'Source #séq.',
      hash: (hash: string) => `Hachage ${hash}`,
    },

    drawer: {
      event: 'Événement',
      occurred: 'Survenu',
      received: 'Reçu',
      actor: 'Acteur',
      actorId: (id: string) => `identifiant ${id}`,
      target: 'Cible',
      organization: 'Organisation',
      project: 'Projet',
      ip: 'IP',
      userAgent: 'Agent utilisateur',
      eventId: 'Identifiant de l’événement',
      chain: 'Position dans la chaîne',
      chainNote:
        'Le hachage de chaque événement couvre celui qui le précède dans sa source : modifier ou supprimer un événement rompt tous les hachages qui le suivent.',
      source: 'Source',
      sequence: 'Séquence',
      hash: 'Hachage',
      json: 'Événement complet (JSON)',
      copyJson: 'Copier le JSON',
      jsonLabel: 'JSON de l’événement',
    },

    export: {
      progress: (rows: number, bytes: number) =>
        `${formatCount(rows)} ${plural('fr-CA', rows, { one: 'ligne', other: 'lignes' })} · ${formatBytes(bytes)}`,
      csv: 'Exporter en CSV',
      csvHint: 'Les événements correspondant aux filtres, en CSV sans risque pour les tableurs',
      ndjson: 'Exporter en NDJSON',
      ndjsonHint: 'Les événements correspondant aux filtres, un objet JSON par ligne',
      running: (format: string) => `Exportation ${format} en cours…`,
      cancel: 'Annuler l’exportation',
      action: 'Exportation',
      dismiss: 'Fermer',
      saved: (progress: string) => `Exportation enregistrée\u00a0: ${progress}`,
      savedBody:
        ' se trouve dans vos téléchargements. L’exportation elle-même est consignée au journal d’audit.',
      cancelled: (progress: string) => `Exportation annulée après ${progress}`,
      nothingSaved: 'Rien n’a été enregistré.',
    },

    chart: {
      day: (day: string) => `${day} (UTC)`,
      eventUnit: (n: number) => plural('fr-CA', n, { one: 'événement', other: 'événements' }),
      summary: (total: number, days: number, busiest?: { day: string; count: number }) =>
        `${formatCount(total)} ${plural('fr-CA', total, { one: 'événement', other: 'événements' })} sur ${days} jours${
          busiest
            ? `; le plus chargé\u00a0: ${busiest.day}, avec ${formatCount(busiest.count)}`
            : ''
        }.`,
      label: (summary: string) => `Événements par jour\u00a0: ${summary}`,
      caption: (summary: string) => `${summary} Les jours sont en UTC.`,
    },

    verify: {
      title: 'Intégrité',
      description:
        'Recalculez la chaîne de hachage sur la plage choisie et vérifiez ses points de contrôle signés.',
      sign: 'Signer un point de contrôle',
      signHint: 'Signer le dernier maillon de chaque source, puis vérifier',
      verify: 'Vérifier l’intégrité',
      running: (label: string) => `Recalcul de chaque hachage sur ${label}… `,
      seconds: (s: number) => `${s} s`,
      action: 'Vérification',
      signAction: 'Signature d’un point de contrôle',
      stale: 'La plage a changé depuis cette vérification',
      staleBody: (checked: string | undefined, current: string) =>
        `Ce résultat porte sur ${checked ?? ''}. Vérifiez de nouveau pour ${current}.`,
      intro:
        'La vérification prouve qu’aucun événement de la plage n’a été modifié, supprimé ou réordonné depuis son enregistrement, et que les points de contrôle signés concordent toujours.',
      broken: {
        title: 'La chaîne d’audit est rompue',
        firstBreak: 'Première rupture dans la source ',
        at: ' à ',
        reason: (reason: string) => `\u00a0: ${reason}.`,
        noReason: '.',
        consequence:
          ' L’intégrité des événements à partir de ce point ne peut plus être prouvée. Conservez cette page comme preuve et avisez votre responsable de la sécurité.',
        unlocated: (checked: number, label: string) =>
          `${eventsFr(checked)} ${plural('fr-CA', checked, { one: 'vérifié', other: 'vérifiés' })} sur ${label}, et au moins un ne correspond pas à son hachage. Demandez à un administrateur d’exécuter `,
        unlocatedEnd: ' pour obtenir les détails.',
      },
      nothing: (label: string) => `Rien à vérifier sur ${label}`,
      nothingBody:
        'Aucun événement n’a été enregistré dans cette plage. Choisissez-en une plus longue pour vérifier la chaîne.',
      intact: (checked: number) =>
        `Chaîne intacte\u00a0: ${eventsFr(checked)} ${plural('fr-CA', checked, { one: 'vérifié', other: 'vérifiés' })}`,
      intactBody: (label: string, sources: readonly string[]) =>
        `Chaque événement sur ${label}${
          sources.length > 0
            ? `, dans ${sources.length} ${plural('fr-CA', sources.length, { one: 'source', other: 'sources' })} (${sources.join(', ')}),`
            : ''
        } correspond à son hachage et au lien vers celui qui le précède.`,
      noCheckpoint: (canSign: boolean) =>
        `Aucun point de contrôle signé ne tombe encore dans cette plage. Vigil signe le dernier maillon de chaque source toutes les heures${
          canSign ? '; vous pouvez en signer un maintenant pour ancrer ce qui s’y trouve.' : '.'
        }`,
      signNow: 'Signer un point de contrôle maintenant',
      checkpoints: {
        caption: 'Dernier point de contrôle signé par source',
        source: 'Source',
        seq: 'Séq.',
        signed: 'Signé',
        keyId: 'Identifiant de clé',
        signature: 'Signature',
        chain: 'Chaîne',
        valid: 'Valide',
        invalid: 'Invalide',
        purged: 'Purgé',
        purgedHint: 'L’événement signé a été purgé selon la durée de conservation',
        matches: 'Concorde',
        differs: 'Diffère',
      },
      key: {
        loading: 'Chargement de la clé de signature…',
        error: 'La clé de signature n’a pas pu être chargée.',
        signedWith: (algorithm: string) =>
          `Les points de contrôle sont signés avec la clé ${algorithm} `,
        keyIdHint: 'Les 16 premiers chiffres hexadécimaux du SHA-256 de la clé publique',
        keysInAll: (n: number) => ` (${n} clés en tout)`,
        link: 'Clé publique (PEM)',
        linkEnd: ' pour les vérifier hors de Vigil.',
      },
    },
  },
);
