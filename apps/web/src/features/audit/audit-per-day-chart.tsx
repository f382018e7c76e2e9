import { Bar, BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { formatCount } from '../../lib/format';
import type { AuditDayCount } from './types';

// This module is loaded lazily: recharts and d3 stay out of every other page's download.

const dayLabel = new Intl.DateTimeFormat(undefined, {
  month: 'short',
  day: 'numeric',
  timeZone: 'UTC',
});
const dayLong = new Intl.DateTimeFormat(undefined, {
  weekday: 'short',
  year: 'numeric',
  month: 'short',
  day: 'numeric',
  timeZone: 'UTC',
});

const asDate = (day: string) => new Date(`${day}T00:00:00Z`);

interface TooltipProps {
  active?: boolean;
  payload?: readonly { payload?: AuditDayCount }[];
}

const DayTooltip = ({ active, payload }: TooltipProps) => {
  const point = payload?.[0]?.payload;
  if (!active || !point) return null;
  return (
    <div className="chart-tooltip">
      <p className="chart-tooltip__title">{dayLong.format(asDate(point.day))} (UTC)</p>
      <p>
        <strong>{formatCount(point.count)}</strong> {point.count === 1 ? 'event' : 'events'}
      </p>
    </div>
  );
};

export interface AuditPerDayChartProps {
  days: readonly AuditDayCount[];
}

/** Events per UTC day, one bar a day across the whole range (empty days included). */
export const AuditPerDayChart = ({ days }: AuditPerDayChartProps) => {
  const total = days.reduce((sum, d) => sum + d.count, 0);
  const peak = days.reduce<AuditDayCount | undefined>(
    (max, d) => (!max || d.count > max.count ? d : max),
    undefined,
  );
  const summary = `${formatCount(total)} events over ${days.length} days${
    peak && peak.count > 0
      ? `; busiest ${dayLong.format(asDate(peak.day))} with ${formatCount(peak.count)}`
      : ''
  }.`;
  return (
    <figure className="chart" aria-label={`Events per day: ${summary}`}>
      <div className="chart__canvas">
        <ResponsiveContainer width="100%" height="100%">
          <BarChart data={[...days]} margin={{ top: 8, right: 8, bottom: 0, left: 0 }}>
            <CartesianGrid vertical={false} />
            <XAxis
              dataKey="day"
              tickFormatter={(day: string) => dayLabel.format(asDate(day))}
              tickLine={false}
              axisLine={false}
              minTickGap={24}
            />
            <YAxis allowDecimals={false} tickLine={false} axisLine={false} width={44} />
            <Tooltip content={<DayTooltip />} cursor={{ className: 'chart__cursor' }} />
            <Bar
              dataKey="count"
              className="chart__bar"
              isAnimationActive={false}
              radius={[3, 3, 0, 0]}
            />
          </BarChart>
        </ResponsiveContainer>
      </div>
      <figcaption className="chart__caption">{summary} Days are UTC.</figcaption>
    </figure>
  );
};
