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
import { formatCount } from '../../lib/format';
import { OUTBOX_LIMIT, useOutbox } from './queries';

type Status = OutboxMessage['status'];

const STATUSES: { value: Status; label: string; tone: BadgeTone; hint: string }[] = [
  {
    value: 'pending',
    label: 'Pending',
    tone: 'info',
    hint: 'Waiting to be sent, or to be retried.',
  },
  { value: 'sent', label: 'Sent', tone: 'success', hint: 'Accepted by the mail server.' },
  {
    value: 'logged',
    label: 'Logged',
    tone: 'neutral',
    hint: 'No SMTP_URL is set: the message went to the server log only.',
  },
  { value: 'failed', label: 'Failed', tone: 'danger', hint: 'Gave up after its retries.' },
];

const isStatus = (value: string | null): value is Status => STATUSES.some((s) => s.value === value);

const StatusBadge = ({ status }: { status: Status }) => {
  const s = STATUSES.find((x) => x.value === status);
  return (
    <Badge tone={s?.tone ?? 'neutral'} dot title={s?.hint}>
      {s?.label ?? status}
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
      <PageHeader
        title="Outbox"
        description="Every email Vigil sent or tried to send (sign-in codes, notices, reminders), with its delivery status. Bodies are not kept: sign-in codes never sit in the database."
      />
      <Card
        flush
        title="Mail log"
        description={`The newest ${formatCount(OUTBOX_LIMIT)} messages, refreshed every 15 s.`}
        actions={
          <div className="segmented" role="radiogroup" aria-label="Filter by status">
            {[{ value: undefined, label: 'All' }, ...STATUSES].map((option) => {
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
                    {outbox.data ? <span className="segmented__count">{count}</span> : null}
                  </label>
                </div>
              );
            })}
          </div>
        }
      >
        {outbox.isPending ? (
          <TableSkeleton label="Loading the mail log" />
        ) : outbox.isError ? (
          <ErrorState error={outbox.error} onRetry={() => void outbox.refetch()} />
        ) : shown.length === 0 ? (
          <EmptyState
            icon={status ? <MailIcon size="lg" /> : <OutboxIcon size="lg" />}
            title={status ? `No ${status} messages` : 'No mail yet'}
            description={
              status
                ? 'None of the recent messages has this status.'
                : 'Sign-in codes and notices will be listed here as Vigil sends them.'
            }
          />
        ) : (
          <div className="table-wrap">
            <table className="table">
              <thead>
                <tr>
                  <th scope="col">Recipient</th>
                  <th scope="col">Subject</th>
                  <th scope="col">Status</th>
                  <th scope="col">Attempts</th>
                  <th scope="col">Queued</th>
                  <th scope="col">Sent</th>
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
                    <td className="numeric">{m.attempts}</td>
                    <td>
                      <Timestamp value={m.createdAt} />
                    </td>
                    <td>
                      <Timestamp value={m.sentAt} empty="Not yet" />
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
