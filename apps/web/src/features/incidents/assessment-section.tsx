import type { Assessment, IncidentDetail } from '@vigil/contracts';
import { useId, useState, type FormEvent, type ReactNode } from 'react';
import {
  Alert,
  Badge,
  Button,
  Card,
  EmptyState,
  ErrorIcon,
  PencilIcon,
  ProblemAlert,
  ShieldCheckIcon,
  TextAreaField,
  TextField,
  Timestamp,
} from '../../components/ui';
import { useMessages } from '../../i18n';
import { localTimeZone } from '../../lib/format';
import { serverFieldErrors, withoutError, type FieldErrors } from '../../lib/form-errors';
import {
  affectedSummary,
  assessmentPayload,
  countPath,
  draftOfAssessment,
  obligationChanges,
  type AssessmentDraft,
  type DataRole,
  type GdprRisk,
  type ObligationChanges,
} from './assessment-form';
import { messages } from './assessment-section.messages';
import { useSaveAssessment } from './queries';

type Saved = NonNullable<IncidentDetail['assessment']>;

const ROLES: readonly DataRole[] = ['controller', 'processor'];

const GDPR_RISKS: readonly GdprRisk[] = ['none', 'risk', 'high'];

/** A choice's options with their words, in the order given. */
const optionsOf = <T extends string>(
  values: readonly T[],
  words: Record<T, { label: string; hint: string }>,
) => values.map((value) => ({ value, ...words[value] }));

const Check = ({
  label,
  hint,
  checked,
  onChange,
}: {
  label: string;
  hint: ReactNode;
  checked: boolean;
  onChange: (checked: boolean) => void;
}) => (
  <label className="checkbox">
    <input type="checkbox" checked={checked} onChange={(e) => onChange(e.target.checked)} />
    <span>
      <strong>{label}</strong>
      <span className="checkbox__hint">{hint}</span>
    </span>
  </label>
);

const Choice = <T extends string>({
  legend,
  options,
  value,
  onChange,
}: {
  legend: string;
  options: { value: T; label: string; hint: string }[];
  value: T;
  onChange: (value: T) => void;
}) => {
  const name = useId();
  return (
    <fieldset className="fieldset">
      <legend className="field__label">{legend}</legend>
      <div className={`checkbox-grid checkbox-grid--${options.length}`}>
        {options.map((option) => (
          <label className="checkbox" key={option.value}>
            <input
              type="radio"
              name={name}
              checked={value === option.value}
              onChange={() => onChange(option.value)}
            />
            <span>
              <strong>{option.label}</strong>
              <span className="checkbox__hint">{option.hint}</span>
            </span>
          </label>
        ))}
      </div>
    </fieldset>
  );
};

const Section = ({
  title,
  hint,
  children,
}: {
  title: string;
  hint?: ReactNode;
  children: ReactNode;
}) => (
  <fieldset className="fieldset form-section">
    <legend className="form-section__title">{title}</legend>
    {hint ? <p className="form-section__hint">{hint}</p> : null}
    {children}
  </fieldset>
);

interface FormProps {
  incident: IncidentDetail;
  save: ReturnType<typeof useSaveAssessment>;
  onSubmit: (assessment: Assessment) => void;
  onCancel?: () => void;
}

