import type { Service } from '@vigil/contracts';
import { pick } from '../../i18n';
import type { FieldErrors } from '../../lib/form-errors';
import { messages } from './messages';
import { formatObjectiveHours } from './recovery-time';

/** A service row as typed in the editor; `saved` rows keep their id (runs and tests refer to it). */
export interface ServiceDraft {
  key: string;
  saved: boolean;
  /** Follows the name on a new row until someone types an id of their own. */
  idEdited: boolean;
  id: string;
  name: string;
  rtoHours: string;
  rpoHours: string;
  owner: string;
  /** Service ids, comma-separated. */
  dependsOn: string;
  retired: boolean;
}

export type ServiceField = 'id' | 'name' | 'rtoHours' | 'rpoHours' | 'owner' | 'dependsOn';

/** The API's bounds (`serviceSchema`): a quarter of an hour to 90 days. */
const MIN_HOURS = 0.25;
const MAX_HOURS = 24 * 90;
const ID = /^[a-z0-9][a-z0-9-]{0,63}$/;

export const serviceDraftOf = (s: Service): ServiceDraft => ({
  key: s.id,
  saved: true,
  idEdited: true,
  id: s.id,
  name: s.name,
  rtoHours: String(s.rtoHours),
  rpoHours: String(s.rpoHours),
  owner: s.owner ?? '',
  dependsOn: s.dependsOn.join(', '),
  retired: s.retired,
});

export const newServiceDraft = (
  key: string,
  defaults: { rtoHours: number; rpoHours: number },
): ServiceDraft => ({
  key,
  saved: false,
  idEdited: false,
  id: '',
  name: '',
  rtoHours: String(defaults.rtoHours),
  rpoHours: String(defaults.rpoHours),
  owner: '',
  dependsOn: '',
  retired: false,
});

/** "Customer DB (EU)" → "customer-db-eu": the id the API accepts, from a name. */
export const slugOf = (name: string): string =>
  name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 64)
    .replace(/-+$/, '');

export type ParsedHours = { ok: true; hours: number } | { ok: false; error: string };

/** "48", "1.5", "0,5" hours; within the API's bounds. */
export const parseHours = (text: string): ParsedHours => {
  const t = pick(messages).servicesForm;
  const value = text.trim().replace(',', '.');
  if (!value) return { ok: false, error: t.hoursMissing };
  if (!/^\d*\.?\d+$/.test(value)) return { ok: false, error: t.hoursNotANumber };
  const hours = Number(value);
  if (hours < MIN_HOURS) return { ok: false, error: t.hoursTooFew };
  if (hours > MAX_HOURS) return { ok: false, error: t.hoursTooMany };
  return { ok: true, hours };
};

export const splitIds = (text: string): string[] => [
  ...new Set(
    text
      .split(/[\s,]+/)
      .map((id) => id.trim())
      .filter(Boolean),
  ),
];

/** Where a row's message goes: `<row key>.rtoHours`. */
export const serviceField = (key: string, field: ServiceField) => `${key}.${field}`;

const sameService = (a: Service, b: Service) =>
  a.name === b.name &&
  a.rtoHours === b.rtoHours &&
  a.rpoHours === b.rpoHours &&
  a.owner === b.owner &&
  a.retired === b.retired &&
  a.dependsOn.join('\n') === b.dependsOn.join('\n');

export type ServicesResult = { ok: true; items: Service[] } | { ok: false; errors: FieldErrors };

/**
 * The rows of `PUT /services` that are new or differ from `saved` (the PUT upserts what it is
 * sent and leaves the rest alone), or a message on each field that is wrong.
 */
export const toServicesBody = (
  draft: readonly ServiceDraft[],
  saved: readonly Service[],
): ServicesResult => {
  const t = pick(messages).servicesForm;
  const errors: FieldErrors = {};
  const known = new Set(draft.map((d) => d.id.trim()).filter(Boolean));
  const seen = new Set<string>();
  const items: Service[] = [];
  for (const row of draft) {
    const at = (field: ServiceField) => serviceField(row.key, field);
    const id = row.id.trim();
    if (!row.saved) {
      if (!id) errors[at('id')] = t.idMissing;
      else if (!ID.test(id)) errors[at('id')] = t.idInvalid;
      else if (seen.has(id)) errors[at('id')] = t.idTaken;
    }
    seen.add(id);
    const name = row.name.trim();
    if (!name) errors[at('name')] = t.nameMissing;
    const rto = parseHours(row.rtoHours);
    if (!rto.ok) errors[at('rtoHours')] = rto.error;
    const rpo = parseHours(row.rpoHours);
    if (!rpo.ok) errors[at('rpoHours')] = rpo.error;
    const dependsOn = splitIds(row.dependsOn);
    const unknown = dependsOn.filter((d) => !known.has(d));
    if (dependsOn.includes(id)) errors[at('dependsOn')] = t.dependsOnItself;
    else if (unknown.length > 0) errors[at('dependsOn')] = t.unknownIds(unknown);
    if (!rto.ok || !rpo.ok || !name || errors[at('id')] || errors[at('dependsOn')]) continue;
    const service: Service = {
      id,
      name,
      rtoHours: rto.hours,
      rpoHours: rpo.hours,
      owner: row.owner.trim() || null,
      dependsOn,
      retired: row.retired,
    };
    const before = saved.find((s) => s.id === id);
    if (!before || !sameService(before, service)) items.push(service);
  }
  return Object.keys(errors).length > 0 ? { ok: false, errors } : { ok: true, items };
};

/**
 * A PUT's field errors, on the rows they name: the API says `items.<index>.rtoHours` (schema) or
 * `items.<service id>.dependsOn` (its dependency check).
 */
export const servicesServerErrors = (
  draft: readonly ServiceDraft[],
  sent: readonly Service[],
  server: FieldErrors,
): FieldErrors => {
  const errors: FieldErrors = {};
  for (const [path, message] of Object.entries(server)) {
    const match = /^items\.([^.]+)\.(\w+)$/.exec(path);
    const ref = match?.[1] ?? '';
    const id = /^\d+$/.test(ref) ? sent[Number(ref)]?.id : ref;
    const row = draft.find((d) => d.id.trim() === id);
    if (match && row) errors[`${row.key}.${match[2]}`] = message;
    else errors[path] = message;
  }
  return errors;
};

/**
 * Objectives that cannot all hold: a service is back no sooner than what it depends on, so a
 * dependency with a longer RTO makes the service's own RTO a promise it cannot keep.
 */
export const objectiveConflicts = (services: readonly Service[]): Map<string, string> => {
  const t = pick(messages).servicesForm;
  const byId = new Map(services.map((s) => [s.id, s]));
  const conflicts = new Map<string, string>();
  for (const s of services) {
    if (s.retired) continue;
    const slower = s.dependsOn
      .map((id) => byId.get(id))
      .filter((d): d is Service => d !== undefined && !d.retired && d.rtoHours > s.rtoHours)
      .sort((a, b) => b.rtoHours - a.rtoHours);
    const worst = slower[0];
    if (worst) {
      conflicts.set(
        s.id,
        t.conflict(
          worst.name,
          formatObjectiveHours(worst.rtoHours),
          formatObjectiveHours(s.rtoHours),
        ),
      );
    }
  }
  return conflicts;
};
