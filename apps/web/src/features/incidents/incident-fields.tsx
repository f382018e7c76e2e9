import type { Organization } from '@vigil/contracts';
import { SEVERITY_DEFINITIONS } from '@vigil/domain';
import { useId } from 'react';
import { Link } from 'react-router';
import { ErrorIcon, SelectField, Skeleton, TextField } from '../../components/ui';
import { useMessages } from '../../i18n';
import { describeProblem } from '../../lib/problem-text';
import { JURISDICTION_LABELS } from '../organizations/jurisdictions';
import { messages } from './incident-dialogs.messages';
import type { Severity } from './incident-lifecycle';
import type { PersonOption } from './incident-people';

const FieldError = ({ id, error }: { id: string; error?: string }) =>
  error ? (
    <p className="field__error" id={id}>
      <ErrorIcon />
      {error}
    </p>
  ) : null;

/** SEV1–SEV4 with what each means, so the choice is made against the definitions. */
export const SeverityPicker = ({
  value,
  onChange,
  error,
}: {
  value: Severity;
  onChange: (severity: Severity) => void;
  error?: string;
}) => {
  const name = useId();
  const t = useMessages(messages).fields;
  return (
    <fieldset className="fieldset" aria-describedby={`${name}-guidance`}>
      <legend className="field__label">{t.severity}</legend>
      <ul className="field__hint severity-guidance" id={`${name}-guidance`}>
        {t.severityGuidance.map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>
      <div className="severity-options">
        {SEVERITY_DEFINITIONS.map((definition) => {
          const words = t.severities[definition.level];
          return (
            <label className="checkbox severity-option" key={definition.level}>
              <input
                type="radio"
                name={name}
                value={definition.level}
                checked={value === definition.level}
                onChange={() => onChange(definition.level)}
              />
              <span>
                <strong>
                  {definition.level} · {words.name}
                </strong>
                <span className="checkbox__hint">{words.description}</span>
                <span className="checkbox__hint severity-option__examples">
                  {t.examples(words.examples.join('; '))}
                  {definition.opensPrivacyAssessment ? t.opensAssessment : t.examplesEnd}
                </span>
              </span>
            </label>
          );
        })}
      </div>
      <FieldError id={`${name}-error`} error={error} />
    </fieldset>
  );
};

/** The client organizations the incident affects: each one starts its 24 h contractual clock. */
export const OrganizationPicker = ({
  organizations,
  value,
  onChange,
  error,
  canManage,
}: {
  organizations: { data?: Organization[]; isPending: boolean; error: unknown };
  value: readonly string[];
  onChange: (ids: string[]) => void;
  error?: string;
  /** Admins can add a missing organization in Settings. */
  canManage: boolean;
}) => {
  const id = useId();
  const toggle = (orgId: string) =>
    onChange(value.includes(orgId) ? value.filter((v) => v !== orgId) : [...value, orgId]);
  const known = new Set((organizations.data ?? []).map((o) => o.id));
  const unknown = value.filter((v) => !known.has(v));
  const t = useMessages(messages).fields;
  return (
    <fieldset className="fieldset" aria-describedby={`${id}-hint`}>
      <legend className="field__label">{t.organizations}</legend>
      <p className="field__hint" id={`${id}-hint`}>
        {t.organizationsHint}
      </p>
      {organizations.isPending ? (
        <div className="stack stack--tight" role="status" aria-busy="true">
          <span className="visually-hidden">{t.loadingOrganizations}</span>
          <Skeleton />
        </div>
      ) : organizations.error && !organizations.data ? (
        <p className="field__error">
          <ErrorIcon />
          {t.organizationsFailed(describeProblem(organizations.error).title)}
        </p>
      ) : (organizations.data ?? []).length === 0 && unknown.length === 0 ? (
        <p className="fieldset__empty">
          {t.noOrganizations}{' '}
          {canManage ? (
            <Link to="/settings/organizations">{t.addOrganization}</Link>
          ) : (
            t.adminAddsOrganizations
          )}
        </p>
      ) : (
        <div className="checkbox-grid">
          {(organizations.data ?? []).map((org) => (
            <label className="checkbox" key={org.id}>
              <input
                type="checkbox"
                checked={value.includes(org.id)}
                onChange={() => toggle(org.id)}
              />
              <span>
                <strong>{org.name}</strong>
                <span className="checkbox__hint">
                  {org.jurisdictions.length
                    ? org.jurisdictions.map((j) => JURISDICTION_LABELS[j].name).join(', ')
                    : t.noJurisdiction}
                </span>
              </span>
            </label>
          ))}
          {unknown.map((orgId) => (
            <label className="checkbox" key={orgId}>
              <input type="checkbox" checked onChange={() => toggle(orgId)} />
              <span>
                <strong className="mono">{orgId}</strong>
                <span className="checkbox__hint">{t.notVisible}</span>
              </span>
            </label>
          ))}
        </div>
      )}
      <FieldError id={`${id}-error`} error={error} />
    </fieldset>
  );
};

/** Who runs the incident. Only admins can list people; others can pick themselves. */
export const LeadField = ({
  value,
  options,
  current,
  onChange,
  error,
  hint,
}: {
  value: string;
  options: readonly PersonOption[];
  /** The lead already set, kept as a choice even when it is not among `options`. */
  current?: { id: string; label: string };
  onChange: (id: string) => void;
  error?: string;
  hint?: string;
}) => {
  const t = useMessages(messages).fields;
  return (
    <SelectField
      label={t.lead}
      value={value}
      error={error}
      hint={hint}
      onChange={(e) => onChange(e.target.value)}
    >
      <option value="">{t.noLeadYet}</option>
      {current && !options.some((o) => o.id === current.id) ? (
        <option value={current.id}>{current.label}</option>
      ) : null}
      {options.map((o) => (
        <option key={o.id} value={o.id}>
          {o.label}
        </option>
      ))}
    </SelectField>
  );
};

/** The shared taxonomy runbooks answer to: stored as written, whatever the interface language. */
const CATEGORIES = [
  'Unauthorized access',
  'Data exposure',
  'Account compromise',
  'Malware',
  'Phishing',
  'Lost or stolen device',
  'Denial of service',
  'Service outage',
  'Insider misuse',
];

/** Free text, with the usual kinds offered as suggestions. */
export const CategoryField = ({
  value,
  onChange,
  error,
}: {
  value: string;
  onChange: (value: string) => void;
  error?: string;
}) => {
  const listId = useId();
  const t = useMessages(messages).fields;
  return (
    <>
      <TextField
        label={t.category}
        value={value}
        maxLength={100}
        list={listId}
        error={error}
        placeholder={t.categoryPlaceholder}
        onChange={(e) => onChange(e.target.value)}
      />
      <datalist id={listId}>
        {CATEGORIES.map((c) => (
          <option key={c} value={c} label={t.categoryLabels[c]} />
        ))}
      </datalist>
    </>
  );
};
