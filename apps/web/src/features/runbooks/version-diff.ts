import type { Runbook, RunbookStep } from '@vigil/contracts';
import { pick } from '../../i18n';
import { runbookMessages } from './messages';

type StepField = 'body' | 'role' | 'expectedMinutes';

/** What happened to one step between two versions; positions count from 1. */
export type StepChange =
  | { kind: 'added'; title: string; position: number }
  | { kind: 'removed'; title: string; position: number }
  | { kind: 'renamed'; from: string; to: string; position: number; fields: StepField[] }
  | { kind: 'moved'; title: string; from: number; to: number; fields: StepField[] }
  | { kind: 'edited'; title: string; position: number; fields: StepField[] };

export interface ListChange {
  added: string[];
  removed: string[];
}

export interface RunbookDiff {
  /** The runbook's own fields that differ, with both values. */
  fields: { field: 'title' | 'kind' | 'summary'; from: string; to: string }[];
  categories: ListChange;
  services: ListChange;
  steps: StepChange[];
  unchanged: boolean;
}

type Op =
  { type: 'equal'; a: number; b: number } | { type: 'del'; a: number } | { type: 'ins'; b: number };

const titleKey = (step: RunbookStep) => step.title.trim().toLowerCase();

/** The longest run of step titles both versions share, in order; the rest is deleted or inserted. */
const alignSteps = (a: readonly string[], b: readonly string[]): Op[] => {
  const n = a.length;
  const m = b.length;
  const lcs = Array.from({ length: n + 1 }, () => new Array<number>(m + 1).fill(0));
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      lcs[i][j] = a[i] === b[j] ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
    }
  }
  const ops: Op[] = [];
  let i = 0;
  let j = 0;
  while (i < n && j < m) {
    if (a[i] === b[j]) ops.push({ type: 'equal', a: i++, b: j++ });
    else if (lcs[i + 1][j] >= lcs[i][j + 1]) ops.push({ type: 'del', a: i++ });
    else ops.push({ type: 'ins', b: j++ });
  }
  while (i < n) ops.push({ type: 'del', a: i++ });
  while (j < m) ops.push({ type: 'ins', b: j++ });
  return ops;
};

const STOP_WORDS = new Set(['a', 'an', 'and', 'the', 'of', 'or', 'to', 'in', 'on', 'for', 'with']);

const words = (title: string) =>
  new Set(
    title
      .toLowerCase()
      .split(/[^\p{L}\p{N}]+/u)
      .filter((w) => w && !STOP_WORDS.has(w)),
  );

/** Two titles this alike (Dice over their words), or the same instructions, are one step renamed. */
const RENAME_LIKENESS = 0.5;

const likeness = (x: RunbookStep, y: RunbookStep): number => {
  if (x.body.trim() && x.body.trim() === y.body.trim()) return 1;
  const wx = words(x.title);
  const wy = words(y.title);
  const shared = [...wx].filter((w) => wy.has(w)).length;
  return wx.size + wy.size === 0 ? 0 : (2 * shared) / (wx.size + wy.size);
};

const changedFields = (a: RunbookStep, b: RunbookStep): StepField[] =>
  (['body', 'role', 'expectedMinutes'] as const).filter((f) =>
    f === 'body' ? a.body.trim() !== b.body.trim() : a[f] !== b[f],
  );

const listChange = (before: readonly string[], after: readonly string[]): ListChange => ({
  added: after.filter((v) => !before.includes(v)),
  removed: before.filter((v) => !after.includes(v)),
});

const byPosition = (steps: readonly RunbookStep[]) =>
  [...steps].sort((x, y) => x.position - y.position);

/**
 * What changed from `before` to `after`. Step ids do not carry over between versions, so steps
 * are matched by title: the same title is the same step (edited or moved); between two matched
 * steps, a step that went and one that came with a like title (or the same instructions) are read
 * as one renamed, any other as removed and added.
 */
export const diffRunbooks = (before: Runbook, after: Runbook): RunbookDiff => {
  const a = byPosition(before.steps);
  const b = byPosition(after.steps);
  const ops = alignSteps(a.map(titleKey), b.map(titleKey));
  const steps: StepChange[] = [];

  // A title that left one place and came back at another moved.
  const deleted = ops.filter((op): op is Extract<Op, { type: 'del' }> => op.type === 'del');
  const inserted = ops.filter((op): op is Extract<Op, { type: 'ins' }> => op.type === 'ins');
  const used = new Set<Op>();
  for (const del of deleted) {
    const ins = inserted.find((op) => !used.has(op) && titleKey(b[op.b]) === titleKey(a[del.a]));
    if (!ins) continue;
    used.add(del).add(ins);
    steps.push({
      kind: 'moved',
      title: b[ins.b].title,
      from: del.a + 1,
      to: ins.b + 1,
      fields: changedFields(a[del.a], b[ins.b]),
    });
  }

  let gapDeleted: number[] = [];
  let gapInserted: number[] = [];
  const closeGap = () => {
    // Between two kept steps, a step that went and one that came alike enough is one renamed.
    const paired = new Map<number, number>();
    for (const ai of gapDeleted) {
      const match = gapInserted
        .filter((bi) => ![...paired.values()].includes(bi))
        .map((bi) => ({ bi, score: likeness(a[ai], b[bi]) }))
        .filter((m) => m.score >= RENAME_LIKENESS)
        .sort((x, y) => y.score - x.score)[0];
      if (match) paired.set(ai, match.bi);
    }
    for (const ai of gapDeleted) {
      const bi = paired.get(ai);
      if (bi === undefined) steps.push({ kind: 'removed', title: a[ai].title, position: ai + 1 });
      else {
        steps.push({
          kind: 'renamed',
          from: a[ai].title,
          to: b[bi].title,
          position: bi + 1,
          fields: changedFields(a[ai], b[bi]),
        });
      }
    }
    const renamedTo = new Set(paired.values());
    gapInserted
      .filter((bi) => !renamedTo.has(bi))
      .forEach((bi) => steps.push({ kind: 'added', title: b[bi].title, position: bi + 1 }));
    gapDeleted = [];
    gapInserted = [];
  };
  for (const op of ops) {
    if (used.has(op)) continue;
    if (op.type === 'del') gapDeleted.push(op.a);
    else if (op.type === 'ins') gapInserted.push(op.b);
    else {
      closeGap();
      const fields = changedFields(a[op.a], b[op.b]);
      if (fields.length) {
        steps.push({ kind: 'edited', title: b[op.b].title, position: op.b + 1, fields });
      }
    }
  }
  closeGap();

  const order = (c: StepChange) => (c.kind === 'moved' ? c.to : c.position);
  steps.sort((x, y) => order(x) - order(y) || (x.kind === 'removed' ? -1 : 1));

  const fields = (['title', 'kind', 'summary'] as const)
    .filter((f) => before[f].trim() !== after[f].trim())
    .map((field) => ({ field, from: before[field], to: after[field] }));
  const categories = listChange(before.categories, after.categories);
  const services = listChange(before.services, after.services);
  return {
    fields,
    categories,
    services,
    steps,
    unchanged:
      fields.length === 0 &&
      steps.length === 0 &&
      [categories, services].every((c) => c.added.length === 0 && c.removed.length === 0),
  };
};

/** "instructions and owner changed" */
export const fieldsText = (fields: readonly StepField[]): string => {
  const t = pick(runbookMessages).diff;
  const words = fields.map((f) => t.fields[f]);
  if (words.length === 0) return '';
  const list =
    words.length === 1 ? words[0] : `${words.slice(0, -1).join(', ')} ${t.and} ${words.at(-1)}`;
  return t.changed(list);
};
