import type { EvidenceSchedule } from '@vigil/contracts';
import { useId } from 'react';
import { Badge, Card, ErrorState, Skeleton, Timestamp } from '../../components/ui';
import { useMessages } from '../../i18n';
import { formatDateTime } from '../../lib/format';
import { useNow } from '../../lib/use-now';
import { cardsMessages } from './cards.messages';
import type { useSchedule } from './queries';
import {
  cadenceText,
  dueText,
  SCHEDULE_STATE_TONE,
  scheduleKindMeta,
  scheduleState,
  scheduleStateLabel,
} from './schedule';

const ScheduleTile = ({ schedule, now }: { schedule: EvidenceSchedule; now: number }) => {
  const t = useMessages(cardsMessages).schedule;
  const titleId = useId();
  const meta = scheduleKindMeta(schedule.kind);
  const state = scheduleState(schedule, now);
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
        <Badge tone={SCHEDULE_STATE_TONE[state]} dot>
          {scheduleStateLabel(state)}
        </Badge>
      </header>
      <p className="schedule-tile__what">{meta.what}</p>
      <dl className="schedule-tile__facts">
        <div>
          <dt>{t.cadence}</dt>
          <dd>{cadenceText(schedule.everyMonths)}</dd>
        </div>
        <div>
          <dt>{meta.last}</dt>
          <dd>
            <Timestamp value={schedule.lastAt} empty={t.never} />
          </dd>
        </div>
        <div>
          <dt>{t.nextDue}</dt>
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
  const t = useMessages(cardsMessages).schedule;
  const now = useNow();
  const order: EvidenceSchedule['kind'][] = ['backup_test', 'drill'];
  const items = (schedule.data ?? []).toSorted(
    (a, b) => order.indexOf(a.kind) - order.indexOf(b.kind),
  );
  return (
    <Card title={t.title} description={t.description}>
      {schedule.isPending ? (
        <div className="schedule-grid" role="status" aria-busy="true">
          <span className="visually-hidden">{t.loading}</span>
          <Skeleton variant="block" />
          <Skeleton variant="block" />
        </div>
      ) : schedule.isError ? (
        <ErrorState
          error={schedule.error}
          title={t.error}
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
