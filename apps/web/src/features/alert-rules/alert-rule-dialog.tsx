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
  useToast,
} from '../../components/ui';
import { useMessages } from '../../i18n';
import { formatDateTime } from '../../lib/format';
import { serverFieldErrors, type FieldErrors } from '../../lib/form-errors';
import { AlertStatusBadge, SEVERITY_OPTIONS, SeverityBadge } from '../alerts/alert-badges';
import { ALERT_SOURCES, sourceLabel } from '../alerts/alert-queue';
import { useDetectionRules } from '../detection-rules/queries';
import { messages, ruleToastMessages } from './messages';
import { useAlertRulePreview, useSaveAlertRule } from './queries';
import { ACTIONS, draftOf, toRuleInput, type AlertRuleDraft } from './rule-form';
import type { AlertRulePreview } from './rule-preview';

const PreviewResult = ({ preview, enabled }: { preview: AlertRulePreview; enabled: boolean }) => {
  const t = useMessages(messages).preview;
  const decided = preview.matches.filter((m) => m.takenBy === null).length;
  const period = t.period(formatDateTime(preview.from), formatDateTime(preview.to));
  const alarmNames = `${preview.alarms
    .slice(0, 5)
    .map((a) => a.name)
    .join(', ')}${preview.alarms.length > 5 ? '…' : ''}`;
  return (
    <div className="stack stack--tight">
      {preview.matches.length === 0 ? (
        <div className="preview-empty">
          <p className="preview-empty__title">{t.noMatchTitle}</p>
          <p className="preview-empty__detail">{t.noMatch(preview.checked, period)}</p>
        </div>
      ) : (
        <>
          <p className="preview-summary">
            {t.summary(
              <strong>{t.matched(preview.matches.length, preview.checked)}</strong>,
              preview.checked,
              period,
              preview.matches.length - decided,
            )}
            {enabled ? '' : t.ruleOff}
          </p>
          <div className="table-wrap preview-table">
            <table className="table table--compact">
              <caption className="visually-hidden">{t.caption}</caption>
              <thead>
                <tr>
                  <th scope="col">{t.columns.alert}</th>
                  <th scope="col">{t.columns.lastFired}</th>
                  <th scope="col">{t.columns.status}</th>
                  <th scope="col">{t.columns.decidedBy}</th>
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
                        <span title={t.takenHint}>{t.takenBy(takenBy.name)}</span>
                      ) : (
                        <Badge tone="info">{t.thisRule}</Badge>
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
        {preview.alarms.length > 0 ? t.alarms(preview.alarms.length, alarmNames) : t.noAlarms}
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
  const words = useMessages(messages);
  const t = words.dialog;
  const test = words.test;
  const [draft, setDraft] = useState<AlertRuleDraft>(() => draftOf(rule));
  const [errors, setErrors] = useState<FieldErrors>({});
  const [tested, setTested] = useState<string>();
  const detectionRules = useDetectionRules();
  const save = useSaveAlertRule();
  const toast = useToast();
  const saidDone = useMessages(ruleToastMessages);
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
    if (input)
      save.mutate(
        { rule, input },
        {
          onSuccess: (saved) => {
            toast({ title: saidDone.saved(saved.name) });
            onClose();
          },
        },
      );
  };

  const current = toRuleInput(draft);
  const stale = tested !== undefined && (!current.ok || JSON.stringify(current.value) !== tested);

  return (
    <Dialog
      open
      onClose={onClose}
      busy={save.isPending}
      size="lg"
      title={rule ? t.editTitle(rule.name) : t.newTitle}
      description={t.description}
    >
      <form onSubmit={submit} noValidate className="dialog__form">
        <DialogBody>
          <TextField
            label={t.name}
            value={draft.name}
            maxLength={200}
            error={allErrors.name}
            placeholder={t.namePlaceholder}
            onChange={(e) => set({ name: e.target.value })}
            data-autofocus
          />
          <fieldset className="fieldset form-section">
            <legend className="form-section__title">{t.when}</legend>
            <p className="form-section__hint">{t.whenHint}</p>
            <div className="form-grid">
              <SelectField
                label={t.comesFrom}
                value={draft.source}
                onChange={(e) =>
                  set({
                    source: ALERT_SOURCES.find((s) => s.value === e.target.value)?.value ?? '',
                  })
                }
              >
                <option value="">{t.anySource}</option>
                {ALERT_SOURCES.map((s) => (
                  <option key={s.value} value={s.value}>
                    {s.label}
                  </option>
                ))}
              </SelectField>
              <TextField
                label={t.alarmName}
                value={draft.alarmName}
                spellCheck={false}
                placeholder={t.alarmNamePlaceholder}
                error={allErrors['match.alarmName']}
                onChange={(e) => set({ alarmName: e.target.value })}
              />
              <TextField
                label={t.namespace}
                value={draft.namespace}
                spellCheck={false}
                placeholder="AWS/EC2"
                error={allErrors['match.namespace']}
                onChange={(e) => set({ namespace: e.target.value })}
              />
              <TextField
                label={t.metricName}
                value={draft.metricName}
                spellCheck={false}
                placeholder="CPUUtilization"
                error={allErrors['match.metricName']}
                onChange={(e) => set({ metricName: e.target.value })}
              />
              <SelectField
                label={t.detectionRule}
                value={draft.detectionRuleId}
                onChange={(e) => set({ detectionRuleId: e.target.value })}
              >
                <option value="">{t.anyDetection}</option>
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
                label={t.dedupKey}
                value={draft.dedupKey}
                spellCheck={false}
                placeholder="billing:*"
                error={allErrors['match.dedupKey']}
                onChange={(e) => set({ dedupKey: e.target.value })}
              />
            </div>
            <TextAreaField
              label={t.dimensions}
              value={draft.dimensions}
              rows={2}
              spellCheck={false}
              placeholder="InstanceId=i-0123456789abcdef0"
              hint={t.dimensionsHint}
              error={allErrors['match.dimensions']}
              onChange={(e) => set({ dimensions: e.target.value })}
            />
          </fieldset>
          <fieldset className="fieldset form-section">
            <legend className="form-section__title">{t.then}</legend>
            <div className="form-grid">
              <SelectField
                label={t.severity}
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
                label={t.action}
                value={draft.action}
                hint={words.actions[draft.action]?.hint}
                onChange={(e) =>
                  set({ action: ACTIONS.find((a) => a === e.target.value) ?? 'alert_only' })
                }
              >
                {ACTIONS.map((a) => (
                  <option key={a} value={a}>
                    {words.actions[a].label}
                  </option>
                ))}
              </SelectField>
              <TextField
                label={draft.action === 'suppress' ? t.suppressFor : t.flapWindow}
                type="number"
                inputMode="numeric"
                min={0}
                max={1440}
                value={draft.suppressionMinutes}
                hint={draft.action === 'suppress' ? t.suppressHint : t.flapHint}
                error={allErrors.suppressionMinutes}
                onChange={(e) => set({ suppressionMinutes: e.target.value })}
              />
              <TextAreaField
                label={t.notify}
                value={draft.notify}
                rows={2}
                spellCheck={false}
                placeholder="oncall@example.com"
                hint={t.notifyHint}
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
                <strong>{t.enabled}</strong>
                <span className="checkbox__hint">{t.enabledHint}</span>
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
                  {test.title}
                </h3>
                <p className="preview-panel__hint">{test.hint}</p>
              </div>
              <Button icon={<FlaskIcon />} onClick={runPreview} loading={preview.isPending}>
                {test.run}
              </Button>
            </header>
            {preview.isPending ? (
              <p className="muted" role="status">
                {test.loading}
              </p>
            ) : preview.isError ? (
              <ProblemAlert error={preview.error} action={test.testing} />
            ) : preview.data ? (
              <div className={stale ? 'is-stale' : undefined}>
                {stale ? (
                  <Alert tone="warning" title={test.staleTitle}>
                    {test.staleBody}
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
            {t.cancel}
          </Button>
          <Button type="submit" variant="primary" loading={save.isPending}>
            {rule ? t.save : t.create}
          </Button>
        </DialogFooter>
      </form>
    </Dialog>
  );
};
