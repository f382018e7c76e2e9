import { LIFECYCLE, SEVERITIES, type IncidentStatus, type Severity } from './incident-lifecycle';

const STATUSES: readonly IncidentStatus[] = [...LIFECYCLE, 'false_positive'];

/** What the list shows, as kept in the address bar: `?all=1&status=&severity=&q=&org=`. */
export interface IncidentFilter {
  /** On by default: closed incidents and false positives are history. */
  openOnly: boolean;
  status?: IncidentStatus;
  severity?: Severity;
  q?: string;
  organizationId?: string;
}

/** The API's parameters for `GET /incidents`. */
export interface IncidentQuery {
  openOnly?: 'true';
  status?: IncidentStatus;
  severity?: Severity;
  q?: string;
  organizationId?: string;
}

const oneOf = <T extends string>(values: readonly T[], value: string | null): T | undefined =>
  values.find((v) => v === value);

const text = (params: URLSearchParams, name: string, max: number) => {
  const value = params.get(name)?.trim();
  return value ? value.slice(0, max) : undefined;
};

export const parseIncidentFilter = (params: URLSearchParams): IncidentFilter => ({
  openOnly: params.get('all') !== '1',
  status: oneOf(STATUSES, params.get('status')),
  severity: oneOf(SEVERITIES, params.get('severity')),
  q: text(params, 'q', 200),
  organizationId: text(params, 'org', 64),
});

export const incidentFilterToParams = (filter: IncidentFilter): URLSearchParams => {
  const params = new URLSearchParams();
  if (!filter.openOnly) params.set('all', '1');
  if (filter.status) params.set('status', filter.status);
  if (filter.severity) params.set('severity', filter.severity);
  if (filter.q) params.set('q', filter.q);
  if (filter.organizationId) params.set('org', filter.organizationId);
  return params;
};

/** A chosen status says what to show by itself: "open only" then does not narrow it further. */
export const toIncidentQuery = (filter: IncidentFilter): IncidentQuery => {
  const query: IncidentQuery = {};
  if (filter.status) query.status = filter.status;
  else if (filter.openOnly) query.openOnly = 'true';
  if (filter.severity) query.severity = filter.severity;
  if (filter.q) query.q = filter.q;
  if (filter.organizationId) query.organizationId = filter.organizationId;
  return query;
};

/** Filters set besides the default "open only". */
export const activeIncidentFilters = (filter: IncidentFilter): number =>
  [filter.status, filter.severity, filter.q, filter.organizationId].filter(Boolean).length;

/** How the incident filter lives in the page's address. */
export const INCIDENT_FILTER_CODEC = {
  parse: parseIncidentFilter,
  toParams: incidentFilterToParams,
};
