import { assessmentSchema, type Assessment, type IncidentDetail } from '@vigil/contracts';
import { pick } from '../../i18n';
import { issuesToFieldErrors, type FieldErrors } from '../../lib/form-errors';
import type { FormResult } from './incident-form';
import { fromLocalInput, toLocalInput } from './local-time';
import { messages } from './messages';

export type DataRole = Assessment['role'];
export type GdprRisk = Assessment['gdprRisk'];

const COUNT_FIELDS = [
  'persons',
  'personsQuebec',
  'personsCanadaOutsideQuebec',
  'personsEu',
  'records',
] as const;
type CountField = (typeof COUNT_FIELDS)[number];

const TIME_FIELDS = ['awareAt', 'breachDeterminedAt', 'occurredStart', 'occurredEnd'] as const;
type TimeField = (typeof TIME_FIELDS)[number];

const TEXT_FIELDS = [
  'personalInformation',
  'likelyConsequences',
  'measuresTaken',
  'measuresForPersons',
  'gdprArt34Exemption',
] as const;
type TextField = (typeof TEXT_FIELDS)[number];

/** The assessment form as typed: times as `datetime-local` values, counts as text. */
export type AssessmentDraft = {
  personalDataInvolved: boolean;
  role: DataRole;
  qcRiskOfSeriousInjury: boolean;
  pipedaRealRiskOfSignificantHarm: boolean;
  gdprRisk: GdprRisk;
  isEstimate: boolean;
  rationale: string;
  consultedPersonInCharge: string;
  lawEnforcementHold: boolean;
  orgMayReduceHarm: boolean;
} & Record<TimeField, string> &
  Record<CountField, string> &
  Record<TextField, string>;

type Saved = NonNullable<IncidentDetail['assessment']>;

const countText = (n: number | null | undefined) =>
  n === null || n === undefined ? '' : String(n);

/**
 * The form for an incident: its saved assessment, or a first one that starts from what the
 * incident already records (its awareness time).
 */
export const draftOfAssessment = (
  saved: Saved | null,
  incident: { awareAt: string | null },
): AssessmentDraft => ({
  personalDataInvolved: saved?.personalDataInvolved ?? false,
  role: saved?.role ?? 'processor',
  qcRiskOfSeriousInjury: saved?.qcRiskOfSeriousInjury ?? false,
  pipedaRealRiskOfSignificantHarm: saved?.pipedaRealRiskOfSignificantHarm ?? false,
  gdprRisk: saved?.gdprRisk ?? 'none',
  isEstimate: saved?.affected.isEstimate ?? false,
  rationale: saved?.rationale ?? '',
  consultedPersonInCharge: saved?.consultedPersonInCharge ?? '',
  lawEnforcementHold: saved?.lawEnforcementHold ?? false,
  orgMayReduceHarm: saved?.orgMayReduceHarm ?? false,
  awareAt: toLocalInput(saved ? saved.awareAt : incident.awareAt),
  breachDeterminedAt: toLocalInput(saved?.breachDeterminedAt),
  occurredStart: toLocalInput(saved?.occurredStart),
  occurredEnd: toLocalInput(saved?.occurredEnd),
  persons: countText(saved?.affected.persons),
  personsQuebec: countText(saved?.affected.personsQuebec),
  personsCanadaOutsideQuebec: countText(saved?.affected.personsCanadaOutsideQuebec),
  personsEu: countText(saved?.affected.personsEu),
  records: countText(saved?.affected.records),
  personalInformation: saved?.personalInformation ?? '',
  likelyConsequences: saved?.likelyConsequences ?? '',
  measuresTaken: saved?.measuresTaken ?? '',
  measuresForPersons: saved?.measuresForPersons ?? '',
  gdprArt34Exemption: saved?.gdprArt34Exemption ?? '',
});

const WHOLE = /^\d+$/;

/** The field key of a form control, matching the API's error paths (`affected.persons`). */
export const countPath = (field: CountField) => `affected.${field}`;

