import type { Runbook, RunbookRun } from '@vigil/contracts';
import { tightestObjectives } from '@vigil/domain';
import { useId, useState, type FormEvent } from 'react';
import {
  Alert,
  Button,
  Dialog,
  DialogBody,
  DialogFooter,
  ErrorIcon,
  ProblemAlert,
  SelectField,
  Skeleton,
  Switch,
  TextField,
} from '../../components/ui';
import { useMessages } from '../../i18n';
import { localTimeZone } from '../../lib/format';
import { serverFieldErrors, withoutError, type FieldErrors } from '../../lib/form-errors';
import { describeProblem } from '../../lib/problem-text';
import { useSecondClock } from '../deadlines/use-second-clock';
import { useIncidents } from '../incidents/queries';
import { KindBadge } from '../runbooks/runbook-badges';
import { useRunbooks, useServices } from '../runbooks/queries';
import { useStartRun } from './queries';
import { formatHours } from './recovery-clock';
import { runDialogMessages } from './run-dialogs.messages';
import { emptyStartRunDraft, startRunBody, type StartRunDraft } from './start-run-form';
import './runs.css';

export interface RunIncident {
  id: string;
  reference: string;
  title: string;
  category: string | null;
}

/** The objectives a run of this runbook will be held to: the tightest of its services. */
const Objectives = ({ runbook }: { runbook: Runbook }) => {
  const services = useServices();
  const t = useMessages(runDialogMessages).start;
  if (services.isPending) return <Skeleton width="60" />;
  const known = (services.data ?? []).filter((s) => runbook.services.includes(s.id));
  const { rtoHours, rpoHours } = tightestObjectives(known);
  return (
    <p className="start-run__objectives">
      <strong>
        RTO {formatHours(rtoHours)} · RPO {formatHours(rpoHours)}
      </strong>{' '}
      <span className="muted">
        {known.length ? t.tightestOf(known.map((s) => s.name).join(', ')) : t.companyDefaults}
      </span>
    </p>
  );
};

const RunbookOption = ({
  runbook,
  name,
  checked,
  onChange,
}: {
  runbook: Runbook;
  name: string;
  checked: boolean;
  onChange: () => void;
}) => {
  const t = useMessages(runDialogMessages).start;
  return (
    <label className="checkbox runbook-option">
      <input type="radio" name={name} checked={checked} onChange={onChange} />
      <span>
        <strong>{runbook.title}</strong>
        <span className="checkbox__hint">
          <KindBadge kind={runbook.kind} /> {t.steps(runbook.steps.length)} · v{runbook.version}
        </span>
      </span>
    </label>
  );
};

/**
 * Which runbook an incident runs: the ones that answer its category first, the rest of the library
 * below. Archived runbooks cannot be run and are not offered.
 */
const RunbookChoice = ({
  category,
  value,
  onChange,
  error,
}: {
  category: string | null;
  value: Runbook | undefined;
  onChange: (runbook: Runbook) => void;
  error?: string;
}) => {
  const t = useMessages(runDialogMessages).start;
  const name = useId();
  const suggested = useRunbooks({ category: category ?? undefined }, category !== null);
  const all = useRunbooks({});
  const suggestedIds = new Set((suggested.data ?? []).map((r) => r.id));
  const sort = (list: readonly Runbook[]) =>
    [...list].sort((a, b) => a.kind.localeCompare(b.kind) || a.title.localeCompare(b.title));
  const others = sort((all.data ?? []).filter((r) => !suggestedIds.has(r.id)));
  const loading = all.isPending || (category !== null && suggested.isPending);
  const failed = all.error ?? suggested.error;
  return (
    <fieldset className="fieldset runbook-choice" aria-describedby={`${name}-error`}>
      <legend className="field__label">{t.runbook}</legend>
      {loading ? (
        <div className="stack stack--tight" role="status" aria-busy="true">
          <span className="visually-hidden">{t.loadingRunbooks}</span>
          <Skeleton />
          <Skeleton width="80" />
        </div>
      ) : failed && !all.data ? (
        <p className="field__error">
          <ErrorIcon />
          {t.runbooksFailed(describeProblem(failed).title)}
        </p>
      ) : (
        <>
          {category !== null ? (
            <div className="runbook-choice__group" role="group" aria-label={t.suggested}>
              <p className="runbook-choice__label">{t.suggestedFor(category)}</p>
              {suggested.data?.length ? (
                sort(suggested.data).map((r) => (
                  <RunbookOption
                    key={r.id}
                    runbook={r}
                    name={name}
                    checked={value?.id === r.id}
                    onChange={() => onChange(r)}
                  />
                ))
              ) : (
                <p className="fieldset__empty">{t.noneForCategory}</p>
              )}
            </div>
          ) : null}
          <div className="runbook-choice__group" role="group" aria-label={t.others}>
            <p className="runbook-choice__label">{category !== null ? t.others : t.library}</p>
            {others.length ? (
              <div className="runbook-choice__scroll">
                {others.map((r) => (
                  <RunbookOption
                    key={r.id}
                    runbook={r}
                    name={name}
                    checked={value?.id === r.id}
                    onChange={() => onChange(r)}
                  />
                ))}
              </div>
            ) : (
              <p className="fieldset__empty">{t.noOthers}</p>
            )}
          </div>
        </>
      )}
      {error ? (
        <p className="field__error" id={`${name}-error`}>
          <ErrorIcon />
          {error}
        </p>
      ) : null}
    </fieldset>
  );
};

