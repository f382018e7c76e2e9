import type { AuditEvent } from '@vigil/contracts';
import { lazy, Suspense, useCallback, useMemo, useState } from 'react';
import { useSearchParams } from 'react-router';
import { canSignCheckpoints } from '../../app/access';
import {
  AuditIcon,
  Button,
  Card,
  EmptyState,
  ErrorState,
  PageHeader,
  Skeleton,
  TableSkeleton,
} from '../../components/ui';
import { formatCount } from '../../lib/format';
import { describeProblem } from '../../lib/problem-text';
import { useCurrentUser } from '../auth/queries';
import { useOrganizationNames } from '../organizations/queries';
import { AuditEventDrawer } from './audit-event-drawer';
import { AuditExportButtons, AuditExportStatus } from './audit-export';
import {
  activeFilterCount,
  filterToParams,
  parseFilter,
  RANGE_PRESETS,
  toQuery,
  utcDays,
  type AuditFilter,
} from './audit-filter';
import { AuditFilterBar } from './audit-filter-bar';
import { AuditTable, eventKey } from './audit-table';
import { AuditVerifyPanel } from './audit-verify';
import { useAuditEvents, useAuditExport, useAuditPerDay } from './queries';

// recharts is large: only this card needs it, so it downloads after the page is up.
const AuditPerDayChart = lazy(() =>
  import('./audit-per-day-chart').then((m) => ({ default: m.AuditPerDayChart })),
);

const RANGE_WORDS: Record<string, string> = {
  '24h': 'the last 24 hours',
  '7d': 'the last 7 days',
  '30d': 'the last 30 days',
  '12mo': 'the last 12 months',
};

const dayFormat = new Intl.DateTimeFormat(undefined, {
  year: 'numeric',
  month: 'short',
  day: 'numeric',
});

const rangeLabel = (filter: AuditFilter): string => {
  if (filter.range !== 'custom') return RANGE_WORDS[filter.range] ?? 'the selected range';
  const day = (d: string | undefined) =>
    d ? dayFormat.format(new Date(`${d}T12:00:00`)) : undefined;
  const from = day(filter.fromDay);
  const to = day(filter.toDay);
  if (from && to) return `${from} to ${to}`;
  if (from) return `the days since ${from}`;
  if (to) return `the days up to ${to}`;
  return 'all retained days';
};

interface ChartCardProps {
  days: string[];
  perDay: ReturnType<typeof useAuditPerDay>;
  label: string;
}

const ChartCard = ({ days, perDay, label }: ChartCardProps) => {
  const counts = new Map((perDay.data ?? []).map((d) => [d.day, d.count]));
  const total = (perDay.data ?? []).reduce((sum, d) => sum + d.count, 0);
  return (
    <Card
      title="Events per day"
      description={
        perDay.data ? `${formatCount(total)} events in ${label}, same filters` : `In ${label}`
      }
    >
      {perDay.isPending ? (
        <div className="chart-skeleton" role="status" aria-busy="true">
          <span className="visually-hidden">Loading the chart…</span>
          <Skeleton variant="block" />
        </div>
      ) : perDay.isError ? (
        <ErrorState
          error={perDay.error}
          title="The chart could not be loaded"
          onRetry={() => void perDay.refetch()}
        />
      ) : total === 0 ? (
        <p className="chart-empty">No events in {label} for these filters.</p>
      ) : (
        <Suspense
          fallback={
            <div className="chart-skeleton" role="status" aria-busy="true">
              <span className="visually-hidden">Loading the chart…</span>
              <Skeleton variant="block" />
            </div>
          }
        >
          <AuditPerDayChart days={days.map((day) => ({ day, count: counts.get(day) ?? 0 }))} />
        </Suspense>
      )}
    </Card>
  );
};