/** The DPO's answers, each next to the rule that asks for it. */
const AssessmentForm = ({ incident, save, onSubmit, onCancel }: FormProps) => {
  const [draft, setDraft] = useState<AssessmentDraft>(() =>
    draftOfAssessment(incident.assessment, incident),
  );
  const [errors, setErrors] = useState<FieldErrors>({});
  const allErrors = { ...serverFieldErrors(save.error), ...errors };
  const errorCount = Object.keys(allErrors).length;
  const words = useMessages(messages);
  const t = words.form;

  const set = <K extends keyof AssessmentDraft>(
    field: K,
    value: AssessmentDraft[K],
    path: string = field,
  ) => {
    setDraft((d) => ({ ...d, [field]: value }));
    setErrors((e) => withoutError(e, path));
  };
  const text = (field: keyof AssessmentDraft & string, path: string = field) => ({
    value: String(draft[field]),
    error: allErrors[path],
    onChange: (e: { target: { value: string } }) =>
      set(field, e.target.value as AssessmentDraft[typeof field], path),
  });
  const count = (
    field: 'persons' | 'personsQuebec' | 'personsCanadaOutsideQuebec' | 'personsEu' | 'records',
  ) => ({
    ...text(field, countPath(field)),
    inputMode: 'numeric' as const,
    placeholder: t.unknown,
  });

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const result = assessmentPayload(draft);
    if (!result.ok) return setErrors(result.errors);
    setErrors({});
    onSubmit(result.value);
  };

  return (
    <form className="assessment-form" noValidate onSubmit={submit} aria-label={t.label}>
      <Section title={t.scope.title} hint={t.scope.hint(localTimeZone())}>
        <Check
          label={t.scope.personalData}
          hint={t.scope.personalDataHint}
          checked={draft.personalDataInvolved}
          onChange={(v) => set('personalDataInvolved', v)}
        />
        <Choice
          legend={t.scope.role}
          options={optionsOf(ROLES, words.roles)}
          value={draft.role}
          onChange={(v) => set('role', v)}
        />
        <div className="form-grid">
          <TextField
            label={t.scope.awareSince}
            type="datetime-local"
            hint={t.scope.awareSinceHint}
            {...text('awareAt')}
          />
          <TextField
            label={t.scope.breachDetermined}
            type="datetime-local"
            hint={t.scope.breachDeterminedHint}
            {...text('breachDeterminedAt')}
          />
          <TextField
            label={t.scope.happenedFrom}
            type="datetime-local"
            hint={t.scope.happenedFromHint}
            {...text('occurredStart')}
          />
          <TextField label={t.scope.happenedUntil} type="datetime-local" {...text('occurredEnd')} />
        </div>
      </Section>

      <Section title={t.risk.title} hint={t.risk.hint}>
        <TextAreaField
          label={t.risk.rationale}
          rows={4}
          maxLength={20_000}
          placeholder={t.risk.rationalePlaceholder}
          hint={t.risk.rationaleHint}
          {...text('rationale')}
        />
        <Check
          label={t.risk.quebec}
          hint={t.risk.quebecHint}
          checked={draft.qcRiskOfSeriousInjury}
          onChange={(v) => set('qcRiskOfSeriousInjury', v)}
        />
        <Check
          label={t.risk.canada}
          hint={t.risk.canadaHint}
          checked={draft.pipedaRealRiskOfSignificantHarm}
          onChange={(v) => set('pipedaRealRiskOfSignificantHarm', v)}
        />
        <Choice
          legend={t.risk.gdpr}
          options={optionsOf(GDPR_RISKS, words.gdprRisks)}
          value={draft.gdprRisk}
          onChange={(v) => set('gdprRisk', v)}
        />
        <TextField
          label={t.risk.consulted}
          maxLength={300}
          placeholder={t.risk.consultedPlaceholder}
          hint={t.risk.consultedHint}
          {...text('consultedPersonInCharge')}
        />
      </Section>

      <Section title={t.affected.title} hint={t.affected.hint}>
        <div className="form-grid form-grid--counts">
          <TextField label={t.affected.persons} {...count('persons')} />
          <TextField label={t.affected.personsQuebec} {...count('personsQuebec')} />
          <TextField
            label={t.affected.personsCanadaOutsideQuebec}
            {...count('personsCanadaOutsideQuebec')}
          />
          <TextField label={t.affected.personsEu} {...count('personsEu')} />
          <TextField label={t.affected.records} {...count('records')} />
        </div>
        <Check
          label={t.affected.estimates}
          hint={t.affected.estimatesHint}
          checked={draft.isEstimate}
          onChange={(v) => set('isEstimate', v)}
        />
      </Section>

      <Section title={t.holds.title}>
        <Check
          label={t.holds.lawEnforcement}
          hint={t.holds.lawEnforcementHint}
          checked={draft.lawEnforcementHold}
          onChange={(v) => set('lawEnforcementHold', v)}
        />
        <Check
          label={t.holds.otherOrganization}
          hint={t.holds.otherOrganizationHint}
          checked={draft.orgMayReduceHarm}
          onChange={(v) => set('orgMayReduceHarm', v)}
        />
        <TextField
          label={t.holds.exemption}
          maxLength={2000}
          placeholder={t.holds.exemptionPlaceholder}
          hint={t.holds.exemptionHint}
          {...text('gdprArt34Exemption')}
        />
      </Section>

      <Section title={t.facts.title} hint={t.facts.hint}>
        <div className="form-grid">
          <TextAreaField
            label={t.facts.personalInformation}
            maxLength={5000}
            placeholder={t.facts.personalInformationPlaceholder}
            {...text('personalInformation')}
          />
          <TextAreaField
            label={t.facts.consequences}
            maxLength={5000}
            placeholder={t.facts.consequencesPlaceholder}
            {...text('likelyConsequences')}
          />
          <TextAreaField
            label={t.facts.measuresTaken}
            maxLength={5000}
            placeholder={t.facts.measuresTakenPlaceholder}
            {...text('measuresTaken')}
          />
          <TextAreaField
            label={t.facts.measuresForPersons}
            maxLength={5000}
            placeholder={t.facts.measuresForPersonsPlaceholder}
            {...text('measuresForPersons')}
          />
        </div>
      </Section>

      {errorCount > 0 ? (
        <p className="field__error" role="alert">
          <ErrorIcon />
          {t.errors(errorCount)}
        </p>
      ) : null}
      {save.isError ? <ProblemAlert error={save.error} /> : null}
      <div className="assessment-form__footer">
        <p className="form-note">{t.saveNote}</p>
        <div className="card__actions">
          {onCancel ? (
            <Button onClick={onCancel} disabled={save.isPending}>
              {t.cancel}
            </Button>
          ) : null}
          <Button type="submit" variant="primary" loading={save.isPending}>
            {t.save}
          </Button>
        </div>
      </div>
    </form>
  );
};

