import type { DetectionRuleInput, DetectionRuleRecord } from '@vigil/contracts';
import { DETECTION_KINDS } from '@vigil/contracts';
import { useRef, useState, type FormEvent } from 'react';
import {
  Alert,
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
import { SEVERITY_OPTIONS } from '../alerts/alert-badges';
import {
  detectionDraftOf,
  KIND_INFO,
  toDetectionInput,
  withKind,
  type DetectionDraft,
} from './detection-form';
import { useDetectionPreview, useSaveDetectionRule } from './queries';
import type { DetectionPreview } from './types';

const PreviewResult = ({ preview }: { preview: DetectionPreview }) => {
  const span = (
    <>
      {formatDateTime(preview.from)} to {formatDateTime(preview.to)}
    </>
  );
  if (preview.hits.length === 0) {
    return (
      <div className="preview-empty">
        <p className="preview-empty__title">Would not have fired in the last 24 h</p>
        <p className="preview-empty__detail">No audit event from {span} matches this rule.</p>
      </div>
    );
  }
  return (
    <div className="stack stack--tight">
      <p className="preview-summary">
        Would have raised{' '}
        <strong>
          {formatCount(preview.hits.length)} {preview.hits.length === 1 ? 'alert' : 'alerts'}
        </strong>{' '}
        from {span}.
      </p>
      <div className="table-wrap preview-table">
        <table className="table table--compact">
          <caption className="visually-hidden">Alerts this rule would have raised</caption>
          <thead>
            <tr>
              <th scope="col">Subject</th>
              <th scope="col">Source</th>
              <th scope="col">First event</th>
              <th scope="col">Events</th>
              <th scope="col">Alert title</th>
            </tr>
          </thead>
          <tbody>
            {preview.hits.map((hit) => (
              <tr key={`${hit.subject}-${hit.source}-${hit.at}`}>
                <td className="mono break-all">{hit.subject}</td>
                <td className="mono">{hit.source}</td>
                <td>
                  <Timestamp value={hit.at} />
                </td>
                <td className="numeric">{formatCount(hit.count)}</td>
                <td>{hit.title}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
};

const KindFields = ({
  draft,
  errors,
  set,
}: {
  draft: DetectionDraft;
  errors: FieldErrors;
  set: (patch: Partial<DetectionDraft>) => void;
}) => {
  const action = (
    <TextField
      label="Action"
      value={draft.action}
      spellCheck={false}
      autoComplete="off"
      placeholder={draft.kind === 'mass_export' ? 'data.export' : 'auth.login or auth.*'}
      hint="An exact action, or a prefix ending in .* (auth.* matches auth.login and auth.otp.failed)."
      error={errors['params.action']}
      onChange={(e) => set({ action: e.target.value })}
    />
  );
  const countAndWindow = (
    <div className="form-grid">
      <TextField
        label="Events"
        type="number"
        inputMode="numeric"
        min={2}
        value={draft.count}
        hint="This many or more…"
        error={errors['params.count']}
        onChange={(e) => set({ count: e.target.value })}
      />
      <TextField
        label="Within (minutes)"
        type="number"
        inputMode="numeric"
        min={1}
        max={1440}
        value={draft.windowMinutes}
        hint="…inside a window this long."
        error={errors['params.windowMinutes']}
        onChange={(e) => set({ windowMinutes: e.target.value })}
      />
    </div>
  );
  switch (draft.kind) {
    case 'threshold':
      return (
        <>
          {action}
          <div className="form-grid">
            <SelectField
              label="Outcome"
              value={draft.outcome}
              onChange={(e) => set({ outcome: e.target.value as DetectionDraft['outcome'] })}
            >
              <option value="">Any outcome</option>
              <option value="failure">Failure</option>
              <option value="success">Success</option>
              <option value="unknown">Unknown</option>
            </SelectField>
            <SelectField
              label="Counted per"
              value={draft.groupBy}
              onChange={(e) => set({ groupBy: e.target.value === 'ip' ? 'ip' : 'actor' })}
            >
              <option value="actor">Actor</option>
              <option value="ip">IP address</option>
            </SelectField>
          </div>
          {countAndWindow}
        </>
      );
    case 'forbidden_actor':
      return (
        <>
          {action}
          <TextAreaField
            label="Allowed actors"
            value={draft.allowedActors}
            rows={4}
            spellCheck={false}
            placeholder={'dba@example.com\nsvc-migrations'}
            hint="Emails or actor ids, one per line. Anyone else doing the action raises an alert."
            error={errors['params.allowedActors']}
            onChange={(e) => set({ allowedActors: e.target.value })}
          />
        </>
      );
    case 'mass_export':
      return (
        <>
          {action}
          {countAndWindow}
        </>
      );
    case 'quiet_source':
      return (
        <div className="form-grid">
          <TextField
            label="Source"
            value={draft.source}
            spellCheck={false}
            placeholder="app-prod"
            hint="The source its events arrive under (its ingest key's)."
            error={errors['params.source']}
            onChange={(e) => set({ source: e.target.value })}
          />
          <TextField
            label="Quiet for (minutes)"
            type="number"
            inputMode="numeric"
            min={1}
            value={draft.quietMinutes}
            error={errors['params.quietMinutes']}
            onChange={(e) => set({ quietMinutes: e.target.value })}
          />
        </div>
      );
    case 'deactivated_user':
      return (
        <p className="form-note">
          Nothing to set: any event whose actor is a Vigil user deactivated before it happened
          raises an alert.
        </p>
      );
  }
};

export interface DetectionRuleDialogProps {
  /** Absent to create one. */
  rule?: DetectionRuleRecord;
  onClose: () => void;
}

/** Edit a detection: its fields depend on its kind; test it on the last 24 h before saving. */
export const DetectionRuleDialog = ({ rule, onClose }: DetectionRuleDialogProps) => {
  const [draft, setDraft] = useState<DetectionDraft>(() => detectionDraftOf(rule));
  const [errors, setErrors] = useState<FieldErrors>({});
  const [tested, setTested] = useState<string>();
  const save = useSaveDetectionRule();
  const previewPanel = useRef<HTMLElement>(null);
  const preview = useDetectionPreview();
  const allErrors = { ...serverFieldErrors(save.error ?? preview.error), ...errors };

  const set = (patch: Partial<DetectionDraft>) => {
    setDraft((d) => ({ ...d, ...patch }));
    setErrors({});
  };

  const validated = (): DetectionRuleInput | undefined => {
    const result = toDetectionInput(draft);
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
    preview.mutate(input, { onSuccess: revealResult });
  };

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const input = validated();
    if (input) save.mutate({ id: rule?.id, input }, { onSuccess: onClose });
  };

  const current = toDetectionInput(draft);
  const stale = tested !== undefined && (!current.ok || JSON.stringify(current.value) !== tested);

  return (
    <Dialog
      open
      onClose={onClose}
      busy={save.isPending}
      size="lg"
      title={rule ? `Edit “${rule.name}”` : 'New detection rule'}
      description={KIND_INFO[draft.kind].description}
    >
      <form onSubmit={submit} noValidate className="dialog__form">
        <DialogBody>
          <TextField
            label="Name"
            value={draft.name}
            error={allErrors.name}
            onChange={(e) => set({ name: e.target.value })}
            data-autofocus
          />
          <div className="form-grid">
            <SelectField
              label="Kind"
              value={draft.kind}
              disabled={rule !== undefined}
              hint={rule ? 'A rule keeps its kind; create another for a different one.' : undefined}
              onChange={(e) => {
                const kind = DETECTION_KINDS.find((k) => k === e.target.value);
                if (kind) {
                  setDraft((d) => withKind(d, kind));
                  setErrors({});
                }
              }}
            >
              {DETECTION_KINDS.map((kind) => (
                <option key={kind} value={kind}>
                  {KIND_INFO[kind].label}
                </option>
              ))}
            </SelectField>
            <SelectField
              label="Severity of its alerts"
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
          </div>
          <KindFields draft={draft} errors={allErrors} set={set} />
          <label className="checkbox checkbox--inline">
            <input
              type="checkbox"
              checked={draft.enabled}
              onChange={(e) => set({ enabled: e.target.checked })}
            />
            <span>
              <strong>Enabled</strong>
              <span className="checkbox__hint">
                Checks each batch of audit events as it arrives.
              </span>
            </span>
          </label>
          <section ref={previewPanel} className="preview-panel" aria-labelledby="detection-preview">
            <header className="preview-panel__header">
              <div>
                <h3 className="preview-panel__title" id="detection-preview">
                  Test against the last 24 h
                </h3>
                <p className="preview-panel__hint">
                  Runs this rule, as it stands in the form, over the audit log. Nothing is raised.
                </p>
              </div>
              <Button icon={<FlaskIcon />} onClick={runPreview} loading={preview.isPending}>
                Test against the last 24 h
              </Button>
            </header>
            {preview.isPending ? (
              <p className="muted" role="status">
                Checking the last 24 hours of audit events…
              </p>
            ) : preview.isError ? (
              <ProblemAlert error={preview.error} action="Testing a rule" />
            ) : preview.data ? (
              <div className={stale ? 'is-stale' : undefined}>
                {stale ? (
                  <Alert tone="warning" title="The rule changed since this test">
                    Run the test again to see what the rule as it stands would do.
                  </Alert>
                ) : null}
                <PreviewResult preview={preview.data} />
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
