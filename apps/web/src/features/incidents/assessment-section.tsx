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
import { useSaveAssessment } from './queries';

type Saved = NonNullable<IncidentDetail['assessment']>;

const ROLES: { value: DataRole; label: string; hint: string }[] = [
  {
    value: 'controller',
    label: 'Controller',
    hint: 'We decide why and how the data is processed: we notify the authorities and the people.',
  },
  {
    value: 'processor',
    label: 'Processor',
    hint: 'We process it for a client: we tell that client (the controller) without undue delay.',
  },
];

const GDPR_RISKS: { value: GdprRisk; label: string; hint: string }[] = [
  { value: 'none', label: 'Unlikely', hint: 'No risk to rights and freedoms: documented only.' },
  {
    value: 'risk',
    label: 'Risk',
    hint: 'Notify the supervisory authority within 72 h of awareness (Art. 33).',
  },
  {
    value: 'high',
    label: 'High risk',
    hint: 'Also tell the data subjects without undue delay (Art. 34).',
  },
];

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
    placeholder: 'Unknown',
  });

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const result = assessmentPayload(draft);
    if (!result.ok) return setErrors(result.errors);
    setErrors({});
    onSubmit(result.value);
  };

  return (
    <form className="assessment-form" noValidate onSubmit={submit} aria-label="Privacy assessment">
      <Section
        title="Scope"
        hint={`Times are in your time zone (${localTimeZone()}); the legal clocks start from them, never from when you save.`}
      >
        <Check
          label="Personal information is involved"
          hint="Access, use, disclosure or loss of information about an identifiable person (Law 25 s. 3.6, PIPEDA s. 2, GDPR Art. 4(12))."
          checked={draft.personalDataInvolved}
          onChange={(v) => set('personalDataInvolved', v)}
        />
        <Choice
          legend="Our role for this data"
          options={ROLES}
          value={draft.role}
          onChange={(v) => set('role', v)}
        />
        <div className="form-grid">
          <TextField
            label="Aware since"
            type="datetime-local"
            hint="When the company had reason to believe it happened: the Law 25, GDPR 72 h and client clocks start here."
            {...text('awareAt')}
          />
          <TextField
            label="Breach determined at"
            type="datetime-local"
            hint="PIPEDA counts “as soon as feasible” from the determination (s. 10.1(2))."
            {...text('breachDeterminedAt')}
          />
          <TextField
            label="Happened from"
            type="datetime-local"
            hint="As far as known; an approximation is fine."
            {...text('occurredStart')}
          />
          <TextField label="Happened until" type="datetime-local" {...text('occurredEnd')} />
        </div>
      </Section>

      <Section
        title="Risk of harm"
        hint="Weigh the sensitivity of the information, the anticipated consequences of its use and the likelihood that it will be misused (Law 25 s. 3.7, PIPEDA s. 10.1(8))."
      >
        <TextAreaField
          label="Rationale"
          rows={4}
          maxLength={20_000}
          placeholder="e.g. Names and email addresses only, no financial data; the export was downloaded once from an IP tied to a known phishing kit, so misuse is likely."
          hint="Kept in the register even when no one is notified: it is what proves the decision."
          {...text('rationale')}
        />
        <Check
          label="Québec — risk of serious injury"
          hint="Law 25 s. 3.5: notify the Commission d'accès à l'information and the persons concerned, promptly."
          checked={draft.qcRiskOfSeriousInjury}
          onChange={(v) => set('qcRiskOfSeriousInjury', v)}
        />
        <Check
          label="Canada — real risk of significant harm"
          hint="PIPEDA s. 10.1: report to the Privacy Commissioner and notify individuals as soon as feasible. Significant harm includes humiliation, damage to reputation, financial loss and identity theft (s. 10.1(7))."
          checked={draft.pipedaRealRiskOfSignificantHarm}
          onChange={(v) => set('pipedaRealRiskOfSignificantHarm', v)}
        />
        <Choice
          legend="GDPR — risk to the rights and freedoms of persons"
          options={GDPR_RISKS}
          value={draft.gdprRisk}
          onChange={(v) => set('gdprRisk', v)}
        />
        <TextField
          label="Person in charge of the protection of personal information consulted"
          maxLength={300}
          placeholder="Name and title"
          hint="Law 25 s. 3.7 requires consulting them before concluding."
          {...text('consultedPersonInCharge')}
        />
      </Section>

      <Section title="People and records affected" hint="Leave a number empty when it is unknown.">
        <div className="form-grid form-grid--counts">
          <TextField label="Persons" {...count('persons')} />
          <TextField label="Of whom in Québec" {...count('personsQuebec')} />
          <TextField label="In Canada outside Québec" {...count('personsCanadaOutsideQuebec')} />
          <TextField label="In the EU" {...count('personsEu')} />
          <TextField label="Records" {...count('records')} />
        </div>
        <Check
          label="These numbers are estimates"
          hint="Notices and the register say “approximately”."
          checked={draft.isEstimate}
          onChange={(v) => set('isEstimate', v)}
        />
      </Section>

      <Section title="Holds and exemptions">
        <Check
          label="Law-enforcement hold"
          hint="Telling the persons concerned could hamper an investigation: the Law 25 notice to persons is suspended while this is on (s. 3.5)."
          checked={draft.lawEnforcementHold}
          onChange={(v) => set('lawEnforcementHold', v)}
        />
        <Check
          label="Another organization may reduce the harm"
          hint="PIPEDA s. 10.2: notify it as well (e.g. a bank that can block cards)."
          checked={draft.orgMayReduceHarm}
          onChange={(v) => set('orgMayReduceHarm', v)}
        />
        <TextField
          label="GDPR Art. 34(3) exemption (optional)"
          maxLength={2000}
          placeholder="e.g. (a) the data was encrypted with keys that were not exposed"
          hint="Recording a ground means the data subjects are not told; the reason is documented."
          {...text('gdprArt34Exemption')}
        />
      </Section>

      <Section
        title="Facts for the notices"
        hint="Notices are drafted from these; one left blank becomes a bracketed gap to fill in the notice."
      >
        <div className="form-grid">
          <TextAreaField
            label="Personal information concerned"
            maxLength={5000}
            placeholder="e.g. Names, email addresses and hashed passwords"
            {...text('personalInformation')}
          />
          <TextAreaField
            label="Likely consequences"
            maxLength={5000}
            placeholder="e.g. Targeted phishing"
            {...text('likelyConsequences')}
          />
          <TextAreaField
            label="Measures taken"
            maxLength={5000}
            placeholder="e.g. Key revoked, sessions ended, export endpoint rate-limited"
            {...text('measuresTaken')}
          />
          <TextAreaField
            label="What people can do"
            maxLength={5000}
            placeholder="e.g. Change your password; watch for emails asking for it"
            {...text('measuresForPersons')}
          />
        </div>
      </Section>

      {errorCount > 0 ? (
        <p className="field__error" role="alert">
          <ErrorIcon />
          {errorCount === 1 ? 'One answer needs' : `${errorCount} answers need`} attention above.
        </p>
      ) : null}
      {save.isError ? <ProblemAlert error={save.error} /> : null}
      <div className="assessment-form__footer">
        <p className="form-note">
          Saving re-derives the notification duties from these answers: new ones start their clocks,
          ones that no longer apply are retired, and sent notices stay on record.
        </p>
        <div className="card__actions">
          {onCancel ? (
            <Button onClick={onCancel} disabled={save.isPending}>
              Cancel
            </Button>
          ) : null}
          <Button type="submit" variant="primary" loading={save.isPending}>
            Save assessment
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

const yesNo = (value: boolean | undefined) =>
  value ? <Badge tone="warning">Yes</Badge> : <Badge tone="neutral">No</Badge>;

/** The saved answers, for everyone who reads incidents. */
const AssessmentSummary = ({ saved }: { saved: Saved }) => (
  <dl className="detail-list detail-list--wide">
    <Row label="Personal information">{yesNo(saved.personalDataInvolved)}</Row>
    <Row label="Our role">{saved.role === 'controller' ? 'Controller' : 'Processor'}</Row>
    <Row label="Aware since">
      {saved.awareAt ? <Timestamp value={saved.awareAt} layout="inline" /> : null}
    </Row>
    <Row label="Breach determined">
      {saved.breachDeterminedAt ? (
        <Timestamp value={saved.breachDeterminedAt} layout="inline" />
      ) : null}
    </Row>
    {saved.occurredStart || saved.occurredEnd ? (
      <Row label="Happened">
        {saved.occurredStart ? <Timestamp value={saved.occurredStart} layout="inline" /> : '?'}
        {' to '}
        {saved.occurredEnd ? <Timestamp value={saved.occurredEnd} layout="inline" /> : '?'}
      </Row>
    ) : null}
    <Row label="Québec: serious injury">{yesNo(saved.qcRiskOfSeriousInjury)}</Row>
    <Row label="PIPEDA: significant harm">{yesNo(saved.pipedaRealRiskOfSignificantHarm)}</Row>
    <Row label="GDPR risk">
      {GDPR_RISKS.find((r) => r.value === saved.gdprRisk)?.label ?? saved.gdprRisk}
    </Row>
    <Row label="Affected">{affectedSummary(saved.affected)}</Row>
    <Row label="Rationale">
      <span className="pre-wrap">{saved.rationale}</span>
    </Row>
    <Row label="Consulted">{saved.consultedPersonInCharge}</Row>
    {saved.lawEnforcementHold ? <Row label="Hold">Law-enforcement hold in force</Row> : null}
    {saved.gdprArt34Exemption ? <Row label="Art. 34(3)">{saved.gdprArt34Exemption}</Row> : null}
    {saved.personalInformation ? (
      <Row label="Information">
        <span className="pre-wrap">{saved.personalInformation}</span>
      </Row>
    ) : null}
    {saved.likelyConsequences ? (
      <Row label="Consequences">
        <span className="pre-wrap">{saved.likelyConsequences}</span>
      </Row>
    ) : null}
    {saved.measuresTaken ? (
      <Row label="Measures taken">
        <span className="pre-wrap">{saved.measuresTaken}</span>
      </Row>
    ) : null}
    {saved.measuresForPersons ? (
      <Row label="For people">
        <span className="pre-wrap">{saved.measuresForPersons}</span>
      </Row>
    ) : null}
  </dl>
);

const Changes = ({ changes, version }: { changes: ObligationChanges; version?: number }) => {
  const none = changes.added.length === 0 && changes.retired.length === 0;
  return (
    <Alert
      tone="success"
      title={`Assessment saved${version ? ` as version ${version}` : ''}: duties re-derived`}
    >
      {none ? (
        'No notification duty was added or retired.'
      ) : (
        <ul className="change-list">
          {changes.added.map((o) => (
            <li key={o.key}>
              <Badge tone="success">Added</Badge> {o.title} <span className="mono">{o.key}</span>
            </li>
          ))}
          {changes.retired.map((o) => (
            <li key={o.key}>
              <Badge tone="neutral">Retired</Badge> {o.title} <span className="mono">{o.key}</span>
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
      title="Privacy assessment"
      className="incident-section"
      description={
        saved ? (
          <>
            Version {saved.version}, by {saved.assessedBy ?? 'someone no longer listed'},{' '}
            <Timestamp value={saved.assessedAt} layout="inline" />
          </>
        ) : (
          'Not assessed yet. Whether personal information is at risk decides which notices the law requires.'
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
            Edit assessment
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
            title="No privacy assessment yet"
            description="The DPO records whether personal information is involved and the risk under Law 25, PIPEDA and the GDPR; the notification duties follow from it."
          />
        )}
      </div>
    </Card>
  );
};
