import {
  createIncidentSchema,
  updateIncidentSchema,
  type CreateIncident,
  type Incident,
  type UpdateIncident,
} from '@vigil/contracts';
import { pick } from '../../i18n';
import { issuesToFieldErrors, type FieldErrors } from '../../lib/form-errors';
import type { Severity } from './incident-lifecycle';
import { fromLocalInput, toLocalInput } from './local-time';
import { messages } from './messages';

export type FormResult<T> = { ok: true; value: T } | { ok: false; errors: FieldErrors };

/** The fields of the open and edit dialogs, as typed: text until sent. */
export interface IncidentDraft {
  title: string;
  severity: Severity;
  category: string;
  summary: string;
  /** `datetime-local` values, in the browser's zone. */
  detectedAt: string;
  awareAt: string;
  awareAtProcessor: string;
  /** '' for nobody. */
  leadId: string;
  organizationIds: string[];
}

export const emptyIncidentDraft = (leadId = ''): IncidentDraft => ({
  title: '',
  severity: 'SEV3',
  category: '',
  summary: '',
  detectedAt: '',
  awareAt: '',
  awareAtProcessor: '',
  leadId,
  organizationIds: [],
});

export const draftOfIncident = (incident: Incident): IncidentDraft => ({
  title: incident.title,
  severity: incident.severity,
  category: incident.category ?? '',
  summary: incident.summary ?? '',
  detectedAt: toLocalInput(incident.detectedAt),
  awareAt: toLocalInput(incident.awareAt),
  awareAtProcessor: toLocalInput(incident.awareAtProcessor),
  leadId: incident.leadId ?? '',
  organizationIds: [...incident.organizationIds],
});

const times = (
  draft: IncidentDraft,
  fields: readonly ('detectedAt' | 'awareAt' | 'awareAtProcessor')[],
) => {
  const errors: FieldErrors = {};
  const values: Partial<Record<(typeof fields)[number], string | null>> = {};
  for (const field of fields) {
    const value = fromLocalInput(draft[field]);
    if (value === undefined) errors[field] = pick(messages).form.badTime;
    else values[field] = value;
  }
  return { errors, values };
};

/** `POST /incidents` from the open dialog; empty optional fields are left out. */
export const newIncidentBody = (draft: IncidentDraft): FormResult<CreateIncident> => {
  const { errors, values } = times(draft, ['detectedAt', 'awareAt']);
  const body = {
    title: draft.title,
    severity: draft.severity,
    organizationIds: draft.organizationIds,
    ...(draft.summary.trim() ? { summary: draft.summary } : {}),
    ...(draft.category.trim() ? { category: draft.category } : {}),
    ...(values.detectedAt ? { detectedAt: values.detectedAt } : {}),
    ...(values.awareAt ? { awareAt: values.awareAt } : {}),
    ...(draft.leadId ? { leadId: draft.leadId } : {}),
  };
  const parsed = createIncidentSchema.safeParse(body);
  const all = { ...(parsed.success ? {} : issuesToFieldErrors(parsed.error.issues)), ...errors };
  if (!draft.title.trim()) all.title = pick(messages).form.noTitle;
  if (Object.keys(all).length > 0 || !parsed.success) return { ok: false, errors: all };
  return { ok: true, value: parsed.data };
};

const sameSet = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && [...a].sort().join('\n') === [...b].sort().join('\n');

const orNull = (text: string) => (text.trim() ? text : null);

/**
 * `PATCH /incidents/{id}` with only what changed: each field sent becomes a timeline entry, and
 * clock fields re-derive the obligations, so an untouched field must not be sent back.
 */
export const incidentPatch = (
  incident: Incident,
  draft: IncidentDraft,
): FormResult<UpdateIncident> => {
  const before = draftOfIncident(incident);
  const changed = (field: keyof IncidentDraft) =>
    field === 'organizationIds'
      ? !sameSet(before.organizationIds, draft.organizationIds)
      : before[field] !== draft[field];
  const timeFields = (['detectedAt', 'awareAt', 'awareAtProcessor'] as const).filter(changed);
  const { errors, values } = times(draft, timeFields);
  if (timeFields.includes('detectedAt') && values.detectedAt === null) {
    errors.detectedAt = pick(messages).form.noDetectionTime;
  }
  const patch: UpdateIncident = {};
  if (changed('title')) patch.title = draft.title;
  if (changed('severity')) patch.severity = draft.severity;
  if (changed('category')) patch.category = orNull(draft.category);
  if (changed('summary')) patch.summary = orNull(draft.summary);
  for (const field of timeFields) {
    const value = values[field];
    if (field === 'detectedAt') {
      if (value) patch.detectedAt = value;
    } else if (value !== undefined) patch[field] = value;
  }
  if (changed('leadId')) patch.leadId = draft.leadId || null;
  if (changed('organizationIds')) patch.organizationIds = draft.organizationIds;
  const parsed = updateIncidentSchema.safeParse(patch);
  const all = { ...(parsed.success ? {} : issuesToFieldErrors(parsed.error.issues)), ...errors };
  if (changed('title') && !draft.title.trim()) all.title = pick(messages).form.noTitle;
  if (Object.keys(all).length > 0 || !parsed.success) return { ok: false, errors: all };
  return { ok: true, value: parsed.data };
};
