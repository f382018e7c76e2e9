import type { Assessment } from '@vigil/contracts';
import { defineMessages, plural } from '../../i18n';

interface OptionWords {
  label: string;
  hint: string;
}

/** The privacy assessment: the DPO's form, the saved answers and what a save changed. */
export const messages = defineMessages(
  {
    title: 'Privacy assessment',
    versionBy: (version: number, who: string) => `Version ${version}, by ${who},`,
    someoneGone: 'someone no longer listed',
    notAssessed:
      'Not assessed yet. Whether personal information is at risk decides which notices the law requires.',
    edit: 'Edit assessment',
    emptyTitle: 'No privacy assessment yet',
    emptyDescription:
      'The DPO records whether personal information is involved and the risk under Law 25, PIPEDA and the GDPR; the notification duties follow from it.',
    roles: {
      controller: {
        label: 'Controller',
        hint: 'We decide why and how the data is processed: we notify the authorities and the people.',
      },
      processor: {
        label: 'Processor',
        hint: 'We process it for a client: we tell that client (the controller) without undue delay.',
      },
    } satisfies Record<Assessment['role'], OptionWords>,
    gdprRisks: {
      none: { label: 'Unlikely', hint: 'No risk to rights and freedoms: documented only.' },
      risk: {
        label: 'Risk',
        hint: 'Notify the supervisory authority within 72 h of awareness (Art. 33).',
      },
      high: {
        label: 'High risk',
        hint: 'Also tell the data subjects without undue delay (Art. 34).',
      },
    } satisfies Record<Assessment['gdprRisk'], OptionWords>,
    form: {
      label: 'Privacy assessment',
      unknown: 'Unknown',
      scope: {
        title: 'Scope',
        hint: (zone: string) =>
          `Times are in your time zone (${zone}); the legal clocks start from them, never from when you save.`,
        personalData: 'Personal information is involved',
        personalDataHint:
          'Access, use, disclosure or loss of information about an identifiable person (Law 25 s. 3.6, PIPEDA s. 2, GDPR Art. 4(12)).',
        role: 'Our role for this data',
        awareSince: 'Aware since',
        awareSinceHint:
          'When the company had reason to believe it happened: the Law 25, GDPR 72 h and client clocks start here.',
        breachDetermined: 'Breach determined at',
        breachDeterminedHint:
          'PIPEDA counts “as soon as feasible” from the determination (s. 10.1(2)).',
        happenedFrom: 'Happened from',
        happenedFromHint: 'As far as known; an approximation is fine.',
        happenedUntil: 'Happened until',
      },
      risk: {
        title: 'Risk of harm',
        hint: 'Weigh the sensitivity of the information, the anticipated consequences of its use and the likelihood that it will be misused (Law 25 s. 3.7, PIPEDA s. 10.1(8)).',
        rationale: 'Rationale',
        rationalePlaceholder:
          'e.g. Names and email addresses only, no financial data; the export was downloaded once from an IP tied to a known phishing kit, so misuse is likely.',
        rationaleHint:
          'Kept in the register even when no one is notified: it is what proves the decision.',
        quebec: 'Québec — risk of serious injury',
        quebecHint:
          "Law 25 s. 3.5: notify the Commission d'accès à l'information and the persons concerned, promptly.",
        canada: 'Canada — real risk of significant harm',
        canadaHint:
          'PIPEDA s. 10.1: report to the Privacy Commissioner and notify individuals as soon as feasible. Significant harm includes humiliation, damage to reputation, financial loss and identity theft (s. 10.1(7)).',
        gdpr: 'GDPR — risk to the rights and freedoms of persons',
        consulted: 'Person in charge of the protection of personal information consulted',
        consultedPlaceholder: 'Name and title',
        consultedHint: 'Law 25 s. 3.7 requires consulting them before concluding.',
      },
      affected: {
        title: 'People and records affected',
        hint: 'Leave a number empty when it is unknown.',
        persons: 'Persons',
        personsQuebec: 'Of whom in Québec',
        personsCanadaOutsideQuebec: 'In Canada outside Québec',
        personsEu: 'In the EU',
        records: 'Records',
        estimates: 'These numbers are estimates',
        estimatesHint: 'Notices and the register say “approximately”.',
      },
      holds: {
        title: 'Holds and exemptions',
        lawEnforcement: 'Law-enforcement hold',
        lawEnforcementHint:
          'Telling the persons concerned could hamper an investigation: the Law 25 notice to persons is suspended while this is on (s. 3.5).',
        otherOrganization: 'Another organization may reduce the harm',
        otherOrganizationHint:
          'PIPEDA s. 10.2: notify it as well (e.g. a bank that can block cards).',
        exemption: 'GDPR Art. 34(3) exemption (optional)',
        exemptionPlaceholder: 'e.g. (a) the data was encrypted with keys that were not exposed',
        exemptionHint:
          'Recording a ground means the data subjects are not told; the reason is documented.',
      },
      facts: {
        title: 'Facts for the notices',
        hint: 'Notices are drafted from these; one left blank becomes a bracketed gap to fill in the notice.',
        personalInformation: 'Personal information concerned',
        personalInformationPlaceholder: 'e.g. Names, email addresses and hashed passwords',
        consequences: 'Likely consequences',
        consequencesPlaceholder: 'e.g. Targeted phishing',
        measuresTaken: 'Measures taken',
        measuresTakenPlaceholder: 'e.g. Key revoked, sessions ended, export endpoint rate-limited',
        measuresForPersons: 'What people can do',
        measuresForPersonsPlaceholder: 'e.g. Change your password; watch for emails asking for it',
      },
      errors: (n: number) =>
        `${n === 1 ? 'One answer needs' : `${n} answers need`} attention above.`,
      saveNote:
        'Saving re-derives the notification duties from these answers: new ones start their clocks, ones that no longer apply are retired, and sent notices stay on record.',
      cancel: 'Cancel',
      save: 'Save assessment',
    },
    summary: {
      yes: 'Yes',
      no: 'No',
      personalData: 'Personal information',
      role: 'Our role',
      awareSince: 'Aware since',
      breachDetermined: 'Breach determined',
      happened: 'Happened',
      to: ' to ',
      quebec: 'Québec: serious injury',
      pipeda: 'PIPEDA: significant harm',
      gdpr: 'GDPR risk',
      affected: 'Affected',
      rationale: 'Rationale',
      consulted: 'Consulted',
      hold: 'Hold',
      holdInForce: 'Law-enforcement hold in force',
      exemption: 'Art. 34(3)',
      information: 'Information',
      consequences: 'Consequences',
      measuresTaken: 'Measures taken',
      forPeople: 'For people',
    },
    changes: {
      saved: (version?: number) =>
        `Assessment saved${version ? ` as version ${version}` : ''}: duties re-derived`,
      none: 'No notification duty was added or retired.',
      added: 'Added',
      retired: 'Retired',
    },
  },
  {
    title: 'Évaluation en matière de vie privée',
    versionBy: (version: number, who: string) => `Version ${version}, par ${who},`,
    someoneGone: 'une personne qui n’est plus inscrite',
    notAssessed:
      'Pas encore évaluée. La présence ou non d’un risque pour des renseignements personnels détermine les avis exigés par la loi.',
    edit: 'Modifier l’évaluation',
    emptyTitle: 'Aucune évaluation en matière de vie privée pour l’instant',
    emptyDescription:
      'Le DPD consigne si des renseignements personnels sont en cause et le risque au sens de la Loi 25, de la LPRPDE et du RGPD; les obligations de notification en découlent.',
    roles: {
      controller: {
        label: 'Responsable du traitement',
        hint: 'Nous déterminons les finalités et les moyens du traitement : nous avisons les autorités et les personnes.',
      },
      processor: {
        label: 'Sous-traitant',
        hint: 'Nous traitons les données pour un client : nous en informons ce client (le responsable du traitement) dans les meilleurs délais.',
      },
    },
    gdprRisks: {
      none: {
        label: 'Peu probable',
        hint: 'Aucun risque pour les droits et libertés : documenté seulement.',
      },
      risk: {
        label: 'Risque',
        hint: 'Notifier l’autorité de contrôle dans les 72 h suivant la prise de connaissance (art. 33).',
      },
      high: {
        label: 'Risque élevé',
        hint: 'Informer aussi les personnes concernées dans les meilleurs délais (art. 34).',
      },
    },
    form: {
      label: 'Évaluation en matière de vie privée',
      unknown: 'Inconnu',
      scope: {
        title: 'Portée',
        hint: (zone: string) =>
          `Les heures sont dans votre fuseau horaire (${zone}); les délais légaux partent de ces heures, jamais du moment où vous enregistrez.`,
        personalData: 'Des renseignements personnels sont en cause',
        personalDataHint:
          'Accès, utilisation, communication ou perte de renseignements concernant une personne identifiable (Loi 25, art. 3.6; LPRPDE, art. 2; RGPD, art. 4(12)).',
        role: 'Notre rôle à l’égard de ces données',
        awareSince: 'Prise de connaissance',
        awareSinceHint:
          'Le moment où l’entreprise a eu des raisons de croire que l’incident s’est produit : les délais de la Loi 25, de 72 h du RGPD et des clients partent d’ici.',
        breachDetermined: 'Atteinte constatée le',
        breachDeterminedHint:
          'La LPRPDE compte « le plus tôt possible » à partir du moment où l’organisation conclut à l’atteinte (art. 10.1(2)).',
        happenedFrom: 'Début de l’incident',
        happenedFromHint: 'Dans la mesure où on le sait; une approximation suffit.',
        happenedUntil: 'Fin de l’incident',
      },
      risk: {
        title: 'Risque de préjudice',
        hint: 'Tenez compte de la sensibilité des renseignements concernés, des conséquences appréhendées de leur utilisation et de la probabilité qu’ils soient utilisés à des fins préjudiciables (Loi 25, art. 3.7; LPRPDE, art. 10.1(8)).',
        rationale: 'Justification',
        rationalePlaceholder:
          'p. ex. Noms et adresses courriel seulement, aucune donnée financière; l’exportation a été téléchargée une fois depuis une adresse IP liée à une trousse d’hameçonnage connue, une utilisation malveillante est donc probable.',
        rationaleHint:
          'Conservée au registre même si personne n’est avisé : c’est ce qui prouve la décision.',
        quebec: 'Québec — risque de préjudice sérieux',
        quebecHint:
          'Loi 25, art. 3.5 : aviser avec diligence la Commission d’accès à l’information et les personnes concernées.',
        canada: 'Canada — risque réel de préjudice grave',
        canadaHint:
          'LPRPDE, art. 10.1 : déclarer l’atteinte au Commissaire à la protection de la vie privée et aviser les personnes le plus tôt possible. Le préjudice grave comprend notamment l’humiliation, le dommage à la réputation, la perte financière et le vol d’identité (art. 10.1(7)).',
        gdpr: 'RGPD — risque pour les droits et libertés des personnes',
        consulted: 'Responsable de la protection des renseignements personnels consulté',
        consultedPlaceholder: 'Nom et titre',
        consultedHint: 'La Loi 25 (art. 3.7) exige de le consulter avant de conclure.',
      },
      affected: {
        title: 'Personnes et enregistrements touchés',
        hint: 'Laissez un nombre vide s’il est inconnu.',
        persons: 'Personnes',
        personsQuebec: 'Dont au Québec',
        personsCanadaOutsideQuebec: 'Au Canada hors Québec',
        personsEu: 'Dans l’UE',
        records: 'Enregistrements',
        estimates: 'Ces nombres sont des estimations',
        estimatesHint: 'Les avis et le registre indiquent « environ ».',
      },
      holds: {
        title: 'Suspensions et exemptions',
        lawEnforcement: 'Suspension pour enquête',
        lawEnforcementHint:
          'Aviser les personnes concernées pourrait entraver une enquête : l’avis aux personnes prévu par la Loi 25 est suspendu tant que cette case est cochée (art. 3.5).',
        otherOrganization: 'Une autre organisation peut réduire le préjudice',
        otherOrganizationHint:
          'LPRPDE, art. 10.2 : l’aviser également (p. ex. une banque qui peut bloquer des cartes).',
        exemption: 'Exemption au titre de l’art. 34(3) du RGPD (facultative)',
        exemptionPlaceholder:
          'p. ex. a) les données étaient chiffrées avec des clés qui n’ont pas été exposées',
        exemptionHint:
          'Consigner un motif signifie que les personnes concernées ne sont pas informées; la raison est documentée.',
      },
      facts: {
        title: 'Faits pour les avis',
        hint: 'Les avis sont rédigés à partir de ces faits; un champ laissé vide devient un espace entre crochets à remplir dans l’avis.',
        personalInformation: 'Renseignements personnels visés',
        personalInformationPlaceholder: 'p. ex. Noms, adresses courriel et mots de passe hachés',
        consequences: 'Conséquences probables',
        consequencesPlaceholder: 'p. ex. Hameçonnage ciblé',
        measuresTaken: 'Mesures prises',
        measuresTakenPlaceholder:
          'p. ex. Clé révoquée, sessions fermées, débit limité sur le point de terminaison d’exportation',
        measuresForPersons: 'Ce que les personnes peuvent faire',
        measuresForPersonsPlaceholder:
          'p. ex. Changez votre mot de passe; méfiez-vous des courriels qui vous le demandent',
      },
      errors: (n: number) =>
        plural('fr-CA', n, {
          one: 'Une réponse ci-dessus demande votre attention.',
          other: `${n} réponses ci-dessus demandent votre attention.`,
        }),
      saveNote:
        'L’enregistrement recalcule les obligations de notification à partir de ces réponses : les nouvelles font partir leur délai, celles qui ne s’appliquent plus sont retirées et les avis envoyés restent consignés.',
      cancel: 'Annuler',
      save: 'Enregistrer l’évaluation',
    },
    summary: {
      yes: 'Oui',
      no: 'Non',
      personalData: 'Renseignements personnels',
      role: 'Notre rôle',
      awareSince: 'Prise de connaissance',
      breachDetermined: 'Atteinte constatée',
      happened: 'Période',
      to: ' au ',
      quebec: 'Québec : préjudice sérieux',
      pipeda: 'LPRPDE : préjudice grave',
      gdpr: 'Risque RGPD',
      affected: 'Personnes touchées',
      rationale: 'Justification',
      consulted: 'Personne consultée',
      hold: 'Suspension',
      holdInForce: 'Suspension pour enquête en vigueur',
      exemption: 'Art. 34(3)',
      information: 'Renseignements',
      consequences: 'Conséquences',
      measuresTaken: 'Mesures prises',
      forPeople: 'Pour les personnes',
    },
    changes: {
      saved: (version?: number) =>
        `Évaluation enregistrée${version ? ` (version ${version})` : ''}\u00a0: obligations recalculées`,
      none: 'Aucune obligation de notification n’a été ajoutée ni retirée.',
      added: 'Ajoutée',
      retired: 'Retirée',
    },
  },
);
