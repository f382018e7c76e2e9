import { setActiveLocale } from '../../i18n';
import {
  achievedOf,
  drillServerErrors,
  drillTypeHint,
  drillTypeLabel,
  emptyDrillDraft,
  emptyFinding,
  parseParticipants,
  toDrillBody,
  type DrillDraft,
} from './drill-form';

// Jest runs with TZ=UTC (scripts/test.mjs): datetime-local values read as UTC here.
const utc = (local: string) => new Date(local).toISOString();
const NOW = Date.parse('2026-11-20T12:00:00.000Z');

const filled = (overrides: Partial<DrillDraft> = {}): DrillDraft => ({
  ...emptyDrillDraft(),
  scenario: 'Ransomware encrypts the primary database',
  type: 'functional_restore',
  participants: 'Ana Ops\nBen DBA, Chloé\n\nAna Ops',
  interruptionAt: '2026-11-10T08:00',
  restoredAt: '2026-11-11T14:00',
  recoveryPointAt: '2026-11-10T02:00',
  ...overrides,
});

describe('toDrillBody', () => {
  it('builds the drill with its times in UTC and its participants one each', () => {
    expect(toDrillBody(filled(), NOW)).toEqual({
      ok: true,
      value: {
        scenario: 'Ransomware encrypts the primary database',
        type: 'functional_restore',
        runId: null,
        participants: ['Ana Ops', 'Ben DBA', 'Chloé'],
        keyPersonnelUnavailable: false,
        interruptionAt: utc('2026-11-10T08:00'),
        restoredAt: utc('2026-11-11T14:00'),
        recoveryPointAt: utc('2026-11-10T02:00'),
        findings: [],
      },
    });
  });

  it('accepts a tabletop with no restore and no recovery point', () => {
    const result = toDrillBody(
      filled({ type: 'tabletop', restoredAt: '', recoveryPointAt: '' }),
      NOW,
    );
    expect(result.ok && [result.value.restoredAt, result.value.recoveryPointAt]).toEqual([
      null,
      null,
    ]);
  });

  it('sends findings with their ticket, due and closed times, blank ones as null', () => {
    const result = toDrillBody(
      filled({
        findings: [
          {
            ...emptyFinding('f1'),
            severity: 'high',
            description: ' DNS switch missing from the runbook ',
            ticket: 'OPS-142',
            dueAt: '2026-12-01T17:00',
          },
          {
            ...emptyFinding('f2'),
            description: 'Backup alerts went to a former employee',
            closedAt: '2026-11-15T10:00',
          },
        ],
      }),
      NOW,
    );
    expect(result.ok && result.value.findings).toEqual([
      {
        severity: 'high',
        description: 'DNS switch missing from the runbook',
        ticket: 'OPS-142',
        dueAt: utc('2026-12-01T17:00'),
        closedAt: null,
      },
      {
        severity: 'medium',
        description: 'Backup alerts went to a former employee',
        ticket: null,
        dueAt: null,
        closedAt: utc('2026-11-15T10:00'),
      },
    ]);
  });

  it('says what is missing or out of order, each on its field', () => {
    expect(
      toDrillBody(
        {
          ...emptyDrillDraft(),
          restoredAt: '2026-11-09T08:00',
          findings: [{ ...emptyFinding('f1'), closedAt: '2026-12-25T08:00' }],
        },
        NOW,
      ),
    ).toEqual({
      ok: false,
      errors: {
        interruptionAt: 'When did the simulated interruption start? RTO and RPO count from it.',
        scenario: 'Describe the scenario, e.g. ransomware encrypts the primary database.',
        type: 'Choose the kind of drill.',
        'findings.f1.description': 'Describe the finding.',
        'findings.f1.closedAt': 'This is in the future.',
      },
    });
    expect(
      toDrillBody(
        filled({ restoredAt: '2026-11-10T07:00', recoveryPointAt: '2026-11-10T09:00' }),
        NOW,
      ),
    ).toEqual({
      ok: false,
      errors: {
        restoredAt: 'Restored before the interruption started.',
        recoveryPointAt: 'The recovery point is the last good data before the interruption.',
      },
    });
  });
});

describe('achievedOf', () => {
  it('measures RTO from the interruption to the restore, RPO back to the recovery point', () => {
    expect(achievedOf(filled())).toEqual({ rtoMinutes: 30 * 60, rpoMinutes: 6 * 60 });
    expect(achievedOf(filled({ restoredAt: '' }))).toEqual({ rtoMinutes: null, rpoMinutes: 360 });
    expect(achievedOf(filled({ interruptionAt: 'soon' }))).toEqual({
      rtoMinutes: null,
      rpoMinutes: null,
    });
  });
});

describe('parseParticipants', () => {
  it('splits on lines, commas and semicolons, once each', () => {
    expect(parseParticipants(' Ana Ops ;Ben\n\nAna Ops,')).toEqual(['Ana Ops', 'Ben']);
  });
});

describe('drillServerErrors', () => {
  it('puts a finding message back on the row sent at that index', () => {
    const draft = filled({ findings: [emptyFinding('f4'), emptyFinding('f9')] });
    expect(drillServerErrors(draft, { 'findings.1.ticket': 'too long' })).toEqual({
      'findings.f9.ticket': 'too long',
    });
  });
});

describe('in French', () => {
  afterEach(() => setActiveLocale('en'));

  it('names the drill types and says what is missing', () => {
    setActiveLocale('fr-CA');
    expect(drillTypeLabel('tabletop')).toBe('Exercice sur table');
    expect(drillTypeHint('failover')).toBe(
      'La production bascule vers le site ou la région de reprise.',
    );
    expect(toDrillBody(emptyDrillDraft(), NOW)).toEqual({
      ok: false,
      errors: {
        interruptionAt:
          'Quand l’interruption simulée a-t-elle commencé? Le RTO et le RPO se calculent à partir de ce moment.',
        scenario:
          'Décrivez le scénario, p. ex. un rançongiciel chiffre la base de données principale.',
        type: 'Choisissez le type d’exercice.',
      },
    });
  });
});
