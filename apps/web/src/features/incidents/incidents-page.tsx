import type { Incident } from '@vigil/contracts';
import {
  useCallback,
  useEffect,
  useEffectEvent,
  useId,
  useMemo,
  useState,
  type MouseEvent,
  type ReactNode,
} from 'react';
import { Link, useNavigate } from 'react-router';
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
import { VirtualTable, type VirtualColumn } from '../../components/ui/virtual-table';
import { useMessages } from '../../i18n';
import { formatCount, formatDateTime, localTimeZone } from '../../lib/format';
import { describeProblem } from '../../lib/problem-text';
import { useUrlFilter } from '../../lib/use-url-filter';
import { SeverityBadge } from '../alerts/alert-badges';
import { useCurrentUser } from '../auth/queries';
import { formatDuration } from '../deadlines/board';
import { localizeObligation } from '../deadlines/obligation-wording';
import { Countdown } from '../deadlines/clock-parts';
import { useSecondClock } from '../deadlines/use-second-clock';
import { useOrganizationNames, useOrganizations } from '../organizations/queries';
import { IncidentStatusBadge } from './incident-badges';
import {
  activeIncidentFilters,
  INCIDENT_FILTER_CODEC,
  toIncidentQuery,
  type IncidentFilter,
} from './incident-filter';
import { isOpenStatus, LIFECYCLE, SEVERITIES, statusLabel } from './incident-lifecycle';
import type { ListRow } from './incident-list';
import { leadLabel } from './incident-people';
import { messages } from './incidents-page.messages';
import { OpenIncidentDialog } from './open-incident-dialog';
import { incidentPath } from './paths';
import { INCIDENT_REFRESH_MS, useIncidentPages, useLeadCandidates } from './queries';
import { useHeldIncidents } from './use-held-incidents';
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
  const t = useMessages(messages).filters;
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
      label={t.search}
      type="search"
      value={draft}
      placeholder={t.searchPlaceholder}
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
  const t = useMessages(messages).filters;
  return (
    <section className="filter-bar" aria-label={t.label}>
      <div className="filter-bar__row">
        <Switch
          label={t.openOnly}
          showLabel
          checked={filter.openOnly && !filter.status}
          disabled={!!filter.status}
          title={filter.status ? t.statusDecides : undefined}
          onChange={(e) => onChange({ openOnly: e.target.checked })}
        />
        <div className="segmented" role="radiogroup" aria-label={t.severity}>
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
                {severity ?? t.anySeverity}
              </label>
            </div>
          ))}
        </div>
        <p className="filter-bar__zone">{t.timesIn(localTimeZone())}</p>
        <div className="filter-bar__actions">
          {active > 0 ? (
            <Button variant="ghost" size="sm" onClick={onClear}>
              {t.clear(active)}
            </Button>
          ) : null}
        </div>
      </div>
      <div className="filter-bar__grid">
        <SearchField value={filter.q} onCommit={(q) => onChange({ q })} />
        <SelectField
          label={t.status}
          value={filter.status ?? ''}
          onChange={(e) =>
            onChange({
              status: [...LIFECYCLE, 'false_positive' as const].find((s) => s === e.target.value),
            })
          }
        >
          <option value="">{filter.openOnly ? t.anyOpenStatus : t.anyStatus}</option>
          {[...LIFECYCLE, 'false_positive' as const].map((s) => (
            <option key={s} value={s}>
              {statusLabel(s)}
            </option>
          ))}
        </SelectField>
        <SelectField
          label={t.organization}
          value={filter.organizationId ?? ''}
          onChange={(e) => onChange({ organizationId: e.target.value || undefined })}
        >
          <option value="">{t.anyOrganization}</option>
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
  const t = useMessages(messages).deadline;
  if (!deadline) return <span className="muted">{t.none}</span>;
  const legal = deadline.kind === 'legal';
  const { title } = localizeObligation(deadline);
  return (
    <span className="next-deadline">
      <span className="next-deadline__title">
        <Badge tone={legal ? 'warning' : 'info'} title={legal ? t.legalHint : t.targetHint}>
          {legal ? t.legal : t.target}
        </Badge>
        <span className="truncate" title={title}>
          {title}
        </span>
      </span>
      <Countdown deadline={deadline.at} />
      <time className="next-deadline__at" dateTime={deadline.at}>
        {formatDateTime(deadline.at)}
      </time>
    </span>
  );
};

/** Time since detection, from the page's one shared second clock (not a timer per row). */
const RunningAge = ({ since }: { since: string }) => {
  const now = useSecondClock();
  return <>{formatDuration(Math.max(0, now - Date.parse(since)))}</>;
};

