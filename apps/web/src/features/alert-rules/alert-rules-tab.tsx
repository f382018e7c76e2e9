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
} from '../../components/ui';
import { useCurrentUser } from '../auth/queries';
import { SeverityBadge } from '../alerts/alert-badges';
import { useDetectionRuleNames } from '../detection-rules/queries';
import { AlertRuleDialog } from './alert-rule-dialog';
import { useAlertRules, useDeleteAlertRule, useMoveAlertRule, useUpdateAlertRule } from './queries';
import { actionLabel, describeMatch } from './rule-form';

type Dialogs =
  | { kind: 'create' }
  | { kind: 'edit'; rule: AlertRuleRecord }
  | { kind: 'delete'; rule: AlertRuleRecord }
  | null;

/** Settings → Alert rules: in order, the first enabled match decides what an alert does. */
export const AlertRulesTab = () => {
  const { role } = useCurrentUser();
  const canEdit = canEditAlertRules(role);
  const rules = useAlertRules();
  const detectionNames = useDetectionRuleNames();
  const update = useUpdateAlertRule();
  const move = useMoveAlertRule();
  const remove = useDeleteAlertRule();
  const [dialog, setDialog] = useState<Dialogs>(null);

  const closeDialog = () => {
    remove.reset();
    setDialog(null);
  };

  const create = canEdit ? (
    <Button variant="primary" icon={<PlusIcon />} onClick={() => setDialog({ kind: 'create' })}>
      New alert rule
    </Button>
  ) : undefined;
  const failure = update.error ?? move.error;
  const list = rules.data ?? [];

  return (
    <Card
      title="Alert rules"
      description={
        <>
          Tried top to bottom: the first enabled rule that matches an alert sets its severity and
          what happens. No match: SEV3, alert only.
          {canEdit ? null : ' Security leads change them.'}
        </>
      }
      actions={list.length > 0 ? create : undefined}
      flush
    >
      {failure ? (
        <div className="card__notice">
          <ProblemAlert error={failure} action="Changing a rule" />
        </div>
      ) : null}
      {rules.isPending ? (
        <TableSkeleton label="Loading alert rules" />
      ) : rules.isError ? (
        <ErrorState error={rules.error} onRetry={() => void rules.refetch()} />
      ) : list.length === 0 ? (
        <EmptyState
          icon={<AlertIcon size="lg" />}
          title="No alert rules yet"
          description="Every alert is SEV3 and waits in the queue. Add rules to raise the severity of production alarms, open incidents for them on their own, or silence known noise."
          actions={create}
        />
      ) : (
        <div className="table-wrap">
          <table className="table">
            <thead>
              <tr>
                <th scope="col">#</th>
                <th scope="col">Rule</th>
                <th scope="col">Then</th>
                <th scope="col">Enabled</th>
                <th scope="col">
                  <span className="visually-hidden">Actions</span>
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
                        ? `for ${rule.suppressionMinutes} min`
                        : `flap window ${rule.suppressionMinutes} min`}
                      {rule.notify.length > 0 ? ` · notifies ${rule.notify.join(', ')}` : ''}
                    </span>
                  </td>
                  <td>
                    {canEdit ? (
                      <SavingSwitch
                        label={`Enabled: ${rule.name}`}
                        checked={rule.enabled}
                        onToggle={(enabled) => update.mutateAsync({ rule, enabled })}
                      />
                    ) : (
                      <Badge tone={rule.enabled ? 'success' : 'neutral'} dot>
                        {rule.enabled ? 'On' : 'Off'}
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
                          aria-label={`Move ${rule.name} up`}
                          title="Move up: tried earlier"
                          disabled={index === 0 || move.isPending}
                          onClick={() => move.mutate({ rules: list, id: rule.id, direction: 'up' })}
                        >
                          <ArrowUpIcon />
                        </Button>
                        <Button
                          size="sm"
                          variant="ghost"
                          iconOnly
                          aria-label={`Move ${rule.name} down`}
                          title="Move down: tried later"
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
                          aria-label={`Edit ${rule.name}`}
                          onClick={() => setDialog({ kind: 'edit', rule })}
                        >
                          Edit
                        </Button>
                        <Button
                          size="sm"
                          variant="ghost"
                          aria-label={`Delete ${rule.name}`}
                          onClick={() => setDialog({ kind: 'delete', rule })}
                        >
                          Delete
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
        title={dialog?.kind === 'delete' ? `Delete “${dialog.rule.name}”?` : 'Delete rule'}
        confirmLabel="Delete rule"
        pending={remove.isPending}
        error={remove.isError ? <ProblemAlert error={remove.error} /> : undefined}
        onCancel={closeDialog}
        onConfirm={() => {
          if (dialog?.kind === 'delete') remove.mutate(dialog.rule.id, { onSuccess: closeDialog });
        }}
      >
        <p>
          Alerts it would have matched fall through to the rules below it, or to the default (SEV3,
          alert only). Alerts it already decided keep their severity and incident.
        </p>
      </ConfirmDialog>
    </Card>
  );
};
