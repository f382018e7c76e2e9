import { WEBHOOK_EVENTS, type Webhook } from '@vigil/contracts';
import { useState } from 'react';
import {
  Alert,
  Badge,
  Button,
  Card,
  ChainIcon,
  CloseIcon,
  ConfirmDialog,
  EmptyState,
  ErrorState,
  PencilIcon,
  PlusIcon,
  ProblemAlert,
  SavingSwitch,
  TableSkeleton,
  Timestamp,
  type BadgeTone,
} from '../../components/ui';
import { useDeleteWebhook, useTestWebhook, useUpdateWebhook, useWebhooks } from './queries';
import { SignatureHelp } from './signature-help';
import { WebhookDialog } from './webhook-dialog';
import { describeEvents, describeTestResult, WEBHOOK_EVENT_LABELS } from './webhook-form';
import './webhooks.css';

const LAST_STATUS: Record<
  NonNullable<Webhook['lastStatus']>,
  { tone: BadgeTone; label: string; hint: string }
> = {
  sent: { tone: 'success', label: 'Delivered', hint: 'The endpoint answered with a 2xx status.' },
  failed: { tone: 'danger', label: 'Failed', hint: 'Every attempt failed; Vigil stopped trying.' },
  pending: {
    tone: 'warning',
    label: 'Pending',
    hint: 'Not accepted yet: Vigil tries again with growing pauses.',
  },
};

const COLUMNS = 5;

type Dialogs = { kind: 'create' } | { kind: 'edit' | 'delete'; webhook: Webhook } | null;

/** One webhook and, below it, how its last test went: each row keeps its own. */
const WebhookRow = ({
  webhook,
  onToggle,
  onEdit,
  onDelete,
}: {
  webhook: Webhook;
  onToggle: (active: boolean) => Promise<unknown>;
  onEdit: () => void;
  onDelete: () => void;
}) => {
  const test = useTestWebhook();
  const outcome = test.data ? describeTestResult(test.data) : undefined;
  const status = webhook.lastStatus ? LAST_STATUS[webhook.lastStatus] : undefined;
  return (
    <>
      <tr className={webhook.active ? undefined : 'table__row--muted'}>
        <td>
          {webhook.name}
          <span className="table__sub mono break-all">{webhook.url}</span>
        </td>
        <td>{describeEvents(webhook.events)}</td>
        <td>
          <SavingSwitch
            label={`Active: ${webhook.name}`}
            checked={webhook.active}
            onToggle={onToggle}
          />
        </td>
        <td>
          <Timestamp value={webhook.lastDeliveryAt} empty="Never" />
          {status ? (
            <span className="table__sub">
              <Badge tone={status.tone} title={status.hint} dot>
                {status.label}
              </Badge>
            </span>
          ) : null}
        </td>
        <td className="table__actions">
          <Button
            size="sm"
            loading={test.isPending}
            aria-label={`Send test to ${webhook.name}`}
            title="Sends a signed test message now"
            onClick={() => test.mutate(webhook.id)}
          >
            Send test
          </Button>
          <Button
            size="sm"
            icon={<PencilIcon />}
            aria-label={`Edit ${webhook.name}`}
            onClick={onEdit}
          >
            Edit
          </Button>
          <Button
            size="sm"
            variant="ghost"
            aria-label={`Delete ${webhook.name}`}
            onClick={onDelete}
          >
            Delete
          </Button>
        </td>
      </tr>
      {test.isPending || test.isError || outcome ? (
        <tr className="webhook-test">
          <td colSpan={COLUMNS}>
            <div className="webhook-test__result">
              {test.isPending ? (
                <p className="muted" role="status">
                  Sending a signed test message to {webhook.name} (up to 10 s)…
                </p>
              ) : test.isError ? (
                <ProblemAlert error={test.error} action="Sending a test message" />
              ) : outcome ? (
                <Alert tone={outcome.tone} title={outcome.title}>
                  {outcome.detail}
                </Alert>
              ) : null}
              {test.isPending ? null : (
                <Button
                  size="sm"
                  variant="ghost"
                  iconOnly
                  aria-label={`Dismiss the test result of ${webhook.name}`}
                  title="Dismiss"
                  onClick={() => test.reset()}
                >
                  <CloseIcon />
                </Button>
              )}
            </div>
          </td>
        </tr>
      ) : null}
    </>
  );
};

