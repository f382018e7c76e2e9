import type { AlertRuleInput, AlertRuleRecord } from '@vigil/contracts';
import { useRef, useState, type FormEvent } from 'react';
import {
  Alert,
  Badge,
  Button,
  Dialog,
  DialogBody,
  DialogFooter,
  FlaskIcon,
  ProblemAlert,
  SelectField,
  TextAreaField,
  TextField,
  Timestamp,
} from '../../components/ui';
import { formatCount, formatDateTime } from '../../lib/format';
import { serverFieldErrors, type FieldErrors } from '../../lib/form-errors';
import { AlertStatusBadge, SEVERITY_OPTIONS, SeverityBadge } from '../alerts/alert-badges';
import { ALERT_SOURCES, sourceLabel } from '../alerts/alert-queue';
import { useDetectionRules } from '../detection-rules/queries';
import { useAlertRulePreview, useSaveAlertRule } from './queries';
import { ACTIONS, draftOf, toRuleInput, type AlertRuleDraft } from './rule-form';
import type { AlertRulePreview } from './rule-preview';

const PreviewResult = ({ preview, enabled }: { preview: AlertRulePreview; enabled: boolean }) => {
  const decided = preview.matches.filter((m) => m.takenBy === null).length;
  const span = `${formatDateTime(preview.from)} to ${formatDateTime(preview.to)}`;
  return (
    <div className="stack stack--tight">
      {preview.matches.length === 0 ? (
        <div className="preview-empty">
          <p className="preview-empty__title">Would not have matched in the last 24 h</p>
          <p className="preview-empty__detail">
            None of the {formatCount(preview.checked)} alerts that fired from {span} matches.
          </p>
        </div>
      ) : (
        <>
          <p className="preview-summary">
            Matches{' '}
            <strong>
              {formatCount(preview.matches.length)} of {formatCount(preview.checked)} alerts
            </strong>{' '}
            that fired from {span}
            {decided < preview.matches.length
              ? `; a rule above it decides ${formatCount(preview.matches.length - decided)} of them`
              : ''}
            .{enabled ? '' : ' The rule is off: it would decide nothing until you enable it.'}
          </p>
          <div className="table-wrap preview-table">
            <table className="table table--compact">
              <caption className="visually-hidden">Alerts this rule matches</caption>
              <thead>
                <tr>
                  <th scope="col">Alert</th>
                  <th scope="col">Last fired</th>
                  <th scope="col">Status</th>
                  <th scope="col">Decided by</th>
                </tr>
              </thead>
              <tbody>
                {preview.matches.map(({ alert, takenBy }) => (
                  <tr key={alert.id}>
                    <td>
                      <span className="inline-stack">
                        <SeverityBadge severity={alert.severity} />
                        {alert.title}
                      </span>
                      <span className="table__sub">{sourceLabel(alert.source)}</span>
                    </td>
                    <td>
                      <Timestamp value={alert.lastFiredAt} />
                    </td>
                    <td>
                      <AlertStatusBadge status={alert.status} />
                    </td>
                    <td>
                      {takenBy ? (
                        <span title="Rules are tried in order; the first enabled match decides">
                          “{takenBy.name}”, above
                        </span>
                      ) : (
                        <Badge tone="info">This rule</Badge>
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
      <p className="preview-panel__hint">
        {preview.alarms.length > 0
          ? `Of the alarms Vigil knows, ${formatCount(preview.alarms.length)} would match on their next ALARM: ${preview.alarms
              .slice(0, 5)
              .map((a) => a.name)
              .join(', ')}${preview.alarms.length > 5 ? '…' : ''}.`
          : 'No alarm Vigil knows would match on its next ALARM.'}
      </p>
    </div>
  );
};

export interface AlertRuleDialogProps {
  /** Absent to create one. */
  rule?: AlertRuleRecord;
  /** Every rule, in order: the test shows which of them would take an alert first. */
  rules: readonly AlertRuleRecord[];
  onClose: () => void;
}

/** Create or edit an alert rule: what it matches, what it does; test it on the last 24 h. */
export const AlertRuleDialog = ({ rule, rules, onClose }: AlertRuleDialogProps) => {
  const [draft, setDraft] = useState<AlertRuleDraft>(() => draftOf(rule));
  const [errors, setErrors] = useState<FieldErrors>({});
  const [tested, setTested] = useState<string>();
  const detectionRules = useDetectionRules();
  const save = useSaveAlertRule();
  const previewPanel = useRef<HTMLElement>(null);
  const preview = useAlertRulePreview();
  const allErrors = { ...serverFieldErrors(save.error), ...errors };

  const set = (patch: Partial<AlertRuleDraft>) => {
    setDraft((d) => ({ ...d, ...patch }));
    setErrors({});
  };

  const validated = (): AlertRuleInput | undefined => {
    const result = toRuleInput(draft);
    if (!result.ok) {
      setErrors(result.errors);
      return undefined;
    }
    setErrors({});
    return result.value;
  };

  // The result appears below the fold of a long form: bring it into view.
  const revealResult = () => previewPanel.current?.scrollIntoView({ block: 'start' });

  const runPreview = () => {
    const input = validated();
    if (!input) return;
    setTested(JSON.stringify(input));
    preview.mutate({ draft: input, ruleId: rule?.id, rules }, { onSuccess: revealResult });
  };

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const input = validated();
    if (input) save.mutate({ rule, input }, { onSuccess: onClose });
  };

  const current = toRuleInput(draft);
  const stale = tested !== undefined && (!current.ok || JSON.stringify(current.value) !== tested);
  const action = ACTIONS.find((a) => a.value === draft.action);

  return (
    <Dialog
      open
      onClose={onClose}
      busy={save.isPending}
      size="lg"
      title={rule ? `Edit “${rule.name}”` : 'New alert rule'}
      description="Rules are tried in order; the first enabled one that matches an alert decides its severity and what happens."
    >
      <form onSubmit={submit} noValidate className="dialog__form">
        <DialogBody>
          <TextField
            label="Name"
            value={draft.name}
            maxLength={200}
            error={allErrors.name}
            placeholder="e.g. Production CPU alarms open an incident"
            onChange={(e) => set({ name: e.target.value })}
            data-autofocus
          />
          <fieldset className="fieldset form-section">
            <legend className="form-section__title">When an alert…</legend>
            <p className="form-section__hint">
              Leave a field empty to match anything. Names and dedup keys take a glob (
              <code>*</code>, <code>?</code>, case-insensitive) or a{' '}
              <code>/regular expression/</code>.
            </p>
            <div className="form-grid">
              <SelectField
                label="Comes from"
                value={draft.source}
                onChange={(e) =>
                  set({
                    source: ALERT_SOURCES.find((s) => s.value === e.target.value)?.value ?? '',
                  })
                }
              >
                <option value="">Any source</option>
                {ALERT_SOURCES.map((s) => (
                  <option key={s.value} value={s.value}>
                    {s.label}
                  </option>
                ))}
              </SelectField>
              <TextField
                label="Alarm name"
                value={draft.alarmName}
                spellCheck={false}
                placeholder="prod-* or /^api-(eu|us)-/"
                error={allErrors['match.alarmName']}
                onChange={(e) => set({ alarmName: e.target.value })}
              />
              <TextField
                label="Namespace"
                value={draft.namespace}
                spellCheck={false}
                placeholder="AWS/EC2"
                error={allErrors['match.namespace']}
                onChange={(e) => set({ namespace: e.target.value })}
              />
              <TextField
                label="Metric name"
                value={draft.metricName}
                spellCheck={false}
                placeholder="CPUUtilization"
                error={allErrors['match.metricName']}
                onChange={(e) => set({ metricName: e.target.value })}
              />
              <SelectField
                label="Detection rule"
                value={draft.detectionRuleId}
                onChange={(e) => set({ detectionRuleId: e.target.value })}
              >
                <option value="">Any detection</option>
                {draft.detectionRuleId &&
                !detectionRules.data?.some((d) => d.id === draft.detectionRuleId) ? (
                  <option value={draft.detectionRuleId}>{draft.detectionRuleId}</option>
                ) : null}
                {(detectionRules.data ?? []).map((d) => (
                  <option key={d.id} value={d.id}>
                    {d.name}
                  </option>
                ))}
              </SelectField>
              <TextField
                label="Dedup key"
                value={draft.dedupKey}
                spellCheck={false}
                placeholder="billing:*"
                error={allErrors['match.dedupKey']}
                onChange={(e) => set({ dedupKey: e.target.value })}
              />
            </div>
            <TextAreaField
              label="Dimensions"
              value={draft.dimensions}
              rows={2}
              spellCheck={false}
              placeholder="InstanceId=i-0123456789abcdef0"
              hint="Name=Value, one per line; the alarm must have every one."
              error={allErrors['match.dimensions']}
              onChange={(e) => set({ dimensions: e.target.value })}
            />
          </fieldset>
          <fieldset className="fieldset form-section">
            <legend className="form-section__title">…then</legend>
            <div className="form-grid">
              <SelectField
                label="Severity"
                value={draft.severity}
                onChange={(e) =>
                  set({
                    severity:
                      SEVERITY_OPTIONS.find((s) => s.value === e.target.value)?.value ?? 'SEV3',
                  })
                }
              >
                {SEVERITY_OPTIONS.map((s) => (
                  <option key={s.value} value={s.value}>
                    {s.label}
                  </option>
                ))}
              </SelectField>
              <SelectField
                label="Action"
                value={draft.action}
                hint={action?.hint}
                onChange={(e) =>
                  set({
                    action: ACTIONS.find((a) => a.value === e.target.value)?.value ?? 'alert_only',
                  })
                }
              >
                {ACTIONS.map((a) => (
                  <option key={a.value} value={a.value}>
                    {a.label}
                  </option>
                ))}
              </SelectField>
              <TextField
                label={
                  draft.action === 'suppress' ? 'Suppress for (minutes)' : 'Flap window (minutes)'
                }
                type="number"
                inputMode="numeric"
                min={0}
                max={1440}
                value={draft.suppressionMinutes}
                hint={
                  draft.action === 'suppress'
                    ? 'How long a matching alert stays silenced.'
                    : 'A firing this soon after the alert resolved reopens it instead of opening a new one.'
                }
                error={allErrors.suppressionMinutes}
                onChange={(e) => set({ suppressionMinutes: e.target.value })}
              />
              <TextAreaField
                label="Notify"
                value={draft.notify}
                rows={2}
                spellCheck={false}
                placeholder="oncall@example.com"
                hint="Addresses, one per line (20 at most)."
                error={allErrors.notify ?? allErrors['notify.0']}
                onChange={(e) => set({ notify: e.target.value })}
              />
            </div>
            <label className="checkbox checkbox--inline">
              <input
                type="checkbox"
                checked={draft.enabled}
                onChange={(e) => set({ enabled: e.target.checked })}
              />
              <span>
                <strong>Enabled</strong>
                <span className="checkbox__hint">A disabled rule is skipped.</span>
              </span>
            </label>
          </fieldset>
          <section
            ref={previewPanel}
            className="preview-panel"
            aria-labelledby="alert-rule-preview"
          >
            <header className="preview-panel__header">
              <div>
                <h3 className="preview-panel__title" id="alert-rule-preview">
                  Test against the last 24 h
                </h3>
                <p className="preview-panel__hint">
                  Checks the alerts that fired in the last 24 hours against this rule, in your
                  browser. Nothing is changed.
                </p>
              </div>
              <Button icon={<FlaskIcon />} onClick={runPreview} loading={preview.isPending}>
                Test against the last 24 h
              </Button>
            </header>
            {preview.isPending ? (
              <p className="muted" role="status">
                Loading alarms and the last 24 hours of alerts…
              </p>
            ) : preview.isError ? (
              <ProblemAlert error={preview.error} action="Testing a rule" />
            ) : preview.data ? (
              <div className={stale ? 'is-stale' : undefined}>
                {stale ? (
                  <Alert tone="warning" title="The rule changed since this test">
                    Run the test again to see what the rule as it stands would match.
                  </Alert>
                ) : null}
                <PreviewResult preview={preview.data} enabled={draft.enabled} />
              </div>
            ) : null}
          </section>
          {save.isError ? <ProblemAlert error={save.error} /> : null}
        </DialogBody>
        <DialogFooter>
          <Button onClick={onClose} disabled={save.isPending}>
            Cancel
          </Button>
          <Button type="submit" variant="primary" loading={save.isPending}>
            {rule ? 'Save changes' : 'Create rule'}
          </Button>
        </DialogFooter>
      </form>
    </Dialog>
  );
};
