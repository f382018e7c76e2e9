import type { Service } from '@vigil/contracts';
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
import { fromLocalInput } from '../incidents/local-time';
import {
  BACKUP_RESULTS,
  backupServerErrors,
  checkField,
  emptyBackupTestDraft,
  emptyCheck,
  sameValue,
  toBackupTestBody,
  type BackupTestDraft,
  type IntegrityCheckDraft,
} from './backup-test-form';
import { useRecordBackupTest } from './queries';
import { formatRecoveryMinutes } from './recovery-time';

let nextCheckKey = 2;

const durationHint = (draft: BackupTestDraft): string | undefined => {
  const started = fromLocalInput(draft.startedAt);
  const finished = fromLocalInput(draft.finishedAt);
  if (!started || !finished) return undefined;
  const minutes = Math.round((Date.parse(finished) - Date.parse(started)) / 60_000);
  return minutes >= 0 ? `The restore took ${formatRecoveryMinutes(minutes)}.` : undefined;
};

export interface BackupTestDialogProps {
  services: readonly Service[];
  onClose: () => void;
}

/** A restore proven: what came back, from which backup, how long it took and what was checked. */
export const BackupTestDialog = ({ services, onClose }: BackupTestDialogProps) => {
  const [draft, setDraft] = useState<BackupTestDraft>(emptyBackupTestDraft);
  const [errors, setErrors] = useState<FieldErrors>({});
  const record = useRecordBackupTest();
  const allErrors = { ...backupServerErrors(draft, serverFieldErrors(record.error)), ...errors };
  const active = services.filter((s) => !s.retired);

  const set = <K extends keyof BackupTestDraft>(field: K, value: BackupTestDraft[K]) => {
    setDraft((d) => ({ ...d, [field]: value }));
    setErrors((e) => withoutError(e, field));
  };

  const setCheck = (key: string, patch: Partial<Omit<IntegrityCheckDraft, 'key'>>) => {
    setDraft((d) => ({
      ...d,
      checks: d.checks.map((c) => (c.key === key ? { ...c, ...patch } : c)),
    }));
    setErrors((e) =>
      Object.keys(patch).reduce(
        (errs, field) => withoutError(errs, checkField(key, field as 'method')),
        withoutError(e, 'result'),
      ),
    );
  };

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const result = toBackupTestBody(draft, Date.now());
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
      title="Record backup test"
      description="A backup restored to a non-production environment and checked: the evidence SOC 2 A1.3 and ISO 27001 A.8.13 ask for."
    >
      <form className="dialog__form" noValidate onSubmit={submit}>
        <DialogBody>
          <TextField
            label="What was restored"
            value={draft.restoredWhat}
            maxLength={1000}
            placeholder="e.g. Customer database (PostgreSQL) to the staging cluster"
            error={allErrors.restoredWhat}
            onChange={(e) => set('restoredWhat', e.target.value)}
            data-autofocus
          />
          <div className="form-grid">
            <SelectField
              label="Service (optional)"
              value={draft.serviceId}
              error={allErrors.serviceId}
              onChange={(e) => set('serviceId', e.target.value)}
            >
              <option value="">No particular service</option>
              {active.map((s) => (
                <option key={s.id} value={s.id}>
                  {s.name}
                </option>
              ))}
            </SelectField>
            <TextField
              label="Backup taken at"
              type="datetime-local"
              value={draft.backupTakenAt}
              error={allErrors.backupTakenAt}
              hint="The recovery point: when the restored backup or snapshot was taken."
              onChange={(e) => set('backupTakenAt', e.target.value)}
            />
            <TextField
              label="Restore started"
              type="datetime-local"
              value={draft.startedAt}
              error={allErrors.startedAt}
              hint={`Your time zone: ${localTimeZone()}.`}
              onChange={(e) => set('startedAt', e.target.value)}
            />
            <TextField
              label="Restore finished"
              type="datetime-local"
              value={draft.finishedAt}
              error={allErrors.finishedAt}
              hint={durationHint(draft)}
              onChange={(e) => set('finishedAt', e.target.value)}
            />
          </div>

          <fieldset className="fieldset">
            <legend className="field__label">Integrity checks</legend>
            <p className="field__hint">
              What shows the restored data is complete and intact: row counts, checksums, a sample
              read back. Empty rows are ignored.
            </p>
            <ul className="check-rows">
              {draft.checks.map((c, index) => {
                const n = index + 1;
                const differs =
                  c.passed === 'yes' &&
                  c.expected.trim() !== '' &&
                  c.actual.trim() !== '' &&
                  !sameValue(c.expected, c.actual);
                return (
                  <li className="check-row" key={c.key}>
                    <TextField
                      label={`Check ${n} method`}
                      value={c.method}
                      maxLength={200}
                      placeholder="e.g. Row count, orders table"
                      error={allErrors[checkField(c.key, 'method')]}
                      onChange={(e) => setCheck(c.key, { method: e.target.value })}
                    />
                    <TextField
                      label={`Check ${n} expected`}
                      value={c.expected}
                      maxLength={500}
                      error={allErrors[checkField(c.key, 'expected')]}
                      onChange={(e) => setCheck(c.key, { expected: e.target.value })}
                    />
                    <TextField
                      label={`Check ${n} actual`}
                      value={c.actual}
                      maxLength={500}
                      error={allErrors[checkField(c.key, 'actual')]}
                      hint={differs ? 'Differs from the expected value.' : undefined}
                      onChange={(e) =>
                        setCheck(c.key, {
                          actual: e.target.value,
                          // Matching values answer the question; anything else is left to the person.
                          ...(c.passed === '' && sameValue(c.expected, e.target.value)
                            ? { passed: 'yes' as const }
                            : {}),
                        })
                      }
                    />
                    <SelectField
                      label={`Check ${n} passed`}
                      value={c.passed}
                      error={allErrors[checkField(c.key, 'passed')]}
                      onChange={(e) =>
                        setCheck(c.key, { passed: e.target.value as IntegrityCheckDraft['passed'] })
                      }
                    >
                      <option value="">Choose…</option>
                      <option value="yes">Passed</option>
                      <option value="no">Failed</option>
                    </SelectField>
                    <Button
                      variant="ghost"
                      iconOnly
                      className="check-row__remove"
                      aria-label={`Remove check ${n}`}
                      title="Remove"
                      onClick={() =>
                        setDraft((d) => ({ ...d, checks: d.checks.filter((x) => x.key !== c.key) }))
                      }
                    >
                      <TrashIcon />
                    </Button>
                  </li>
                );
              })}
            </ul>
            <div>
              <Button
                size="sm"
                icon={<PlusIcon />}
                onClick={() =>
                  setDraft((d) => ({
                    ...d,
                    checks: [...d.checks, emptyCheck(`c${nextCheckKey++}`)],
                  }))
                }
              >
                Add check
              </Button>
            </div>
          </fieldset>

          <div className="form-grid">
            <SelectField
              label="Result"
              value={draft.result}
              error={allErrors.result}
              hint={BACKUP_RESULTS.find((r) => r.value === draft.result)?.hint}
              onChange={(e) => set('result', e.target.value as BackupTestDraft['result'])}
            >
              <option value="">Choose…</option>
              {BACKUP_RESULTS.map((r) => (
                <option key={r.value} value={r.value}>
                  {r.label}
                </option>
              ))}
            </SelectField>
          </div>
          <TextAreaField
            label="Notes (optional)"
            value={draft.notes}
            rows={3}
            maxLength={10_000}
            error={allErrors.notes}
            placeholder="Where it was restored, what went wrong, the ticket of any follow-up."
            onChange={(e) => set('notes', e.target.value)}
          />
          {record.isError ? (
            <ProblemAlert error={record.error} action="Recording backup tests" />
          ) : null}
        </DialogBody>
        <DialogFooter>
          <Button onClick={onClose} disabled={record.isPending}>
            Cancel
          </Button>
          <Button type="submit" variant="primary" loading={record.isPending}>
            Record backup test
          </Button>
        </DialogFooter>
      </form>
    </Dialog>
  );
};
