import type { Obligation } from '@vigil/contracts';
import { Badge } from '../../components/ui';
import { useMessages } from '../../i18n';
import { formatDateTime } from '../../lib/format';
import {
  deadlineOf,
  deadlineTitle,
  missingClockText,
  settledNoteText,
  STATE_META,
  timeLeftText,
  type ClockState,
} from './board';
import { messages } from './messages';
import { useSecondClock } from './use-second-clock';
import './deadlines.css';

export const ClockStateBadge = ({ state }: { state: ClockState }) => {
  const meta = STATE_META[state];
  return (
    <Badge tone={meta.tone} dot title={meta.hint}>
      {meta.label}
    </Badge>
  );
};

/** "71 h 58 min left", ticking every second; red once overdue. */
export const Countdown = ({ deadline }: { deadline: string }) => {
  const t = useMessages(messages).clock;
  const now = useSecondClock();
  const left = Date.parse(deadline) - now;
  return (
    <span
      role="timer"
      className={`countdown${left < 0 ? ' countdown--overdue' : ''}`}
      aria-label={t.until(timeLeftText(deadline, now), formatDateTime(deadline))}
    >
      {timeLeftText(deadline, now)}
    </span>
  );
};

/**
 * The deadline column: which kind of time it is (legal, contractual, internal target), the live
 * countdown and the absolute time with its zone; for a settled clock, when and how it was settled.
 */
export const DeadlineSummary = ({
  obligation: o,
  state,
}: {
  obligation: Obligation;
  state: ClockState;
}) => {
  const t = useMessages(messages).clock;
  const deadline = deadlineOf(o);
  const title = deadlineTitle(o);
  if (state === 'met' || state === 'waived') {
    const at = state === 'met' ? o.metAt : o.waivedAt;
    return (
      <div className="deadline-cell">
        <span className="deadline-cell__kind">
          {state === 'waived' ? t.waived : o.kind === 'response' ? t.reached : t.sent}
        </span>
        {at ? (
          <time className="deadline-cell__at" dateTime={at}>
            {formatDateTime(at)}
          </time>
        ) : null}
        {at && deadline ? (
          <span
            className={`deadline-cell__note${Date.parse(at) > Date.parse(deadline) ? ' deadline-cell__note--late' : ''}`}
          >
            {settledNoteText(o, at, deadline)}
          </span>
        ) : null}
      </div>
    );
  }
  if (state === 'suspended' || deadline === null) {
    return (
      <div className="deadline-cell">
        <span className="deadline-cell__kind">{title}</span>
        <span className="deadline-cell__note">
          {o.clockMissing && state !== 'suspended'
            ? missingClockText(o.clockMissing)
            : o.deadlineLabel}
        </span>
      </div>
    );
  }
  return (
    <div className="deadline-cell">
      <span className="deadline-cell__kind">{title}</span>
      <Countdown deadline={deadline} />
      <time className="deadline-cell__at" dateTime={deadline}>
        {formatDateTime(deadline)}
      </time>
      <span className="deadline-cell__note">{o.deadlineLabel}</span>
    </div>
  );
};