/** `PUT /incidents/{id}/assessment` from the form, or the errors to show beside its fields. */
export const assessmentPayload = (draft: AssessmentDraft): FormResult<Assessment> => {
  const t = pick(messages).form;
  const errors: FieldErrors = {};
  const times = {} as Record<TimeField, string | null>;
  for (const field of TIME_FIELDS) {
    const value = fromLocalInput(draft[field]);
    if (value === undefined) errors[field] = t.badTime;
    times[field] = value ?? null;
  }
  if (
    times.occurredStart &&
    times.occurredEnd &&
    Date.parse(times.occurredEnd) < Date.parse(times.occurredStart)
  ) {
    errors.occurredEnd = t.endsBeforeStart;
  }
  const counts = {} as Record<CountField, number | null>;
  for (const field of COUNT_FIELDS) {
    const text = draft[field].replace(/[\s,_]/g, '');
    if (text && !WHOLE.test(text)) errors[countPath(field)] = t.notWhole;
    counts[field] = text && WHOLE.test(text) ? Number(text) : null;
  }
  const texts = {} as Record<TextField, string | null>;
  for (const field of TEXT_FIELDS) texts[field] = draft[field].trim() ? draft[field] : null;

  const body: Assessment = {
    personalDataInvolved: draft.personalDataInvolved,
    awareAt: times.awareAt,
    breachDeterminedAt: times.breachDeterminedAt,
    role: draft.role,
    qcRiskOfSeriousInjury: draft.qcRiskOfSeriousInjury,
    pipedaRealRiskOfSignificantHarm: draft.pipedaRealRiskOfSignificantHarm,
    gdprRisk: draft.gdprRisk,
    affected: { ...counts, isEstimate: draft.isEstimate },
    rationale: draft.rationale,
    lawEnforcementHold: draft.lawEnforcementHold,
    occurredStart: times.occurredStart,
    occurredEnd: times.occurredEnd,
    ...texts,
    orgMayReduceHarm: draft.orgMayReduceHarm,
    consultedPersonInCharge: draft.consultedPersonInCharge,
  };
  const parsed = assessmentSchema.safeParse(body);
  const all = { ...(parsed.success ? {} : issuesToFieldErrors(parsed.error.issues)), ...errors };
  // The schema's own words for an empty field are not for people.
  if (!draft.rationale.trim()) all.rationale = t.noRationale;
  if (!draft.consultedPersonInCharge.trim()) all.consultedPersonInCharge = t.noPersonInCharge;
  if (Object.keys(all).length > 0 || !parsed.success) return { ok: false, errors: all };
  return { ok: true, value: parsed.data };
};

/** What a save changed in the notification duties, by key. */
export interface ObligationChanges {
  added: { key: string; title: string }[];
  retired: { key: string; title: string }[];
}

/**
 * Duties that appeared or went away between two answers (the API lists live obligations only:
 * a retired one is simply no longer there).
 */
export const obligationChanges = (
  before: readonly { key: string; title: string }[],
  after: readonly { key: string; title: string }[],
): ObligationChanges => {
  const beforeKeys = new Set(before.map((o) => o.key));
  const afterKeys = new Set(after.map((o) => o.key));
  const keyAndTitle = ({ key, title }: { key: string; title: string }) => ({ key, title });
  return {
    added: after.filter((o) => !beforeKeys.has(o.key)).map(keyAndTitle),
    retired: before.filter((o) => !afterKeys.has(o.key)).map(keyAndTitle),
  };
};

/** "1,200 persons · 300 in the EU · 5,000 records (estimates)", leaving out what is not known. */
export const affectedSummary = (affected: Assessment['affected']): string => {
  const t = pick(messages).affected;
  const parts = (
    [
      [affected.persons, t.persons],
      [affected.personsQuebec, t.inQuebec],
      [affected.personsCanadaOutsideQuebec, t.inCanadaOutsideQuebec],
      [affected.personsEu, t.inEu],
      [affected.records, t.records],
    ] as const
  ).flatMap(([n, words]) => (n === null || n === undefined ? [] : [words(n)]));
  if (parts.length === 0) return t.unknown;
  return `${parts.join(' · ')}${affected.isEstimate ? t.estimates : ''}`;
};
