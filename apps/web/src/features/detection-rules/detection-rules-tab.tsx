import type { DetectionRuleRecord } from '@vigil/contracts';
import { useState } from 'react';
import { canEditAlertRules } from '../../app/access';
import {
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
  TargetIcon,
  Timestamp,
} from '../../components/ui';
import { useCurrentUser } from '../auth/queries';
import { SeverityBadge } from '../alerts/alert-badges';
import { describeParams, KIND_INFO } from './detection-form';
import { DetectionRuleDialog } from './detection-rule-dialog';
import { useDeleteDetectionRule, useDetectionRules, useUpdateDetectionRule } from './queries';

type Dialogs =
  | { kind: 'create' }
  | { kind: 'edit'; rule: DetectionRuleRecord }
  | { kind: 'delete'; rule: DetectionRuleRecord }
  | null;

/** Settings → Detection rules: what, in the audit log, raises an alert. */
export const DetectionRulesTab = () => {
  const { role } = useCurrentUser();
  const canEdit = canEditAlertRules(role);
  const rules = useDetectionRules();
  const update = useUpdateDetectionRule();
  const remove = useDeleteDetectionRule();
  const [dialog, setDialog] = useState<Dialogs>(null);

  const closeDialog = () => {
    remove.reset();
    setDialog(null);
  };

  const create = canEdit ? (
    <Button variant="primary" icon={<PlusIcon />} onClick={() => setDialog({ kind: 'create' })}>
      New detection rule
    </Button>
  ) : undefined;

  return (
    <Card
      title="Detection rules"
      description={
        canEdit
          ? 'Checks run over each batch of audit events as it arrives; a hit raises an alert. Test a rule on the last 24 h before you save it.'
          : 'Checks run over each batch of audit events as it arrives; a hit raises an alert. Security leads change them.'
      }
      actions={rules.data?.length ? create : undefined}
      flush
    >
      {update.isError ? (
        <div className="card__notice">
          <ProblemAlert error={update.error} action="Changing a rule" />
        </div>
      ) : null}
      {rules.isPending ? (
        <TableSkeleton label="Loading detection rules" />
      ) : rules.isError ? (
        <ErrorState error={rules.error} onRetry={() => void rules.refetch()} />
      ) : rules.data.length === 0 ? (
        <EmptyState
          icon={<TargetIcon size="lg" />}
          title="No detection rules"
          description="Rules watch the audit log for what a person should look at: repeated failed sign-ins, mass exports, a deactivated user still active, a source gone quiet."
          actions={create}
        />
      ) : (
        <div className="table-wrap">
          <table className="table">
            <thead>
              <tr>
                <th scope="col">Rule</th>
                <th scope="col">Kind</th>
                <th scope="col">Severity</th>
                <th scope="col">Enabled</th>
                <th scope="col">Changed</th>
                <th scope="col">
                  <span className="visually-hidden">Actions</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {rules.data.map((rule) => (
                <tr key={rule.id} className={rule.enabled ? undefined : 'table__row--muted'}>
                  <td>
                    {rule.name}
                    <span className="table__sub">{describeParams(rule.params)}</span>
                  </td>
                  <td>
                    <Badge title={KIND_INFO[rule.params.kind].description}>
                      {KIND_INFO[rule.params.kind].label}
                    </Badge>
                  </td>
                  <td>
                    <SeverityBadge severity={rule.severity} />
                  </td>
                  <td>
                    {canEdit ? (
                      <SavingSwitch
                        label={`Enabled: ${rule.name}`}
                        checked={rule.enabled}
                        onToggle={(enabled) => update.mutateAsync({ id: rule.id, enabled })}
                      />
                    ) : (
                      <Badge tone={rule.enabled ? 'success' : 'neutral'} dot>
                        {rule.enabled ? 'On' : 'Off'}
                      </Badge>
                    )}
                  </td>
                  <td>
                    <Timestamp value={rule.updatedAt} />
                  </td>
                  <td className="table__actions">
                    {canEdit ? (
                      <>
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
      {dialog?.kind === 'create' ? <DetectionRuleDialog onClose={closeDialog} /> : null}
      {dialog?.kind === 'edit' ? (
        <DetectionRuleDialog key={dialog.rule.id} rule={dialog.rule} onClose={closeDialog} />
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
          It stops checking the audit log at once. Alerts it already raised stay in the queue; to
          pause it instead, switch it off.
        </p>
      </ConfirmDialog>
    </Card>
  );
};
