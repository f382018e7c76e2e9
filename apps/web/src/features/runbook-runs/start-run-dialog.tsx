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
import { localTimeZone } from '../../lib/format';
import { serverFieldErrors, withoutError, type FieldErrors } from '../../lib/form-errors';
import { describeProblem } from '../../lib/problem-text';
import { useSecondClock } from '../deadlines/use-second-clock';
import { useIncidents } from '../incidents/queries';
import { KindBadge } from '../runbooks/runbook-badges';
import { useRunbooks, useServices } from '../runbooks/queries';
import { useStartRun } from './queries';
import { formatHours } from './recovery-clock';
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
  if (services.isPending) return <Skeleton width="60" />;
  const known = (services.data ?? []).filter((s) => runbook.services.includes(s.id));
  const { rtoHours, rpoHours } = tightestObjectives(known);
  return (
    <p className="start-run__objectives">
      <strong>
        RTO {formatHours(rtoHours)} · RPO {formatHours(rpoHours)}
      </strong>{' '}
      <span className="muted">
        {known.length
          ? `the tightest of ${known.map((s) => s.name).join(', ')}`
          : 'the company defaults: this runbook names no service'}
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
}) => (
  <label className="checkbox runbook-option">
    <input type="radio" name={name} checked={checked} onChange={onChange} />
    <span>
      <strong>{runbook.title}</strong>
      <span className="checkbox__hint">
        <KindBadge kind={runbook.kind} /> {runbook.steps.length}{' '}
        {runbook.steps.length === 1 ? 'step' : 'steps'} · v{runbook.version}
      </span>
    </span>
  </label>
);

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
      <legend className="field__label">Runbook</legend>
      {loading ? (
        <div className="stack stack--tight" role="status" aria-busy="true">
          <span className="visually-hidden">Loading runbooks…</span>
          <Skeleton />
          <Skeleton width="80" />
        </div>
      ) : failed && !all.data ? (
        <p className="field__error">
          <ErrorIcon />
          The runbooks could not be loaded: {describeProblem(failed).title}.
        </p>
      ) : (
        <>
          {category !== null ? (
            <div className="runbook-choice__group" role="group" aria-label="Suggested runbooks">
              <p className="runbook-choice__label">Suggested for {category}</p>
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
                <p className="fieldset__empty">
                  No runbook names this category: pick one from the library below.
                </p>
              )}
            </div>
          ) : null}
          <div className="runbook-choice__group" role="group" aria-label="Other runbooks">
            <p className="runbook-choice__label">
              {category !== null ? 'Other runbooks' : 'Library'}
            </p>
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
              <p className="fieldset__empty">No other runbook in the library.</p>
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
  return (
    <SelectField
      label="Incident (optional)"
      value={value}
      error={error}
      hint="Each step and the result go on the incident's timeline."
      disabled={incidents.isPending}
      onChange={(e) => onChange(e.target.value)}
    >
      <option value="">No incident</option>
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
    if (!chosen) return setErrors({ runbook: 'Choose the runbook to follow.' });
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
      title={runbook ? `Start “${runbook.title}”` : 'Start a runbook'}
      description={
        incident
          ? `For ${incident.reference} · ${incident.title}. Each step you tick goes on its timeline.`
          : 'The RTO counts from the disruption start; the RPO exposure from the last good backup.'
      }
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
            <Alert tone="warning" title="This runbook is archived">
              Restore it to the library before running it.
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
              label="Disruption started"
              type="datetime-local"
              value={draft.disruptionStartedAt}
              error={allErrors.disruptionStartedAt}
              hint={`When the service went down (in a drill, the simulated outage). Empty means now. Your time zone: ${localTimeZone()}.`}
              onChange={(e) => set('disruptionStartedAt', e.target.value)}
            />
            <TextField
              label="Last good backup (optional)"
              type="datetime-local"
              value={draft.lastGoodBackupAt}
              error={allErrors.lastGoodBackupAt}
              hint="The newest backup or snapshot known to be good: the data after it is at risk."
              onChange={(e) => set('lastGoodBackupAt', e.target.value)}
            />
          </div>
          <Switch
            label="Drill: a rehearsal, no real outage"
            showLabel
            checked={draft.drill}
            onChange={(e) => set('drill', e.target.checked)}
          />
          {start.isError && !shownOnField(start.error) ? (
            <ProblemAlert error={start.error} action="Starting a run" />
          ) : null}
        </DialogBody>
        <DialogFooter>
          <Button onClick={onClose} disabled={start.isPending}>
            Cancel
          </Button>
          <Button
            type="submit"
            variant="primary"
            loading={start.isPending}
            disabled={chosen?.archived}
          >
            {draft.drill ? 'Start drill' : 'Start run'}
          </Button>
        </DialogFooter>
      </form>
    </Dialog>
  );
};
