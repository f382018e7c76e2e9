import type { Incident } from '@vigil/contracts';
import { useEffect, useEffectEvent, useId, useMemo, useState, type MouseEvent } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { canOpenIncidents } from '../../app/access';
import {
  Badge,
  Button,
  Card,
  DeadlineIcon,
  EmptyState,
  ErrorState,
  IncidentIcon,
  LayersIcon,
  PageHeader,
  PlusIcon,
  SearchIcon,
  SelectField,
  Switch,
  TableSkeleton,
  TargetIcon,
  TextField,
} from '../../components/ui';
import { formatCount, formatDateTime, localTimeZone } from '../../lib/format';
import { SeverityBadge } from '../alerts/alert-badges';
import { useCurrentUser } from '../auth/queries';
import { formatDuration } from '../deadlines/board';
import { Countdown } from '../deadlines/clock-parts';
import { useSecondClock } from '../deadlines/use-second-clock';
import { useOrganizationNames, useOrganizations } from '../organizations/queries';
import { INCIDENT_LIST_LIMIT } from './api';
import { IncidentStatusBadge } from './incident-badges';
import {
  activeIncidentFilters,
  incidentFilterToParams,
  parseIncidentFilter,
  toIncidentQuery,
  type IncidentFilter,
} from './incident-filter';
import { isOpenStatus, LIFECYCLE, SEVERITIES, statusLabel } from './incident-lifecycle';
import { leadLabel } from './incident-people';
import { OpenIncidentDialog } from './open-incident-dialog';
import { incidentPath } from './paths';
import { INCIDENT_REFRESH_MS, useIncidents, useLeadCandidates } from './queries';
import './incidents.css';

const TYPING_PAUSE_MS = 400;

/** Search that applies itself once typing pauses (or on Enter), not on every key. */
const SearchField = ({
  value,
  onCommit,
}: {
  value: string | undefined;
  onCommit: (value: string | undefined) => void;
}) => {
  const [draft, setDraft] = useState(value ?? '');
  const [shown, setShown] = useState(value);
  // Cleared or changed from outside (Clear filters, back button): show the new value.
  if (shown !== value) {
    setShown(value);
    setDraft(value ?? '');
  }
  const pending = draft.trim() !== (value ?? '');
  const commit = useEffectEvent((text: string) => onCommit(text || undefined));
  useEffect(() => {
    if (!pending) return;
    const id = setTimeout(() => commit(draft.trim()), TYPING_PAUSE_MS);
    return () => clearTimeout(id);
  }, [draft, pending]);
  return (
    <TextField
      label="Search"
      type="search"
      value={draft}
      placeholder="Title, summary or INC-12"
      spellCheck={false}
      autoComplete="off"
      onChange={(e) => setDraft(e.target.value)}
      onKeyDown={(e) => {
        if (e.key === 'Enter') {
          e.preventDefault();
          onCommit(draft.trim() || undefined);
        }
      }}
    />
  );
};

const FilterBar = ({
  filter,
  onChange,
  onClear,
}: {
  filter: IncidentFilter;
  onChange: (patch: Partial<IncidentFilter>) => void;
  onClear: () => void;
}) => {
  const severityName = useId();
  const organizations = useOrganizations();
  const active = activeIncidentFilters(filter);
  return (
    <section className="filter-bar" aria-label="Filters">
      <div className="filter-bar__row">
        <Switch
          label="Open only"
          showLabel
          checked={filter.openOnly && !filter.status}
          disabled={!!filter.status}
          title={filter.status ? 'A status is chosen: it decides what is shown' : undefined}
          onChange={(e) => onChange({ openOnly: e.target.checked })}
        />
        <div className="segmented" role="radiogroup" aria-label="Severity">
          {[undefined, ...SEVERITIES].map((severity) => (
            <div className="segmented__option" key={severity ?? 'any'}>
              <input
                type="radio"
                id={`${severityName}-${severity ?? 'any'}`}
                name={severityName}
                checked={filter.severity === severity}
                onChange={() => onChange({ severity })}
              />
              <label htmlFor={`${severityName}-${severity ?? 'any'}`}>
                {severity ?? 'Any severity'}
              </label>
            </div>
          ))}
        </div>
        <p className="filter-bar__zone">Times in {localTimeZone()}</p>
        <div className="filter-bar__actions">
          {active > 0 ? (
            <Button variant="ghost" size="sm" onClick={onClear}>
              Clear {active} {active === 1 ? 'filter' : 'filters'}
            </Button>
          ) : null}
        </div>
      </div>
      <div className="filter-bar__grid">
        <SearchField value={filter.q} onCommit={(q) => onChange({ q })} />
        <SelectField
          label="Status"
          value={filter.status ?? ''}
          onChange={(e) =>
            onChange({
              status: [...LIFECYCLE, 'false_positive' as const].find((s) => s === e.target.value),
            })
          }
        >
          <option value="">{filter.openOnly ? 'Any open status' : 'Any status'}</option>
          {[...LIFECYCLE, 'false_positive' as const].map((s) => (
            <option key={s} value={s}>
              {statusLabel(s)}
            </option>
          ))}
        </SelectField>
        <SelectField
          label="Organization"
          value={filter.organizationId ?? ''}
          onChange={(e) => onChange({ organizationId: e.target.value || undefined })}
        >
          <option value="">Any organization</option>
          {filter.organizationId &&
          !organizations.data?.some((o) => o.id === filter.organizationId) ? (
            <option value={filter.organizationId}>{filter.organizationId}</option>
          ) : null}
          {(organizations.data ?? []).map((o) => (
            <option key={o.id} value={o.id}>
              {o.name}
            </option>
          ))}
        </SelectField>
      </div>
    </section>
  );
};

