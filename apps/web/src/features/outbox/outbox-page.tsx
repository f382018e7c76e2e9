import type { OutboxMessage } from '@vigil/contracts';
import { useId } from 'react';
import { useSearchParams } from 'react-router';
import {
  Badge,
  Card,
  EmptyState,
  ErrorState,
  MailIcon,
  OutboxIcon,
  PageHeader,
  TableSkeleton,
  Timestamp,
  type BadgeTone,
} from '../../components/ui';
import { useMessages } from '../../i18n';
import { formatCount } from '../../lib/format';
import { messages } from './messages';
import { OUTBOX_LIMIT, useOutbox } from './queries';

type Status = OutboxMessage['status'];

const STATUSES: { value: Status; tone: BadgeTone }[] = [
  { value: 'pending', tone: 'info' },
  { value: 'sent', tone: 'success' },
  { value: 'logged', tone: 'neutral' },
  { value: 'failed', tone: 'danger' },
];

const isStatus = (value: string | null): value is Status => STATUSES.some((s) => s.value === value);

const StatusBadge = ({ status }: { status: Status }) => {
  const words = useMessages(messages).statuses[status];
  const s = STATUSES.find((x) => x.value === status);
  return (
    <Badge tone={s?.tone ?? 'neutral'} dot title={words?.hint}>
      {words?.label ?? status}
    </Badge>
  );
};

/** Every message Vigil sent or tried to send: sign-in codes, notices, reminders. */
export const OutboxPage = () => {
  const [params, setParams] = useSearchParams();
  const raw = params.get('status');
  const status = isStatus(raw) ? raw : undefined;
  const outbox = useOutbox();
  const filterName = useId();
  const t = useMessages(messages);

  const all = outbox.data ?? [];
  const shown = status ? all.filter((m) => m.status === status) : all;
  const counts = new Map<Status, number>();
  for (const m of all) counts.set(m.status, (counts.get(m.status) ?? 0) + 1);

  const choose = (value: Status | undefined) =>
    setParams(
      (current) => {
        const next = new URLSearchParams(current);
        if (value) next.set('status', value);
        else next.delete('status');
        return next;
      },
      { replace: true },
    );

  return (
    <>
      <PageHeader title={t.title} description={t.description} />
      <Card
        flush
        title={t.log.title}
        description={t.log.description(formatCount(OUTBOX_LIMIT))}
        actions={
          <div className="segmented" role="radiogroup" aria-label={t.log.filter}>
            {[
              { value: undefined, label: t.log.all },
              ...STATUSES.map((s) => ({ value: s.value, label: t.statuses[s.value].label })),
            ].map((option) => {
              const id = `${filterName}-${option.value ?? 'all'}`;
              const count = option.value ? (counts.get(option.value) ?? 0) : all.length;
              return (
                <div className="segmented__option" key={id}>
                  <input
                    type="radio"
                    id={id}
                    name={filterName}
                    checked={status === option.value}
                    onChange={() => choose(option.value)}
                  />
                  <label htmlFor={id}>
                    {option.label}
                    {outbox.data ? (
                      <span className="segmented__count">{formatCount(count)}</span>
                    ) : null}
                  </label>
                </div>
              );
            })}
          </div>
        }
      >
        {outbox.isPending ? (
          <TableSkeleton label={t.log.loading} />
        ) : outbox.isError ? (
          <ErrorState error={outbox.error} onRetry={() => void outbox.refetch()} />
        ) : shown.length === 0 ? (
          <EmptyState
            icon={status ? <MailIcon size="lg" /> : <OutboxIcon size="lg" />}
            title={status ? t.statuses[status].empty : t.empty.title}
            description={status ? t.empty.filteredDescription : t.empty.description}
          />
        ) : (
          // Focusable: when long addresses make it scroll sideways, the keyboard can scroll it too.
          <div className="table-wrap" role="region" aria-label={t.log.title} tabIndex={0}>
            <table className="table">
              <thead>
                <tr>
                  <th scope="col">{t.columns.recipient}</th>
                  <th scope="col">{t.columns.subject}</th>
                  <th scope="col">{t.columns.status}</th>
                  <th scope="col">{t.columns.attempts}</th>
                  <th scope="col">{t.columns.queued}</th>
                  <th scope="col">{t.columns.sent}</th>
                </tr>
              </thead>
              <tbody>
                {shown.map((m) => (
                  <tr key={m.id}>
                    <td>
                      {m.recipient}
                      <span className="table__sub">
                        {m.channel} · {m.purpose}
                      </span>
                    </td>
                    <td>
                      {m.subject}
                      {m.lastError ? (
                        <span className="table__sub table__sub--danger">{m.lastError}</span>
                      ) : null}
                    </td>
                    <td>
                      <StatusBadge status={m.status} />
                    </td>
                    <td className="numeric">{formatCount(m.attempts)}</td>
                    <td>
                      <Timestamp value={m.createdAt} />
                    </td>
                    <td>
                      <Timestamp value={m.sentAt} empty={t.notYet} />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </Card>
    </>
  );
};
