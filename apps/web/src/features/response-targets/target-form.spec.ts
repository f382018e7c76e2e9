import type { ResponseTarget } from '@vigil/contracts';
import { setActiveLocale } from '../../i18n';
import {
  durationDraftOf,
  durationUnitLabel,
  formatTargetMinutes,
  parseDuration,
  targetsDraftOf,
  toTargetsBody,
  type DurationDraft,
} from './target-form';

const DEFAULTS: ResponseTarget[] = [
  { severity: 'SEV1', acknowledgeMinutes: 15, containMinutes: 240, resolveMinutes: 1440 },
  { severity: 'SEV2', acknowledgeMinutes: 30, containMinutes: 480, resolveMinutes: 4320 },
];

describe('durationDraftOf', () => {
  it.each<[number, DurationDraft]>([
    [15, { amount: '15', unit: 'min' }],
    [90, { amount: '90', unit: 'min' }],
    [240, { amount: '4', unit: 'h' }],
    [1440, { amount: '1', unit: 'd' }],
    [4320, { amount: '3', unit: 'd' }],
    [1500, { amount: '25', unit: 'h' }],
  ])('%d minutes → %j', (minutes, draft) => {
    expect(durationDraftOf(minutes)).toEqual(draft);
  });

  it('round-trips through parseDuration', () => {
    for (const minutes of [1, 59, 61, 600, 1441, 525_600]) {
      expect(parseDuration(durationDraftOf(minutes))).toEqual({ ok: true, minutes });
    }
  });
});

describe('parseDuration', () => {
  it.each<[DurationDraft, number]>([
    [{ amount: '30', unit: 'min' }, 30],
    [{ amount: ' 4 ', unit: 'h' }, 240],
    [{ amount: '1.5', unit: 'h' }, 90],
    [{ amount: '1,5', unit: 'h' }, 90],
    [{ amount: '.5', unit: 'd' }, 720],
    [{ amount: '0.1', unit: 'h' }, 6],
    [{ amount: '365', unit: 'd' }, 525_600],
  ])('%j → %d minutes', (draft, minutes) => {
    expect(parseDuration(draft)).toEqual({ ok: true, minutes });
  });

  it.each<[DurationDraft, string]>([
    [{ amount: '', unit: 'h' }, 'Enter a duration.'],
    [{ amount: '4h', unit: 'h' }, 'A number, like 15 or 1.5.'],
    [{ amount: '-5', unit: 'min' }, 'A number, like 15 or 1.5.'],
    [{ amount: '1.33', unit: 'h' }, 'Whole minutes only: that is 79.8 minutes.'],
    [{ amount: '0', unit: 'min' }, 'At least 1 minute.'],
    [{ amount: '366', unit: 'd' }, 'At most 365 days.'],
  ])('%j: %s', (draft, error) => {
    expect(parseDuration(draft)).toEqual({ ok: false, error });
  });
});

describe('toTargetsBody', () => {
  it('sends only the rows that changed, in minutes', () => {
    const draft = targetsDraftOf(DEFAULTS);
    draft[0] = { ...draft[0]!, acknowledge: { amount: '0.5', unit: 'h' } };
    expect(toTargetsBody(draft, DEFAULTS)).toEqual({
      ok: true,
      items: [
        { severity: 'SEV1', acknowledgeMinutes: 30, containMinutes: 240, resolveMinutes: 1440 },
      ],
    });
  });

  it('sends nothing when the same durations are written in other units', () => {
    const draft = targetsDraftOf(DEFAULTS);
    draft[1] = { ...draft[1]!, contain: { amount: '480', unit: 'min' } };
    expect(toTargetsBody(draft, DEFAULTS)).toEqual({ ok: true, items: [] });
  });

  it('puts each message on its field, and keeps the clocks in order', () => {
    const draft = targetsDraftOf(DEFAULTS);
    draft[0] = { ...draft[0]!, acknowledge: { amount: '', unit: 'min' } };
    draft[1] = {
      ...draft[1]!,
      contain: { amount: '20', unit: 'min' },
      resolve: { amount: '10', unit: 'min' },
    };
    expect(toTargetsBody(draft, DEFAULTS)).toEqual({
      ok: false,
      errors: {
        'SEV1.acknowledge': 'Enter a duration.',
        'SEV2.contain': 'At least the acknowledge target (30 min).',
        'SEV2.resolve': 'At least the contain target (20 min).',
      },
    });
  });
});

describe('in French', () => {
  afterEach(() => setActiveLocale('en'));

  it('words the units, the durations and the mistakes', () => {
    setActiveLocale('fr-CA');
    expect(durationUnitLabel('h')).toBe('heures');
    expect([formatTargetMinutes(1440), formatTargetMinutes(240), formatTargetMinutes(90)]).toEqual([
      '1 j',
      '4 h',
      '1 h 30 min',
    ]);
    expect(parseDuration({ amount: '', unit: 'h' })).toEqual({
      ok: false,
      error: 'Saisissez une durée.',
    });
    expect(parseDuration({ amount: '1,33', unit: 'h' })).toEqual({
      ok: false,
      error: 'Minutes entières seulement\u00a0: cela fait 79,8 minutes.',
    });
    const draft = targetsDraftOf(DEFAULTS);
    draft[1] = { ...draft[1]!, contain: { amount: '20', unit: 'min' } };
    expect(toTargetsBody(draft, DEFAULTS)).toEqual({
      ok: false,
      errors: { 'SEV2.contain': 'Au moins le délai de prise en charge (30 min).' },
    });
  });
});
