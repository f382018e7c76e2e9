import type { Service } from '@vigil/contracts';
import { tightestObjectives } from '@vigil/domain';
import { useState, type FormEvent } from 'react';
import {
  Button,
  Dialog,
  DialogBody,
  DialogFooter,
  PlusIcon,
  ProblemAlert,
  SelectField,
  TextAreaField,
  TextField,
  TrashIcon,
} from '../../components/ui';
import { localTimeZone } from '../../lib/format';
import { serverFieldErrors, withoutError, type FieldErrors } from '../../lib/form-errors';
import {
  achievedOf,
  DRILL_TYPES,
  drillServerErrors,
  emptyDrillDraft,
  emptyFinding,
  FINDING_SEVERITIES,
  findingField,
  toDrillBody,
  type DrillDraft,
  type FindingDraft,
} from './drill-form';
import { SEVERITY_META } from './findings';
import { useRecordDrill } from './queries';
import { againstObjectiveText } from './recovery-time';

let nextFindingKey = 1;

/**
 * What the times typed so far achieve, as the API will compute it: against the tightest
 * objectives among the services in use (the company's 48 h / 24 h when none is listed).
 */
const AchievedPreview = ({
  draft,
  objectives,
  fromServices,
}: {
  draft: DrillDraft;
  objectives: { rtoHours: number; rpoHours: number };
  fromServices: boolean;
}) => {
  const { rtoMinutes, rpoMinutes } = achievedOf(draft);
  if ((rtoMinutes ?? -1) < 0 && (rpoMinutes ?? -1) < 0) return null;
  return (
    <p className="drill-preview" role="status">
      {rtoMinutes !== null && rtoMinutes >= 0 ? (
        <span>Achieved RTO {againstObjectiveText(rtoMinutes, objectives.rtoHours, null)}.</span>
      ) : null}
      {rpoMinutes !== null && rpoMinutes >= 0 ? (
        <span>Achieved RPO {againstObjectiveText(rpoMinutes, objectives.rpoHours, null)}.</span>
      ) : null}
      <span className="drill-preview__note">
        {fromServices
          ? 'Held to the tightest objectives among the services in use.'
          : 'Held to the company objectives: no service lists its own.'}
      </span>
    </p>
  );
};

