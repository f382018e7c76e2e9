import {
  INCIDENT_CATEGORIES,
  RUNBOOK_KINDS,
  type Runbook,
  type RunbookRun,
} from '@vigil/contracts';
import { useId, useMemo, type MouseEvent } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
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
import { formatCount } from '../../lib/format';
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
  parseRunbookFilter,
  runbookFilterToParams,
  searchRunbooks,
  toRunbookQuery,
  type RunbookFilter,
} from './runbook-filter';
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
  const kindName = useId();
  const active = activeRunbookFilters(filter);
  return (
    <section className="filter-bar" aria-label="Filters">
      <div className="filter-bar__row">
        <div className="segmented" role="radiogroup" aria-label="Kind">
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
                {kind ?? 'All kinds'}
              </label>
            </div>
          ))}
        </div>
        <Switch
          label="Archived"
          showLabel
          checked={filter.archived}
          onChange={(e) => onChange({ archived: e.target.checked })}
        />
        <div className="filter-bar__actions">
          {active > 0 ? (
            <Button variant="ghost" size="sm" onClick={onClear}>
              Clear {active} {active === 1 ? 'filter' : 'filters'}
            </Button>
          ) : null}
        </div>
      </div>
      <div className="filter-bar__grid">
        <TextField
          label="Search"
          type="search"
          value={filter.q ?? ''}
          placeholder="Title, step, service or category"
          spellCheck={false}
          autoComplete="off"
          onChange={(e) => onChange({ q: e.target.value || undefined })}
        />
        <SelectField
          label="Incident category"
          value={filter.category ?? ''}
          onChange={(e) => onChange({ category: e.target.value || undefined })}
        >
          <option value="">Any category</option>
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

const RunningNow = ({ runs }: { runs: readonly RunbookRun[] }) => (
  <Card
    flush
    title="Running now"
    className="runs-now"
    description="Runs in progress: their recovery clocks are counting."
  >
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

const RunbookTable = ({ runbooks }: { runbooks: readonly Runbook[] }) => {
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
        <caption className="visually-hidden">Runbooks by title</caption>
        <thead>
          <tr>
            <th scope="col">Kind</th>
            <th scope="col">Runbook</th>
            <th scope="col">Answers</th>
            <th scope="col">Recovers</th>
            <th scope="col" className="numeric">
              Steps
            </th>
            <th scope="col">Version</th>
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
                {runbook.archived ? <Badge tone="neutral">Archived</Badge> : null}
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
                  <span className="muted">Any incident</span>
                )}
              </td>
              <td>
                {runbook.services.length ? (
                  runbook.services.map((id) => serviceNames.get(id) ?? id).join(', ')
                ) : (
                  <span className="muted">No service</span>
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
  const me = useCurrentUser();
  const [params, setParams] = useSearchParams();
  const filter = useMemo(() => parseRunbookFilter(params), [params]);
  const query = useMemo(() => toRunbookQuery(filter), [filter]);
  const runbooks = useRunbooks(query);
  const running = useRuns({ status: 'running' });
  const serviceNames = useServiceNames();
  const canWrite = canWriteRunbooks(me.role);

  const update = (patch: Partial<RunbookFilter>) =>
    setParams(runbookFilterToParams({ ...filter, ...patch }), { replace: true });
  const clear = () => setParams(runbookFilterToParams({ archived: filter.archived }));
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
      New runbook
    </ButtonLink>
  ) : null;

  return (
    <>
      <PageHeader
        title="Runbooks"
        description="Incident response, business continuity and disaster recovery plans, run step by step against the recovery clocks."
        actions={newButton}
      />
      <div className="stack">
        {running.data?.length ? <RunningNow runs={running.data} /> : null}
        <FilterBar filter={filter} categories={categories} onChange={update} onClear={clear} />
        <Card
          flush
          title={filter.archived ? 'Archived runbooks' : 'Library'}
          description={
            runbooks.data
              ? `${formatCount(shown.length)} ${shown.length === 1 ? 'runbook' : 'runbooks'}${
                  filter.q && shown.length !== runbooks.data.length
                    ? ` of ${formatCount(runbooks.data.length)}`
                    : ''
                }. A row opens the runbook.`
              : 'Loading…'
          }
        >
          {runbooks.isPending ? (
            <TableSkeleton rows={6} label="Loading runbooks" />
          ) : runbooks.isError && !runbooks.data ? (
            <ErrorState error={runbooks.error} onRetry={() => void runbooks.refetch()} />
          ) : shown.length === 0 ? (
            filtered ? (
              <EmptyState
                icon={<SearchIcon size="lg" />}
                title="No runbook matches these filters"
                description="Try another kind or category, or fewer words."
                actions={
                  <Button variant="primary" onClick={clear}>
                    Clear filters
                  </Button>
                }
              />
            ) : filter.archived ? (
              <EmptyState
                icon={<RunbookIcon size="lg" />}
                title="No archived runbooks"
                description="A runbook that is archived leaves the library but keeps its versions and runs."
                actions={
                  <Button onClick={() => update({ archived: false })}>Back to the library</Button>
                }
              />
            ) : (
              <EmptyState
                icon={<RunbookIcon size="lg" />}
                title="No runbooks yet"
                description="Write the plans your team follows when something breaks: each is versioned, and each run is recorded step by step."
                items={[
                  {
                    icon: <DeadlineIcon />,
                    title: 'Live RTO and RPO',
                    description: 'Clocks against the 48 h and 24 h targets during a run.',
                  },
                  {
                    icon: <CheckIcon />,
                    title: 'Step by step',
                    description: 'Done, skipped or blocked, each with a note and a time.',
                  },
                  {
                    icon: <TargetIcon />,
                    title: 'Suggested by category',
                    description: 'An incident of a category offers the runbooks that answer it.',
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
