import { RUNBOOK_KINDS, type Runbook, type RunbookKind } from '@vigil/contracts';
import { pick } from '../../i18n';
import type { RunbookQuery } from './api';
import { runbookMessages } from './messages';

/** What the library shows, as kept in the address bar: `?kind=&category=&q=&archived=1`. */
export interface RunbookFilter {
  kind?: RunbookKind;
  category?: string;
  q?: string;
  archived: boolean;
}

const text = (params: URLSearchParams, name: string, max: number) => {
  const value = params.get(name)?.trim();
  return value ? value.slice(0, max) : undefined;
};

export const parseRunbookFilter = (params: URLSearchParams): RunbookFilter => ({
  kind: RUNBOOK_KINDS.find((k) => k === params.get('kind')),
  category: text(params, 'category', 100),
  q: text(params, 'q', 200),
  archived: params.get('archived') === '1',
});

export const runbookFilterToParams = (filter: RunbookFilter): URLSearchParams => {
  const params = new URLSearchParams();
  if (filter.kind) params.set('kind', filter.kind);
  if (filter.category) params.set('category', filter.category);
  if (filter.q) params.set('q', filter.q);
  if (filter.archived) params.set('archived', '1');
  return params;
};

/** Kind, category and archive are the API's filters; the words are matched here. */
export const toRunbookQuery = (filter: RunbookFilter): RunbookQuery => ({
  ...(filter.kind ? { kind: filter.kind } : {}),
  ...(filter.category ? { category: filter.category } : {}),
  ...(filter.archived ? { archived: 'true' as const } : {}),
});

export const activeRunbookFilters = (filter: RunbookFilter): number =>
  [filter.kind, filter.category, filter.q].filter(Boolean).length;

const fold = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

/**
 * The runbooks whose title, summary, categories, services or step titles hold every word of the
 * search, in any order: "rds restore" finds "RDS point-in-time recovery" by its step "Restore…".
 */
export const searchRunbooks = (
  runbooks: readonly Runbook[],
  q: string | undefined,
  serviceNames: ReadonlyMap<string, string> = new Map(),
): Runbook[] => {
  const words = fold(q ?? '')
    .split(/\s+/)
    .filter(Boolean);
  if (words.length === 0) return [...runbooks];
  return runbooks.filter((runbook) => {
    const haystack = fold(
      [
        runbook.title,
        runbook.summary,
        runbook.kind,
        KIND_LABELS[runbook.kind].short,
        ...runbook.categories,
        ...runbook.services.flatMap((id) => [id, serviceNames.get(id) ?? '']),
        ...runbook.steps.map((s) => s.title),
      ].join('\n'),
    );
    return words.every((word) => haystack.includes(word));
  });
};

type KindLabel = { short: string; long: string; hint: string };

/** Each kind's words in the active language, read on each lookup: `KIND_LABELS[kind].long`. */
export const KIND_LABELS: Readonly<Record<RunbookKind, KindLabel>> = {
  get IR() {
    return pick(runbookMessages).kinds.IR;
  },
  get BCP() {
    return pick(runbookMessages).kinds.BCP;
  },
  get DRP() {
    return pick(runbookMessages).kinds.DRP;
  },
};

/** How the runbook filter lives in the page's address. */
export const RUNBOOK_FILTER_CODEC = { parse: parseRunbookFilter, toParams: runbookFilterToParams };
