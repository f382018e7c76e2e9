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
  useToast,
} from '../../components/ui';
import { useMessages } from '../../i18n';
import { useCurrentUser } from '../auth/queries';
import { SeverityBadge } from '../alerts/alert-badges';
import { describeParams, KIND_INFO } from './detection-form';
import { DetectionRuleDialog } from './detection-rule-dialog';
import { ruleToastMessages } from '../alert-rules/messages';
import { messages } from './messages';
import { useDeleteDetectionRule, useDetectionRules, useUpdateDetectionRule } from './queries';

type Dialogs =
  | { kind: 'create' }
  | { kind: 'edit'; rule: DetectionRuleRecord }
  | { kind: 'delete'; rule: DetectionRuleRecord }
  | null;

/** Settings → Detection rules: what, in the audit log, raises an alert. */
export const DetectionRulesTab = () => {
  const t = useMessages(messages).tab;
  const { role } = useCurrentUser();
  const canEdit = canEditAlertRules(role);
  const rules = useDetectionRules();
  const update = useUpdateDetectionRule();
  const remove = useDeleteDetectionRule();
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

  return (
    <Card
      title={t.title}
      description={canEdit ? t.description : t.readOnlyDescription}
      actions={rules.data?.length ? create : undefined}
      flush
    >
      {update.isError ? (
        <div className="card__notice">
          <ProblemAlert error={update.error} action={t.changing} />
        </div>
      ) : null}
      {rules.isPending ? (
        <TableSkeleton label={t.loading} />
      ) : rules.isError ? (
        <ErrorState error={rules.error} onRetry={() => void rules.refetch()} />
      ) : rules.data.length === 0 ? (
        <EmptyState
          icon={<TargetIcon size="lg" />}
          title={t.emptyTitle}
          description={t.emptyDescription}
          actions={create}
        />
      ) : (
        <div className="table-wrap">
          <table className="table">
            <thead>
              <tr>
                <th scope="col">{t.columns.rule}</th>
                <th scope="col">{t.columns.kind}</th>
                <th scope="col">{t.columns.severity}</th>
                <th scope="col">{t.columns.enabled}</th>
                <th scope="col">{t.columns.changed}</th>
                <th scope="col">
                  <span className="visually-hidden">{t.columns.actions}</span>
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
                        label={t.enabledSwitch(rule.name)}
                        checked={rule.enabled}
                        onToggle={(enabled) => update.mutateAsync({ id: rule.id, enabled })}
                      />
                    ) : (
                      <Badge tone={rule.enabled ? 'success' : 'neutral'} dot>
                        {rule.enabled ? t.on : t.off}
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
      {dialog?.kind === 'create' ? <DetectionRuleDialog onClose={closeDialog} /> : null}
      {dialog?.kind === 'edit' ? (
        <DetectionRuleDialog key={dialog.rule.id} rule={dialog.rule} onClose={closeDialog} />
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
