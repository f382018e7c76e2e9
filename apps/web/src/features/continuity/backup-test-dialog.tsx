import type { Service } from '@vigil/contracts';
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
  useToast,
} from '../../components/ui';
import { useMessages, pick } from '../../i18n';
import { localTimeZone } from '../../lib/format';
import { serverFieldErrors } from '../../lib/form-errors';
import { fromLocalInput } from '../incidents/local-time';
import {
  BACKUP_RESULTS,
  backupResultHint,
  backupResultLabel,
  backupServerErrors,
  checkField,
  emptyBackupTestDraft,
  emptyCheck,
  sameValue,
  toBackupTestBody,
  type BackupTestDraft,
  type IntegrityCheckDraft,
} from './backup-test-form';
import { dialogsMessages, continuityToastMessages } from './dialogs.messages';
import { useRecordDraft } from './use-record-draft';
import { useRecordBackupTest } from './queries';
import { formatRecoveryMinutes } from './recovery-time';

let nextCheckKey = 2;

const durationHint = (draft: BackupTestDraft): string | undefined => {
  const started = fromLocalInput(draft.startedAt);
  const finished = fromLocalInput(draft.finishedAt);
  if (!started || !finished) return undefined;
  const minutes = Math.round((Date.parse(finished) - Date.parse(started)) / 60_000);
  return minutes >= 0
    ? pick(dialogsMessages).backupTest.took(formatRecoveryMinutes(minutes))
    : undefined;
};

export interface BackupTestDialogProps {
  services: readonly Service[];
  onClose: () => void;
}

/** A restore proven: what came back, from which backup, how long it took and what was checked. */
export const BackupTestDialog = ({ services, onClose }: BackupTestDialogProps) => {
  const { common, backupTest: t } = useMessages(dialogsMessages);
  const record = useRecordBackupTest();
  const toast = useToast();
  const saidDone = useMessages(continuityToastMessages);
  const { draft, errors, set, clear, updateList, submit } = useRecordDraft({
    empty: emptyBackupTestDraft,
    toBody: toBackupTestBody,
    record,
    done: () => {
      toast({ title: saidDone.backupTestRecorded });
      onClose();
    },
  });
  const allErrors = { ...backupServerErrors(draft, serverFieldErrors(record.error)), ...errors };
  const active = services.filter((s) => !s.retired);

  const setCheck = (key: string, patch: Partial<Omit<IntegrityCheckDraft, 'key'>>) => {
    updateList('checks', (checks) => checks.map((c) => (c.key === key ? { ...c, ...patch } : c)));
    clear('result', ...Object.keys(patch).map((field) => checkField(key, field as 'method')));
  };

  return (
    <Dialog
      open
      onClose={onClose}
      size="lg"
      busy={record.isPending}
      title={t.title}
      description={t.description}
    >
      <form className="dialog__form" noValidate onSubmit={submit}>
        <DialogBody>
          <TextField
            label={t.restoredWhat}
            value={draft.restoredWhat}
            maxLength={1000}
            placeholder={t.restoredWhatPlaceholder}
            error={allErrors.restoredWhat}
            onChange={(e) => set('restoredWhat', e.target.value)}
            data-autofocus
          />
          <div className="form-grid">
            <SelectField
              label={t.service}
              value={draft.serviceId}
              error={allErrors.serviceId}
              onChange={(e) => set('serviceId', e.target.value)}
            >
              <option value="">{t.noService}</option>
              {active.map((s) => (
                <option key={s.id} value={s.id}>
                  {s.name}
                </option>
              ))}
            </SelectField>
            <TextField
              label={t.backupTakenAt}
              type="datetime-local"
              value={draft.backupTakenAt}
              error={allErrors.backupTakenAt}
              hint={t.backupTakenHint}
              onChange={(e) => set('backupTakenAt', e.target.value)}
            />
            <TextField
              label={t.started}
              type="datetime-local"
              value={draft.startedAt}
              error={allErrors.startedAt}
              hint={common.timeZone(localTimeZone())}
              onChange={(e) => set('startedAt', e.target.value)}
            />
            <TextField
              label={t.finished}
              type="datetime-local"
              value={draft.finishedAt}
              error={allErrors.finishedAt}
              hint={durationHint(draft)}
              onChange={(e) => set('finishedAt', e.target.value)}
            />
          </div>

          <fieldset className="fieldset">
            <legend className="field__label">{t.checks}</legend>
            <p className="field__hint">{t.checksHint}</p>
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
                      label={t.checkMethod(n)}
                      value={c.method}
                      maxLength={200}
                      placeholder={t.methodPlaceholder}
                      error={allErrors[checkField(c.key, 'method')]}
                      onChange={(e) => setCheck(c.key, { method: e.target.value })}
                    />
                    <TextField
                      label={t.checkExpected(n)}
                      value={c.expected}
                      maxLength={500}
                      error={allErrors[checkField(c.key, 'expected')]}
                      onChange={(e) => setCheck(c.key, { expected: e.target.value })}
                    />
                    <TextField
                      label={t.checkActual(n)}
                      value={c.actual}
                      maxLength={500}
                      error={allErrors[checkField(c.key, 'actual')]}
                      hint={differs ? t.differs : undefined}
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
                      label={t.checkPassed(n)}
                      value={c.passed}
                      error={allErrors[checkField(c.key, 'passed')]}
                      onChange={(e) =>
                        setCheck(c.key, { passed: e.target.value as IntegrityCheckDraft['passed'] })
                      }
                    >
                      <option value="">{common.choose}</option>
                      <option value="yes">{t.passed}</option>
                      <option value="no">{t.failed}</option>
                    </SelectField>
                    <Button
                      variant="ghost"
                      iconOnly
                      className="check-row__remove"
                      aria-label={t.removeCheck(n)}
                      title={common.remove}
                      onClick={() =>
                        updateList('checks', (checks) => checks.filter((x) => x.key !== c.key))
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
                  updateList('checks', (checks) => [...checks, emptyCheck(`c${nextCheckKey++}`)])
                }
              >
                {t.addCheck}
              </Button>
            </div>
          </fieldset>

          <div className="form-grid">
            <SelectField
              label={t.result}
              value={draft.result}
              error={allErrors.result}
              hint={draft.result ? backupResultHint(draft.result) : undefined}
              onChange={(e) => set('result', e.target.value as BackupTestDraft['result'])}
            >
              <option value="">{common.choose}</option>
              {BACKUP_RESULTS.map((result) => (
                <option key={result} value={result}>
                  {backupResultLabel(result)}
                </option>
              ))}
            </SelectField>
          </div>
          <TextAreaField
            label={t.notes}
            value={draft.notes}
            rows={3}
            maxLength={10_000}
            error={allErrors.notes}
            placeholder={t.notesPlaceholder}
            onChange={(e) => set('notes', e.target.value)}
          />
          {record.isError ? <ProblemAlert error={record.error} action={t.recordAction} /> : null}
        </DialogBody>
        <DialogFooter>
          <Button onClick={onClose} disabled={record.isPending}>
            {common.cancel}
          </Button>
          <Button type="submit" variant="primary" loading={record.isPending}>
            {t.submit}
          </Button>
        </DialogFooter>
      </form>
    </Dialog>
  );
};
