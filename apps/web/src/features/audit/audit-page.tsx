import type { AuditEvent } from '@vigil/contracts';
import { lazy, Suspense, useCallback, useMemo, useState } from 'react';
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
import { pick, useMessages } from '../../i18n';
import { formatDate } from '../../lib/format';
import { describeProblem } from '../../lib/problem-text';
import { useUrlFilter } from '../../lib/use-url-filter';
import { useCurrentUser } from '../auth/queries';
import { useOrganizationNames } from '../organizations/queries';
import { AuditEventDrawer } from './audit-event-drawer';
import { AuditExportButtons, AuditExportStatus } from './audit-export';
import {
  activeFilterCount,
  AUDIT_FILTER_CODEC,
  toQuery,
  utcDays,
  type AuditFilter,
} from './audit-filter';
import { AuditFilterBar } from './audit-filter-bar';
import { AuditTable, eventKey } from './audit-table';
import { AuditVerifyPanel } from './audit-verify';
import { messages } from './messages';
import { useAuditEvents, useAuditExport, useAuditPerDay } from './queries';

// recharts is large: only this card needs it, so it downloads after the page is up.
const AuditPerDayChart = lazy(() =>
  import('./audit-per-day-chart').then((m) => ({ default: m.AuditPerDayChart })),
);

/** The range in a sentence: "the last 7 days", "Nov 1, 2026 to Nov 5, 2026". */
const rangeLabel = (filter: AuditFilter): string => {
  const words = pick(messages).range;
  if (filter.range !== 'custom') return words.presets[filter.range] ?? words.selected;
  const day = (d: string | undefined) =>
    d
      ? formatDate(`${d}T12:00:00`, { year: 'numeric', month: 'short', day: 'numeric' })
      : undefined;
  const from = day(filter.fromDay);
  const to = day(filter.toDay);
  if (from && to) return words.between(from, to);
  if (from) return words.since(from);
  if (to) return words.upTo(to);
  return words.allRetained;
};

interface ChartCardProps {
  days: string[];
  perDay: ReturnType<typeof useAuditPerDay>;
  label: string;
}

const ChartCard = ({ days, perDay, label }: ChartCardProps) => {
  const t = useMessages(messages).page;
  const counts = new Map((perDay.data ?? []).map((d) => [d.day, d.count]));
  const total = (perDay.data ?? []).reduce((sum, d) => sum + d.count, 0);
  return (
    <Card
      title={t.chart.title}
      description={perDay.data ? t.chart.description(total, label) : t.inRange(label)}
    >
      {perDay.isPending ? (
        <div className="chart-skeleton" role="status" aria-busy="true">
          <span className="visually-hidden">{t.chart.loading}</span>
          <Skeleton variant="block" />
        </div>
      ) : perDay.isError ? (
        <ErrorState
          error={perDay.error}
          title={t.chart.error}
          onRetry={() => void perDay.refetch()}
        />
      ) : total === 0 ? (
        <p className="chart-empty">{t.chart.empty(label)}</p>
      ) : (
        <Suspense
          fallback={
            <div className="chart-skeleton" role="status" aria-busy="true">
              <span className="visually-hidden">{t.chart.loading}</span>
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
  const t = useMessages(messages).page;
  const user = useCurrentUser();
  const { filter, update, replace } = useUrlFilter(AUDIT_FILTER_CODEC);
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

  const clear = () =>
    replace({ range: filter.range, fromDay: filter.fromDay, toDay: filter.toDay });

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
    <span role="status">{t.footer.loadingMore}</span>
  ) : isFetchNextPageError ? (
    <span className="vtable__footer-error" role="alert">
      {describeProblem(events.error).title}.{' '}
      <Button variant="link" onClick={() => void fetchNextPage()}>
        {t.footer.tryAgain}
      </Button>
    </span>
  ) : hasNextPage ? (
    <span>{t.footer.scrollForMore}</span>
  ) : (
    <span>{t.footer.end(loaded)}</span>
  );

  const listDescription = !events.data
    ? t.inRange(label)
    : total !== undefined
      ? t.list.loadedOfTotal(loaded, total)
      : t.list.loaded(loaded);

  return (
    <>
      <PageHeader
        title={t.title}
        description={t.description}
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
        <Card flush title={t.list.title} description={listDescription}>
          {events.isPending ? (
            <TableSkeleton rows={8} label={t.list.loading} />
          ) : events.isError && !events.data ? (
            <ErrorState error={events.error} onRetry={() => void events.refetch()} />
          ) : loaded === 0 ? (
            <EmptyState
              icon={<AuditIcon size="lg" />}
              title={filtered ? t.list.noMatch : t.list.noneIn(label)}
              description={filtered ? t.list.noMatchHint : t.list.noneHint}
              actions={
                filtered ? (
                  <Button variant="primary" onClick={clear}>
                    {t.list.clearFilters}
                  </Button>
                ) : filter.range !== '12mo' ? (
                  <Button onClick={() => update({ range: '12mo' })}>{t.list.showLastYear}</Button>
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
