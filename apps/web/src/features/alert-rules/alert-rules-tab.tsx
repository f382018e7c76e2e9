import type { AlertRuleRecord } from '@vigil/contracts';
import { useState } from 'react';
import { canEditAlertRules } from '../../app/access';
import {
  AlertIcon,
  ArrowDownIcon,
  ArrowUpIcon,
  Badge,
  Button,
  Card,
  ConfirmDialog,
  EmptyState,
  ErrorState,
  PencilIcon,
  PlusIcon,
  ProblemAlert,
  SavingSwitch,
  TableSkeleton,
  useToast,
} from '../../components/ui';
import { useMessages } from '../../i18n';
import { useCurrentUser } from '../auth/queries';
import { SeverityBadge } from '../alerts/alert-badges';
import { useDetectionRuleNames } from '../detection-rules/queries';
import { AlertRuleDialog } from './alert-rule-dialog';
import { messages, ruleToastMessages } from './messages';
import { useAlertRules, useDeleteAlertRule, useMoveAlertRule, useUpdateAlertRule } from './queries';
import { actionLabel, describeMatch } from './rule-form';

type Dialogs =
  | { kind: 'create' }
  | { kind: 'edit'; rule: AlertRuleRecord }
  | { kind: 'delete'; rule: AlertRuleRecord }
  | null;

/** Settings → Alert rules: in order, the first enabled match decides what an alert does. */
export const AlertRulesTab = () => {
  const t = useMessages(messages).tab;
  const { role } = useCurrentUser();
  const canEdit = canEditAlertRules(role);
  const rules = useAlertRules();
  const detectionNames = useDetectionRuleNames();
  const update = useUpdateAlertRule();
  const move = useMoveAlertRule();
  const remove = useDeleteAlertRule();
  const toast = useToast();
  const saidDone = useMessages(ruleToastMessages);
  const [dialog, setDialog] = useState<Dialogs>(null);

  const closeDialog = () => {
    remove.reset();
    setDialog(null);
  };

  const create = canEdit ? (
    <Button variant="primary" icon={<PlusIcon />} onClick={() => setDialog({ kind: 'create' })}>
      {t.create}
    </Button>
  ) : undefined;
  const failure = update.error ?? move.error;
  const list = rules.data ?? [];

  return (
    <Card
      title={t.title}
      description={
        <>
          {t.description}
          {canEdit ? null : t.readOnly}
        </>
      }
      actions={list.length > 0 ? create : undefined}
      flush
    >
      {failure ? (
        <div className="card__notice">
          <ProblemAlert error={failure} action={t.changing} />
        </div>
      ) : null}
      {rules.isPending ? (
        <TableSkeleton label={t.loading} />
      ) : rules.isError ? (
        <ErrorState error={rules.error} onRetry={() => void rules.refetch()} />
      ) : list.length === 0 ? (
        <EmptyState
          icon={<AlertIcon size="lg" />}
          title={t.emptyTitle}
          description={t.emptyDescription}
          actions={create}
        />
      ) : (
        <div className="table-wrap">
          <table className="table">
            <thead>
              <tr>
                <th scope="col">{t.columns.order}</th>
                <th scope="col">{t.columns.rule}</th>
                <th scope="col">{t.columns.then}</th>
                <th scope="col">{t.columns.enabled}</th>
                <th scope="col">
                  <span className="visually-hidden">{t.columns.actions}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {list.map((rule, index) => (
                <tr key={rule.id} className={rule.enabled ? undefined : 'table__row--muted'}>
                  <td className="numeric rule-order">{index + 1}</td>
                  <td>
                    {rule.name}
                    <span className="table__sub">{describeMatch(rule.match, detectionNames)}</span>
                  </td>
                  <td>
                    <span className="inline-stack">
                      <SeverityBadge severity={rule.severity} />
                      {actionLabel(rule.action)}
                    </span>
                    <span className="table__sub">
                      {rule.action === 'suppress'
                        ? t.suppressFor(rule.suppressionMinutes)
                        : t.flapWindow(rule.suppressionMinutes)}
                      {rule.notify.length > 0 ? t.notifies(rule.notify.join(', ')) : ''}
                    </span>
                  </td>
                  <td>
                    {canEdit ? (
                      <SavingSwitch
                        label={t.enabledSwitch(rule.name)}
                        checked={rule.enabled}
                        onToggle={(enabled) => update.mutateAsync({ rule, enabled })}
                      />
                    ) : (
                      <Badge tone={rule.enabled ? 'success' : 'neutral'} dot>
                        {rule.enabled ? t.on : t.off}
                      </Badge>
                    )}
                  </td>
                  <td className="table__actions">
                    {canEdit ? (
                      <>
                        <Button
                          size="sm"
                          variant="ghost"
                          iconOnly
                          aria-label={t.moveUp(rule.name)}
                          title={t.moveUpHint}
                          disabled={index === 0 || move.isPending}
                          onClick={() => move.mutate({ rules: list, id: rule.id, direction: 'up' })}
                        >
                          <ArrowUpIcon />
                        </Button>
                        <Button
                          size="sm"
                          variant="ghost"
                          iconOnly
                          aria-label={t.moveDown(rule.name)}
                          title={t.moveDownHint}
                          disabled={index === list.length - 1 || move.isPending}
                          onClick={() =>
                            move.mutate({ rules: list, id: rule.id, direction: 'down' })
                          }
                        >
                          <ArrowDownIcon />
                        </Button>
                        <Button
                          size="sm"
                          icon={<PencilIcon />}
                          aria-label={t.editNamed(rule.name)}
                          onClick={() => setDialog({ kind: 'edit', rule })}
                        >
                          {t.edit}
                        </Button>
                        <Button
                          size="sm"
                          variant="ghost"
                          aria-label={t.deleteNamed(rule.name)}
                          onClick={() => setDialog({ kind: 'delete', rule })}
                        >
                          {t.delete}
                        </Button>
                      </>
                    ) : null}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {dialog?.kind === 'create' ? <AlertRuleDialog rules={list} onClose={closeDialog} /> : null}
      {dialog?.kind === 'edit' ? (
        <AlertRuleDialog
          key={dialog.rule.id}
          rule={dialog.rule}
          rules={list}
          onClose={closeDialog}
        />
      ) : null}
      <ConfirmDialog
        open={dialog?.kind === 'delete'}
        title={dialog?.kind === 'delete' ? t.deleteTitle(dialog.rule.name) : t.deleteRule}
        confirmLabel={t.deleteRule}
        pending={remove.isPending}
        error={remove.isError ? <ProblemAlert error={remove.error} /> : undefined}
        onCancel={closeDialog}
        onConfirm={() => {
          if (dialog?.kind !== 'delete') return;
          const { name } = dialog.rule;
          remove.mutate(dialog.rule.id, {
            onSuccess: () => {
              toast({ title: saidDone.deleted(name) });
              closeDialog();
            },
          });
        }}
      >
        <p>{t.deleteBody}</p>
      </ConfirmDialog>
    </Card>
  );
};