const NextDeadline = ({ deadline }: { deadline: Incident['nextDeadline'] }) => {
  if (!deadline) return <span className="muted">No clock running</span>;
  return (
    <span className="next-deadline">
      <span className="next-deadline__title">
        <Badge
          tone={deadline.kind === 'legal' ? 'warning' : 'info'}
          title={
            deadline.kind === 'legal'
              ? 'A binding deadline, set by law or by the client contract'
              : 'Our own target where the law says "promptly": not a legal date'
          }
        >
          {deadline.kind === 'legal' ? 'Legal' : 'Target'}
        </Badge>
        <span className="truncate" title={deadline.title}>
          {deadline.title}
        </span>
      </span>
      <Countdown deadline={deadline.at} />
      <time className="next-deadline__at" dateTime={deadline.at}>
        {formatDateTime(deadline.at)}
      </time>
    </span>
  );
};

const Age = ({ incident }: { incident: Incident }) => {
  const now = useSecondClock();
  if (!isOpenStatus(incident.status) && incident.closedAt) {
    return (
      <span title={`Detected ${formatDateTime(incident.detectedAt)}`}>
        {formatDuration(Date.parse(incident.closedAt) - Date.parse(incident.detectedAt))}
        <span className="table__sub">until closed</span>
      </span>
    );
  }
  return (
    <span title={`Detected ${formatDateTime(incident.detectedAt)}`}>
      {formatDuration(Math.max(0, now - Date.parse(incident.detectedAt)))}
      <span className="table__sub">since detection</span>
    </span>
  );
};