/** Settings → Webhooks (admin): where reminders and escalations are posted, signed. */
export const WebhooksTab = () => {
  const webhooks = useWebhooks();
  const update = useUpdateWebhook();
  const remove = useDeleteWebhook();
  const [dialog, setDialog] = useState<Dialogs>(null);
  const list = webhooks.data ?? [];

  const closeDialog = () => {
    remove.reset();
    setDialog(null);
  };

  const create = (
    <Button variant="primary" icon={<PlusIcon />} onClick={() => setDialog({ kind: 'create' })}>
      New webhook
    </Button>
  );

  return (
    <Card
      title="Webhooks"
      description="Reminders and escalations posted to chat channels or your own services as they fall due, besides the emails. The body is Slack-compatible: a Slack incoming-webhook URL works as is."
      actions={list.length > 0 ? create : undefined}
      flush
    >
      {update.isError ? (
        <div className="card__notice">
          <ProblemAlert error={update.error} action="Changing a webhook" />
        </div>
      ) : null}
      {webhooks.isPending ? (
        <TableSkeleton label="Loading webhooks" />
      ) : webhooks.isError ? (
        <ErrorState error={webhooks.error} onRetry={() => void webhooks.refetch()} />
      ) : list.length === 0 ? (
        <EmptyState
          icon={<ChainIcon size="lg" />}
          title="No webhooks yet"
          description="Add one to post the messages below to a Slack channel or your own service, signed so the receiver knows they came from Vigil."
          items={WEBHOOK_EVENTS.map((e) => ({
            title: WEBHOOK_EVENT_LABELS[e].label,
            description: WEBHOOK_EVENT_LABELS[e].hint,
          }))}
          actions={create}
        />
      ) : (
        <div className="table-wrap">
          <table className="table">
            <thead>
              <tr>
                <th scope="col">Webhook</th>
                <th scope="col">Sends</th>
                <th scope="col">Active</th>
                <th scope="col">Last delivery</th>
                <th scope="col">
                  <span className="visually-hidden">Actions</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {list.map((webhook) => (
                <WebhookRow
                  key={webhook.id}
                  webhook={webhook}
                  onToggle={(active) => update.mutateAsync({ id: webhook.id, active })}
                  onEdit={() => setDialog({ kind: 'edit', webhook })}
                  onDelete={() => setDialog({ kind: 'delete', webhook })}
                />
              ))}
            </tbody>
          </table>
        </div>
      )}
      <details className="webhook-help">
        <summary>How a receiver checks that a message came from Vigil</summary>
        <SignatureHelp />
      </details>
      {dialog?.kind === 'create' ? <WebhookDialog onClose={closeDialog} /> : null}
      {dialog?.kind === 'edit' ? (
        <WebhookDialog key={dialog.webhook.id} webhook={dialog.webhook} onClose={closeDialog} />
      ) : null}
      <ConfirmDialog
        open={dialog?.kind === 'delete'}
        title={dialog?.kind === 'delete' ? `Delete “${dialog.webhook.name}”?` : 'Delete webhook'}
        confirmLabel="Delete webhook"
        pending={remove.isPending}
        error={remove.isError ? <ProblemAlert error={remove.error} /> : undefined}
        onCancel={closeDialog}
        onConfirm={() => {
          if (dialog?.kind === 'delete')
            remove.mutate(dialog.webhook.id, { onSuccess: closeDialog });
        }}
      >
        <p>
          Vigil stops posting to{' '}
          <span className="mono break-all">
            {dialog?.kind === 'delete' ? dialog.webhook.url : ''}
          </span>{' '}
          at once, including retries still waiting. Deliveries already made stay in the Outbox.
        </p>
        <p>Its signing secret goes with it: a new webhook gets a new secret.</p>
      </ConfirmDialog>
    </Card>
  );
};