/** Open incidents to tie a run to, when it is started from the runbook rather than the incident. */
const IncidentField = ({
  value,
  onChange,
  error,
}: {
  value: string;
  onChange: (id: string) => void;
  error?: string;
}) => {
  const incidents = useIncidents({ openOnly: 'true' });
  const t = useMessages(runDialogMessages).start;
  return (
    <SelectField
      label={t.incident}
      value={value}
      error={error}
      hint={t.incidentHint}
      disabled={incidents.isPending}
      onChange={(e) => onChange(e.target.value)}
    >
      <option value="">{t.noIncident}</option>
      {(incidents.data ?? []).map((i) => (
        <option key={i.id} value={i.id}>
          {i.reference} · {i.title}
        </option>
      ))}
    </SelectField>
  );
};

const FIELDS = ['incidentId', 'disruptionStartedAt', 'lastGoodBackupAt'];

/** A refusal that names a field is said under it; any other is said above the buttons. */
const shownOnField = (error: unknown) =>
  Object.keys(serverFieldErrors(error)).some((path) => FIELDS.includes(path));

export interface StartRunDialogProps {
  /** The runbook to run; when absent, the dialog offers a choice suggested by the incident. */
  runbook?: Runbook;
  /** A run started from an incident is tied to it. */
  incident?: RunIncident;
  onClose: () => void;
  onStarted: (run: RunbookRun) => void;
}

/** Starts a run: the recovery clocks count from the disruption, not from when this is saved. */
export const StartRunDialog = ({ runbook, incident, onClose, onStarted }: StartRunDialogProps) => {
  const now = useSecondClock();
  const { start: t, cancel } = useMessages(runDialogMessages);
  const [chosen, setChosen] = useState<Runbook | undefined>(runbook);
  const [draft, setDraft] = useState<StartRunDraft>(() =>
    emptyStartRunDraft(now, incident?.id ?? ''),
  );
  const [errors, setErrors] = useState<FieldErrors>({});
  const start = useStartRun();
  const allErrors = { ...serverFieldErrors(start.error), ...errors };

  const set = <K extends keyof StartRunDraft>(field: K, value: StartRunDraft[K]) => {
    setDraft((d) => ({ ...d, [field]: value }));
    setErrors((e) => withoutError(e, field));
  };

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!chosen) return setErrors({ runbook: t.chooseRunbook });
    const result = startRunBody(draft, Date.now());
    if (!result.ok) return setErrors(result.errors);
    setErrors({});
    start.mutate({ runbookId: chosen.id, ...result.value }, { onSuccess: onStarted });
  };

  return (
    <Dialog
      open
      onClose={onClose}
      size="lg"
      busy={start.isPending}
      title={runbook ? t.title(runbook.title) : t.titleChoose}
      description={incident ? t.forIncident(incident.reference, incident.title) : t.clocks}
    >
      <form className="dialog__form" noValidate onSubmit={submit}>
        <DialogBody>
          {runbook ? null : (
            <RunbookChoice
              category={incident?.category ?? null}
              value={chosen}
              error={allErrors.runbook}
              onChange={(r) => {
                setChosen(r);
                setErrors((e) => withoutError(e, 'runbook'));
              }}
            />
          )}
          {chosen ? <Objectives runbook={chosen} /> : null}
          {chosen?.archived ? (
            <Alert tone="warning" title={t.archived}>
              {t.archivedDetail}
            </Alert>
          ) : null}
          {incident ? null : (
            <IncidentField
              value={draft.incidentId}
              error={allErrors.incidentId}
              onChange={(id) => set('incidentId', id)}
            />
          )}
          <div className="form-grid">
            <TextField
              label={t.disruption}
              type="datetime-local"
              value={draft.disruptionStartedAt}
              error={allErrors.disruptionStartedAt}
              hint={t.disruptionHint(localTimeZone())}
              onChange={(e) => set('disruptionStartedAt', e.target.value)}
            />
            <TextField
              label={t.lastBackup}
              type="datetime-local"
              value={draft.lastGoodBackupAt}
              error={allErrors.lastGoodBackupAt}
              hint={t.lastBackupHint}
              onChange={(e) => set('lastGoodBackupAt', e.target.value)}
            />
          </div>
          <Switch
            label={t.drill}
            showLabel
            checked={draft.drill}
            onChange={(e) => set('drill', e.target.checked)}
          />
          {start.isError && !shownOnField(start.error) ? (
            <ProblemAlert error={start.error} action={t.action} />
          ) : null}
        </DialogBody>
        <DialogFooter>
          <Button onClick={onClose} disabled={start.isPending}>
            {cancel}
          </Button>
          <Button
            type="submit"
            variant="primary"
            loading={start.isPending}
            disabled={chosen?.archived}
          >
            {draft.drill ? t.startDrill : t.startRun}
          </Button>
        </DialogFooter>
      </form>
    </Dialog>
  );
};
