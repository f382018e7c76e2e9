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
  useToast,
} from '../../components/ui';
import { useMessages } from '../../i18n';
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
import { ruleToastMessages } from '../alert-rules/messages';
import { messages } from './messages';
import { useDetectionPreview, useSaveDetectionRule } from './queries';
import type { DetectionPreview } from './types';

const PreviewResult = ({ preview }: { preview: DetectionPreview }) => {
  const t = useMessages(messages).preview;
  const period = t.period(formatDateTime(preview.from), formatDateTime(preview.to));
  if (preview.hits.length === 0) {
    return (
      <div className="preview-empty">
        <p className="preview-empty__title">{t.noHitsTitle}</p>
        <p className="preview-empty__detail">{t.noHits(period)}</p>
      </div>
    );
  }
  return (
    <div className="stack stack--tight">
      <p className="preview-summary">
        {t.summary(<strong>{t.alerts(preview.hits.length)}</strong>, period)}
      </p>
      <div className="table-wrap preview-table">
        <table className="table table--compact">
          <caption className="visually-hidden">{t.caption}</caption>
          <thead>
            <tr>
              <th scope="col">{t.columns.subject}</th>
              <th scope="col">{t.columns.source}</th>
              <th scope="col">{t.columns.firstEvent}</th>
              <th scope="col">{t.columns.events}</th>
              <th scope="col">{t.columns.title}</th>
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
  const t = useMessages(messages).dialog;
  const action = (
    <TextField
      label={t.action}
      value={draft.action}
      spellCheck={false}
      autoComplete="off"
      placeholder={draft.kind === 'mass_export' ? 'data.export' : t.actionPlaceholder}
      hint={t.actionHint}
      error={errors['params.action']}
      onChange={(e) => set({ action: e.target.value })}
    />
  );
  const countAndWindow = (
    <div className="form-grid">
      <TextField
        label={t.count}
        type="number"
        inputMode="numeric"
        min={2}
        value={draft.count}
        hint={t.countHint}
        error={errors['params.count']}
        onChange={(e) => set({ count: e.target.value })}
      />
      <TextField
        label={t.window}
        type="number"
        inputMode="numeric"
        min={1}
        max={1440}
        value={draft.windowMinutes}
        hint={t.windowHint}
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
              label={t.outcome}
              value={draft.outcome}
              onChange={(e) => set({ outcome: e.target.value as DetectionDraft['outcome'] })}
            >
              <option value="">{t.anyOutcome}</option>
              <option value="failure">{t.outcomes.failure}</option>
              <option value="success">{t.outcomes.success}</option>
              <option value="unknown">{t.outcomes.unknown}</option>
            </SelectField>
            <SelectField
              label={t.groupBy}
              value={draft.groupBy}
              onChange={(e) => set({ groupBy: e.target.value === 'ip' ? 'ip' : 'actor' })}
            >
              <option value="actor">{t.actor}</option>
              <option value="ip">{t.ip}</option>
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
            label={t.allowedActors}
            value={draft.allowedActors}
            rows={4}
            spellCheck={false}
            placeholder={'dba@example.com\nsvc-migrations'}
            hint={t.allowedActorsHint}
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
            label={t.source}
            value={draft.source}
            spellCheck={false}
            placeholder="app-prod"
            hint={t.sourceHint}
            error={errors['params.source']}
            onChange={(e) => set({ source: e.target.value })}
          />
          <TextField
            label={t.quietFor}
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
      return <p className="form-note">{t.deactivatedNote}</p>;
  }
};

export interface DetectionRuleDialogProps {
  /** Absent to create one. */
  rule?: DetectionRuleRecord;
  onClose: () => void;
}

/** Edit a detection: its fields depend on its kind; test it on the last 24 h before saving. */
export const DetectionRuleDialog = ({ rule, onClose }: DetectionRuleDialogProps) => {
  const words = useMessages(messages);
  const t = words.dialog;
  const test = words.test;
  const [draft, setDraft] = useState<DetectionDraft>(() => detectionDraftOf(rule));
  const [errors, setErrors] = useState<FieldErrors>({});
  const [tested, setTested] = useState<string>();
  const save = useSaveDetectionRule();
  const toast = useToast();
  const saidDone = useMessages(ruleToastMessages);
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
    if (input)
      save.mutate(
        { id: rule?.id, input },
        {
          onSuccess: (saved) => {
            toast({ title: saidDone.saved(saved.name) });
            onClose();
          },
        },
      );
  };

  const current = toDetectionInput(draft);
  const stale = tested !== undefined && (!current.ok || JSON.stringify(current.value) !== tested);

  return (
    <Dialog
      open
      onClose={onClose}
      busy={save.isPending}
      size="lg"
      title={rule ? t.editTitle(rule.name) : t.newTitle}
      description={KIND_INFO[draft.kind].description}
    >
      <form onSubmit={submit} noValidate className="dialog__form">
        <DialogBody>
          <TextField
            label={t.name}
            value={draft.name}
            error={allErrors.name}
            onChange={(e) => set({ name: e.target.value })}
            data-autofocus
          />
          <div className="form-grid">
            <SelectField
              label={t.kind}
              value={draft.kind}
              disabled={rule !== undefined}
              hint={rule ? t.kindKept : undefined}
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
          </div>
          <KindFields draft={draft} errors={allErrors} set={set} />
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
          <section ref={previewPanel} className="preview-panel" aria-labelledby="detection-preview">
            <header className="preview-panel__header">
              <div>
                <h3 className="preview-panel__title" id="detection-preview">
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
                <PreviewResult preview={preview.data} />
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