const Row = ({ label, children }: { label: string; children: ReactNode }) => (
  <div>
    <dt>{label}</dt>
    <dd>{children ?? <span className="muted">—</span>}</dd>
  </div>
);

const YesNo = ({ value }: { value: boolean | undefined }) => {
  const t = useMessages(messages).summary;
  return value ? <Badge tone="warning">{t.yes}</Badge> : <Badge tone="neutral">{t.no}</Badge>;
};

/** The saved answers, for everyone who reads incidents. */
const AssessmentSummary = ({ saved }: { saved: Saved }) => {
  const words = useMessages(messages);
  const t = words.summary;
  return (
    <dl className="detail-list detail-list--wide">
      <Row label={t.personalData}>
        <YesNo value={saved.personalDataInvolved} />
      </Row>
      <Row label={t.role}>{words.roles[saved.role]?.label ?? saved.role}</Row>
      <Row label={t.awareSince}>
        {saved.awareAt ? <Timestamp value={saved.awareAt} layout="inline" /> : null}
      </Row>
      <Row label={t.breachDetermined}>
        {saved.breachDeterminedAt ? (
          <Timestamp value={saved.breachDeterminedAt} layout="inline" />
        ) : null}
      </Row>
      {saved.occurredStart || saved.occurredEnd ? (
        <Row label={t.happened}>
          {saved.occurredStart ? <Timestamp value={saved.occurredStart} layout="inline" /> : '?'}
          {t.to}
          {saved.occurredEnd ? <Timestamp value={saved.occurredEnd} layout="inline" /> : '?'}
        </Row>
      ) : null}
      <Row label={t.quebec}>
        <YesNo value={saved.qcRiskOfSeriousInjury} />
      </Row>
      <Row label={t.pipeda}>
        <YesNo value={saved.pipedaRealRiskOfSignificantHarm} />
      </Row>
      <Row label={t.gdpr}>{words.gdprRisks[saved.gdprRisk]?.label ?? saved.gdprRisk}</Row>
      <Row label={t.affected}>{affectedSummary(saved.affected)}</Row>
      <Row label={t.rationale}>
        <span className="pre-wrap">{saved.rationale}</span>
      </Row>
      <Row label={t.consulted}>{saved.consultedPersonInCharge}</Row>
      {saved.lawEnforcementHold ? <Row label={t.hold}>{t.holdInForce}</Row> : null}
      {saved.gdprArt34Exemption ? <Row label={t.exemption}>{saved.gdprArt34Exemption}</Row> : null}
      {saved.personalInformation ? (
        <Row label={t.information}>
          <span className="pre-wrap">{saved.personalInformation}</span>
        </Row>
      ) : null}
      {saved.likelyConsequences ? (
        <Row label={t.consequences}>
          <span className="pre-wrap">{saved.likelyConsequences}</span>
        </Row>
      ) : null}
      {saved.measuresTaken ? (
        <Row label={t.measuresTaken}>
          <span className="pre-wrap">{saved.measuresTaken}</span>
        </Row>
      ) : null}
      {saved.measuresForPersons ? (
        <Row label={t.forPeople}>
          <span className="pre-wrap">{saved.measuresForPersons}</span>
        </Row>
      ) : null}
    </dl>
  );
};

