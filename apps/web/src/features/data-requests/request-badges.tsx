import type { DataRequest } from '@vigil/contracts';
import { Badge } from '../../components/ui';
import { useMessages } from '../../i18n';
import { formatDateTime } from '../../lib/format';
import { settledAgainstDeadline } from '../deadlines/board';
import { Countdown } from '../deadlines/clock-parts';
import { clientDataMessages } from './client-data.messages';
import {
  CLOCK_META,
  clockDayText,
  KIND_LABELS,
  REASON_LABELS,
  type RequestClockState,
} from './data-request-text';
import './data-requests.css';

export const RequestClockBadge = ({ state }: { state: RequestClockState }) => (
  <Badge tone={CLOCK_META[state].tone} dot>
    {CLOCK_META[state].label}
  </Badge>
);

/** "Deletion · Contract ended". */
export const requestTitle = (r: Pick<DataRequest, 'kind' | 'reason'>) =>
  `${KIND_LABELS[r.kind]} · ${REASON_LABELS[r.reason]}`;

/**
 * The 30-day clock: time left to the second while it runs, the absolute deadline with its zone,
 * and which day of the window it is; once settled, when, against the deadline.
 */
export const RequestDue = ({
  request: r,
  state,
  now,
}: {
  request: DataRequest;
  state: RequestClockState;
  now: number;
}) => {
  const t = useMessages(clientDataMessages).due;
  if (state === 'completed' || state === 'rejected') {
    const at = r.completedAt;
    return (
      <div className="deadline-cell">
        <span className="deadline-cell__kind">{CLOCK_META[state].label}</span>
        {at ? (
          <>
            <time className="deadline-cell__at" dateTime={at}>
              {formatDateTime(at)}
            </time>
            <span
              className={`deadline-cell__note${Date.parse(at) > Date.parse(r.dueAt) ? ' deadline-cell__note--late' : ''}`}
            >
              {settledAgainstDeadline(at, r.dueAt)}
            </span>
          </>
        ) : (
          <span className="deadline-cell__note">{t.dueAt(formatDateTime(r.dueAt))}</span>
        )}
      </div>
    );
  }
  return (
    <div className="deadline-cell">
      <span className="deadline-cell__kind">{t.contractual}</span>
      <Countdown deadline={r.dueAt} />
      <time className="deadline-cell__at" dateTime={r.dueAt}>
        {formatDateTime(r.dueAt)}
      </time>
      <span className="deadline-cell__note">{clockDayText(r, now)}</span>
    </div>
  );
};
