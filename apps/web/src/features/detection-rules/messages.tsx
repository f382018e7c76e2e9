import type { DETECTION_KINDS } from '@vigil/contracts';
import type { ReactNode } from 'react';
import { defineMessages, plural } from '../../i18n';
import { formatCount } from '../../lib/format';

type DetectionKind = (typeof DETECTION_KINDS)[number];
type Outcome = 'success' | 'failure' | 'unknown';

/** What each kind of detection looks for: its name in lists and the dialog's description. */
export const kindMessages = defineMessages<
  Record<DetectionKind, { label: string; description: string }>
>(
  {
    threshold: {
      label: 'Threshold',
      description: 'Too many matching events from one actor or IP address within a window.',
    },
    forbidden_actor: {
      label: 'Forbidden actor',
      description: 'An action done by anyone not on the allowed list.',
    },
    deactivated_user: {
      label: 'Deactivated user',
      description: 'Any event by a Vigil user after they were deactivated.',
    },
    mass_export: {
      label: 'Mass export',
      description: 'Many exports by one actor within a window.',
    },
    quiet_source: {
      label: 'Quiet source',
      description: 'A source that sent nothing for too long: a broken logging pipeline.',
    },
  },
  {
    threshold: {
      label: 'Seuil',
      description:
        'Trop d’événements correspondants provenant d’un même acteur ou d’une même adresse IP dans une fenêtre de temps.',
    },
    forbidden_actor: {
      label: 'Acteur interdit',
      description:
        'Une action effectuée par une personne absente de la liste des acteurs autorisés.',
    },
    deactivated_user: {
      label: 'Utilisateur désactivé',
      description: 'Tout événement d’un utilisateur de Vigil après sa désactivation.',
    },
    mass_export: {
      label: 'Exportation massive',
      description: 'De nombreuses exportations par un même acteur dans une fenêtre de temps.',
    },
    quiet_source: {
      label: 'Source silencieuse',
      description:
        'Une source qui n’a rien envoyé depuis trop longtemps : une chaîne de journalisation brisée.',
    },
  },
);

