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
import { useMessages } from '../../i18n';
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
} from './board';
import { DeadlinesNav } from './deadlines-nav';
import { DeadlinesTable, IncidentCell, type DeadlineAction } from './deadlines-table';
import { messages } from './messages';
import { OBLIGATION_REFRESH_MS, useObligations } from './queries';
import { useSecondClock } from './use-second-clock';
import { WaiveDialog } from './waive-dialog';

/** Record-keeping duties: no clock, a retention period; every incident with personal data has them. */
const RecordDuties = ({
  records,
  showRegister,
}: {
  records: Obligation[];
  showRegister: boolean;
}) => {
  const t = useMessages(messages).page.records;
  return (
    <Card
      flush
      title={t.title}
      description={t.description}
      actions={
        showRegister ? (
          <ButtonLink to="/deadlines/register" size="sm">
            {t.openRegister}
          </ButtonLink>
        ) : undefined
      }
    >
      <div className="table-wrap">
        <table className="table records-table">
          <caption className="visually-hidden">{t.caption}</caption>
          <thead>
            <tr>
              <th scope="col">{t.duty}</th>
              <th scope="col">{t.incident}</th>
              <th scope="col">{t.keepUntil}</th>
              <th scope="col">{t.because}</th>
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
                      {o.clockMissing ? t.onceStarted : t.noPeriod}
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
};

/**
 * The DPO's board: every notification clock across incidents, overdue on top, counting down to
 * the second, with the notice to prepare or waive on each row.
 */
export const DeadlinesPage = () => {
  const t = useMessages(messages).page;
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
    ? t.summary.end(
        [
          overdue ? t.summary.overdue(overdue) : null,
          dueSoon ? t.summary.dueSoon(dueSoon) : null,
          t.summary.open(counts.open),
        ]
          .filter(Boolean)
          .join(' · '),
      )
    : t.summary.loading;

  const liveNote = obligations.isRefetchError ? (
    <span className="live-note live-note--error" role="status">
      <span className="live-note__dot" aria-hidden="true" />
      {t.notUpdating(describeProblem(obligations.error).title)}
    </span>
  ) : (
    <span className="live-note" title={t.liveHint(OBLIGATION_REFRESH_MS / 1000)}>
      <span className="live-note__dot" aria-hidden="true" />
      {t.live}
    </span>
  );
  const emptyView = t.emptyViews[filter.view];

  return (
    <>
      <PageHeader title={t.title} description={t.description} />
      {showRegister ? <DeadlinesNav /> : null}
      <div className="stack">
        <section className="filter-bar" aria-label={t.filters}>
          <div className="filter-bar__row">
            <div className="segmented" role="radiogroup" aria-label={t.kindsLabel}>
              {BOARD_KINDS.map((k) => (
                <div className="segmented__option" key={k.value}>
                  <input
                    type="radio"
                    id={`${kindName}-${k.value}`}
                    name={kindName}
                    checked={filter.kind === k.value}
                    onChange={() => setFilter({ kind: k.value, view: filter.view })}
                  />
                  <label htmlFor={`${kindName}-${k.value}`}>{t.kinds[k.value]}</label>
                </div>
              ))}
            </div>
            <p className="filter-bar__zone">{t.kindNotes[filter.kind]}</p>
          </div>
          <div className="filter-bar__row">
            <div className="segmented" role="radiogroup" aria-label={t.viewsLabel}>
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
                    {t.views[v.value]}
                    {obligations.data ? (
                      <span className="segmented__count">{formatCount(counts[v.value])}</span>
                    ) : null}
                  </label>
                </div>
              ))}
            </div>
            <SelectField
              label={t.regime}
              hideLabel
              className="filter-bar__select"
              value={filter.regime ?? ''}
              onChange={(e) => setFilter({ ...filter, regime: e.target.value || undefined })}
            >
              <option value="">{t.everyRegime}</option>
              {regimes.map((r) => (
                <option key={r} value={r}>
                  {regimeLabel(r)}
                </option>
              ))}
            </SelectField>
            <SelectField
              label={t.incident}
              hideLabel
              className="filter-bar__select"
              value={filter.incidentId ?? ''}
              onChange={(e) => setFilter({ ...filter, incidentId: e.target.value || undefined })}
            >
              <option value="">{t.everyIncident}</option>
              {filter.incidentId && !incidents.some((i) => i.id === filter.incidentId) ? (
                <option value={filter.incidentId}>{t.thisIncident}</option>
              ) : null}
              {incidents.map((i) => (
                <option key={i.id} value={i.id}>
                  INC-{i.number} · {i.title}
                </option>
              ))}
            </SelectField>
            <p className="filter-bar__zone">{t.timesIn(localTimeZone())}</p>
          </div>
        </section>

        <Card flush title={t.clocks} description={description} actions={liveNote}>
          {obligations.isPending ? (
            <TableSkeleton rows={6} label={t.loading} />
          ) : obligations.isError && !obligations.data ? (
            <ErrorState error={obligations.error} onRetry={() => void obligations.refetch()} />
          ) : ofKind.length === 0 ? (
            <EmptyState
              icon={<DeadlineIcon size="lg" />}
              title={filter.kind === 'response' ? t.noResponseTargets : t.noClocks}
              description={filter.kind === 'response' ? t.noResponseTargetsHint : t.noClocksHint}
              items={
                filter.kind === 'duties'
                  ? [
                      {
                        icon: <TargetIcon />,
                        title: t.features.overdueOnTop,
                        description: t.features.overdueOnTopHint,
                      },
                      {
                        icon: <MailIcon />,
                        title: t.features.notices,
                        description: t.features.noticesHint,
                      },
                      {
                        icon: <CheckIcon />,
                        title: t.features.register,
                        description: t.features.registerHint,
                      },
                    ]
                  : undefined
              }
            />
          ) : shown === 0 ? (
            <EmptyState
              icon={<LayersIcon size="lg" />}
              title={emptyView.title}
              description={filtered ? t.filteredView(emptyView.description) : emptyView.description}
              actions={
                filtered ? (
                  <Button
                    variant="primary"
                    onClick={() => setFilter({ kind: filter.kind, view: filter.view })}
                  >
                    {t.clearFilters}
                  </Button>
                ) : filter.view !== 'all' ? (
                  <Button onClick={() => setFilter({ ...filter, view: 'all' })}>
                    {t.showEveryClock}
                  </Button>
                ) : undefined
              }
            />
          ) : (
            <DeadlinesTable
              groups={groups}
              canAct={canAct}
              onAction={onAction}
              caption={t.caption}
            />
          )}
        </Card>

        {records.length > 0 ? <RecordDuties records={records} showRegister={showRegister} /> : null}

        {canManageDataRequests(user.role) ? <DataRequestClocks /> : null}

        {filter.incidentId ? (
          <p className="form-note">
            {t.oneIncident.showing}
            <Link to={`/incidents/${encodeURIComponent(filter.incidentId)}`}>
              {t.oneIncident.open}
            </Link>
            {t.oneIncident.or}
            <Button variant="link" onClick={() => setFilter({ ...filter, incidentId: undefined })}>
              {t.oneIncident.showEvery}
            </Button>
            {t.oneIncident.end}
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
