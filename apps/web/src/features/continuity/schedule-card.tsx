import type { EvidenceSchedule } from '@vigil/contracts';
import { useId } from 'react';
import { Badge, Card, ErrorState, Skeleton, Timestamp } from '../../components/ui';
import { formatDateTime } from '../../lib/format';
import { useNow } from '../../lib/use-now';
import type { useSchedule } from './queries';
import {
  cadenceText,
  dueText,
  SCHEDULE_KIND_META,
  SCHEDULE_STATE_META,
  scheduleState,
} from './schedule';

const ScheduleTile = ({ schedule, now }: { schedule: EvidenceSchedule; now: number }) => {
  const titleId = useId();
  const meta = SCHEDULE_KIND_META[schedule.kind];
  const state = scheduleState(schedule, now);
  const stateMeta = SCHEDULE_STATE_META[state];
  return (
    <article
      className={`schedule-tile schedule-tile--${state}`}
      aria-labelledby={titleId}
      data-kind={schedule.kind}
    >
      <header className="schedule-tile__header">
        <h3 className="schedule-tile__title" id={titleId}>
          {meta.title}
        </h3>
        <Badge tone={stateMeta.tone} dot>
          {stateMeta.label}
        </Badge>
      </header>
      <p className="schedule-tile__what">{meta.what}</p>
      <dl className="schedule-tile__facts">
        <div>
          <dt>Cadence</dt>
          <dd>{cadenceText(schedule.everyMonths)}</dd>
        </div>
        <div>
          <dt>{meta.last}</dt>
          <dd>
            <Timestamp value={schedule.lastAt} empty="Never recorded" />
          </dd>
        </div>
        <div>
          <dt>Next due</dt>
          <dd>
            <span className="schedule-tile__countdown">{dueText(schedule.nextDueAt, now)}</span>
            <time className="schedule-tile__due-at" dateTime={schedule.nextDueAt}>
              {formatDateTime(schedule.nextDueAt)}
            </time>
          </dd>
        </div>
      </dl>
      <p className="schedule-tile__controls">{meta.controls}</p>
    </article>
  );
};

/** When the next backup test and DR drill are due, counting down, and whether one is late. */
export const ScheduleCard = ({ schedule }: { schedule: ReturnType<typeof useSchedule> }) => {
  const now = useNow();
  const order: EvidenceSchedule['kind'][] = ['backup_test', 'drill'];
  const items = (schedule.data ?? []).toSorted(
    (a, b) => order.indexOf(a.kind) - order.indexOf(b.kind),
  );
  return (
    <Card
      title="Schedule"
      description="How often each kind of evidence is due. An overdue one reminds the security lead until it is recorded."
    >
      {schedule.isPending ? (
        <div className="schedule-grid" role="status" aria-busy="true">
          <span className="visually-hidden">Loading the schedule…</span>
          <Skeleton variant="block" />
          <Skeleton variant="block" />
        </div>
      ) : schedule.isError ? (
        <ErrorState
          error={schedule.error}
          title="The schedule could not be loaded"
          onRetry={() => void schedule.refetch()}
        />
      ) : (
        <div className="schedule-grid">
          {items.map((s) => (
            <ScheduleTile key={s.kind} schedule={s} now={now} />
          ))}
        </div>
      )}
    </Card>
  );
};
