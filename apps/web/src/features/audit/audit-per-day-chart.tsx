import { Bar, BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { useMessages } from '../../i18n';
import { formatCount, formatDate } from '../../lib/format';
import { messages } from './messages';
import type { AuditDayCount } from './types';

// This module is loaded lazily: recharts and d3 stay out of every other page's download.

const asDate = (day: string) => new Date(`${day}T00:00:00Z`);

/** "Nov 20": an x-axis tick. */
const dayLabel = (day: string) =>
  formatDate(asDate(day), { month: 'short', day: 'numeric', timeZone: 'UTC' });

/** "Fri, Nov 20, 2026": a day in the tooltip and the summary. */
const dayLong = (day: string) =>
  formatDate(asDate(day), {
    weekday: 'short',
    year: 'numeric',
    month: 'short',
    day: 'numeric',
    timeZone: 'UTC',
  });

interface TooltipProps {
  active?: boolean;
  payload?: readonly { payload?: AuditDayCount }[];
}

const DayTooltip = ({ active, payload }: TooltipProps) => {
  const t = useMessages(messages).chart;
  const point = payload?.[0]?.payload;
  if (!active || !point) return null;
  return (
    <div className="chart-tooltip">
      <p className="chart-tooltip__title">{t.day(dayLong(point.day))}</p>
      <p>
        <strong>{formatCount(point.count)}</strong> {t.eventUnit(point.count)}
      </p>
    </div>
  );
};

export interface AuditPerDayChartProps {
  days: readonly AuditDayCount[];
}

/** Events per UTC day, one bar a day across the whole range (empty days included). */
export const AuditPerDayChart = ({ days }: AuditPerDayChartProps) => {
  const t = useMessages(messages).chart;
  const total = days.reduce((sum, d) => sum + d.count, 0);
  const peak = days.reduce<AuditDayCount | undefined>(
    (max, d) => (!max || d.count > max.count ? d : max),
    undefined,
  );
  const summary = t.summary(
    total,
    days.length,
    peak && peak.count > 0 ? { day: dayLong(peak.day), count: peak.count } : undefined,
  );
  return (
    <figure className="chart" aria-label={t.label(summary)}>
      <div className="chart__canvas">
        <ResponsiveContainer width="100%" height="100%">
          <BarChart data={[...days]} margin={{ top: 8, right: 8, bottom: 0, left: 0 }}>
            <CartesianGrid vertical={false} />
            <XAxis
              dataKey="day"
              tickFormatter={dayLabel}
              tickLine={false}
              axisLine={false}
              minTickGap={24}
            />
            <YAxis
              allowDecimals={false}
              tickFormatter={(n: number) => formatCount(n)}
              tickLine={false}
              axisLine={false}
              width={44}
            />
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
      <figcaption className="chart__caption">{t.caption(summary)}</figcaption>
    </figure>
  );
};
