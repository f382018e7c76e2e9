import type { Service } from '@vigil/contracts';
import { tightestObjectives } from '@vigil/domain';
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
import { useMessages } from '../../i18n';
import { localTimeZone } from '../../lib/format';
import { serverFieldErrors } from '../../lib/form-errors';
import { dialogsMessages, continuityToastMessages } from './dialogs.messages';
import {
  achievedOf,
  DRILL_TYPES,
  drillServerErrors,
  drillTypeHint,
  drillTypeLabel,
  emptyDrillDraft,
  emptyFinding,
  FINDING_SEVERITIES,
  findingField,
  toDrillBody,
  type DrillDraft,
  type FindingDraft,
} from './drill-form';
import { findingSeverityLabel } from './findings';
import { useRecordDraft } from './use-record-draft';
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
  const t = useMessages(dialogsMessages).drill;
  const { rtoMinutes, rpoMinutes } = achievedOf(draft);
  if ((rtoMinutes ?? -1) < 0 && (rpoMinutes ?? -1) < 0) return null;
  return (
    <p className="drill-preview" role="status">
      {rtoMinutes !== null && rtoMinutes >= 0 ? (
        <span>{t.achievedRto(againstObjectiveText(rtoMinutes, objectives.rtoHours, null))}</span>
      ) : null}
      {rpoMinutes !== null && rpoMinutes >= 0 ? (
        <span>{t.achievedRpo(againstObjectiveText(rpoMinutes, objectives.rpoHours, null))}</span>
      ) : null}
      <span className="drill-preview__note">{fromServices ? t.fromServices : t.fromCompany}</span>
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
  const { common, drill: t } = useMessages(dialogsMessages);
  const inUse = services.filter((s) => !s.retired);
  const record = useRecordDrill();
  const toast = useToast();
  const saidDone = useMessages(continuityToastMessages);
  const { draft, errors, set, clear, updateList, submit } = useRecordDraft({
    empty: emptyDrillDraft,
    toBody: toDrillBody,
    record,
    done: () => {
      toast({ title: saidDone.drillRecorded });
      onClose();
    },
  });
  const allErrors = { ...drillServerErrors(draft, serverFieldErrors(record.error)), ...errors };
  const typeHint = draft.type ? drillTypeHint(draft.type) : undefined;

  const setFinding = (key: string, patch: Partial<Omit<FindingDraft, 'key'>>) => {
    updateList('findings', (findings) =>
      findings.map((f) => (f.key === key ? { ...f, ...patch } : f)),
    );
    clear(...Object.keys(patch).map((field) => findingField(key, field as 'description')));
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
          <TextAreaField
            label={t.scenario}
            value={draft.scenario}
            rows={2}
            maxLength={2000}
            placeholder={t.scenarioPlaceholder}
            error={allErrors.scenario}
            onChange={(e) => set('scenario', e.target.value)}
            data-autofocus
          />
          <div className="form-grid">
            <SelectField
              label={t.type}
              value={draft.type}
              error={allErrors.type}
              hint={typeHint}
              onChange={(e) => set('type', e.target.value as DrillDraft['type'])}
            >
              <option value="">{common.choose}</option>
              {DRILL_TYPES.map((type) => (
                <option key={type} value={type}>
                  {drillTypeLabel(type)}
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
                <strong>{t.keyPersonnel}</strong>
                <span className="checkbox__hint">{t.keyPersonnelHint}</span>
              </span>
            </label>
            <TextField
              label={t.interruptionAt}
              type="datetime-local"
              value={draft.interruptionAt}
              error={allErrors.interruptionAt}
              hint={t.interruptionHint(localTimeZone())}
              onChange={(e) => set('interruptionAt', e.target.value)}
            />
            <TextField
              label={t.restoredAt}
              type="datetime-local"
              value={draft.restoredAt}
              error={allErrors.restoredAt}
              hint={t.restoredHint}
              onChange={(e) => set('restoredAt', e.target.value)}
            />
            <TextField
              label={t.recoveryPoint}
              type="datetime-local"
              value={draft.recoveryPointAt}
              error={allErrors.recoveryPointAt}
              hint={t.recoveryPointHint}
              onChange={(e) => set('recoveryPointAt', e.target.value)}
            />
          </div>
          <AchievedPreview
            draft={draft}
            objectives={tightestObjectives(inUse)}
            fromServices={inUse.length > 0}
          />
          <TextAreaField
            label={t.participants}
            value={draft.participants}
            rows={3}
            placeholder={t.participantsPlaceholder}
            error={allErrors.participants}
            onChange={(e) => set('participants', e.target.value)}
          />

          <fieldset className="fieldset">
            <legend className="field__label">{t.findings}</legend>
            <p className="field__hint">{t.findingsHint}</p>
            {draft.findings.length === 0 ? (
              <p className="fieldset__empty">{t.noFindings}</p>
            ) : (
              <ul className="finding-rows">
                {draft.findings.map((f, index) => {
                  const n = index + 1;
                  return (
                    <li className="finding-row" key={f.key}>
                      <SelectField
                        label={t.findingSeverity(n)}
                        value={f.severity}
                        onChange={(e) =>
                          setFinding(f.key, {
                            severity: e.target.value as FindingDraft['severity'],
                          })
                        }
                      >
                        {FINDING_SEVERITIES.map((s) => (
                          <option key={s} value={s}>
                            {findingSeverityLabel(s)}
                          </option>
                        ))}
                      </SelectField>
                      <TextField
                        label={t.findingDescription(n)}
                        value={f.description}
                        maxLength={2000}
                        error={allErrors[findingField(f.key, 'description')]}
                        onChange={(e) => setFinding(f.key, { description: e.target.value })}
                      />
                      <TextField
                        label={t.findingTicket(n)}
                        value={f.ticket}
                        maxLength={200}
                        placeholder={t.ticketPlaceholder}
                        error={allErrors[findingField(f.key, 'ticket')]}
                        onChange={(e) => setFinding(f.key, { ticket: e.target.value })}
                      />
                      <TextField
                        label={t.findingDue(n)}
                        type="datetime-local"
                        value={f.dueAt}
                        error={allErrors[findingField(f.key, 'dueAt')]}
                        onChange={(e) => setFinding(f.key, { dueAt: e.target.value })}
                      />
                      <TextField
                        label={t.findingClosed(n)}
                        type="datetime-local"
                        value={f.closedAt}
                        error={allErrors[findingField(f.key, 'closedAt')]}
                        hint={t.closedHint}
                        onChange={(e) => setFinding(f.key, { closedAt: e.target.value })}
                      />
                      <Button
                        variant="ghost"
                        iconOnly
                        className="finding-row__remove"
                        aria-label={t.removeFinding(n)}
                        title={common.remove}
                        onClick={() =>
                          updateList('findings', (findings) =>
                            findings.filter((x) => x.key !== f.key),
                          )
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
                  updateList('findings', (findings) => [
                    ...findings,
                    emptyFinding(`f${nextFindingKey++}`),
                  ])
                }
              >
                {t.addFinding}
              </Button>
            </div>
          </fieldset>
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
