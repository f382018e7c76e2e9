import {
  Bar,
  BarChart,
  CartesianGrid,
  Cell,
  ReferenceLine,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import { useMessages } from '../../i18n';
import { formatDate, formatDateTime, formatNumber } from '../../lib/format';
import { cardsMessages } from './cards.messages';
import { drillChartScale, drillChartSummary, type DrillChartPoint } from './drill-chart-data';
import { drillTypeLabel } from './drill-form';
import { againstObjectiveText, formatObjectiveHours } from './recovery-time';

// Loaded lazily, with recharts: the rest of the page does not wait for it.

const dayLabel = (at: string): string =>
  formatDate(at, { month: 'short', day: 'numeric', year: '2-digit' });

interface TooltipProps {
  active?: boolean;
  payload?: readonly { payload?: DrillChartPoint }[];
}

const DrillTooltip = ({ active, payload }: TooltipProps) => {
  const point = payload?.[0]?.payload;
  if (!active || !point) return null;
  return (
    <div className="chart-tooltip chart-tooltip--wide">
      <p className="chart-tooltip__title">
        {drillTypeLabel(point.type)} · {formatDateTime(point.at)}
      </p>
      <p className="chart-tooltip__scenario">{point.scenario}</p>
      <p>
        RTO{' '}
        <strong>
          {againstObjectiveText(point.rtoMinutes, point.rtoTargetHours, point.rtoMet)}
        </strong>
      </p>
      <p>
        RPO{' '}
        <strong>
          {againstObjectiveText(point.rpoMinutes, point.rpoTargetHours, point.rpoMet)}
        </strong>
      </p>
    </div>
  );
};

export interface DrillChartProps {
  points: readonly DrillChartPoint[];
  /** The id of the table that lists the same figures, for screen readers. */
  tableId: string;
}

/**
 * Achieved RTO and RPO of each drill as bars, in hours, with the company's objectives as lines:
 * a bar above its line is a missed objective (drawn in the danger colour and said in words).
 */
export const DrillChart = ({ points, tableId }: DrillChartProps) => {
  const t = useMessages(cardsMessages).chart;
  const scale = drillChartScale(points);
  const summary = drillChartSummary(points);
  const rto = formatObjectiveHours(scale.lines.rtoHours);
  const rpo = formatObjectiveHours(scale.lines.rpoHours);
  return (
    <figure
      className="chart chart--drills"
      aria-label={t.label(rto, rpo, summary)}
      aria-describedby={tableId}
    >
      <ul className="chart__legend" aria-hidden="true">
        <li>
          <span className="chart__swatch chart__swatch--rto" /> {t.achievedRto}
        </li>
        <li>
          <span className="chart__swatch chart__swatch--rpo" /> {t.achievedRpo}
        </li>
        <li>
          <span className="chart__swatch chart__swatch--missed" /> {t.missed}
        </li>
        <li>
          <span className="chart__swatch chart__swatch--line" /> {t.objectives(rto, rpo)}
        </li>
      </ul>
      <div className="chart__canvas">
        <ResponsiveContainer width="100%" height="100%">
          <BarChart
            data={[...points]}
            margin={{ top: 16, right: 16, bottom: 0, left: 0 }}
            barGap={2}
            accessibilityLayer={false}
          >
            <CartesianGrid vertical={false} />
            <XAxis
              dataKey="id"
              tickFormatter={(id: string) => {
                const point = points.find((p) => p.id === id);
                return point ? dayLabel(point.at) : '';
              }}
              tickLine={false}
              axisLine={false}
              minTickGap={16}
            />
            <YAxis
              domain={[0, scale.maxHours]}
              tickFormatter={(hours: number) => `${formatNumber(hours)} h`}
              tickLine={false}
              axisLine={false}
              width={52}
            />
            <Tooltip content={<DrillTooltip />} cursor={{ className: 'chart__cursor' }} />
            <ReferenceLine
              y={scale.lines.rtoHours}
              className="chart__objective chart__objective--rto"
              strokeDasharray="6 4"
              ifOverflow="extendDomain"
              label={{
                value: t.rtoObjective(rto),
                position: 'insideTopLeft',
                className: 'chart__objective-label',
              }}
            />
            <ReferenceLine
              y={scale.lines.rpoHours}
              className="chart__objective chart__objective--rpo"
              strokeDasharray="2 4"
              ifOverflow="extendDomain"
              label={{
                value: t.rpoObjective(rpo),
                position: 'insideTopLeft',
                className: 'chart__objective-label',
              }}
            />
            <Bar
              dataKey="rtoHours"
              name={t.achievedRto}
              className="chart__bar chart__bar--rto"
              isAnimationActive={false}
              radius={[3, 3, 0, 0]}
              maxBarSize={36}
            >
              {points.map((p) => (
                <Cell
                  key={p.id}
                  className={p.rtoMet === false ? 'chart__cell--missed' : undefined}
                />
              ))}
            </Bar>
            <Bar
              dataKey="rpoHours"
              name={t.achievedRpo}
              className="chart__bar chart__bar--rpo"
              isAnimationActive={false}
              radius={[3, 3, 0, 0]}
              maxBarSize={36}
            >
              {points.map((p) => (
                <Cell
                  key={p.id}
                  className={p.rpoMet === false ? 'chart__cell--missed' : undefined}
                />
              ))}
            </Bar>
          </BarChart>
        </ResponsiveContainer>
      </div>
      <figcaption className="chart__caption">
        {summary}
        {scale.otherTargets > 0 ? ` ${t.otherTargets(scale.otherTargets)}` : ''} {t.sameFigures}
      </figcaption>
    </figure>
  );
};