const Age = ({ incident }: { incident: Incident }) => {
  const t = useMessages(messages).table;
  const detected = t.detected(formatDateTime(incident.detectedAt));
  if (!isOpenStatus(incident.status) && incident.closedAt) {
    return (
      <span className="cell-stack" title={detected}>
        <span>
          {formatDuration(Date.parse(incident.closedAt) - Date.parse(incident.detectedAt))}
        </span>
        <span className="cell-stack__sub">{t.untilClosed}</span>
      </span>
    );
  }
  return (
    <span className="cell-stack" title={detected}>
      <span>
        <RunningAge since={incident.detectedAt} />
      </span>
      <span className="cell-stack__sub">{t.sinceDetection}</span>
    </span>
  );
};

interface IncidentTableProps {
  rows: readonly ListRow[];
  onEndReached: () => void;
  footer: ReactNode;
}

/** The list as a windowed grid: only the rows in view are in the DOM, so 10,000 scroll freely. */
const IncidentTable = ({ rows, onEndReached, footer }: IncidentTableProps) => {
  const navigate = useNavigate();
  const me = useCurrentUser();
  const organizationNames = useOrganizationNames();
  const users = useLeadCandidates(me.role === 'admin');
  const t = useMessages(messages).table;
  // A click that ends a text selection is not a request to open the incident.
  const open = ({ incident }: ListRow) => {
    if (window.getSelection()?.toString()) return;
    void navigate(incidentPath(incident.id));
  };
  // The title is also a real link (new tab, copy address); the row is the one tab stop.
  const keepToLink = (event: MouseEvent<HTMLAnchorElement>) => event.stopPropagation();
  const columns: VirtualColumn<ListRow>[] = [
    {
      id: 'reference',
      header: t.reference,
      width: '84px',
      render: ({ incident }) => (
        <span className="mono incident-row__ref">{incident.reference}</span>
      ),
    },
    {
      id: 'incident',
      header: t.incident,
      width: 'minmax(220px, 2fr)',
      render: ({ incident, gone }) => {
        const orgs = incident.organizationIds.map((id) => organizationNames.get(id) ?? id);
        const sub = [incident.category, orgs.join(', ')].filter(Boolean).join(' · ');
        return (
          <span className={`cell-stack${gone ? ' incident-row--gone' : ''}`}>
            <Link
              to={incidentPath(incident.id)}
              className="incident-row__title truncate"
              title={incident.title}
              tabIndex={-1}
              onClick={keepToLink}
            >
              {incident.title}
            </Link>
            {gone ? (
              <span className="cell-stack__sub incident-row__gone">{t.gone}</span>
            ) : sub ? (
              <span className="cell-stack__sub truncate" title={sub}>
                {sub}
              </span>
            ) : null}
          </span>
        );
      },
    },
    {
      id: 'severity',
      header: t.severity,
      width: '88px',
      render: ({ incident }) => <SeverityBadge severity={incident.severity} />,
    },
    {
      id: 'status',
      header: t.status,
      width: '136px',
      render: ({ incident }) => <IncidentStatusBadge status={incident.status} />,
    },
    {
      id: 'age',
      header: t.age,
      width: '150px',
      render: ({ incident }) => (
        <span className="incident-row__age">
          <Age incident={incident} />
        </span>
      ),
    },
    {
      id: 'lead',
      header: t.lead,
      width: 'minmax(120px, 1fr)',
      render: ({ incident }) => {
        const lead = leadLabel(incident.leadId, me, users.data, incident.lead);
        return (
          <span className={`truncate${incident.leadId ? '' : ' muted'}`} title={lead.title}>
            {lead.text}
          </span>
        );
      },
    },
    {
      id: 'deadline',
      header: t.nextDeadline,
      width: '264px',
      render: ({ incident }) => <NextDeadline deadline={incident.nextDeadline} />,
    },
  ];
  return (
    <VirtualTable
      label={t.caption}
      columns={columns}
      rows={rows}
      rowKey={(row) => row.incident.id}
      rowHeight={72}
      minWidth={1064}
      onActivate={open}
      onEndReached={onEndReached}
      footer={footer}
    />
  );
};

