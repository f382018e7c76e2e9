import {
  INCIDENT_CATEGORIES,
  RUNBOOK_KINDS,
  type Runbook,
  type RunbookRun,
} from '@vigil/contracts';
import { useId, useMemo, type MouseEvent } from 'react';
import { Link, useNavigate } from 'react-router';
import {
  Badge,
  Button,
  ButtonLink,
  Card,
  CheckIcon,
  DeadlineIcon,
  EmptyState,
  ErrorState,
  PageHeader,
  PlusIcon,
  RunbookIcon,
  SearchIcon,
  SelectField,
  Switch,
  TableSkeleton,
  TargetIcon,
  TextField,
  Timestamp,
} from '../../components/ui';
import { useMessages } from '../../i18n';
import { useUrlFilter } from '../../lib/use-url-filter';
import { useCurrentUser } from '../auth/queries';
import { Countdown } from '../deadlines/clock-parts';
import { DrillBadge } from '../runbook-runs/run-badges';
import { progressText, runProgress } from '../runbook-runs/run-progress';
import { runPath } from '../runbook-runs/paths';
import { useRuns } from '../runbook-runs/queries';
import { rtoDueAt } from '../runbook-runs/recovery-clock';
import { runbookPath } from './paths';
import { useRunbooks, useServiceNames } from './queries';
import { canWriteRunbooks } from './runbook-access';
import { KindBadge } from './runbook-badges';
import {
  activeRunbookFilters,
  KIND_LABELS,
  RUNBOOK_FILTER_CODEC,
  searchRunbooks,
  toRunbookQuery,
  type RunbookFilter,
} from './runbook-filter';
import { runbooksPageMessages } from './runbooks-page.messages';
import './runbooks.css';

const FilterBar = ({
  filter,
  categories,
  onChange,
  onClear,
}: {
  filter: RunbookFilter;
  categories: readonly string[];
  onChange: (patch: Partial<RunbookFilter>) => void;
  onClear: () => void;
}) => {
  const t = useMessages(runbooksPageMessages).filters;
  const kindName = useId();
  const active = activeRunbookFilters(filter);
  return (
    <section className="filter-bar" aria-label={t.label}>
      <div className="filter-bar__row">
        <div className="segmented" role="radiogroup" aria-label={t.kind}>
          {[undefined, ...RUNBOOK_KINDS].map((kind) => (
            <div className="segmented__option" key={kind ?? 'any'}>
              <input
                type="radio"
                id={`${kindName}-${kind ?? 'any'}`}
                name={kindName}
                checked={filter.kind === kind}
                onChange={() => onChange({ kind })}
              />
              <label
                htmlFor={`${kindName}-${kind ?? 'any'}`}
                title={kind ? KIND_LABELS[kind].long : undefined}
              >
                {kind ? KIND_LABELS[kind].short : t.allKinds}
              </label>
            </div>
          ))}
        </div>
        <Switch
          label={t.archived}
          showLabel
          checked={filter.archived}
          onChange={(e) => onChange({ archived: e.target.checked })}
        />
        <div className="filter-bar__actions">
          {active > 0 ? (
            <Button variant="ghost" size="sm" onClick={onClear}>
              {t.clear(active)}
            </Button>
          ) : null}
        </div>
      </div>
      <div className="filter-bar__grid">
        <TextField
          label={t.search}
          type="search"
          value={filter.q ?? ''}
          placeholder={t.searchPlaceholder}
          spellCheck={false}
          autoComplete="off"
          onChange={(e) => onChange({ q: e.target.value || undefined })}
        />
        <SelectField
          label={t.category}
          value={filter.category ?? ''}
          onChange={(e) => onChange({ category: e.target.value || undefined })}
        >
          <option value="">{t.anyCategory}</option>
          {categories.map((c) => (
            <option key={c} value={c}>
              {c}
            </option>
          ))}
        </SelectField>
      </div>
    </section>
  );
};

const RunningNow = ({ runs }: { runs: readonly RunbookRun[] }) => {
  const t = useMessages(runbooksPageMessages).runningNow;
  return (
    <Card flush title={t.title} className="runs-now" description={t.description}>
      <ul className="runs-now__list">
        {runs.map((run) => {
          const progress = runProgress(run.steps);
          return (
            <li key={run.id} className="runs-now__item">
              <span className="runs-now__main">
                <Link to={runPath(run.id)} className="runs-now__title">
                  {run.title}
                </Link>
                <span className="table__sub">
                  {[run.incidentReference, progressText(progress)].filter(Boolean).join(' · ')}
                </span>
              </span>
              {run.drill ? <DrillBadge /> : null}
              <span className="runs-now__clock">
                <span className="table__sub table__sub--flush">RTO {run.rtoHours} h</span>
                <Countdown deadline={rtoDueAt(run)} />
              </span>
            </li>
          );
        })}
      </ul>
    </Card>
  );
};