const Changes = ({ changes, version }: { changes: ObligationChanges; version?: number }) => {
  const none = changes.added.length === 0 && changes.retired.length === 0;
  const t = useMessages(messages).changes;
  return (
    <Alert tone="success" title={t.saved(version)}>
      {none ? (
        t.none
      ) : (
        <ul className="change-list">
          {changes.added.map((o) => (
            <li key={o.key}>
              <Badge tone="success">{t.added}</Badge> {o.title}{' '}
              <span className="mono">{o.key}</span>
            </li>
          ))}
          {changes.retired.map((o) => (
            <li key={o.key}>
              <Badge tone="neutral">{t.retired}</Badge> {o.title}{' '}
              <span className="mono">{o.key}</span>
            </li>
          ))}
        </ul>
      )}
    </Alert>
  );
};

/** The privacy assessment: who assessed it and when, its answers, and the form for the DPO. */
export const AssessmentSection = ({
  incident,
  canAssess,
  id,
}: {
  incident: IncidentDetail;
  canAssess: boolean;
  id: string;
}) => {
  const saved = incident.assessment;
  const [editing, setEditing] = useState(false);
  const [changes, setChanges] = useState<{ changes: ObligationChanges; version?: number } | null>(
    null,
  );
  // Owned here, not by the form: the form goes away as soon as the saved version arrives, and
  // what the save changed must still be shown.
  const save = useSaveAssessment();
  const showForm = canAssess && (editing || !saved);
  const t = useMessages(messages);
  const submit = (assessment: Assessment) => {
    const before = incident.obligations;
    save.mutate(
      { id: incident.id, assessment },
      {
        onSuccess: (next) => {
          setChanges({
            changes: obligationChanges(before, next.obligations),
            version: next.assessment?.version,
          });
          setEditing(false);
        },
      },
    );
  };
  return (
    <Card
      title={t.title}
      className="incident-section"
      description={
        saved ? (
          <>
            {t.versionBy(saved.version, saved.assessedBy ?? t.someoneGone)}{' '}
            <Timestamp value={saved.assessedAt} layout="inline" />
          </>
        ) : (
          t.notAssessed
        )
      }
      actions={
        canAssess && saved && !editing ? (
          <Button
            size="sm"
            icon={<PencilIcon />}
            onClick={() => {
              setChanges(null);
              setEditing(true);
            }}
          >
            {t.edit}
          </Button>
        ) : undefined
      }
    >
      <span id={id} className="section-anchor" tabIndex={-1} />
      <div className="stack stack--tight">
        {changes ? <Changes changes={changes.changes} version={changes.version} /> : null}
        {showForm ? (
          <AssessmentForm
            incident={incident}
            save={save}
            onSubmit={submit}
            onCancel={
              saved
                ? () => {
                    save.reset();
                    setEditing(false);
                  }
                : undefined
            }
          />
        ) : saved ? (
          <AssessmentSummary saved={saved} />
        ) : (
          <EmptyState
            icon={<ShieldCheckIcon size="lg" />}
            title={t.emptyTitle}
            description={t.emptyDescription}
          />
        )}
      </div>
    </Card>
  );
};