/** A DR drill on record: the scenario, who took part, what it achieved and what it found. */
export const DrillDialog = ({
  services,
  onClose,
}: {
  services: readonly Service[];
  onClose: () => void;
}) => {
  const inUse = services.filter((s) => !s.retired);
  const [draft, setDraft] = useState<DrillDraft>(emptyDrillDraft);
  const [errors, setErrors] = useState<FieldErrors>({});
  const record = useRecordDrill();
  const allErrors = { ...drillServerErrors(draft, serverFieldErrors(record.error)), ...errors };
  const typeHint = DRILL_TYPES.find((t) => t.value === draft.type)?.hint;

  const set = <K extends keyof DrillDraft>(field: K, value: DrillDraft[K]) => {
    setDraft((d) => ({ ...d, [field]: value }));
    setErrors((e) => withoutError(e, field));
  };

  const setFinding = (key: string, patch: Partial<Omit<FindingDraft, 'key'>>) => {
    setDraft((d) => ({
      ...d,
      findings: d.findings.map((f) => (f.key === key ? { ...f, ...patch } : f)),
    }));
    setErrors((e) =>
      Object.keys(patch).reduce(
        (errs, field) => withoutError(errs, findingField(key, field as 'description')),
        e,
      ),
    );
  };

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const result = toDrillBody(draft, Date.now());
    if (!result.ok) return setErrors(result.errors);
    setErrors({});
    record.mutate(result.value, { onSuccess: onClose });
  };

  return (
    <Dialog
      open
      onClose={onClose}
      size="lg"
      busy={record.isPending}
      title="Record drill"
      description="A test of the recovery plan: SOC 2 A1.3 and CC7.5, ISO 27001 A.5.30. Record what actually happened, including what went wrong."
    >
      <form className="dialog__form" noValidate onSubmit={submit}>
        <DialogBody>
          <TextAreaField
            label="Scenario"
            value={draft.scenario}
            rows={2}
            maxLength={2000}
            placeholder="e.g. Ransomware encrypts the primary database; restore from the off-site backup"
            error={allErrors.scenario}
            onChange={(e) => set('scenario', e.target.value)}
            data-autofocus
          />
          <div className="form-grid">
            <SelectField
              label="Type"
              value={draft.type}
              error={allErrors.type}
              hint={typeHint}
              onChange={(e) => set('type', e.target.value as DrillDraft['type'])}
            >
              <option value="">Choose…</option>
              {DRILL_TYPES.map((t) => (
                <option key={t.value} value={t.value}>
                  {t.label}
                </option>
              ))}
            </SelectField>
            <label className="checkbox drill-dialog__personnel">
              <input
                type="checkbox"
                checked={draft.keyPersonnelUnavailable}
                onChange={(e) => set('keyPersonnelUnavailable', e.target.checked)}
              />
              <span>
                <strong>Key personnel unavailable</strong>
                <span className="checkbox__hint">
                  Run without someone the plan relies on, as CC7.5 asks to test.
                </span>
              </span>
            </label>
            <TextField
              label="Interruption at"
              type="datetime-local"
              value={draft.interruptionAt}
              error={allErrors.interruptionAt}
              hint={`When the simulated interruption started. Your time zone: ${localTimeZone()}.`}
              onChange={(e) => set('interruptionAt', e.target.value)}
            />
            <TextField
              label="Service restored at (optional)"
              type="datetime-local"
              value={draft.restoredAt}
              error={allErrors.restoredAt}
              hint="Achieved RTO = restored − interruption. Empty for a tabletop."
              onChange={(e) => set('restoredAt', e.target.value)}
            />
            <TextField
              label="Recovery point (optional)"
              type="datetime-local"
              value={draft.recoveryPointAt}
              error={allErrors.recoveryPointAt}
              hint="The backup or snapshot restored from. Achieved RPO = interruption − recovery point."
              onChange={(e) => set('recoveryPointAt', e.target.value)}
            />
          </div>
          <AchievedPreview
            draft={draft}
            objectives={tightestObjectives(inUse)}
            fromServices={inUse.length > 0}
          />
          <TextAreaField
            label="Participants"
            value={draft.participants}
            rows={3}
            placeholder={'One per line, e.g.\nAna Ops (incident lead)\nBen DBA'}
            error={allErrors.participants}
            onChange={(e) => set('participants', e.target.value)}
          />

          <fieldset className="fieldset">
            <legend className="field__label">Findings</legend>
            <p className="field__hint">
              What did not work as planned, with the ticket that fixes it and when it is due.
            </p>
            {draft.findings.length === 0 ? (
              <p className="fieldset__empty">No findings.</p>
            ) : (
              <ul className="finding-rows">
                {draft.findings.map((f, index) => {
                  const n = index + 1;
                  return (
                    <li className="finding-row" key={f.key}>
                      <SelectField
                        label={`Finding ${n} severity`}
                        value={f.severity}
                        onChange={(e) =>
                          setFinding(f.key, {
                            severity: e.target.value as FindingDraft['severity'],
                          })
                        }
                      >
                        {FINDING_SEVERITIES.map((s) => (
                          <option key={s} value={s}>
                            {SEVERITY_META[s].label}
                          </option>
                        ))}
                      </SelectField>
                      <TextField
                        label={`Finding ${n} description`}
                        value={f.description}
                        maxLength={2000}
                        error={allErrors[findingField(f.key, 'description')]}
                        onChange={(e) => setFinding(f.key, { description: e.target.value })}
                      />
                      <TextField
                        label={`Finding ${n} ticket`}
                        value={f.ticket}
                        maxLength={200}
                        placeholder="e.g. OPS-142"
                        error={allErrors[findingField(f.key, 'ticket')]}
                        onChange={(e) => setFinding(f.key, { ticket: e.target.value })}
                      />
                      <TextField
                        label={`Finding ${n} due`}
                        type="datetime-local"
                        value={f.dueAt}
                        error={allErrors[findingField(f.key, 'dueAt')]}
                        onChange={(e) => setFinding(f.key, { dueAt: e.target.value })}
                      />
                      <TextField
                        label={`Finding ${n} closed`}
                        type="datetime-local"
                        value={f.closedAt}
                        error={allErrors[findingField(f.key, 'closedAt')]}
                        hint="Empty while open."
                        onChange={(e) => setFinding(f.key, { closedAt: e.target.value })}
                      />
                      <Button
                        variant="ghost"
                        iconOnly
                        className="finding-row__remove"
                        aria-label={`Remove finding ${n}`}
                        title="Remove"
                        onClick={() =>
                          setDraft((d) => ({
                            ...d,
                            findings: d.findings.filter((x) => x.key !== f.key),
                          }))
                        }
                      >
                        <TrashIcon />
                      </Button>
                    </li>
                  );
                })}
              </ul>
            )}
            <div>
              <Button
                size="sm"
                icon={<PlusIcon />}
                onClick={() =>
                  setDraft((d) => ({
                    ...d,
                    findings: [...d.findings, emptyFinding(`f${nextFindingKey++}`)],
                  }))
                }
              >
                Add finding
              </Button>
            </div>
          </fieldset>
          {record.isError ? <ProblemAlert error={record.error} action="Recording drills" /> : null}
        </DialogBody>
        <DialogFooter>
          <Button onClick={onClose} disabled={record.isPending}>
            Cancel
          </Button>
          <Button type="submit" variant="primary" loading={record.isPending}>
            Record drill
          </Button>
        </DialogFooter>
      </form>
    </Dialog>
  );
};