/** The auditor's view: search, chart, export and verify the append-only audit log. */
export const AuditPage = () => {
  const user = useCurrentUser();
  const [params, setParams] = useSearchParams();
  const filter = useMemo(() => parseFilter(params), [params]);
  // Presets count back from this moment, so the query (and its cache key) holds still until
  // someone presses Refresh.
  const [anchor, setAnchor] = useState(() => Date.now());
  const query = useMemo(() => toQuery(filter, anchor), [filter, anchor]);
  const label = rangeLabel(filter);
  const events = useAuditEvents(query);
  const perDay = useAuditPerDay(query);
  const organizationNames = useOrganizationNames();
  const exporter = useAuditExport();
  const [opened, setOpened] = useState<AuditEvent | null>(null);

  const update = (patch: Partial<AuditFilter>) =>
    setParams(filterToParams({ ...filter, ...patch }), { replace: true });
  const clear = () =>
    setParams(
      filterToParams({ range: filter.range, fromDay: filter.fromDay, toDay: filter.toDay }),
      { replace: true },
    );

  const { hasNextPage, isFetchingNextPage, fetchNextPage, isFetchNextPageError } = events;
  const loadMore = useCallback(() => {
    if (hasNextPage && !isFetchingNextPage && !isFetchNextPageError) void fetchNextPage();
  }, [hasNextPage, isFetchingNextPage, isFetchNextPageError, fetchNextPage]);

  const end = query.to
    ? new Date(Date.parse(query.to) - 1).toISOString()
    : new Date(anchor).toISOString();
  const firstDay = query.from ?? perDay.data?.[0]?.day ?? end;
  const days = utcDays(firstDay, end);
  const total = perDay.data?.reduce((sum, d) => sum + d.count, 0);
  const loaded = events.data?.length ?? 0;
  const filtered = activeFilterCount(filter) > 0;

  const footer = isFetchingNextPage ? (
    <span role="status">Loading more events…</span>
  ) : isFetchNextPageError ? (
    <span className="vtable__footer-error" role="alert">
      {describeProblem(events.error).title}.{' '}
      <Button variant="link" onClick={() => void fetchNextPage()}>
        Try again
      </Button>
    </span>
  ) : hasNextPage ? (
    <span>Scroll for more</span>
  ) : (
    <span>
      End of results · {formatCount(loaded)} {loaded === 1 ? 'event' : 'events'}
    </span>
  );

  return (
    <>
      <PageHeader
        title="Audit log"
        description="Access and administrative activity from your applications, CloudTrail and Vigil itself: append-only, hash-chained, kept 12 months."
        actions={
          <AuditExportButtons state={exporter.state} onExport={(f) => exporter.start(query, f)} />
        }
      />
      <div className="stack">
        <AuditExportStatus
          state={exporter.state}
          onCancel={exporter.cancel}
          onDismiss={exporter.dismiss}
        />
        <AuditFilterBar
          filter={filter}
          anchor={anchor}
          showOrganization={user.role !== 'client_auditor'}
          onChange={update}
          onClear={clear}
          onRefresh={() => setAnchor(Date.now())}
          refreshing={events.isFetching && !isFetchingNextPage}
        />
        <ChartCard days={days} perDay={perDay} label={label} />
        <Card
          flush
          title="Events"
          description={
            events.data
              ? total !== undefined
                ? `${formatCount(loaded)} of ${formatCount(total)} loaded, newest first. Enter or a click opens one.`
                : `${formatCount(loaded)} loaded, newest first.`
              : `In ${label}`
          }
        >
          {events.isPending ? (
            <TableSkeleton rows={8} label="Loading events" />
          ) : events.isError && !events.data ? (
            <ErrorState error={events.error} onRetry={() => void events.refetch()} />
          ) : loaded === 0 ? (
            <EmptyState
              icon={<AuditIcon size="lg" />}
              title={filtered ? 'No events match these filters' : `No events in ${label}`}
              description={
                filtered
                  ? 'Try a longer time range, a prefix such as auth.* for the action, or fewer filters.'
                  : 'Events from your applications, CloudTrail and Vigil itself appear here as they arrive.'
              }
              actions={
                filtered ? (
                  <Button variant="primary" onClick={clear}>
                    Clear filters
                  </Button>
                ) : filter.range !== '12mo' ? (
                  <Button onClick={() => update({ range: '12mo' })}>
                    Show the last {RANGE_PRESETS[3].label}
                  </Button>
                ) : undefined
              }
            />
          ) : (
            <div className={events.isPlaceholderData ? 'is-updating' : undefined}>
              <AuditTable
                events={events.data ?? []}
                organizationNames={organizationNames}
                selectedKey={opened ? eventKey(opened) : undefined}
                onOpen={setOpened}
                onEndReached={loadMore}
                footer={footer}
              />
            </div>
          )}
        </Card>
        <AuditVerifyPanel
          range={{ from: query.from, to: query.to, label }}
          canSign={canSignCheckpoints(user.role)}
        />
      </div>
      <AuditEventDrawer
        event={opened}
        organizationName={
          opened?.organizationId ? organizationNames.get(opened.organizationId) : undefined
        }
        onClose={() => setOpened(null)}
      />
    </>
  );
};
