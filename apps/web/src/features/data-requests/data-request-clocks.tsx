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
import { formatCount } from '../../lib/format';
import { describeProblem } from '../../lib/problem-text';
import { useSecondClock } from '../deadlines/use-second-clock';
import {
  isOpenRequest,
  requestClockState,
  requestPath,
  sortByClock,
  WINDOW_DAYS,
} from './data-request-text';
import { useOpenDataRequests } from './queries';
import { RequestClockBadge, RequestDue, requestTitle } from './request-badges';

const Row = ({ request: r, now }: { request: DataRequest; now: number }) => {
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
          <span className="cell-stack__sub">{r.assignee ? r.assignee.email : 'Unassigned'}</span>
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
  const requests = useOpenDataRequests();
  const now = useSecondClock();
  // The list asked for open ones; a request settled since is left out until the next refresh.
  const open = sortByClock((requests.data ?? []).filter(isOpenRequest), now);
  const overdue = open.filter((r) => requestClockState(r, now) === 'overdue').length;

  const description = requests.data
    ? `${formatCount(open.length)} open ${open.length === 1 ? 'request' : 'requests'}${overdue ? ` · ${formatCount(overdue)} overdue` : ''}. Exports and deletions are due ${WINDOW_DAYS} days after the client asked.`
    : 'Exports and deletions clients asked for, each due 30 days after the ask.';

  return (
    <Card
      flush
      title="Client data requests"
      description={description}
      actions={
        requests.isRefetchError ? (
          <span className="live-note live-note--error" role="status">
            <span className="live-note__dot" aria-hidden="true" />
            Not updating: {describeProblem(requests.error).title}. Retrying…
          </span>
        ) : undefined
      }
    >
      {requests.isPending ? (
        <TableSkeleton rows={3} label="Loading the data requests" />
      ) : requests.isError && !requests.data ? (
        <ErrorState error={requests.error} onRetry={() => void requests.refetch()} />
      ) : open.length === 0 ? (
        <EmptyState
          icon={<DatabaseIcon size="lg" />}
          title="No open data requests"
          description="A client's request for its data, or the end of its contract, is recorded on the organization's page; its 30-day clock then shows here."
        />
      ) : (
        <div className="table-wrap">
          <table className="table data-request-clocks">
            <caption className="visually-hidden">
              Open client data requests, overdue first, then by time left
            </caption>
            <thead>
              <tr>
                <th scope="col">State</th>
                <th scope="col">Organization</th>
                <th scope="col">Request</th>
                <th scope="col">Asked</th>
                <th scope="col">Deadline</th>
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
