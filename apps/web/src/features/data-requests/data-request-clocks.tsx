import type { DataRequest } from '@vigil/contracts';
import { Link } from 'react-router';
import {
  Card,
  DatabaseIcon,
  EmptyState,
  ErrorState,
  TableSkeleton,
  Timestamp,
} from '../../components/ui';
import { useMessages } from '../../i18n';
import { describeProblem } from '../../lib/problem-text';
import { useSecondClock } from '../deadlines/use-second-clock';
import { clientDataMessages } from './client-data.messages';
import {
  isOpenRequest,
  requestClockState,
  requestPath,
  sortByClock,
  WINDOW_DAYS,
} from './data-request-text';
import { requestMessages } from './messages';
import { useOpenDataRequests } from './queries';
import { RequestClockBadge, RequestDue, requestTitle } from './request-badges';

const Row = ({ request: r, now }: { request: DataRequest; now: number }) => {
  const unassigned = useMessages(requestMessages).unassigned;
  const state = requestClockState(r, now);
  return (
    <tr className={`deadline-row deadline-row--${state}`} data-request-id={r.id}>
      <td className="deadline-row__state">
        <RequestClockBadge state={state} />
      </td>
      <td>
        <div className="cell-stack">
          <Link to={requestPath(r)} className="data-request-link">
            {r.organizationName}
          </Link>
          <span className="cell-stack__sub mono">{r.organizationId}</span>
        </div>
      </td>
      <td>
        <div className="cell-stack">
          <span>{requestTitle(r)}</span>
          <span className="cell-stack__sub">{r.assignee ? r.assignee.email : unassigned}</span>
        </div>
      </td>
      <td>
        <Timestamp value={r.requestedAt} />
      </td>
      <td>
        <RequestDue request={r} state={state} now={now} />
      </td>
    </tr>
  );
};

/**
 * The Deadlines board's clocks for clients' data: every open export or deletion request, with
 * its 30-day countdown, overdue on top.
 */
export const DataRequestClocks = () => {
  const t = useMessages(clientDataMessages).board;
  const requests = useOpenDataRequests();
  const now = useSecondClock();
  // The list asked for open ones; a request settled since is left out until the next refresh.
  const open = sortByClock((requests.data ?? []).filter(isOpenRequest), now);
  const overdue = open.filter((r) => requestClockState(r, now) === 'overdue').length;

  const description = requests.data
    ? t.summary(open.length, overdue, WINDOW_DAYS)
    : t.loadingDescription;

  return (
    <Card
      flush
      title={t.title}
      description={description}
      actions={
        requests.isRefetchError ? (
          <span className="live-note live-note--error" role="status">
            <span className="live-note__dot" aria-hidden="true" />
            {t.notUpdating(describeProblem(requests.error).title)}
          </span>
        ) : undefined
      }
    >
      {requests.isPending ? (
        <TableSkeleton rows={3} label={t.loading} />
      ) : requests.isError && !requests.data ? (
        <ErrorState error={requests.error} onRetry={() => void requests.refetch()} />
      ) : open.length === 0 ? (
        <EmptyState
          icon={<DatabaseIcon size="lg" />}
          title={t.emptyTitle}
          description={t.emptyDescription}
        />
      ) : (
        <div className="table-wrap">
          <table className="table data-request-clocks">
            <caption className="visually-hidden">{t.caption}</caption>
            <thead>
              <tr>
                <th scope="col">{t.state}</th>
                <th scope="col">{t.organization}</th>
                <th scope="col">{t.request}</th>
                <th scope="col">{t.asked}</th>
                <th scope="col">{t.deadline}</th>
              </tr>
            </thead>
            <tbody>
              {open.map((r) => (
                <Row key={r.id} request={r} now={now} />
              ))}
            </tbody>
          </table>
        </div>
      )}
    </Card>
  );
};
