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
import { metricNeeds, plural, samplesText } from './overview-format';

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
  /** "response times", for "Loading the response times". */
  what: string;
  children: (data: DashboardSummary) => ReactNode;
}

/** A card over the period's summary: one loading, error and refreshing design for all of them. */
const PeriodCard = ({ title, description, actions, summary, what, children }: PeriodCardProps) => (
  <Card title={title} description={description} actions={actions} className="overview-card">
    {summary.isPending ? (
      <ChartSkeleton label={`Loading the ${what}`} />
    ) : summary.isError && !summary.data ? (
      <ErrorState
        title={`The ${what} could not be loaded`}
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
}) => (
  <figure className="chart overview-figure" aria-label={label}>
    <Suspense fallback={<ChartSkeleton label="Loading the chart" />}>{children}</Suspense>
    {caption ? <figcaption className="chart__caption">{caption}</figcaption> : null}
    {table ? <div className="visually-hidden">{table}</div> : null}
  </figure>
);

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
export const ResponseTimesCard = ({ summary, rangeText }: PeriodProps) => (
  <PeriodCard
    title="Response times"
    description={`Means over the incidents detected in ${rangeText}, false positives left out.`}
    summary={summary}
    what="response times"
  >
    {(data) => {
      const bars = responseMetricBars(data.responseMetrics);
      const measured = hasMetricSamples(data.responseMetrics);
      return (
        <div className="stack stack--tight">
          {measured ? (
            <ChartFigure label={`Response times in hours: ${responseMetricsSummary(bars)}`}>
              <ResponseMetricsChart bars={bars} />
            </ChartFigure>
          ) : (
            <CardEmpty icon={<TargetIcon size="lg" />} title="No response time to show yet">
              No incident detected in {rangeText} has been acknowledged yet: {metricNeeds('MTTA')},
              MTTC a contained one and MTTR a recovered or closed one.
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

/** How long notices took to go out, per rule: from the clock's start to the notice sent. */
export const TimeToNotifyCard = ({ summary, rangeText }: PeriodProps) => (
  <PeriodCard
    title="Time to notify"
    description={`From the start of each clock to the notice recorded as sent, for notices sent in ${rangeText}.`}
    summary={summary}
    what="times to notify"
  >
    {(data) => {
      const bars = timeToNotifyBars(data.timeToNotify);
      if (bars.length === 0) {
        return (
          <CardEmpty icon={<MailIcon size="lg" />} title="No notice sent in this period">
            No notice was recorded as sent in {rangeText}. Each one sent adds its time here, by
            rule: the median and the slowest.
          </CardEmpty>
        );
      }
      return (
        <ChartFigure
          label={`Time to notify per rule, in hours: ${timeToNotifySummary(bars)}`}
          caption="Bars in hours; the median and the slowest notice of each rule."
          table={
            <table>
              <caption>Time to notify per rule in {rangeText}</caption>
              <thead>
                <tr>
                  <th scope="col">Rule</th>
                  <th scope="col">Median</th>
                  <th scope="col">Slowest</th>
                  <th scope="col">Notices sent</th>
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

export const AlertSourcesCard = ({ summary, rangeText }: PeriodProps) => (
  <PeriodCard
    title="Alerts by source"
    description={
      summary.data
        ? `${plural(
            summary.data.alertsBySource.reduce((sum, s) => sum + s.count, 0),
            'alert',
          )} opened in ${rangeText}.`
        : `Alerts opened in ${rangeText}.`
    }
    actions={
      <ButtonLink to="/alerts" size="sm">
        Alert queue
      </ButtonLink>
    }
    summary={summary}
    what="alerts by source"
  >
    {(data) => {
      const bars = alertSourceBars(data.alertsBySource);
      if (bars.length === 0) {
        return (
          <CardEmpty icon={<AlertIcon size="lg" />} title="No alert in this period">
            No alert was opened in {rangeText}. CloudWatch alarms, detections and webhooks are
            counted here as they fire.
          </CardEmpty>
        );
      }
      return (
        <ChartFigure
          label={`Alerts by source: ${alertSourcesSummary(bars)}`}
          table={
            <table>
              <caption>Alerts opened in {rangeText}, by source</caption>
              <thead>
                <tr>
                  <th scope="col">Source</th>
                  <th scope="col">Alerts</th>
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

export const AuditVolumeCard = ({
  summary,
  rangeText,
  linkToAudit,
}: PeriodProps & { linkToAudit: boolean }) => {
  const series = summary.data
    ? auditVolumeSeries(summary.data.auditVolumePerDay, summary.data.from, summary.data.to)
    : undefined;
  const unit = series?.unit ?? 'day';
  return (
    <PeriodCard
      title={unit === 'month' ? 'Audit events per month' : 'Audit events per day'}
      description={
        series
          ? `${plural(series.total, 'event')} recorded in ${rangeText}, by UTC ${unit}.`
          : `Events recorded in ${rangeText}.`
      }
      actions={
        linkToAudit ? (
          <ButtonLink to="/audit" size="sm" icon={<AuditIcon />}>
            Audit log
          </ButtonLink>
        ) : undefined
      }
      summary={summary}
      what="audit volume"
    >
      {() => {
        if (!series || series.total === 0) {
          return (
            <CardEmpty icon={<AuditIcon size="lg" />} title="No audit event in this period">
              No event was recorded in {rangeText}. If your applications should be sending them,
              check their ingest keys: a silent source is worth a look.
            </CardEmpty>
          );
        }
        return (
          <ChartFigure
            label={`Audit events per ${unit}: ${auditVolumeSummary(series)}`}
            caption={`${auditVolumeSummary(series)} ${
              unit === 'month' ? 'Months' : 'Days'
            } are UTC; the first and last may be partial.`}
            table={
              <table>
                <caption>
                  Audit events per UTC {unit} in {rangeText}
                </caption>
                <thead>
                  <tr>
                    <th scope="col">{unit === 'month' ? 'Month' : 'Day'}</th>
                    <th scope="col">Events</th>
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
