import type { BadgeTone } from '../../components/ui';
import {
  Badge,
  BroadcastIcon,
  Button,
  Card,
  EmptyState,
  ErrorState,
  ProblemAlert,
  TableSkeleton,
  Timestamp,
} from '../../components/ui';
import { useMessages } from '../../i18n';
import { messages } from './messages';
import { useConfirmSnsSubscription, useSnsSubscriptions } from './queries';
import type { SnsSubscription } from './types';

const TONE: Record<SnsSubscription['status'], BadgeTone> = {
  pending: 'warning',
  confirmed: 'success',
  failed: 'danger',
};

/** `arn:aws:sns:eu-west-1:123456789012:alarms` → its topic name and where it lives. */
const topicParts = (arn: string) => {
  const [, , , region, account, name] = arn.split(':');
  return { name: name ?? arn, where: region && account ? `${account} · ${region}` : undefined };
};

/** Settings → SNS subscriptions: topics asking to deliver alarms here, waiting for an admin. */
export const SnsSubscriptionsTab = () => {
  const subscriptions = useSnsSubscriptions();
  const confirm = useConfirmSnsSubscription();
  const t = useMessages(messages);
  const items = subscriptions.data ?? [];
  const pending = items.filter((s) => s.status === 'pending').length;

  return (
    <Card title={t.title} description={pending > 0 ? t.pending(pending) : t.description} flush>
      {confirm.isError ? (
        <div className="card__notice">
          <ProblemAlert error={confirm.error} action={t.confirmAction} />
        </div>
      ) : null}
      {subscriptions.isPending ? (
        <TableSkeleton label={t.loading} />
      ) : subscriptions.isError ? (
        <ErrorState error={subscriptions.error} onRetry={() => void subscriptions.refetch()} />
      ) : items.length === 0 ? (
        <EmptyState
          icon={<BroadcastIcon size="lg" />}
          title={t.empty.title}
          description={
            <>
              {t.empty.subscribe}
              <code className="code-chip">/api/v1/integrations/sns</code>
              {t.empty.toTopic}
              <code className="code-chip">SNS_TOPIC_ARNS</code>
              {t.empty.appears}
            </>
          }
        />
      ) : (
        <div className="table-wrap">
          <table className="table">
            <thead>
              <tr>
                <th scope="col">{t.columns.topic}</th>
                <th scope="col">{t.columns.status}</th>
                <th scope="col">{t.columns.requested}</th>
                <th scope="col">{t.columns.confirmed}</th>
                <th scope="col">
                  <span className="visually-hidden">{t.columns.actions}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {items.map((s) => {
                const topic = topicParts(s.topicArn);
                const busy = confirm.isPending && confirm.variables === s.messageId;
                return (
                  <tr key={s.messageId}>
                    <td>
                      {topic.name}
                      <span className="table__sub mono break-all">{s.topicArn}</span>
                      {s.lastError ? (
                        <span className="table__sub table__sub--danger">{s.lastError}</span>
                      ) : null}
                    </td>
                    <td>
                      <Badge tone={TONE[s.status]} dot>
                        {t.statuses[s.status]}
                      </Badge>
                    </td>
                    <td>
                      <Timestamp value={s.receivedAt} />
                    </td>
                    <td>
                      <Timestamp value={s.confirmedAt} empty={t.notYet} />
                    </td>
                    <td className="table__actions">
                      {s.status === 'confirmed' ? null : (
                        <Button
                          size="sm"
                          variant={s.status === 'pending' ? 'primary' : 'secondary'}
                          loading={busy}
                          aria-label={
                            s.status === 'pending'
                              ? t.confirmTopic(topic.name)
                              : t.retryTopic(topic.name)
                          }
                          onClick={() => confirm.mutate(s.messageId)}
                        >
                          {s.status === 'pending' ? t.confirm : t.retry}
                        </Button>
                      )}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
    </Card>
  );
};