const RunbookTable = ({ runbooks }: { runbooks: readonly Runbook[] }) => {
  const t = useMessages(runbooksPageMessages).table;
  const navigate = useNavigate();
  const serviceNames = useServiceNames();
  const openRow = (event: MouseEvent<HTMLTableRowElement>, id: string) => {
    if ((event.target as HTMLElement).closest('a, button, input, select, textarea')) return;
    if (window.getSelection()?.toString()) return;
    void navigate(runbookPath(id));
  };
  return (
    <div className="table-wrap">
      <table className="table runbook-table">
        <caption className="visually-hidden">{t.caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t.kind}</th>
            <th scope="col">{t.runbook}</th>
            <th scope="col">{t.answers}</th>
            <th scope="col">{t.recovers}</th>
            <th scope="col" className="numeric">
              {t.steps}
            </th>
            <th scope="col">{t.version}</th>
          </tr>
        </thead>
        <tbody>
          {runbooks.map((runbook) => (
            <tr
              key={runbook.id}
              className={`runbook-row${runbook.archived ? ' table__row--muted' : ''}`}
              onClick={(event) => openRow(event, runbook.id)}
            >
              <td>
                <KindBadge kind={runbook.kind} />
              </td>
              <td className="runbook-row__main">
                <Link to={runbookPath(runbook.id)} className="runbook-row__title">
                  {runbook.title}
                </Link>
                {runbook.archived ? <Badge tone="neutral">{t.archived}</Badge> : null}
                {runbook.summary ? (
                  <span className="table__sub runbook-row__summary">{runbook.summary}</span>
                ) : null}
              </td>
              <td>
                {runbook.categories.length ? (
                  <span className="badge-list">
                    {runbook.categories.map((c) => (
                      <Badge key={c}>{c}</Badge>
                    ))}
                  </span>
                ) : (
                  <span className="muted">{t.anyIncident}</span>
                )}
              </td>
              <td>
                {runbook.services.length ? (
                  runbook.services.map((id) => serviceNames.get(id) ?? id).join(', ')
                ) : (
                  <span className="muted">{t.noService}</span>
                )}
              </td>
              <td className="numeric">{runbook.steps.length}</td>
              <td className="runbook-row__version">
                <span>v{runbook.version}</span>
                <span className="table__sub">
                  <Timestamp value={runbook.updatedAt} />
                </span>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
};

/** The IR, BCP and DRP library: filter by kind and category, search, open one to read or run it. */
export const RunbooksPage = () => {
  const t = useMessages(runbooksPageMessages);
  const me = useCurrentUser();
  const { filter, update, replace } = useUrlFilter(RUNBOOK_FILTER_CODEC);
  const query = useMemo(() => toRunbookQuery(filter), [filter]);
  const runbooks = useRunbooks(query);
  const running = useRuns({ status: 'running' });
  const serviceNames = useServiceNames();
  const canWrite = canWriteRunbooks(me.role);

  const clear = () => replace({ archived: filter.archived });
  const shown = useMemo(
    () =>
      searchRunbooks(runbooks.data ?? [], filter.q, serviceNames).sort((a, b) =>
        a.title.localeCompare(b.title),
      ),
    [runbooks.data, filter.q, serviceNames],
  );
  const categories = useMemo(() => {
    const seen = new Set<string>(INCIDENT_CATEGORIES);
    for (const r of runbooks.data ?? []) r.categories.forEach((c) => seen.add(c));
    if (filter.category) seen.add(filter.category);
    return [...seen];
  }, [runbooks.data, filter.category]);
  const filtered = activeRunbookFilters(filter) > 0;

  const newButton = canWrite ? (
    <ButtonLink to="/runbooks/new" variant="primary" icon={<PlusIcon />}>
      {t.newRunbook}
    </ButtonLink>
  ) : null;

  return (
    <>
      <PageHeader title={t.title} description={t.description} actions={newButton} />
      <div className="stack">
        {running.data?.length ? <RunningNow runs={running.data} /> : null}
        <FilterBar filter={filter} categories={categories} onChange={update} onClear={clear} />
        <Card
          flush
          title={filter.archived ? t.library.archivedTitle : t.library.title}
          description={
            runbooks.data
              ? t.library.count(
                  shown.length,
                  filter.q && shown.length !== runbooks.data.length ? runbooks.data.length : null,
                )
              : t.library.loadingDescription
          }
        >
          {runbooks.isPending ? (
            <TableSkeleton rows={6} label={t.library.loading} />
          ) : runbooks.isError && !runbooks.data ? (
            <ErrorState error={runbooks.error} onRetry={() => void runbooks.refetch()} />
          ) : shown.length === 0 ? (
            filtered ? (
              <EmptyState
                icon={<SearchIcon size="lg" />}
                title={t.empty.filteredTitle}
                description={t.empty.filteredText}
                actions={
                  <Button variant="primary" onClick={clear}>
                    {t.empty.clearFilters}
                  </Button>
                }
              />
            ) : filter.archived ? (
              <EmptyState
                icon={<RunbookIcon size="lg" />}
                title={t.empty.archivedTitle}
                description={t.empty.archivedText}
                actions={
                  <Button onClick={() => update({ archived: false })}>
                    {t.empty.backToLibrary}
                  </Button>
                }
              />
            ) : (
              <EmptyState
                icon={<RunbookIcon size="lg" />}
                title={t.empty.title}
                description={t.empty.text}
                items={[
                  {
                    icon: <DeadlineIcon />,
                    title: t.empty.clocks,
                    description: t.empty.clocksText,
                  },
                  { icon: <CheckIcon />, title: t.empty.steps, description: t.empty.stepsText },
                  {
                    icon: <TargetIcon />,
                    title: t.empty.suggested,
                    description: t.empty.suggestedText,
                  },
                ]}
                actions={newButton}
              />
            )
          ) : (
            <div className={runbooks.isPlaceholderData ? 'is-updating' : undefined}>
              <RunbookTable runbooks={shown} />
            </div>
          )}
        </Card>
      </div>
    </>
  );
};
