import type { Obligation } from '@vigil/contracts';
import { useCallback, useId, useMemo, useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { canReadRegister, canRecordNotices } from '../../app/access';
import {
  Button,
  ButtonLink,
  Card,
  CheckIcon,
  DeadlineIcon,
  EmptyState,
  ErrorState,
  LayersIcon,
  MailIcon,
  PageHeader,
  SelectField,
  TableSkeleton,
  TargetIcon,
  Timestamp,
} from '../../components/ui';
import { formatCount, localTimeZone } from '../../lib/format';
import { describeProblem } from '../../lib/problem-text';
import { useCurrentUser } from '../auth/queries';
import { canManageDataRequests } from '../data-requests/data-request-access';
import { DataRequestClocks } from '../data-requests/data-request-clocks';
import { NoticeDialog } from '../notices/notice-dialog';
import {
  BOARD_KINDS,
  BOARD_VIEWS,
  boardFilterToParams,
  buildBoard,
  countViews,
  incidentsOf,
  parseBoardFilter,
  recordDuties,
  regimeLabel,
  regimesOf,
  type BoardFilter,
  type BoardView,
} from './board';
import { DeadlinesNav } from './deadlines-nav';
import { DeadlinesTable, IncidentCell, type DeadlineAction } from './deadlines-table';
import { OBLIGATION_REFRESH_MS, useObligations } from './queries';
import { useSecondClock } from './use-second-clock';
import { WaiveDialog } from './waive-dialog';

const plural = (n: number, word: string) => `${formatCount(n)} ${word}${n === 1 ? '' : 's'}`;

const EMPTY_VIEW: Record<BoardView, { title: string; description: string }> = {
  open: {
    title: 'No open clocks',
    description: 'Every notice is sent or waived. New clocks appear here as soon as they start.',
  },
  overdue: { title: 'Nothing overdue', description: 'No clock has run out.' },
  due_soon: {
    title: 'Nothing due soon',
    description:
      'No clock is in its last quarter or its last 6 hours. The board turns a clock amber as it gets there.',
  },
  met: { title: 'No notice sent yet', description: 'Notices recorded as sent are kept here.' },
  waived: {
    title: 'Nothing waived',
    description: 'Notices not sent, with the reason recorded, are kept here.',
  },
  all: { title: 'No clocks', description: 'No obligation matches these filters.' },
};

/** Record-keeping duties: no clock, a retention period; every incident with personal data has them. */
const RecordDuties = ({
  records,
  showRegister,
}: {
  records: Obligation[];
  showRegister: boolean;
}) => (
  <Card
    flush
    title="Record-keeping duties"
    description="No clock: each incident is documented in the register and kept at least as long as the law says."
    actions={
      showRegister ? (
        <ButtonLink to="/deadlines/register" size="sm">
          Open the register
        </ButtonLink>
      ) : undefined
    }
  >
    <div className="table-wrap">
      <table className="table records-table">
        <caption className="visually-hidden">Record-keeping duties, newest incident first</caption>
        <thead>
          <tr>
            <th scope="col">Duty</th>
            <th scope="col">Incident</th>
            <th scope="col">Keep until</th>
            <th scope="col">Because</th>
          </tr>
        </thead>
        <tbody>
          {records.map((o) => (
            <tr key={o.id} data-rule={o.rule}>
              <td>
                <div className="obligation-cell">
                  <span className="obligation-cell__title">{o.title}</span>
                  <span className="obligation-cell__meta">
                    <code className="code-chip">{o.rule}</code>
                    <span>{regimeLabel(o.regime)}</span>
                  </span>
                  <span className="obligation-cell__because">{o.legalBasis}</span>
                </div>
              </td>
              <td>
                <IncidentCell obligation={o} />
              </td>
              <td>
                {o.retainUntil ? (
                  <Timestamp value={o.retainUntil} />
                ) : (
                  <span className="timestamp timestamp--empty">
                    {o.clockMissing ? 'Once its start is recorded' : 'No period in the law'}
                  </span>
                )}
              </td>
              <td className="obligation-cell__because">{o.because}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  </Card>
);

/**
 * The DPO's board: every notification clock across incidents, overdue on top, counting down to
 * the second, with the notice to prepare or waive on each row.
 */
export const DeadlinesPage = () => {
  const user = useCurrentUser();
  const canAct = canRecordNotices(user.role);
  const showRegister = canReadRegister(user.role);
  const [params, setParams] = useSearchParams();
  const filter = useMemo(() => parseBoardFilter(params), [params]);
  const obligations = useObligations({ kind: filter.kind });
  const now = useSecondClock();
  const kindName = useId();
  const viewName = useId();
  const [action, setAction] = useState<{ kind: DeadlineAction; id: string } | null>(null);

  const items = useMemo(() => obligations.data ?? [], [obligations.data]);
  const ofKind = useMemo(
    () =>
      items.filter((o) =>
        filter.kind === 'response' ? o.kind === 'response' : o.kind !== 'response',
      ),
    [items, filter.kind],
  );
  const groups = buildBoard(ofKind, filter, now);
  const counts = countViews(ofKind, filter, now);
  const records = filter.kind === 'duties' ? recordDuties(ofKind, filter) : [];
  const regimes = regimesOf(ofKind);
  const incidents = incidentsOf(ofKind);
  const shown = groups.reduce((n, g) => n + g.rows.length, 0);
  const filtered = Boolean(filter.regime || filter.incidentId);

  const setFilter = (next: BoardFilter) => setParams(boardFilterToParams(next), { replace: true });
  const onAction = useCallback(
    (kind: DeadlineAction, obligation: Obligation) => setAction({ kind, id: obligation.id }),
    [],
  );
  const closeAction = useCallback(() => setAction(null), []);
  const acting = action ? items.find((o) => o.id === action.id) : undefined;

  const overdue = counts.overdue;
  const dueSoon = counts.due_soon;
  const description = obligations.data
    ? [
        overdue ? plural(overdue, 'overdue clock') : null,
        dueSoon ? `${formatCount(dueSoon)} due soon` : null,
        `${plural(counts.open, 'open clock')} in all`,
      ]
        .filter(Boolean)
        .join(' · ') + '. Overdue on top, then by time left.'
    : 'Loading the clocks…';

  const liveNote = obligations.isRefetchError ? (
    <span className="live-note live-note--error" role="status">
      <span className="live-note__dot" aria-hidden="true" />
      Not updating: {describeProblem(obligations.error).title}. Retrying…
    </span>
  ) : (
    <span
      className="live-note"
      title={`Countdowns tick every second; the list is refreshed every ${OBLIGATION_REFRESH_MS / 1000} s`}
    >
      <span className="live-note__dot" aria-hidden="true" />
      Live
    </span>
  );

  return (
    <>
      <PageHeader
        title="Deadlines"
        description="The notification clocks that follow a breach: client 24 h, GDPR 72 h, Québec Law 25 and PIPEDA."
      />
      {showRegister ? <DeadlinesNav /> : null}
      <div className="stack">
        <section className="filter-bar" aria-label="Filters">
          <div className="filter-bar__row">
            <div className="segmented" role="radiogroup" aria-label="Clocks">
              {BOARD_KINDS.map((k) => (
                <div className="segmented__option" key={k.value}>
                  <input
                    type="radio"
                    id={`${kindName}-${k.value}`}
                    name={kindName}
                    checked={filter.kind === k.value}
                    onChange={() => setFilter({ kind: k.value, view: filter.view })}
                  />
                  <label htmlFor={`${kindName}-${k.value}`}>{k.label}</label>
                </div>
              ))}
            </div>
            <p className="filter-bar__zone">
              {filter.kind === 'response'
                ? 'Acknowledge, contain and resolve targets of each incident’s severity: internal commitments, not legal deadlines.'
                : 'Legal and contractual deadlines, and internal targets where the law says “promptly”.'}
            </p>
          </div>
          <div className="filter-bar__row">
            <div className="segmented" role="radiogroup" aria-label="Status">
              {BOARD_VIEWS.map((v) => (
                <div className="segmented__option" key={v.value}>
                  <input
                    type="radio"
                    id={`${viewName}-${v.value}`}
                    name={viewName}
                    checked={filter.view === v.value}
                    onChange={() => setFilter({ ...filter, view: v.value })}
                  />
                  <label htmlFor={`${viewName}-${v.value}`}>
                    {v.label}
                    {obligations.data ? (
                      <span className="segmented__count">{formatCount(counts[v.value])}</span>
                    ) : null}
                  </label>
                </div>
              ))}
            </div>
            <SelectField
              label="Regime"
              hideLabel
              className="filter-bar__select"
              value={filter.regime ?? ''}
              onChange={(e) => setFilter({ ...filter, regime: e.target.value || undefined })}
            >
              <option value="">Every regime</option>
              {regimes.map((r) => (
                <option key={r} value={r}>
                  {regimeLabel(r)}
                </option>
              ))}
            </SelectField>
            <SelectField
              label="Incident"
              hideLabel
              className="filter-bar__select"
              value={filter.incidentId ?? ''}
              onChange={(e) => setFilter({ ...filter, incidentId: e.target.value || undefined })}
            >
              <option value="">Every incident</option>
              {filter.incidentId && !incidents.some((i) => i.id === filter.incidentId) ? (
                <option value={filter.incidentId}>This incident</option>
              ) : null}
              {incidents.map((i) => (
                <option key={i.id} value={i.id}>
                  INC-{i.number} · {i.title}
                </option>
              ))}
            </SelectField>
            <p className="filter-bar__zone">Times in {localTimeZone()}</p>
          </div>
        </section>

        <Card flush title="Clocks" description={description} actions={liveNote}>
          {obligations.isPending ? (
            <TableSkeleton rows={6} label="Loading the clocks" />
          ) : obligations.isError && !obligations.data ? (
            <ErrorState error={obligations.error} onRetry={() => void obligations.refetch()} />
          ) : ofKind.length === 0 ? (
            <EmptyState
              icon={<DeadlineIcon size="lg" />}
              title={filter.kind === 'response' ? 'No response targets' : 'No clocks running'}
              description={
                filter.kind === 'response'
                  ? 'Each incident gets acknowledge, contain and resolve targets for its severity when it is opened.'
                  : 'A clock starts when an incident affects a client (24 h by contract) or when a privacy assessment finds a notifiable breach (GDPR 72 h, Law 25, PIPEDA).'
              }
              items={
                filter.kind === 'duties'
                  ? [
                      {
                        icon: <TargetIcon />,
                        title: 'Overdue on top',
                        description: 'Time left to the second, with the absolute time and zone.',
                      },
                      {
                        icon: <MailIcon />,
                        title: 'Notices on record',
                        description: 'Prepared from the incident, sent, and hashed.',
                      },
                      {
                        icon: <CheckIcon />,
                        title: 'Breach register',
                        description: 'Law 25 and PIPEDA records, exportable as CSV.',
                      },
                    ]
                  : undefined
              }
            />
          ) : shown === 0 ? (
            <EmptyState
              icon={<LayersIcon size="lg" />}
              title={EMPTY_VIEW[filter.view].title}
              description={
                filtered
                  ? `${EMPTY_VIEW[filter.view].description} Only the chosen regime and incident are shown.`
                  : EMPTY_VIEW[filter.view].description
              }
              actions={
                filtered ? (
                  <Button
                    variant="primary"
                    onClick={() => setFilter({ kind: filter.kind, view: filter.view })}
                  >
                    Clear filters
                  </Button>
                ) : filter.view !== 'all' ? (
                  <Button onClick={() => setFilter({ ...filter, view: 'all' })}>
                    Show every clock
                  </Button>
                ) : undefined
              }
            />
          ) : (
            <DeadlinesTable
              groups={groups}
              canAct={canAct}
              onAction={onAction}
              caption="Clocks by state, overdue first, then by time left"
            />
          )}
        </Card>

        {records.length > 0 ? <RecordDuties records={records} showRegister={showRegister} /> : null}

        {canManageDataRequests(user.role) ? <DataRequestClocks /> : null}

        {filter.incidentId ? (
          <p className="form-note">
            Showing one incident.{' '}
            <Link to={`/incidents/${encodeURIComponent(filter.incidentId)}`}>Open it</Link> or{' '}
            <Button variant="link" onClick={() => setFilter({ ...filter, incidentId: undefined })}>
              show every incident
            </Button>
            .
          </p>
        ) : null}
      </div>

      {action?.kind === 'notice' && acting ? (
        <NoticeDialog obligation={acting} open onClose={closeAction} />
      ) : null}
      {action?.kind === 'waive' && acting ? (
        <WaiveDialog obligation={acting} onClose={closeAction} onDone={closeAction} />
      ) : null}
    </>
  );
};
