import {
  Bar,
  BarChart,
  CartesianGrid,
  LabelList,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import { useMessages } from '../../i18n';
import { formatCount } from '../../lib/format';
import {
  volumeKeyLabel,
  volumeTickLabel,
  type MetricBar,
  type NotifyBar,
  type SourceBar,
  type VolumePoint,
  type VolumeSeries,
} from './chart-data';
import { chartMessages } from './charts.messages';
import { hoursTick, samplesText, wholeHourTicks } from './overview-format';

// Loaded lazily: recharts and d3 stay out of the app shell and arrive after the live cards.
// Each chart is drawn for the eye only; its card holds the same figures as text or a table.

interface TooltipProps<T> {
  active?: boolean;
  payload?: readonly { payload?: T }[];
}

/** The height a horizontal bar chart needs for its rows. */
const rowsHeight = (rows: number) => Math.max(140, rows * 44 + 36);

const MetricTooltip = ({ active, payload }: TooltipProps<MetricBar>) => {
  const bar = payload?.[0]?.payload;
  if (!active || !bar) return null;
  return (
    <div className="chart-tooltip chart-tooltip--wide">
      <p className="chart-tooltip__title">
        {bar.label} ({bar.short})
      </p>
      <p>
        <strong>{bar.text}</strong> {samplesText(bar.samples)}
      </p>
      <p className="chart-tooltip__note">{bar.definition}</p>
    </div>
  );
};

/** One horizontal bar per metric, in hours, with its value written at the end of the bar. */
export const ResponseMetricsChart = ({ bars }: { bars: readonly MetricBar[] }) => (
  <div className="overview-chart" aria-hidden="true">
    <ResponsiveContainer width="100%" height={rowsHeight(bars.length)}>
      <BarChart
        data={[...bars]}
        layout="vertical"
        margin={{ top: 4, right: 96, bottom: 4, left: 0 }}
        accessibilityLayer={false}
      >
        <CartesianGrid horizontal={false} />
        <XAxis
          type="number"
          tickFormatter={hoursTick}
          allowDecimals={!wholeHourTicks(bars.map((b) => b.hours))}
          tickLine={false}
          axisLine={false}
        />
        <YAxis type="category" dataKey="short" tickLine={false} axisLine={false} width={112} />
        <Tooltip content={<MetricTooltip />} cursor={{ className: 'chart__cursor' }} />
        <Bar dataKey="hours" className="chart__bar" isAnimationActive={false} radius={[0, 3, 3, 0]}>
          <LabelList dataKey="text" position="right" className="overview-chart__label" />
        </Bar>
      </BarChart>
    </ResponsiveContainer>
  </div>
);

const SourceTooltip = ({ active, payload }: TooltipProps<SourceBar>) => {
  const t = useMessages(chartMessages).alertSources;
  const bar = payload?.[0]?.payload;
  if (!active || !bar) return null;
  return (
    <div className="chart-tooltip">
      <p className="chart-tooltip__title">{bar.label}</p>
      <p>
        <strong>{formatCount(bar.count)}</strong> {t.alertNoun(bar.count)}
      </p>
    </div>
  );
};

export const AlertSourcesChart = ({ bars }: { bars: readonly SourceBar[] }) => (
  <div className="overview-chart" aria-hidden="true">
    <ResponsiveContainer width="100%" height={rowsHeight(bars.length)}>
      <BarChart
        data={[...bars]}
        layout="vertical"
        margin={{ top: 4, right: 48, bottom: 4, left: 0 }}
        accessibilityLayer={false}
      >
        <CartesianGrid horizontal={false} />
        <XAxis type="number" allowDecimals={false} tickLine={false} axisLine={false} />
        <YAxis type="category" dataKey="label" tickLine={false} axisLine={false} width={132} />
        <Tooltip content={<SourceTooltip />} cursor={{ className: 'chart__cursor' }} />
        <Bar dataKey="count" className="chart__bar" isAnimationActive={false} radius={[0, 3, 3, 0]}>
          <LabelList dataKey="count" position="right" className="overview-chart__label" />
        </Bar>
      </BarChart>
    </ResponsiveContainer>
  </div>
);

const VolumeTooltip = ({ active, payload }: TooltipProps<VolumePoint>) => {
  const t = useMessages(chartMessages).auditVolume;
  const point = payload?.[0]?.payload;
  if (!active || !point) return null;
  return (
    <div className="chart-tooltip">
      <p className="chart-tooltip__title">{volumeKeyLabel(point.key)} (UTC)</p>
      <p>
        <strong>{formatCount(point.count)}</strong> {t.eventNoun(point.count)}
      </p>
    </div>
  );
};

export const AuditVolumeChart = ({ series }: { series: VolumeSeries }) => (
  <div className="chart__canvas" aria-hidden="true">
    <ResponsiveContainer width="100%" height="100%">
      <BarChart
        data={series.points}
        margin={{ top: 8, right: 8, bottom: 0, left: 0 }}
        accessibilityLayer={false}
      >
        <CartesianGrid vertical={false} />
        <XAxis
          dataKey="key"
          tickFormatter={volumeTickLabel}
          tickLine={false}
          axisLine={false}
          minTickGap={24}
        />
        <YAxis allowDecimals={false} tickLine={false} axisLine={false} width={44} />
        <Tooltip content={<VolumeTooltip />} cursor={{ className: 'chart__cursor' }} />
        <Bar
          dataKey="count"
          className="chart__bar"
          isAnimationActive={false}
          radius={[3, 3, 0, 0]}
        />
      </BarChart>
    </ResponsiveContainer>
  </div>
);

const NotifyTooltip = ({ active, payload }: TooltipProps<NotifyBar>) => {
  const t = useMessages(chartMessages).timeToNotify;
  const bar = payload?.[0]?.payload;
  if (!active || !bar) return null;
  return (
    <div className="chart-tooltip chart-tooltip--wide">
      <p className="chart-tooltip__title">
        {bar.rule} · {bar.title}
      </p>
      <p>
        {t.tooltipMedian} <strong>{bar.medianText}</strong>
        {t.tooltipSlowest} <strong>{bar.maxText}</strong>
      </p>
      <p className="chart-tooltip__note">{t.sent(bar.samples)}</p>
    </div>
  );
};

/** Per rule, the median time from the clock's start to the notice sent, and the slowest. */
export const TimeToNotifyChart = ({ bars }: { bars: readonly NotifyBar[] }) => {
  const t = useMessages(chartMessages).timeToNotify;
  return (
    <div className="overview-chart" aria-hidden="true">
      <ul className="overview-chart__legend">
        <li>
          <span className="overview-chart__swatch overview-chart__swatch--median" /> {t.median}
        </li>
        <li>
          <span className="overview-chart__swatch overview-chart__swatch--max" /> {t.slowest}
        </li>
      </ul>
      <ResponsiveContainer width="100%" height={Math.max(160, bars.length * 64 + 36)}>
        <BarChart
          data={[...bars]}
          layout="vertical"
          margin={{ top: 4, right: 88, bottom: 4, left: 0 }}
          barGap={2}
          accessibilityLayer={false}
        >
          <CartesianGrid horizontal={false} />
          <XAxis
            type="number"
            tickFormatter={hoursTick}
            allowDecimals={!wholeHourTicks(bars.flatMap((b) => [b.medianHours, b.maxHours]))}
            tickLine={false}
            axisLine={false}
          />
          <YAxis type="category" dataKey="rule" tickLine={false} axisLine={false} width={196} />
          <Tooltip content={<NotifyTooltip />} cursor={{ className: 'chart__cursor' }} />
          <Bar
            dataKey="medianHours"
            className="chart__bar"
            isAnimationActive={false}
            radius={[0, 3, 3, 0]}
          >
            <LabelList dataKey="medianText" position="right" className="overview-chart__label" />
          </Bar>
          <Bar
            dataKey="maxHours"
            className="overview-chart__max"
            isAnimationActive={false}
            radius={[0, 3, 3, 0]}
          >
            <LabelList dataKey="maxText" position="right" className="overview-chart__label" />
          </Bar>
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
};
