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
import { useMessages } from '../../i18n';
import { messages } from './messages';
import { useDeleteWebhook, useTestWebhook, useUpdateWebhook, useWebhooks } from './queries';
import { SignatureHelp } from './signature-help';
import { WebhookDialog } from './webhook-dialog';
import { describeEvents, describeTestResult, WEBHOOK_EVENT_LABELS } from './webhook-form';
import './webhooks.css';

const LAST_STATUS_TONE: Record<NonNullable<Webhook['lastStatus']>, BadgeTone> = {
  sent: 'success',
  failed: 'danger',
  pending: 'warning',
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
  const words = useMessages(messages);
  const t = words.tab;
  const test = useTestWebhook();
  const outcome = test.data ? describeTestResult(test.data) : undefined;
  const status = webhook.lastStatus
    ? { tone: LAST_STATUS_TONE[webhook.lastStatus], ...words.lastStatus[webhook.lastStatus] }
    : undefined;
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
            label={t.activeSwitch(webhook.name)}
            checked={webhook.active}
            onToggle={onToggle}
          />
        </td>
        <td>
          <Timestamp value={webhook.lastDeliveryAt} empty={t.never} />
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
            aria-label={t.sendTestNamed(webhook.name)}
            title={t.sendTestHint}
            onClick={() => test.mutate(webhook.id)}
          >
            {t.sendTest}
          </Button>
          <Button
            size="sm"
            icon={<PencilIcon />}
            aria-label={t.editNamed(webhook.name)}
            onClick={onEdit}
          >
            {t.edit}
          </Button>
          <Button
            size="sm"
            variant="ghost"
            aria-label={t.deleteNamed(webhook.name)}
            onClick={onDelete}
          >
            {t.delete}
          </Button>
        </td>
      </tr>
      {test.isPending || test.isError || outcome ? (
        <tr className="webhook-test">
          <td colSpan={COLUMNS}>
            <div className="webhook-test__result">
              {test.isPending ? (
                <p className="muted" role="status">
                  {t.sending(webhook.name)}
                </p>
              ) : test.isError ? (
                <ProblemAlert error={test.error} action={t.sendingAction} />
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
                  aria-label={t.dismissNamed(webhook.name)}
                  title={t.dismiss}
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
  const t = useMessages(messages).tab;
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
      {t.create}
    </Button>
  );

  return (
    <Card
      title={t.title}
      description={t.description}
      actions={list.length > 0 ? create : undefined}
      flush
    >
      {update.isError ? (
        <div className="card__notice">
          <ProblemAlert error={update.error} action={t.changing} />
        </div>
      ) : null}
      {webhooks.isPending ? (
        <TableSkeleton label={t.loading} />
      ) : webhooks.isError ? (
        <ErrorState error={webhooks.error} onRetry={() => void webhooks.refetch()} />
      ) : list.length === 0 ? (
        <EmptyState
          icon={<ChainIcon size="lg" />}
          title={t.emptyTitle}
          description={t.emptyDescription}
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
                <th scope="col">{t.columns.webhook}</th>
                <th scope="col">{t.columns.sends}</th>
                <th scope="col">{t.columns.active}</th>
                <th scope="col">{t.columns.lastDelivery}</th>
                <th scope="col">
                  <span className="visually-hidden">{t.columns.actions}</span>
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
        <summary>{t.help}</summary>
        <SignatureHelp />
      </details>
      {dialog?.kind === 'create' ? <WebhookDialog onClose={closeDialog} /> : null}
      {dialog?.kind === 'edit' ? (
        <WebhookDialog key={dialog.webhook.id} webhook={dialog.webhook} onClose={closeDialog} />
      ) : null}
      <ConfirmDialog
        open={dialog?.kind === 'delete'}
        title={dialog?.kind === 'delete' ? t.deleteTitle(dialog.webhook.name) : t.deleteWebhook}
        confirmLabel={t.deleteWebhook}
        pending={remove.isPending}
        error={remove.isError ? <ProblemAlert error={remove.error} /> : undefined}
        onCancel={closeDialog}
        onConfirm={() => {
          if (dialog?.kind === 'delete')
            remove.mutate(dialog.webhook.id, { onSuccess: closeDialog });
        }}
      >
        <p>
          {t.deleteStops(
            <span className="mono break-all">
              {dialog?.kind === 'delete' ? dialog.webhook.url : ''}
            </span>,
          )}
        </p>
        <p>{t.deleteSecret}</p>
      </ConfirmDialog>
    </Card>
  );
};
