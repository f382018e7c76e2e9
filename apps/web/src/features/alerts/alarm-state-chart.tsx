import type { AlarmStateChangeRecord } from '@vigil/contracts';
import {
  CartesianGrid,
  Line,
  LineChart,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
  type DotItemDotProps,
} from 'recharts';
import { pick, useMessages } from '../../i18n';
import { formatDate, formatDateTime, formatNumber, localTimeZone } from '../../lib/format';
import { alertDrawerMessages } from './alert-drawer.messages';
import { alarmStateLabel } from './alert-badges';
import { alarmStateSteps, STATE_LEVEL, timeInStates, type StatePoint } from './alarm-timeline';

// Loaded lazily, with recharts: only an alarm-backed alert's drawer needs it.

const levelLabel = (level: number): string => {
  const state = Object.entries(STATE_LEVEL).find(([, l]) => l === level)?.[0];
  return state ? alarmStateLabel(state) : '';
};

const TIME_OF_DAY: Intl.DateTimeFormatOptions = {
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
};
const DAY_AND_TIME: Intl.DateTimeFormatOptions = {
  month: 'short',
  day: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
};

const DAY_MS = 24 * 3600_000;

const formatSpan = (ms: number): string => {
  const units = pick(alertDrawerMessages).chart.units;
  const minutes = Math.round(ms / 60_000);
  if (minutes < 60) return `${minutes} ${units.minutes}`;
  const hours = ms / 3600_000;
  if (hours < 48) {
    const digits = hours < 10 ? 1 : 0;
    const value = formatNumber(hours, {
      minimumFractionDigits: digits,
      maximumFractionDigits: digits,
    });
    return `${value} ${units.hours}`;
  }
  return `${Math.round(hours / 24)} ${units.days}`;
};

interface TooltipProps {
  active?: boolean;
  payload?: readonly { payload?: StatePoint }[];
}

const StateTooltip = ({ active, payload }: TooltipProps) => {
  const t = useMessages(alertDrawerMessages).chart;
  const point = payload?.[0]?.payload;
  if (!active || !point) return null;
  return (
    <div className="chart-tooltip chart-tooltip--wide">
      <p className="chart-tooltip__title">{formatDateTime(point.at)}</p>
      <p>
        {point.current ? (
          <>
            {t.now}
            <strong>{alarmStateLabel(point.state)}</strong>
          </>
        ) : (
          <>
            {point.from ? `${alarmStateLabel(point.from)} → ` : t.became}
            <strong>{alarmStateLabel(point.state)}</strong>
          </>
        )}
      </p>
      {point.reason ? <p className="chart-tooltip__reason">{point.reason}</p> : null}
    </div>
  );
};

const StateDot = ({ cx, cy, payload }: DotItemDotProps) => {
  const point = payload as StatePoint | undefined;
  if (cx == null || cy == null || !point || point.current) return null;
  return (
    <circle
      cx={cx}
      cy={cy}
      r={4.5}
      className={`chart__dot chart__dot--${point.state.toLowerCase()}`}
    />
  );
};

export interface AlarmStateChartProps {
  history: readonly AlarmStateChangeRecord[];
  now: number;
}

/** The alarm's state over time, as steps between OK, insufficient data and ALARM. */
export const AlarmStateChart = ({ history, now }: AlarmStateChartProps) => {
  const t = useMessages(alertDrawerMessages).chart;
  const points = alarmStateSteps({ history, now });
  const first = points[0];
  const last = points.at(-1);
  if (!first || !last) return null;
  const span = last.at - first.at;
  const tick = (at: number) => formatDate(at, span > DAY_MS ? DAY_AND_TIME : TIME_OF_DAY);
  const totals = timeInStates(points);
  const changes = points.filter((p) => !p.current).length;
  const summary = t.summary({
    changes,
    since: formatDateTime(first.at),
    state: alarmStateLabel(last.state),
    alarm: formatSpan(totals.ALARM),
    ok: formatSpan(totals.OK),
    noData: formatSpan(totals.INSUFFICIENT_DATA),
  });
  return (
    <figure className="chart chart--states" aria-label={t.label(summary)}>
      <div className="chart__canvas">
        <ResponsiveContainer width="100%" height="100%">
          <LineChart data={points} margin={{ top: 12, right: 16, bottom: 0, left: 0 }}>
            <CartesianGrid vertical={false} />
            <XAxis
              dataKey="at"
              type="number"
              scale="time"
              domain={['dataMin', 'dataMax']}
              tickFormatter={tick}
              tickLine={false}
              axisLine={false}
              minTickGap={48}
            />
            <YAxis
              type="number"
              domain={[0, 2]}
              ticks={[0, 1, 2]}
              tickFormatter={levelLabel}
              tickLine={false}
              axisLine={false}
              width={112}
            />
            <Tooltip content={<StateTooltip />} cursor={{ className: 'chart__cursor-line' }} />
            <Line
              type="stepAfter"
              dataKey="level"
              className="chart__state-line"
              dot={StateDot}
              activeDot={{ r: 6, className: 'chart__dot--active' }}
              isAnimationActive={false}
            />
          </LineChart>
        </ResponsiveContainer>
      </div>
      <figcaption className="chart__caption">
        {summary} {t.timesIn(localTimeZone())}
      </figcaption>
    </figure>
  );
};