/** The incident list: the open ones first, with their next notification deadline running. */
export const IncidentsPage = () => {
  const me = useCurrentUser();
  const navigate = useNavigate();
  const { filter, update, replace } = useUrlFilter(INCIDENT_FILTER_CODEC);
  const query = useMemo(() => toIncidentQuery(filter), [filter]);
  const listKey = JSON.stringify(query);
  const incidents = useIncidentPages(query);
  const live = useMemo(() => incidents.data ?? [], [incidents.data]);
  const held = useHeldIncidents(live, listKey, !!incidents.data && !incidents.isPlaceholderData);
  const [opening, setOpening] = useState(false);
  const canOpen = canOpenIncidents(me.role);
  const t = useMessages(messages);

  const clear = () => replace({ openOnly: filter.openOnly });
  const filtered = activeIncidentFilters(filter) > 0;
  const count = live.length;

  const { hasNextPage, isFetchingNextPage, fetchNextPage, isFetchNextPageError } = incidents;
  const loadMore = useCallback(() => {
    if (hasNextPage && !isFetchingNextPage && !isFetchNextPageError) void fetchNextPage();
  }, [hasNextPage, isFetchingNextPage, isFetchNextPageError, fetchNextPage]);

  const footer = isFetchingNextPage ? (
    <span role="status">{t.footer.loadingMore}</span>
  ) : isFetchNextPageError ? (
    <span className="vtable__footer-error" role="alert">
      {describeProblem(incidents.error).title}.{' '}
      <Button variant="link" onClick={() => void fetchNextPage()}>
        {t.footer.tryAgain}
      </Button>
    </span>
  ) : hasNextPage ? (
    <span>{t.footer.scrollForMore}</span>
  ) : (
    <span>{t.footer.end(count, formatCount(count))}</span>
  );

  const openButton = canOpen ? (
    <Button variant="primary" icon={<PlusIcon />} onClick={() => setOpening(true)}>
      {t.openIncident}
    </Button>
  ) : null;
  const description = !incidents.data
    ? t.list.loading
    : hasNextPage
      ? t.list.loaded(count, formatCount(count))
      : t.list.count(count, formatCount(count));

  const liveNote = held.isHeld ? (
    <span className="live-note live-note--paused" title={t.list.heldTitle}>
      <span className="live-note__dot" aria-hidden="true" />
      {t.list.held}
    </span>
  ) : incidents.isRefetchError ? (
    <span className="live-note live-note--error" role="status">
      <span className="live-note__dot" aria-hidden="true" />
      {t.list.notUpdating}
    </span>
  ) : (
    <span className="live-note" title={t.list.liveHint(INCIDENT_REFRESH_MS / 1000)}>
      <span className="live-note__dot" aria-hidden="true" />
      {t.list.live}
    </span>
  );

  return (
    <>
      <PageHeader title={t.title} description={t.description} actions={openButton} />
      <div className="stack">
        <FilterBar filter={filter} onChange={update} onClear={clear} />
        <Card
          flush
          title={filter.openOnly && !filter.status ? t.list.openTitle : t.list.title}
          description={description}
          actions={liveNote}
        >
          {incidents.isPending ? (
            <TableSkeleton rows={6} label={t.list.loadingTable} />
          ) : incidents.isError && !incidents.data ? (
            <ErrorState error={incidents.error} onRetry={() => void incidents.refetch()} />
          ) : held.rows.length === 0 && held.newCount === 0 ? (
            filtered ? (
              <EmptyState
                icon={<SearchIcon size="lg" />}
                title={t.empty.filteredTitle}
                description={t.empty.filteredDescription}
                actions={
                  <Button variant="primary" onClick={clear}>
                    {t.empty.clearFilters}
                  </Button>
                }
              />
            ) : (
              <EmptyState
                icon={<IncidentIcon size="lg" />}
                title={filter.openOnly ? t.empty.noOpenTitle : t.empty.noneTitle}
                description={filter.openOnly ? t.empty.noOpenDescription : t.empty.noneDescription}
                items={[
                  {
                    icon: <TargetIcon />,
                    title: t.empty.severityTitle,
                    description: t.empty.severityDescription,
                  },
                  {
                    icon: <DeadlineIcon />,
                    title: t.empty.deadlineTitle,
                    description: t.empty.deadlineDescription,
                  },
                  {
                    icon: <LayersIcon />,
                    title: t.empty.timelineTitle,
                    description: t.empty.timelineDescription,
                  },
                ]}
                actions={
                  <>
                    {filter.openOnly ? (
                      <Button onClick={() => update({ openOnly: false })}>
                        {t.empty.showClosed}
                      </Button>
                    ) : null}
                    {openButton}
                  </>
                }
              />
            )
          ) : (
            <div
              className={`incident-list${incidents.isPlaceholderData ? ' is-updating' : ''}`}
              {...held.containerProps}
            >
              {/* Floats over the rows: a bar pushed in above them would move them itself. */}
              <div className="incident-list__pill" role="status">
                {held.stale ? (
                  <Button variant="primary" size="sm" title={t.hold.hint} onClick={held.apply}>
                    {held.newCount > 0
                      ? t.hold.newIncidents(held.newCount, formatCount(held.newCount))
                      : t.hold.update}
                  </Button>
                ) : null}
              </div>
              {/* Other filters, another list: it starts at its top. */}
              <IncidentTable
                key={listKey}
                rows={held.rows}
                onEndReached={loadMore}
                footer={footer}
              />
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
