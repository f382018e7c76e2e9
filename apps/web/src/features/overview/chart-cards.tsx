import type { UseQueryResult } from '@tanstack/react-query';
import type { DashboardSummary } from '@vigil/contracts';
import { lazy, Suspense, type ReactNode } from 'react';
import {
  AlertIcon,
  AuditIcon,
  ButtonLink,
  Card,
  EmptyState,
  ErrorState,
  MailIcon,
  TargetIcon,
} from '../../components/ui';
import { useMessages } from '../../i18n';
import { formatCount } from '../../lib/format';
import {
  alertSourceBars,
  alertSourcesSummary,
  auditVolumeSeries,
  auditVolumeSummary,
  hasMetricSamples,
  responseMetricBars,
  responseMetricsSummary,
  timeToNotifyBars,
  timeToNotifySummary,
  volumeKeyLabel,
} from './chart-data';
import { ChartSkeleton, StaleNote } from './card-states';
import { chartMessages } from './charts.messages';
import { metricNeeds, samplesText } from './overview-format';

// recharts arrives in its own chunk after the cards' text: the figures never wait for it.
const charts = () => import('./overview-charts');
const ResponseMetricsChart = lazy(() =>
  charts().then((m) => ({ default: m.ResponseMetricsChart })),
);
const TimeToNotifyChart = lazy(() => charts().then((m) => ({ default: m.TimeToNotifyChart })));
const AlertSourcesChart = lazy(() => charts().then((m) => ({ default: m.AlertSourcesChart })));
const AuditVolumeChart = lazy(() => charts().then((m) => ({ default: m.AuditVolumeChart })));

type Summary = UseQueryResult<DashboardSummary>;

interface PeriodCardProps {
  title: string;
  description: ReactNode;
  actions?: ReactNode;
  summary: Summary;
  /** "Loading the response times", and "The response times could not be loaded". */
  words: { loading: string; failed: string };
  children: (data: DashboardSummary) => ReactNode;
}

/** A card over the period's summary: one loading, error and refreshing design for all of them. */
const PeriodCard = ({ title, description, actions, summary, words, children }: PeriodCardProps) => (
  <Card title={title} description={description} actions={actions} className="overview-card">
    {summary.isPending ? (
      <ChartSkeleton label={words.loading} />
    ) : summary.isError && !summary.data ? (
      <ErrorState
        title={words.failed}
        error={summary.error}
        onRetry={() => void summary.refetch()}
      />
    ) : (
      <div
        className={summary.isPlaceholderData ? 'is-updating' : undefined}
        aria-busy={summary.isPlaceholderData || undefined}
      >
        {summary.isRefetchError ? <StaleNote error={summary.error} /> : null}
        {children(summary.data)}
      </div>
    )}
  </Card>
);

/** A chart drawn for the eye, its figures said in its label and a table for screen readers. */
const ChartFigure = ({
  label,
  caption,
  table,
  children,
}: {
  label: string;
  caption?: ReactNode;
  table?: ReactNode;
  children: ReactNode;
}) => {
  const t = useMessages(chartMessages);
  return (
    <figure className="chart overview-figure" aria-label={label}>
      <Suspense fallback={<ChartSkeleton label={t.loadingChart} />}>{children}</Suspense>
      {caption ? <figcaption className="chart__caption">{caption}</figcaption> : null}
      {table ? <div className="visually-hidden">{table}</div> : null}
    </figure>
  );
};

const CardEmpty = ({
  icon,
  title,
  children,
}: {
  icon: ReactNode;
  title: string;
  children: ReactNode;
}) => (
  <div className="overview-empty">
    <EmptyState icon={icon} title={title} description={children} />
  </div>
);

export interface PeriodProps {
  summary: Summary;
  /** "the last 30 days". */
  rangeText: string;
}

/** MTTA, MTTC and both MTTRs, each named and defined: "MTTR" alone is ambiguous. */
export const ResponseTimesCard = ({ summary, rangeText }: PeriodProps) => {
  const t = useMessages(chartMessages).responseTimes;
  return (
    <PeriodCard title={t.title} description={t.description(rangeText)} summary={summary} words={t}>
      {(data) => {
        const bars = responseMetricBars(data.responseMetrics);
        const measured = hasMetricSamples(data.responseMetrics);
        return (
          <div className="stack stack--tight">
            {measured ? (
              <ChartFigure label={t.chart(responseMetricsSummary(bars))}>
                <ResponseMetricsChart bars={bars} />
              </ChartFigure>
            ) : (
              <CardEmpty icon={<TargetIcon size="lg" />} title={t.emptyTitle}>
                {t.empty(rangeText)}
              </CardEmpty>
            )}
            <dl className="metric-list">
              {bars.map((bar) => (
                <div className="metric-list__item" key={bar.key} data-metric={bar.key}>
                  <dt className="metric-list__name">
                    {bar.label} <span className="metric-list__key">{bar.short}</span>
                  </dt>
                  <dd className="metric-list__value">
                    <strong>{bar.text}</strong>{' '}
                    <span className="metric-list__samples">
                      {bar.hours === null ? metricNeeds(bar.key) : samplesText(bar.samples)}
                    </span>
                  </dd>
                  <dd className="metric-list__definition">{bar.definition}</dd>
                </div>
              ))}
            </dl>
          </div>
        );
      }}
    </PeriodCard>
  );
};