const IncidentTable = ({ incidents }: { incidents: readonly Incident[] }) => {
  const navigate = useNavigate();
  const me = useCurrentUser();
  const organizationNames = useOrganizationNames();
  const users = useLeadCandidates(me.role === 'admin');
  // The whole row opens the incident for a pointer; the title is the link for the keyboard.
  const openRow = (event: MouseEvent<HTMLTableRowElement>, id: string) => {
    if ((event.target as HTMLElement).closest('a, button, input, select, textarea')) return;
    if (window.getSelection()?.toString()) return;
    void navigate(incidentPath(id));
  };
  return (
    <div className="table-wrap">
      <table className="table incident-table">
        <caption className="visually-hidden">
          Incidents: open ones first, most severe first, then the most recently detected
        </caption>
        <thead>
          <tr>
            <th scope="col">Ref.</th>
            <th scope="col">Incident</th>
            <th scope="col">Severity</th>
            <th scope="col">Status</th>
            <th scope="col">Age</th>
            <th scope="col">Lead</th>
            <th scope="col">Next deadline</th>
          </tr>
        </thead>
        <tbody>
          {incidents.map((incident) => {
            const lead = leadLabel(incident.leadId, me, users.data, incident.lead);
            const orgs = incident.organizationIds.map((id) => organizationNames.get(id) ?? id);
            return (
              <tr
                key={incident.id}
                className="incident-row"
                onClick={(event) => openRow(event, incident.id)}
              >
                <td className="mono incident-row__ref">{incident.reference}</td>
                <td className="incident-row__main">
                  <Link to={incidentPath(incident.id)} className="incident-row__title">
                    {incident.title}
                  </Link>
                  {incident.category || orgs.length ? (
                    <span className="table__sub">
                      {[incident.category, orgs.join(', ')].filter(Boolean).join(' · ')}
                    </span>
                  ) : null}
                </td>
                <td>
                  <SeverityBadge severity={incident.severity} />
                </td>
                <td>
                  <IncidentStatusBadge status={incident.status} />
                </td>
                <td className="incident-row__age">
                  <Age incident={incident} />
                </td>
                <td>
                  <span className={incident.leadId ? undefined : 'muted'} title={lead.title}>
                    {lead.text}
                  </span>
                </td>
                <td className="incident-row__deadline">
                  <NextDeadline deadline={incident.nextDeadline} />
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
};

/** The incident list: the open ones first, with their next notification deadline running. */
export const IncidentsPage = () => {
  const me = useCurrentUser();
  const navigate = useNavigate();
  const [params, setParams] = useSearchParams();
  const filter = useMemo(() => parseIncidentFilter(params), [params]);
  const query = useMemo(() => toIncidentQuery(filter), [filter]);
  const incidents = useIncidents(query);
  const [opening, setOpening] = useState(false);
  const canOpen = canOpenIncidents(me.role);

  const update = (patch: Partial<IncidentFilter>) =>
    setParams(incidentFilterToParams({ ...filter, ...patch }), { replace: true });
  const clear = () => setParams(incidentFilterToParams({ openOnly: filter.openOnly }));
  const filtered = activeIncidentFilters(filter) > 0;
  const count = incidents.data?.length ?? 0;

  const openButton = canOpen ? (
    <Button variant="primary" icon={<PlusIcon />} onClick={() => setOpening(true)}>
      Open incident
    </Button>
  ) : null;

  return (
    <>
      <PageHeader
        title="Incidents"
        description="Open, run and close incidents: from detection through containment and recovery to the review, with every notification clock in view."
        actions={openButton}
      />
      <div className="stack">
        <FilterBar filter={filter} onChange={update} onClear={clear} />
        <Card
          flush
          title={filter.openOnly && !filter.status ? 'Open incidents' : 'Incidents'}
          description={
            incidents.data
              ? count >= INCIDENT_LIST_LIMIT
                ? `The first ${formatCount(count)} incidents: narrow the filters to see the others.`
                : `${formatCount(count)} ${count === 1 ? 'incident' : 'incidents'}. Most severe first; a row opens the incident.`
              : 'Loading…'
          }
          actions={
            incidents.isRefetchError ? (
              <span className="live-note live-note--error" role="status">
                <span className="live-note__dot" aria-hidden="true" />
                Not updating. Retrying…
              </span>
            ) : (
              <span
                className="live-note"
                title={`Refreshed every ${INCIDENT_REFRESH_MS / 1000} s; clocks count down live`}
              >
                <span className="live-note__dot" aria-hidden="true" />
                Live
              </span>
            )
          }
        >
          {incidents.isPending ? (
            <TableSkeleton rows={6} label="Loading incidents" />
          ) : incidents.isError && !incidents.data ? (
            <ErrorState error={incidents.error} onRetry={() => void incidents.refetch()} />
          ) : count === 0 ? (
            filtered ? (
              <EmptyState
                icon={<SearchIcon size="lg" />}
                title="No incident matches these filters"
                description="Try another severity or status, fewer words, or an INC- reference."
                actions={
                  <Button variant="primary" onClick={clear}>
                    Clear filters
                  </Button>
                }
              />
            ) : (
              <EmptyState
                icon={<IncidentIcon size="lg" />}
                title={filter.openOnly ? 'No open incidents' : 'No incidents yet'}
                description={
                  filter.openOnly
                    ? 'Nothing is being worked on right now. Incidents come from promoted alerts, alert rules, or are opened here.'
                    : 'Incidents come from promoted alerts, alert rules, or are opened here.'
                }
                items={[
                  {
                    icon: <TargetIcon />,
                    title: 'Severity and state',
                    description: 'SEV1 to SEV4, from detected to closed, each step timestamped.',
                  },
                  {
                    icon: <DeadlineIcon />,
                    title: 'Next deadline',
                    description: 'The notification clock that runs out first, counting down.',
                  },
                  {
                    icon: <LayersIcon />,
                    title: 'Timeline',
                    description: 'Every change, note, alert and notice, with who and when.',
                  },
                ]}
                actions={
                  <>
                    {filter.openOnly ? (
                      <Button onClick={() => update({ openOnly: false })}>
                        Show closed incidents too
                      </Button>
                    ) : null}
                    {openButton}
                  </>
                }
              />
            )
          ) : (
            <div className={incidents.isPlaceholderData ? 'is-updating' : undefined}>
              <IncidentTable incidents={incidents.data ?? []} />
            </div>
          )}
        </Card>
      </div>
      {opening ? (
        <OpenIncidentDialog
          onClose={() => setOpening(false)}
          onOpened={(incident) => {
            setOpening(false);
            void navigate(incidentPath(incident.id));
          }}
        />
      ) : null}
    </>
  );
};
