import { setActiveLocale } from '../../i18n';
import {
  backupResultLabel,
  backupServerErrors,
  emptyBackupTestDraft,
  emptyCheck,
  sameValue,
  toBackupTestBody,
  type BackupTestDraft,
} from './backup-test-form';

// Jest runs with TZ=UTC (scripts/test.mjs): datetime-local values read as UTC here.
const local = (iso: string) => new Date(iso).toISOString();
const NOW = Date.parse('2026-11-20T12:00:00.000Z');

const filled = (overrides: Partial<BackupTestDraft> = {}): BackupTestDraft => ({
  ...emptyBackupTestDraft(),
  restoredWhat: '  Customer database to staging ',
  backupTakenAt: '2026-11-19T02:00',
  startedAt: '2026-11-19T09:00',
  finishedAt: '2026-11-19T10:30',
  result: 'passed',
  checks: [
    {
      key: 'c1',
      method: 'Row count, orders',
      expected: '1,204,332',
      actual: '1204332',
      passed: 'yes',
    },
    emptyCheck('c2'),
  ],
  ...overrides,
});

describe('toBackupTestBody', () => {
  it('sends the times as UTC, trimmed text, and only the checks that were filled in', () => {
    expect(toBackupTestBody(filled({ serviceId: 'customer-db' }), NOW)).toEqual({
      ok: true,
      value: {
        serviceId: 'customer-db',
        restoredWhat: 'Customer database to staging',
        backupTakenAt: local('2026-11-19T02:00'),
        startedAt: local('2026-11-19T09:00'),
        finishedAt: local('2026-11-19T10:30'),
        integrityChecks: [
          { method: 'Row count, orders', expected: '1,204,332', actual: '1204332', passed: true },
        ],
        result: 'passed',
        notes: '',
      },
    });
  });

  it('sends no service as null', () => {
    const result = toBackupTestBody(filled(), NOW);
    expect(result.ok && result.value.serviceId).toBeNull();
  });

  it('asks for what was restored, every time and the result', () => {
    expect(toBackupTestBody(emptyBackupTestDraft(), NOW)).toEqual({
      ok: false,
      errors: {
        restoredWhat: 'Say what was restored, e.g. the customer database to staging.',
        backupTakenAt: 'When was the restored backup taken?',
        startedAt: 'When did the restore start?',
        finishedAt: 'When did it finish?',
        result: 'Choose the result.',
      },
    });
  });

  it('refuses times out of order or in the future', () => {
    const result = toBackupTestBody(
      filled({
        backupTakenAt: '2026-11-19T12:00',
        finishedAt: '2026-11-19T08:00',
      }),
      NOW,
    );
    expect(result).toEqual({
      ok: false,
      errors: {
        finishedAt: 'Finishes before it starts.',
        backupTakenAt: 'A restore cannot use a backup taken after it started.',
      },
    });
    expect(toBackupTestBody(filled({ finishedAt: '2026-11-21T08:00' }), NOW)).toEqual({
      ok: false,
      errors: { finishedAt: 'This is in the future.' },
    });
  });

  it('wants each check named and answered, and no "passed" test with a failed check', () => {
    const result = toBackupTestBody(
      filled({
        checks: [
          { key: 'c1', method: '', expected: '10', actual: '10', passed: '' },
          {
            key: 'c2',
            method: 'SHA-256 of the dump',
            expected: 'ab12',
            actual: 'ff00',
            passed: 'no',
          },
        ],
      }),
      NOW,
    );
    expect(result).toEqual({
      ok: false,
      errors: {
        'checks.c1.method': 'Name the check, e.g. row count.',
        'checks.c1.passed': 'Did it match?',
        result: 'A check failed: record the test as partial or failed.',
      },
    });
    expect(
      toBackupTestBody(
        filled({
          result: 'partial',
          checks: [
            { key: 'c2', method: 'SHA-256', expected: 'ab12', actual: 'ff00', passed: 'no' },
          ],
        }),
        NOW,
      ).ok,
    ).toBe(true);
  });
});

describe('sameValue', () => {
  it.each<[string, string, boolean]>([
    ['1,204,332', '1204332', true],
    ['ABC12', ' abc12 ', true],
    ['10', '11', false],
    ['', '', false],
  ])('%j vs %j → %s', (expected, actual, same) => {
    expect(sameValue(expected, actual)).toBe(same);
  });
});

describe('backupServerErrors', () => {
  it('puts a message on an index of the sent checks back on its row', () => {
    const draft = filled({
      checks: [emptyCheck('c1'), { ...emptyCheck('c7'), method: 'Row count', passed: 'yes' }],
    });
    expect(
      backupServerErrors(draft, { 'integrityChecks.0.method': 'too long', notes: 'too long' }),
    ).toEqual({ 'checks.c7.method': 'too long', notes: 'too long' });
  });
});

describe('in French', () => {
  afterEach(() => setActiveLocale('en'));

  it('names the results and says what is wrong', () => {
    setActiveLocale('fr-CA');
    expect(backupResultLabel('partial')).toBe('Partiel');
    expect(
      toBackupTestBody(
        filled({
          finishedAt: '2026-11-19T08:00',
          checks: [{ ...emptyCheck('c1'), method: 'SHA-256', passed: 'no' }],
        }),
        NOW,
      ),
    ).toEqual({
      ok: false,
      errors: {
        finishedAt: 'La fin précède le début.',
        result: 'Une vérification a échoué\u00a0: consignez le test comme partiel ou échoué.',
      },
    });
  });
});