/** How long notices took to go out, per rule: from the clock's start to the notice sent. */
export const TimeToNotifyCard = ({ summary, rangeText }: PeriodProps) => {
  const t = useMessages(chartMessages).timeToNotify;
  return (
    <PeriodCard title={t.title} description={t.description(rangeText)} summary={summary} words={t}>
      {(data) => {
        const bars = timeToNotifyBars(data.timeToNotify);
        if (bars.length === 0) {
          return (
            <CardEmpty icon={<MailIcon size="lg" />} title={t.emptyTitle}>
              {t.empty(rangeText)}
            </CardEmpty>
          );
        }
        return (
          <ChartFigure
            label={t.chart(timeToNotifySummary(bars))}
            caption={t.caption}
            table={
              <table>
                <caption>{t.tableCaption(rangeText)}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t.rule}</th>
                    <th scope="col">{t.median}</th>
                    <th scope="col">{t.slowest}</th>
                    <th scope="col">{t.noticesSent}</th>
                  </tr>
                </thead>
                <tbody>
                  {bars.map((b) => (
                    <tr key={b.rule}>
                      <th scope="row">
                        {b.rule}: {b.title}
                      </th>
                      <td>{b.medianText}</td>
                      <td>{b.maxText}</td>
                      <td>{formatCount(b.samples)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            }
          >
            <TimeToNotifyChart bars={bars} />
          </ChartFigure>
        );
      }}
    </PeriodCard>
  );
};

export const AlertSourcesCard = ({ summary, rangeText }: PeriodProps) => {
  const t = useMessages(chartMessages).alertSources;
  return (
    <PeriodCard
      title={t.title}
      description={
        summary.data
          ? t.description(
              summary.data.alertsBySource.reduce((sum, s) => sum + s.count, 0),
              rangeText,
            )
          : t.descriptionLoading(rangeText)
      }
      actions={
        <ButtonLink to="/alerts" size="sm">
          {t.queue}
        </ButtonLink>
      }
      summary={summary}
      words={t}
    >
      {(data) => {
        const bars = alertSourceBars(data.alertsBySource);
        if (bars.length === 0) {
          return (
            <CardEmpty icon={<AlertIcon size="lg" />} title={t.emptyTitle}>
              {t.empty(rangeText)}
            </CardEmpty>
          );
        }
        return (
          <ChartFigure
            label={t.chart(alertSourcesSummary(bars))}
            table={
              <table>
                <caption>{t.tableCaption(rangeText)}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t.source}</th>
                    <th scope="col">{t.alerts}</th>
                  </tr>
                </thead>
                <tbody>
                  {bars.map((b) => (
                    <tr key={b.source}>
                      <th scope="row">{b.label}</th>
                      <td>{formatCount(b.count)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            }
          >
            <AlertSourcesChart bars={bars} />
          </ChartFigure>
        );
      }}
    </PeriodCard>
  );
};

export const AuditVolumeCard = ({
  summary,
  rangeText,
  linkToAudit,
}: PeriodProps & { linkToAudit: boolean }) => {
  const t = useMessages(chartMessages).auditVolume;
  const series = summary.data
    ? auditVolumeSeries(summary.data.auditVolumePerDay, summary.data.from, summary.data.to)
    : undefined;
  const unit = series?.unit ?? 'day';
  return (
    <PeriodCard
      title={t.title[unit]}
      description={
        series ? t.description(series.total, rangeText, unit) : t.descriptionLoading(rangeText)
      }
      actions={
        linkToAudit ? (
          <ButtonLink to="/audit" size="sm" icon={<AuditIcon />}>
            {t.auditLog}
          </ButtonLink>
        ) : undefined
      }
      summary={summary}
      words={t}
    >
      {() => {
        if (!series || series.total === 0) {
          return (
            <CardEmpty icon={<AuditIcon size="lg" />} title={t.emptyTitle}>
              {t.empty(rangeText)}
            </CardEmpty>
          );
        }
        const summaryText = auditVolumeSummary(series);
        return (
          <ChartFigure
            label={t.chart(unit, summaryText)}
            caption={t.caption(summaryText, unit)}
            table={
              <table>
                <caption>{t.tableCaption(unit, rangeText)}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t.unitHeader[unit]}</th>
                    <th scope="col">{t.events}</th>
                  </tr>
                </thead>
                <tbody>
                  {series.points.map((p) => (
                    <tr key={p.key} data-key={p.key}>
                      <th scope="row">{volumeKeyLabel(p.key)}</th>
                      <td>{formatCount(p.count)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            }
          >
            <AuditVolumeChart series={series} />
          </ChartFigure>
        );
      }}
    </PeriodCard>
  );
};
