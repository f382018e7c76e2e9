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
import { useConfirmSnsSubscription, useSnsSubscriptions } from './queries';
import type { SnsSubscription } from './types';

const STATUS: Record<SnsSubscription['status'], { tone: BadgeTone; label: string }> = {
  pending: { tone: 'warning', label: 'Pending' },
  confirmed: { tone: 'success', label: 'Confirmed' },
  failed: { tone: 'danger', label: 'Failed' },
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
  const items = subscriptions.data ?? [];
  const pending = items.filter((s) => s.status === 'pending').length;

  return (
    <Card
      title="SNS subscriptions"
      description={
        pending > 0
          ? `${pending} ${pending === 1 ? 'topic is' : 'topics are'} waiting for confirmation. Until then, its alarms do not reach Vigil.`
          : 'When an SNS topic subscribes Vigil, its confirmation request waits here for an admin (unless SNS_AUTO_CONFIRM is on).'
      }
      flush
    >
      {confirm.isError ? (
        <div className="card__notice">
          <ProblemAlert error={confirm.error} action="Confirming a subscription" />
        </div>
      ) : null}
      {subscriptions.isPending ? (
        <TableSkeleton label="Loading subscriptions" />
      ) : subscriptions.isError ? (
        <ErrorState error={subscriptions.error} onRetry={() => void subscriptions.refetch()} />
      ) : items.length === 0 ? (
        <EmptyState
          icon={<BroadcastIcon size="lg" />}
          title="No subscription requests"
          description={
            <>
              Subscribe <code className="code-chip">/api/v1/integrations/sns</code> to an SNS topic
              listed in <code className="code-chip">SNS_TOPIC_ARNS</code>; its confirmation request
              appears here to be confirmed.
            </>
          }
        />
      ) : (
        <div className="table-wrap">
          <table className="table">
            <thead>
              <tr>
                <th scope="col">Topic</th>
                <th scope="col">Status</th>
                <th scope="col">Requested</th>
                <th scope="col">Confirmed</th>
                <th scope="col">
                  <span className="visually-hidden">Actions</span>
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
                      <Badge tone={STATUS[s.status].tone} dot>
                        {STATUS[s.status].label}
                      </Badge>
                    </td>
                    <td>
                      <Timestamp value={s.receivedAt} />
                    </td>
                    <td>
                      <Timestamp value={s.confirmedAt} empty="Not yet" />
                    </td>
                    <td className="table__actions">
                      {s.status === 'confirmed' ? null : (
                        <Button
                          size="sm"
                          variant={s.status === 'pending' ? 'primary' : 'secondary'}
                          loading={busy}
                          aria-label={`${s.status === 'pending' ? 'Confirm' : 'Retry'} ${topic.name}`}
                          onClick={() => confirm.mutate(s.messageId)}
                        >
                          {s.status === 'pending' ? 'Confirm' : 'Retry'}
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
