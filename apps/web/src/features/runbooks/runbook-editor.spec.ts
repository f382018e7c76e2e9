import { setActiveLocale } from '../../i18n';
import { aRunbook, aStep } from '../runbook-runs/test-builders';
import {
  draftOfRunbook,
  editorReducer,
  emptyRunbookDraft,
  sameDraft,
  stepErrorCount,
  toRunbookInput,
  type EditorAction,
  type RunbookDraft,
} from './runbook-editor';

const run = (draft: RunbookDraft, ...actions: EditorAction[]) =>
  actions.reduce(editorReducer, draft);
const titles = (draft: RunbookDraft) => draft.steps.map((s) => s.title);

const threeSteps = () =>
  run(
    emptyRunbookDraft(),
    { type: 'updateStep', key: 's1', patch: { title: 'A' } },
    { type: 'addStep' },
    { type: 'updateStep', key: 's2', patch: { title: 'B' } },
    { type: 'addStep' },
    { type: 'updateStep', key: 's3', patch: { title: 'C' } },
  );

describe('editorReducer', () => {
  it('adds steps at the end, or below a given one, with keys never reused', () => {
    const draft = run(threeSteps(), { type: 'addStep', after: 's1' });
    expect(titles(draft)).toEqual(['A', '', 'B', 'C']);
    expect(draft.steps.map((s) => s.key)).toEqual(['s1', 's4', 's2', 's3']);
    const again = run(draft, { type: 'removeStep', key: 's4' }, { type: 'addStep' });
    expect(again.steps.at(-1)?.key).toBe('s5');
  });

  it.each([
    { key: 's1', direction: 'down', expected: ['B', 'A', 'C'] },
    { key: 's3', direction: 'up', expected: ['A', 'C', 'B'] },
    { key: 's1', direction: 'up', expected: ['A', 'B', 'C'] },
    { key: 's3', direction: 'down', expected: ['A', 'B', 'C'] },
    { key: 'nope', direction: 'up', expected: ['A', 'B', 'C'] },
  ] as const)('moves $key $direction → $expected', ({ key, direction, expected }) => {
    expect(titles(run(threeSteps(), { type: 'moveStep', key, direction }))).toEqual(expected);
  });

  it('removes a step but never the last one', () => {
    expect(titles(run(threeSteps(), { type: 'removeStep', key: 's2' }))).toEqual(['A', 'C']);
    const one = emptyRunbookDraft();
    expect(run(one, { type: 'removeStep', key: 's1' })).toBe(one);
  });

  it('toggles categories and services', () => {
    const draft = run(
      emptyRunbookDraft(),
      { type: 'toggleCategory', category: 'Data loss' },
      { type: 'toggleCategory', category: 'Ransomware' },
      { type: 'toggleCategory', category: 'Data loss' },
      { type: 'toggleService', id: 'orders-db' },
    );
    expect(draft.categories).toEqual(['Ransomware']);
    expect(draft.services).toEqual(['orders-db']);
  });
});

describe('draftOfRunbook and sameDraft', () => {
  it('reads a runbook in step order, and finds it unchanged until something is edited', () => {
    const runbook = aRunbook({
      steps: [
        aStep({ id: 'b', position: 2, title: 'Second', expectedMinutes: 15, role: 'dpo' }),
        aStep({ id: 'a', position: 1, title: 'First' }),
      ],
    });
    const draft = draftOfRunbook(runbook);
    expect(draft.steps.map((s) => [s.title, s.role, s.expectedMinutes])).toEqual([
      ['First', '', ''],
      ['Second', 'dpo', '15'],
    ]);
    const rekeyed = run(draft, { type: 'addStep', after: 's1' }, { type: 'removeStep', key: 's3' });
    expect(sameDraft(draft, rekeyed)).toBe(true);
    expect(sameDraft(draft, run(draft, { type: 'set', field: 'title', value: 'Other' }))).toBe(
      false,
    );
    expect(sameDraft(draft, run(draft, { type: 'moveStep', key: 's1', direction: 'down' }))).toBe(
      false,
    );
  });
});

describe('toRunbookInput', () => {
  it('builds the API body: trimmed, empty estimates and roles as null', () => {
    const draft = run(
      threeSteps(),
      { type: 'set', field: 'title', value: '  Restore orders  ' },
      { type: 'setKind', kind: 'DRP' },
      { type: 'updateStep', key: 's2', patch: { expectedMinutes: ' 20 ', role: 'responder' } },
    );
    const result = toRunbookInput(draft);
    expect(result).toEqual({
      ok: true,
      value: {
        title: 'Restore orders',
        kind: 'DRP',
        summary: '',
        services: [],
        categories: [],
        steps: [
          { title: 'A', body: '', role: null, expectedMinutes: null },
          { title: 'B', body: '', role: 'responder', expectedMinutes: 20 },
          { title: 'C', body: '', role: null, expectedMinutes: null },
        ],
      },
    });
  });

  it('names each field that needs attention, by step', () => {
    const draft = run(
      threeSteps(),
      { type: 'updateStep', key: 's2', patch: { title: '  ' } },
      { type: 'updateStep', key: 's3', patch: { expectedMinutes: '1.5' } },
    );
    const result = toRunbookInput(draft);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors.title).toBe('Give the runbook a title.');
    expect(result.errors['steps.1.title']).toBe('Give step 2 a title.');
    expect(result.errors['steps.2.expectedMinutes']).toMatch(/Whole minutes/);
    expect(stepErrorCount(result.errors)).toBe(2);
  });

  it('says what needs attention in French', () => {
    setActiveLocale('fr-CA');
    try {
      const draft = run(
        threeSteps(),
        { type: 'updateStep', key: 's2', patch: { title: '  ' } },
        { type: 'updateStep', key: 's3', patch: { expectedMinutes: '1.5' } },
      );
      const result = toRunbookInput(draft);
      if (result.ok) throw new Error('expected errors');
      expect(result.errors.title).toBe('Donnez un titre à la procédure.');
      expect(result.errors['steps.1.title']).toBe('Donnez un titre à l’étape 2.');
      expect(result.errors['steps.2.expectedMinutes']).toBe(
        'Minutes entières, p. ex. 15; ou laissez vide.',
      );
    } finally {
      setActiveLocale('en');
    }
  });
});
