import { setActiveLocale } from '../../i18n';
import { toLocalInput } from '../incidents/local-time';
import { emptyFinishDraft, finishPreview, finishRunBody } from './finish-run-form';
import { aRun } from './test-builders';

const now = Date.parse('2026-11-20T13:10:20.000Z');
const run = aRun({
  disruptionStartedAt: '2026-11-20T10:00:00.000Z',
  lastGoodBackupAt: '2026-11-20T04:00:00.000Z',
});

describe('finishRunBody', () => {
  it('defaults to recovered now from the last good backup, leaving "now" to the API', () => {
    const draft = emptyFinishDraft(run, now);
    expect(draft.recoveryPointAt).toBe(toLocalInput(run.lastGoodBackupAt));
    expect(finishRunBody(run, draft, now)).toEqual({
      ok: true,
      value: { outcome: 'recovered', recoveryPointAt: '2026-11-20T04:00:00.000Z' },
    });
  });

  it('sends an earlier restore time as UTC', () => {
    const draft = {
      ...emptyFinishDraft(run, now),
      restoredAt: toLocalInput('2026-11-20T12:00:00.000Z'),
    };
    const result = finishRunBody(run, draft, now);
    expect(result.ok && result.value.restoredAt).toBe('2026-11-20T12:00:00.000Z');
  });

  it.each([
    [
      'a restore before the disruption',
      { restoredAt: toLocalInput('2026-11-20T09:00:00.000Z') },
      { restoredAt: 'Service cannot be restored before the disruption started.' },
    ],
    [
      'a recovery point after the disruption',
      { recoveryPointAt: toLocalInput('2026-11-20T11:00:00.000Z') },
      { recoveryPointAt: 'The recovery point cannot be later than the disruption.' },
    ],
    [
      'an abort without a reason',
      { outcome: 'aborted' as const },
      { note: 'Say why the run stops without recovering.' },
    ],
  ])('refuses %s', (_name, patch, errors) => {
    expect(finishRunBody(run, { ...emptyFinishDraft(run, now), ...patch }, now)).toEqual({
      ok: false,
      errors,
    });
  });

  it('refuses in Québec French once the console speaks it', () => {
    setActiveLocale('fr-CA');
    try {
      const draft = { ...emptyFinishDraft(run, now), outcome: 'aborted' as const };
      expect(finishRunBody(run, draft, now)).toEqual({
        ok: false,
        errors: {
          note: 'Indiquez pourquoi l’exécution s’arrête sans que le service soit rétabli.',
        },
      });
    } finally {
      setActiveLocale('en');
    }
  });

  it('sends no restore time for an aborted run', () => {
    const draft = {
      ...emptyFinishDraft(run, now),
      outcome: 'aborted' as const,
      note: 'Vendor outage',
    };
    expect(finishRunBody(run, draft, now)).toEqual({
      ok: true,
      value: {
        outcome: 'aborted',
        recoveryPointAt: '2026-11-20T04:00:00.000Z',
        note: 'Vendor outage',
      },
    });
  });
});

describe('finishPreview', () => {
  it('says what finishing would record against the objectives', () => {
    const preview = finishPreview(run, emptyFinishDraft(run, now), now);
    expect(preview).toEqual({ rtoMinutes: 190, rpoMinutes: 360, rtoMet: true, rpoMet: true });
  });

  it('reads the minute that holds now as now, even for a run started within that minute', () => {
    const fresh = { ...run, disruptionStartedAt: '2026-11-20T13:10:05.000Z' };
    expect(finishPreview(fresh, emptyFinishDraft(fresh, now), now)?.rtoMinutes).toBe(0);
  });

  it('has nothing to say for an abort', () => {
    const draft = { ...emptyFinishDraft(run, now), outcome: 'aborted' as const };
    expect(finishPreview(run, draft, now)).toBeNull();
  });
});
