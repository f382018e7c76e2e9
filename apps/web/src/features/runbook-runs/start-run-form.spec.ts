import { setActiveLocale } from '../../i18n';
import { toLocalInput } from '../incidents/local-time';
import { emptyStartRunDraft, startRunBody } from './start-run-form';

const now = Date.parse('2026-11-20T12:00:30.000Z');
const local = (iso: string) => toLocalInput(iso);

describe('startRunBody', () => {
  it('leaves the disruption out when it is now, so the API stamps the exact second', () => {
    const draft = emptyStartRunDraft(now, 'inc-1');
    expect(startRunBody(draft, now)).toEqual({
      ok: true,
      value: { drill: false, incidentId: 'inc-1' },
    });
  });

  it('sends an earlier disruption and the last good backup as UTC', () => {
    const result = startRunBody(
      {
        incidentId: '',
        drill: true,
        disruptionStartedAt: local('2026-11-20T09:15:00.000Z'),
        lastGoodBackupAt: local('2026-11-20T03:00:00.000Z'),
      },
      now,
    );
    expect(result).toEqual({
      ok: true,
      value: {
        drill: true,
        disruptionStartedAt: '2026-11-20T09:15:00.000Z',
        lastGoodBackupAt: '2026-11-20T03:00:00.000Z',
      },
    });
  });

  it.each([
    [
      'a backup after the disruption',
      {
        disruptionStartedAt: local('2026-11-20T09:00:00.000Z'),
        lastGoodBackupAt: local('2026-11-20T10:00:00.000Z'),
      },
      { lastGoodBackupAt: 'The last good backup cannot be later than the disruption.' },
    ],
    [
      'a disruption in the future',
      { disruptionStartedAt: local('2026-11-20T14:00:00.000Z'), lastGoodBackupAt: '' },
      { disruptionStartedAt: 'The disruption cannot start in the future.' },
    ],
    [
      'a time that does not exist',
      { disruptionStartedAt: '2026-02-30T10:00', lastGoodBackupAt: '' },
      { disruptionStartedAt: 'Not a date and time: pick one, or leave it empty.' },
    ],
  ])('refuses %s', (_name, times, errors) => {
    expect(startRunBody({ incidentId: '', drill: false, ...times }, now)).toEqual({
      ok: false,
      errors,
    });
  });

  it('refuses in Québec French once the console speaks it', () => {
    setActiveLocale('fr-CA');
    try {
      const draft = {
        disruptionStartedAt: local('2026-11-20T14:00:00.000Z'),
        lastGoodBackupAt: '',
      };
      expect(startRunBody({ incidentId: '', drill: false, ...draft }, now)).toEqual({
        ok: false,
        errors: { disruptionStartedAt: 'L’interruption ne peut pas commencer dans l’avenir.' },
      });
    } finally {
      setActiveLocale('en');
    }
  });
});
