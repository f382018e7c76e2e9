import {
  runbookInputSchema,
  type Role,
  type Runbook,
  type RunbookInput,
  type RunbookKind,
} from '@vigil/contracts';
import { pick } from '../../i18n';
import { issuesToFieldErrors, type FieldErrors } from '../../lib/form-errors';
import { runbookMessages } from './messages';

export type FormResult<T> = { ok: true; value: T } | { ok: false; errors: FieldErrors };

/** One step as typed in the editor; `key` only tells React the steps apart while they move. */
export interface StepDraft {
  key: string;
  title: string;
  /** Markdown. */
  body: string;
  /** '' for anyone running the runbook. */
  role: Role | '';
  /** Digits as typed; '' for no estimate. */
  expectedMinutes: string;
}

export interface RunbookDraft {
  title: string;
  kind: RunbookKind;
  summary: string;
  categories: string[];
  services: string[];
  steps: StepDraft[];
  /** The next step key to hand out: keys are never reused, so a moved step keeps its editor. */
  nextKey: number;
}

export type EditorAction =
  | { type: 'set'; field: 'title' | 'summary'; value: string }
  | { type: 'setKind'; kind: RunbookKind }
  | { type: 'toggleCategory'; category: string }
  | { type: 'toggleService'; id: string }
  | { type: 'addStep'; after?: string }
  | { type: 'removeStep'; key: string }
  | { type: 'moveStep'; key: string; direction: 'up' | 'down' }
  | { type: 'updateStep'; key: string; patch: Partial<Omit<StepDraft, 'key'>> }
  | { type: 'reset'; draft: RunbookDraft };

const blankStep = (key: string): StepDraft => ({
  key,
  title: '',
  body: '',
  role: '',
  expectedMinutes: '',
});

export const emptyRunbookDraft = (kind: RunbookKind = 'IR'): RunbookDraft => ({
  title: '',
  kind,
  summary: '',
  categories: [],
  services: [],
  steps: [blankStep('s1')],
  nextKey: 2,
});

export const draftOfRunbook = (runbook: Runbook): RunbookDraft => {
  const steps = [...runbook.steps]
    .sort((a, b) => a.position - b.position)
    .map((step, i) => ({
      key: `s${i + 1}`,
      title: step.title,
      body: step.body,
      role: step.role ?? ('' as const),
      expectedMinutes: step.expectedMinutes === null ? '' : String(step.expectedMinutes),
    }));
  return {
    title: runbook.title,
    kind: runbook.kind,
    summary: runbook.summary,
    categories: [...runbook.categories],
    services: [...runbook.services],
    steps,
    nextKey: steps.length + 1,
  };
};

const toggle = (values: readonly string[], value: string) =>
  values.includes(value) ? values.filter((v) => v !== value) : [...values, value];

export const editorReducer = (draft: RunbookDraft, action: EditorAction): RunbookDraft => {
  switch (action.type) {
    case 'set':
      return { ...draft, [action.field]: action.value };
    case 'setKind':
      return { ...draft, kind: action.kind };
    case 'toggleCategory':
      return { ...draft, categories: toggle(draft.categories, action.category) };
    case 'toggleService':
      return { ...draft, services: toggle(draft.services, action.id) };
    case 'addStep': {
      const step = blankStep(`s${draft.nextKey}`);
      const at = action.after
        ? draft.steps.findIndex((s) => s.key === action.after) + 1
        : draft.steps.length;
      const steps = [...draft.steps];
      steps.splice(at <= 0 ? steps.length : at, 0, step);
      return { ...draft, steps, nextKey: draft.nextKey + 1 };
    }
    case 'removeStep':
      // A runbook has at least one step (the API refuses none): the last one stays.
      if (draft.steps.length <= 1) return draft;
      return { ...draft, steps: draft.steps.filter((s) => s.key !== action.key) };
    case 'moveStep': {
      const index = draft.steps.findIndex((s) => s.key === action.key);
      const target = action.direction === 'up' ? index - 1 : index + 1;
      if (index < 0 || target < 0 || target >= draft.steps.length) return draft;
      const steps = [...draft.steps];
      const [moved] = steps.splice(index, 1);
      if (!moved) return draft;
      steps.splice(target, 0, moved);
      return { ...draft, steps };
    }
    case 'updateStep':
      return {
        ...draft,
        steps: draft.steps.map((s) => (s.key === action.key ? { ...s, ...action.patch } : s)),
      };
    case 'reset':
      return action.draft;
  }
};

/** The same runbook would be saved: keys and key counters aside. */
export const sameDraft = (a: RunbookDraft, b: RunbookDraft): boolean => {
  const plain = (d: RunbookDraft) =>
    JSON.stringify({
      ...d,
      nextKey: 0,
      categories: [...d.categories].sort(),
      services: [...d.services].sort(),
      steps: d.steps.map(({ key: _key, ...rest }) => rest),
    });
  return plain(a) === plain(b);
};

const MINUTES = /^\d+$/;

/** `POST /runbooks` or `PUT /runbooks/{id}`; errors keyed like the API's (`steps.2.title`). */
export const toRunbookInput = (draft: RunbookDraft): FormResult<RunbookInput> => {
  const t = pick(runbookMessages).editor;
  const errors: FieldErrors = {};
  const steps = draft.steps.map((step, i) => {
    const minutes = step.expectedMinutes.trim();
    if (minutes && !MINUTES.test(minutes)) {
      errors[`steps.${i}.expectedMinutes`] = t.wholeMinutes;
    }
    return {
      title: step.title.trim(),
      body: step.body,
      role: step.role || null,
      expectedMinutes: minutes && MINUTES.test(minutes) ? Number(minutes) : null,
    };
  });
  const body: RunbookInput = {
    title: draft.title.trim(),
    kind: draft.kind,
    summary: draft.summary.trim(),
    steps,
    services: draft.services,
    categories: draft.categories,
  };
  const parsed = runbookInputSchema.safeParse(body);
  const all = { ...(parsed.success ? {} : issuesToFieldErrors(parsed.error.issues)), ...errors };
  if (!body.title) all.title = t.noTitle;
  steps.forEach((step, i) => {
    if (!step.title) all[`steps.${i}.title`] = t.noStepTitle(i + 1);
  });
  if (Object.keys(all).length > 0 || !parsed.success) return { ok: false, errors: all };
  return { ok: true, value: body };
};

/** How many steps have an error: the save bar says so, the steps may be far down the page. */
export const stepErrorCount = (errors: FieldErrors): number =>
  new Set(
    Object.keys(errors)
      .filter((k) => k.startsWith('steps.'))
      .map((k) => k.split('.')[1]),
  ).size;
