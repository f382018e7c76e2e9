import type { SeverityLevel } from '@vigil/contracts';
import { SEVERITY_DEFINITIONS, SEVERITY_GUIDANCE, type SeverityDefinition } from '@vigil/domain';
import { defineMessages } from '../../i18n';

export type SeverityWords = Pick<SeverityDefinition, 'name' | 'description' | 'examples'>;

// The scale's English words are the domain's own (spec/domain.md §5); the French follows them.
const englishSeverities = Object.fromEntries(
  SEVERITY_DEFINITIONS.map(({ level, name, description, examples }) => [
    level,
    { name, description, examples },
  ]),
) as Record<SeverityLevel, SeverityWords>;

/** SEV1–SEV4 as the incident dialogs and the response targets explain them, in both languages. */
export const severityScaleMessages = defineMessages(
  { severities: englishSeverities, guidance: SEVERITY_GUIDANCE as readonly string[] },
  {
    severities: {
      SEV1: {
        name: 'Critique',
        description:
          'Compromission confirmée ou probable de renseignements personnels de clients, ou panne touchant tous les locataires.',
        examples: [
          'Renseignements personnels de clients exposés ou exfiltrés',
          'Le service est en panne pour tous les clients',
        ],
      },
      SEV2: {
        name: 'Majeure',
        description:
          'Exposition soupçonnée des renseignements personnels d’un client, ou panne majeure.',
        examples: [
          'Accès inattendu aux données d’un locataire, en cours d’enquête',
          'Une fonction essentielle est en panne',
        ],
      },
      SEV3: {
        name: 'Mineure',
        description: 'Un événement de sécurité déjà confiné, ou une dégradation partielle.',
        examples: ['Tentative d’intrusion bloquée', 'Réponses lentes pour certains clients'],
      },
      SEV4: {
        name: 'Faible',
        description: 'À titre informatif; aucun impact sur les clients.',
        examples: ['Balayage suspect mais inoffensif', 'Alarme sur un outil interne'],
      },
    },
    guidance: [
      'Un incident évalué comme présentant un risque réel de préjudice grave, un risque de préjudice sérieux ou un risque au sens du RGPD est de niveau SEV1 ou SEV2.',
      'En cas d’hésitation entre deux niveaux, choisissez le plus élevé.',
    ],
  },
);