/** Detection rules: validation, the rule in a line, the list and the dialog. */
export const messages = defineMessages(
  {
    /** A message per wrong field, keyed by the field's path. */
    validation: {
      name: 'Give the rule a name.',
      'params.action': 'An action such as auth.login, or a prefix such as auth.*.',
      'params.count': 'A whole number, 2 or more.',
      'params.windowMinutes': 'Whole minutes, from 1 to 1,440 (24 h).',
      'params.quietMinutes': 'Whole minutes, from 1 to 10,080 (7 days).',
      'params.source': 'The source name its events come in under, e.g. app-prod.',
      'params.allowedActors': 'At most 100 emails or ids.',
    } as Record<string, string>,
    /** "10 × auth.* (failure) per actor within 5 minutes": the rule in a line. */
    describe: {
      minutes: (n: number) => `${n} ${plural('en', n, { one: 'minute', other: 'minutes' })}`,
      outcome: { failure: 'failure', success: 'success', unknown: 'unknown' } as Record<
        Outcome,
        string
      >,
      threshold: (
        count: number,
        action: string,
        outcome: string | undefined,
        perIp: boolean,
        within: string,
      ) =>
        `${count} × ${action}${outcome ? ` (${outcome})` : ''} per ${perIp ? 'IP address' : 'actor'} within ${within}`,
      forbiddenActor: (action: string, allowed: string | undefined) =>
        `${action} by anyone but ${allowed ?? 'nobody (no one is allowed yet)'}`,
      deactivatedUser: 'Any event by a user after their deactivation',
      massExport: (count: number, action: string, within: string) =>
        `${count} × ${action} per actor within ${within}`,
      quietSource: (source: string, quiet: string) => `No events from ${source} for ${quiet}`,
    },
    tab: {
      title: 'Detection rules',
      description:
        'Checks run over each batch of audit events as it arrives; a hit raises an alert. Test a rule on the last 24 h before you save it.',
      readOnlyDescription:
        'Checks run over each batch of audit events as it arrives; a hit raises an alert. Security leads change them.',
      create: 'New detection rule',
      changing: 'Changing a rule',
      loading: 'Loading detection rules',
      emptyTitle: 'No detection rules',
      emptyDescription:
        'Rules watch the audit log for what a person should look at: repeated failed sign-ins, mass exports, a deactivated user still active, a source gone quiet.',
      columns: {
        rule: 'Rule',
        kind: 'Kind',
        severity: 'Severity',
        enabled: 'Enabled',
        changed: 'Changed',
        actions: 'Actions',
      },
      enabledSwitch: (name: string) => `Enabled: ${name}`,
      on: 'On',
      off: 'Off',
      edit: 'Edit',
      editNamed: (name: string) => `Edit ${name}`,
      delete: 'Delete',
      deleteNamed: (name: string) => `Delete ${name}`,
      deleteTitle: (name: string) => `Delete “${name}”?`,
      deleteRule: 'Delete rule',
      deleteBody:
        'It stops checking the audit log at once. Alerts it already raised stay in the queue; to pause it instead, switch it off.',
    },
    dialog: {
      editTitle: (name: string) => `Edit “${name}”`,
      newTitle: 'New detection rule',
      name: 'Name',
      kind: 'Kind',
      kindKept: 'A rule keeps its kind; create another for a different one.',
      severity: 'Severity of its alerts',
      action: 'Action',
      actionPlaceholder: 'auth.login or auth.*',
      actionHint:
        'An exact action, or a prefix ending in .* (auth.* matches auth.login and auth.otp.failed).',
      count: 'Events',
      countHint: 'This many or more…',
      window: 'Within (minutes)',
      windowHint: '…inside a window this long.',
      outcome: 'Outcome',
      anyOutcome: 'Any outcome',
      outcomes: { failure: 'Failure', success: 'Success', unknown: 'Unknown' },
      groupBy: 'Counted per',
      actor: 'Actor',
      ip: 'IP address',
      allowedActors: 'Allowed actors',
      allowedActorsHint:
        'Emails or actor ids, one per line. Anyone else doing the action raises an alert.',
      source: 'Source',
      sourceHint: "The source its events arrive under (its ingest key's).",
      quietFor: 'Quiet for (minutes)',
      deactivatedNote:
        'Nothing to set: any event whose actor is a Vigil user deactivated before it happened raises an alert.',
      enabled: 'Enabled',
      enabledHint: 'Checks each batch of audit events as it arrives.',
      cancel: 'Cancel',
      save: 'Save changes',
      create: 'Create rule',
    },
    test: {
      title: 'Test against the last 24 h',
      hint: 'Runs this rule, as it stands in the form, over the audit log. Nothing is raised.',
      run: 'Test against the last 24 h',
      loading: 'Checking the last 24 hours of audit events…',
      testing: 'Testing a rule',
      staleTitle: 'The rule changed since this test',
      staleBody: 'Run the test again to see what the rule as it stands would do.',
    },
    preview: {
      period: (from: string, to: string) => `from ${from} to ${to}`,
      noHitsTitle: 'Would not have fired in the last 24 h',
      noHits: (period: string) => `No audit event ${period} matches this rule.`,
      alerts: (n: number) => `${formatCount(n)} ${n === 1 ? 'alert' : 'alerts'}`,
      /** `alerts` is the emphasised "3 alerts". */
      summary: (alerts: ReactNode, period: string) => (
        <>
          Would have raised {alerts} {period}.
        </>
      ),
      caption: 'Alerts this rule would have raised',
      columns: {
        subject: 'Subject',
        source: 'Source',
        firstEvent: 'First event',
        events: 'Events',
        title: 'Alert title',
      },
    },
  },
  {
    validation: {
      name: 'Donnez un nom à la règle.',
      'params.action': 'Une action comme auth.login, ou un préfixe comme auth.*.',
      'params.count': 'Un nombre entier, 2 ou plus.',
      'params.windowMinutes': 'Minutes entières, de 1 à 1 440 (24 h).',
      'params.quietMinutes': 'Minutes entières, de 1 à 10 080 (7 jours).',
      'params.source': 'Le nom de source sous lequel ses événements arrivent, p. ex. app-prod.',
      'params.allowedActors': 'Au plus 100 adresses courriel ou identifiants.',
    },
    describe: {
      minutes: (n: number) => `${n} ${plural('fr-CA', n, { one: 'minute', other: 'minutes' })}`,
      outcome: { failure: 'échec', success: 'réussite', unknown: 'inconnu' },
      threshold: (
        count: number,
        action: string,
        outcome: string | undefined,
        perIp: boolean,
        within: string,
      ) =>
        `${count} × ${action}${outcome ? ` (${outcome})` : ''} par ${perIp ? 'adresse IP' : 'acteur'} en ${within}`,
      forbiddenActor: (action: string, allowed: string | undefined) =>
        allowed
          ? `${action} par toute personne autre que ${allowed}`
          : `${action} par qui que ce soit (personne n’est encore autorisé)`,
      deactivatedUser: 'Tout événement d’un utilisateur après sa désactivation',
      massExport: (count: number, action: string, within: string) =>
        `${count} × ${action} par acteur en ${within}`,
      quietSource: (source: string, quiet: string) =>
        `Aucun événement de ${source} pendant ${quiet}`,
    },
    tab: {
      title: 'Règles de détection',
      description:
        'Des vérifications s’appliquent à chaque lot d’événements d’audit à son arrivée; une correspondance déclenche une alerte. Testez une règle sur les dernières 24 h avant de l’enregistrer.',
      readOnlyDescription:
        'Des vérifications s’appliquent à chaque lot d’événements d’audit à son arrivée; une correspondance déclenche une alerte. Ce sont les responsables de la sécurité qui les modifient.',
      create: 'Nouvelle règle de détection',
      changing: 'Modification d’une règle',
      loading: 'Chargement des règles de détection',
      emptyTitle: 'Aucune règle de détection',
      emptyDescription:
        'Les règles relèvent dans le journal d’audit ce qui mérite l’attention d’une personne : échecs de connexion répétés, exportations massives, utilisateur désactivé encore actif, source devenue silencieuse.',
      columns: {
        rule: 'Règle',
        kind: 'Type',
        severity: 'Gravité',
        enabled: 'Activée',
        changed: 'Modifiée',
        actions: 'Actions',
      },
      enabledSwitch: (name: string) => `Activée\u00a0: ${name}`,
      on: 'Activée',
      off: 'Désactivée',
      edit: 'Modifier',
      editNamed: (name: string) => `Modifier ${name}`,
      delete: 'Supprimer',
      deleteNamed: (name: string) => `Supprimer ${name}`,
      deleteTitle: (name: string) => `Supprimer «\u00a0${name}\u00a0»?`,
      deleteRule: 'Supprimer la règle',
      deleteBody:
        'Elle cesse immédiatement de vérifier le journal d’audit. Les alertes qu’elle a déjà générées restent dans la file; pour plutôt la mettre en pause, désactivez-la.',
    },
    dialog: {
      editTitle: (name: string) => `Modifier «\u00a0${name}\u00a0»`,
      newTitle: 'Nouvelle règle de détection',
      name: 'Nom',
      kind: 'Type',
      kindKept: 'Une règle conserve son type; créez-en une autre pour un type différent.',
      severity: 'Gravité de ses alertes',
      action: 'Action',
      actionPlaceholder: 'auth.login ou auth.*',
      actionHint:
        'Une action exacte, ou un préfixe se terminant par .* (auth.* correspond à auth.login et à auth.otp.failed).',
      count: 'Événements',
      countHint: 'Au moins ce nombre…',
      window: 'Fenêtre (minutes)',
      windowHint: '…dans une fenêtre de cette durée.',
      outcome: 'Résultat',
      anyOutcome: 'Tout résultat',
      outcomes: { failure: 'Échec', success: 'Réussite', unknown: 'Inconnu' },
      groupBy: 'Compté par',
      actor: 'Acteur',
      ip: 'Adresse IP',
      allowedActors: 'Acteurs autorisés',
      allowedActorsHint:
        'Adresses courriel ou identifiants d’acteur, un par ligne. Toute autre personne qui effectue l’action déclenche une alerte.',
      source: 'Source',
      sourceHint: 'La source sous laquelle ses événements arrivent (celle de sa clé d’ingestion).',
      quietFor: 'Silence pendant (minutes)',
      deactivatedNote:
        'Rien à régler : tout événement dont l’acteur est un utilisateur de Vigil désactivé avant qu’il ne survienne déclenche une alerte.',
      enabled: 'Activée',
      enabledHint: 'Vérifie chaque lot d’événements d’audit à son arrivée.',
      cancel: 'Annuler',
      save: 'Enregistrer les modifications',
      create: 'Créer la règle',
    },
    test: {
      title: 'Tester sur les dernières 24 h',
      hint: 'Applique cette règle, telle qu’elle figure dans le formulaire, au journal d’audit. Aucune alerte n’est générée.',
      run: 'Tester sur les dernières 24 h',
      loading: 'Vérification des événements d’audit des dernières 24 heures…',
      testing: 'Test d’une règle',
      staleTitle: 'La règle a changé depuis ce test',
      staleBody: 'Relancez le test pour voir ce que ferait la règle dans son état actuel.',
    },
    preview: {
      period: (from: string, to: string) => `du ${from} au ${to}`,
      noHitsTitle: 'Ne se serait pas déclenchée au cours des dernières 24 h',
      noHits: (period: string) => `Aucun événement d’audit ${period} ne correspond à cette règle.`,
      alerts: (n: number) =>
        `${formatCount(n)} ${plural('fr-CA', n, { one: 'alerte', other: 'alertes' })}`,
      summary: (alerts: ReactNode, period: string) => (
        <>
          Aurait généré {alerts} {period}.
        </>
      ),
      caption: 'Alertes que cette règle aurait générées',
      columns: {
        subject: 'Sujet',
        source: 'Source',
        firstEvent: 'Premier événement',
        events: 'Événements',
        title: 'Titre de l’alerte',
      },
    },
  },
);
