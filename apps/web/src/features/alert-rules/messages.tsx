import type { ReactNode } from 'react';
import { defineMessages, plural } from '../../i18n';
import { formatCount } from '../../lib/format';

const fr = (n: number, one: string, other: string) => plural('fr-CA', n, { one, other });

/** Alert rules: what each action does, how a rule reads in a line, the list and the dialog. */
export const messages = defineMessages(
  {
    actions: {
      open_incident: {
        label: 'Open an incident',
        hint: 'Every new alert opens its own incident.',
      },
      attach_incident: {
        label: 'Attach to the open incident',
        hint: 'Joins the incident this rule (or alarm) already has open, or opens one.',
      },
      alert_only: { label: 'Alert only', hint: 'Waits in the queue for someone to triage.' },
      suppress: { label: 'Suppress', hint: 'Recorded but silenced for the suppression window.' },
    },
    validation: {
      dimensionLine: (line: string) => `Write "${line}" as Name=Value.`,
      badPattern: (reason?: string) => `Not a valid pattern: ${reason ?? 'check it'}.`,
      suppressionMinutes: 'Whole minutes, from 0 to 1,440 (24 h).',
      name: 'Give the rule a name.',
    },
    /** "alarm name ServerCpu*, namespace AWS/EC2": what a rule looks at, in words. */
    match: {
      sources: { alarm: 'CloudWatch alarms', detection: 'detections', webhook: 'webhooks' },
      alarmName: (pattern: string) => `alarm name ${pattern}`,
      namespace: (namespace: string) => `namespace ${namespace}`,
      metricName: (metric: string) => `metric ${metric}`,
      detection: (name: string) => `detection “${name}”`,
      dedupKey: (pattern: string) => `dedup key ${pattern}`,
      everything: 'Every alert',
    },
    tab: {
      title: 'Alert rules',
      description:
        'Tried top to bottom: the first enabled rule that matches an alert sets its severity and what happens. No match: SEV3, alert only.',
      readOnly: ' Security leads change them.',
      create: 'New alert rule',
      changing: 'Changing a rule',
      loading: 'Loading alert rules',
      emptyTitle: 'No alert rules yet',
      emptyDescription:
        'Every alert is SEV3 and waits in the queue. Add rules to raise the severity of production alarms, open incidents for them on their own, or silence known noise.',
      columns: { order: '#', rule: 'Rule', then: 'Then', enabled: 'Enabled', actions: 'Actions' },
      suppressFor: (minutes: number) => `for ${minutes} min`,
      flapWindow: (minutes: number) => `flap window ${minutes} min`,
      notifies: (addresses: string) => ` · notifies ${addresses}`,
      enabledSwitch: (name: string) => `Enabled: ${name}`,
      on: 'On',
      off: 'Off',
      moveUp: (name: string) => `Move ${name} up`,
      moveUpHint: 'Move up: tried earlier',
      moveDown: (name: string) => `Move ${name} down`,
      moveDownHint: 'Move down: tried later',
      edit: 'Edit',
      editNamed: (name: string) => `Edit ${name}`,
      delete: 'Delete',
      deleteNamed: (name: string) => `Delete ${name}`,
      deleteTitle: (name: string) => `Delete “${name}”?`,
      deleteRule: 'Delete rule',
      deleteBody:
        'Alerts it would have matched fall through to the rules below it, or to the default (SEV3, alert only). Alerts it already decided keep their severity and incident.',
    },
    dialog: {
      editTitle: (name: string) => `Edit “${name}”`,
      newTitle: 'New alert rule',
      description:
        'Rules are tried in order; the first enabled one that matches an alert decides its severity and what happens.',
      name: 'Name',
      namePlaceholder: 'e.g. Production CPU alarms open an incident',
      when: 'When an alert…',
      whenHint: (
        <>
          Leave a field empty to match anything. Names and dedup keys take a glob (<code>*</code>,{' '}
          <code>?</code>, case-insensitive) or a <code>/regular expression/</code>.
        </>
      ),
      comesFrom: 'Comes from',
      anySource: 'Any source',
      alarmName: 'Alarm name',
      alarmNamePlaceholder: 'prod-* or /^api-(eu|us)-/',
      namespace: 'Namespace',
      metricName: 'Metric name',
      detectionRule: 'Detection rule',
      anyDetection: 'Any detection',
      dedupKey: 'Dedup key',
      dimensions: 'Dimensions',
      dimensionsHint: 'Name=Value, one per line; the alarm must have every one.',
      then: '…then',
      severity: 'Severity',
      action: 'Action',
      suppressFor: 'Suppress for (minutes)',
      suppressHint: 'How long a matching alert stays silenced.',
      flapWindow: 'Flap window (minutes)',
      flapHint:
        'A firing this soon after the alert resolved reopens it instead of opening a new one.',
      notify: 'Notify',
      notifyHint: 'Addresses, one per line (20 at most).',
      enabled: 'Enabled',
      enabledHint: 'A disabled rule is skipped.',
      cancel: 'Cancel',
      save: 'Save changes',
      create: 'Create rule',
    },
    test: {
      title: 'Test against the last 24 h',
      hint: 'Checks the alerts that fired in the last 24 hours against this rule, in your browser. Nothing is changed.',
      run: 'Test against the last 24 h',
      loading: 'Loading alarms and the last 24 hours of alerts…',
      testing: 'Testing a rule',
      staleTitle: 'The rule changed since this test',
      staleBody: 'Run the test again to see what the rule as it stands would match.',
    },
    preview: {
      period: (from: string, to: string) => `from ${from} to ${to}`,
      noMatchTitle: 'Would not have matched in the last 24 h',
      noMatch: (checked: number, period: string) =>
        checked === 0
          ? `No alert fired ${period}.`
          : checked === 1
            ? `The one alert that fired ${period} does not match.`
            : `None of the ${formatCount(checked)} alerts that fired ${period} matches.`,
      matched: (matched: number, checked: number) =>
        `${formatCount(matched)} of ${formatCount(checked)} ${checked === 1 ? 'alert' : 'alerts'}`,
      /** `matched` is the emphasised "3 of 10 alerts"; `takenAbove` alerts go to a rule above. */
      summary: (matched: ReactNode, checked: number, period: string, takenAbove: number) => (
        <>
          Matches {matched} that fired {period}
          {takenAbove > 0 ? `; a rule above it decides ${formatCount(takenAbove)} of them` : ''}.
        </>
      ),
      ruleOff: ' The rule is off: it would decide nothing until you enable it.',
      caption: 'Alerts this rule matches',
      columns: {
        alert: 'Alert',
        lastFired: 'Last fired',
        status: 'Status',
        decidedBy: 'Decided by',
      },
      takenHint: 'Rules are tried in order; the first enabled match decides',
      takenBy: (name: string) => `“${name}”, above`,
      thisRule: 'This rule',
      alarms: (count: number, names: string) =>
        `Of the alarms Vigil knows, ${formatCount(count)} would match on their next ALARM: ${names}.`,
      noAlarms: 'No alarm Vigil knows would match on its next ALARM.',
    },
  },
  {
    actions: {
      open_incident: {
        label: 'Ouvrir un incident',
        hint: 'Chaque nouvelle alerte ouvre son propre incident.',
      },
      attach_incident: {
        label: 'Rattacher à l’incident ouvert',
        hint: 'Rejoint l’incident déjà ouvert pour cette règle (ou cette alarme), ou en ouvre un.',
      },
      alert_only: {
        label: 'Alerte seulement',
        hint: 'Attend dans la file qu’une personne en fasse le triage.',
      },
      suppress: {
        label: 'Mettre en sourdine',
        hint: 'Consignée, mais mise en sourdine pour la durée prévue.',
      },
    },
    validation: {
      dimensionLine: (line: string) => `Écrivez «\u00a0${line}\u00a0» sous la forme Nom=Valeur.`,
      badPattern: (reason?: string) => `Motif non valide\u00a0: ${reason ?? 'vérifiez-le'}.`,
      suppressionMinutes: 'Minutes entières, de 0 à 1 440 (24 h).',
      name: 'Donnez un nom à la règle.',
    },
    match: {
      sources: { alarm: 'alarmes CloudWatch', detection: 'détections', webhook: 'webhooks' },
      alarmName: (pattern: string) => `nom d’alarme ${pattern}`,
      namespace: (namespace: string) => `espace de noms ${namespace}`,
      metricName: (metric: string) => `métrique ${metric}`,
      detection: (name: string) => `détection «\u00a0${name}\u00a0»`,
      dedupKey: (pattern: string) => `clé de dédoublonnage ${pattern}`,
      everything: 'Toutes les alertes',
    },
    tab: {
      title: 'Règles d’alerte',
      description:
        'Essayées de haut en bas : la première règle activée qui correspond à une alerte fixe sa gravité et ce qui se passe. Aucune correspondance : SEV3, alerte seulement.',
      readOnly: ' Ce sont les responsables de la sécurité qui les modifient.',
      create: 'Nouvelle règle d’alerte',
      changing: 'Modification d’une règle',
      loading: 'Chargement des règles d’alerte',
      emptyTitle: 'Aucune règle d’alerte pour l’instant',
      emptyDescription:
        'Chaque alerte est SEV3 et attend dans la file. Ajoutez des règles pour hausser la gravité des alarmes de production, ouvrir un incident pour chacune d’elles ou faire taire le bruit connu.',
      columns: {
        order: 'N°',
        rule: 'Règle',
        then: 'Ensuite',
        enabled: 'Activée',
        actions: 'Actions',
      },
      suppressFor: (minutes: number) => `pendant ${minutes} min`,
      flapWindow: (minutes: number) => `fenêtre d’oscillation ${minutes} min`,
      notifies: (addresses: string) => ` · avise ${addresses}`,
      enabledSwitch: (name: string) => `Activée\u00a0: ${name}`,
      on: 'Activée',
      off: 'Désactivée',
      moveUp: (name: string) => `Monter ${name}`,
      moveUpHint: 'Monter : essayée plus tôt',
      moveDown: (name: string) => `Descendre ${name}`,
      moveDownHint: 'Descendre : essayée plus tard',
      edit: 'Modifier',
      editNamed: (name: string) => `Modifier ${name}`,
      delete: 'Supprimer',
      deleteNamed: (name: string) => `Supprimer ${name}`,
      deleteTitle: (name: string) => `Supprimer «\u00a0${name}\u00a0»?`,
      deleteRule: 'Supprimer la règle',
      deleteBody:
        'Les alertes qu’elle aurait captées passent aux règles suivantes ou au comportement par défaut (SEV3, alerte seulement). Les alertes qu’elle a déjà traitées conservent leur gravité et leur incident.',
    },
    dialog: {
      editTitle: (name: string) => `Modifier «\u00a0${name}\u00a0»`,
      newTitle: 'Nouvelle règle d’alerte',
      description:
        'Les règles sont essayées dans l’ordre; la première règle activée qui correspond à une alerte détermine sa gravité et ce qui se passe.',
      name: 'Nom',
      namePlaceholder: 'p. ex. Les alarmes CPU de production ouvrent un incident',
      when: 'Quand une alerte…',
      whenHint: (
        <>
          Laissez un champ vide pour accepter n’importe quelle valeur. Les noms et les clés de
          dédoublonnage acceptent un motif glob (<code>*</code>, <code>?</code>, sans égard à la
          casse) ou une <code>/expression régulière/</code>.
        </>
      ),
      comesFrom: 'Provient de',
      anySource: 'Toute source',
      alarmName: 'Nom de l’alarme',
      alarmNamePlaceholder: 'prod-* ou /^api-(eu|us)-/',
      namespace: 'Espace de noms',
      metricName: 'Nom de la métrique',
      detectionRule: 'Règle de détection',
      anyDetection: 'Toute détection',
      dedupKey: 'Clé de dédoublonnage',
      dimensions: 'Dimensions',
      dimensionsHint: 'Nom=Valeur, une par ligne; l’alarme doit toutes les avoir.',
      then: '…alors',
      severity: 'Gravité',
      action: 'Action',
      suppressFor: 'Mettre en sourdine pendant (minutes)',
      suppressHint: 'Durée pendant laquelle une alerte correspondante reste en sourdine.',
      flapWindow: 'Fenêtre d’oscillation (minutes)',
      flapHint:
        'Un déclenchement survenant dans ce délai après la résolution de l’alerte la rouvre au lieu d’en ouvrir une nouvelle.',
      notify: 'Aviser',
      notifyHint: 'Adresses courriel, une par ligne (20 au maximum).',
      enabled: 'Activée',
      enabledHint: 'Une règle désactivée est ignorée.',
      cancel: 'Annuler',
      save: 'Enregistrer les modifications',
      create: 'Créer la règle',
    },
    test: {
      title: 'Tester sur les dernières 24 h',
      hint: 'Compare à cette règle les alertes déclenchées au cours des dernières 24 heures, dans votre navigateur. Rien n’est modifié.',
      run: 'Tester sur les dernières 24 h',
      loading: 'Chargement des alarmes et des alertes des dernières 24 heures…',
      testing: 'Test d’une règle',
      staleTitle: 'La règle a changé depuis ce test',
      staleBody:
        'Relancez le test pour voir à quoi la règle, dans son état actuel, correspondrait.',
    },
    preview: {
      period: (from: string, to: string) => `du ${from} au ${to}`,
      noMatchTitle: 'N’aurait correspondu à aucune alerte au cours des dernières 24 h',
      noMatch: (checked: number, period: string) =>
        checked === 0
          ? `Aucune alerte ne s’est déclenchée ${period}.`
          : checked === 1
            ? `La seule alerte déclenchée ${period} ne correspond pas.`
            : `Aucune des ${formatCount(checked)} alertes déclenchées ${period} ne correspond.`,
      matched: (matched: number, checked: number) =>
        `${formatCount(matched)} ${fr(matched, 'alerte', 'alertes')} sur ${formatCount(checked)}`,
      summary: (matched: ReactNode, checked: number, period: string, takenAbove: number) => (
        <>
          Correspond à {matched} {fr(checked, 'déclenchée', 'déclenchées')} {period}
          {takenAbove > 0
            ? `; une règle placée au-dessus en traite ${formatCount(takenAbove)}`
            : ''}
          .
        </>
      ),
      ruleOff:
        ' La règle est désactivée : elle ne décidera de rien tant que vous ne l’activerez pas.',
      caption: 'Alertes auxquelles cette règle correspond',
      columns: {
        alert: 'Alerte',
        lastFired: 'Dernier déclenchement',
        status: 'Statut',
        decidedBy: 'Traitée par',
      },
      takenHint:
        'Les règles sont essayées dans l’ordre; la première règle activée qui correspond décide',
      takenBy: (name: string) => `«\u00a0${name}\u00a0», au-dessus`,
      thisRule: 'Cette règle',
      alarms: (count: number, names: string) =>
        `Parmi les alarmes connues de Vigil, ${formatCount(count)} ${fr(
          count,
          'correspondrait à son',
          'correspondraient à leur',
        )} prochain état ALARM\u00a0: ${names}.`,
      noAlarms: 'Aucune alarme connue de Vigil ne correspondrait à son prochain état ALARM.',
    },
  },
);

export const ruleToastMessages = defineMessages(
  {
    saved: (name: string) => `Rule “${name}” saved`,
    deleted: (name: string) => `Rule “${name}” deleted`,
  },
  {
    saved: (name: string) => `Règle «\u00a0${name}\u00a0» enregistrée`,
    deleted: (name: string) => `Règle «\u00a0${name}\u00a0» supprimée`,
  },
);
