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
import { formatDateTime, localTimeZone } from '../../lib/format';
import { alarmStateLabel } from './alert-badges';
import { alarmStateSteps, STATE_LEVEL, timeInStates, type StatePoint } from './alarm-timeline';

// Loaded lazily, with recharts: only an alarm-backed alert's drawer needs it.

const LEVEL_LABELS = Object.fromEntries(
  Object.entries(STATE_LEVEL).map(([state, level]) => [level, alarmStateLabel(state)]),
) as Record<number, string>;

const timeOfDay = new Intl.DateTimeFormat(undefined, {
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});
const dayAndTime = new Intl.DateTimeFormat(undefined, {
  month: 'short',
  day: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

const DAY_MS = 24 * 3600_000;

const formatSpan = (ms: number): string => {
  const minutes = Math.round(ms / 60_000);
  if (minutes < 60) return `${minutes} min`;
  const hours = ms / 3600_000;
  if (hours < 48) return `${hours.toFixed(hours < 10 ? 1 : 0)} h`;
  return `${Math.round(hours / 24)} d`;
};

interface TooltipProps {
  active?: boolean;
  payload?: readonly { payload?: StatePoint }[];
}

const StateTooltip = ({ active, payload }: TooltipProps) => {
  const point = payload?.[0]?.payload;
  if (!active || !point) return null;
  return (
    <div className="chart-tooltip chart-tooltip--wide">
      <p className="chart-tooltip__title">{formatDateTime(point.at)}</p>
      <p>
        {point.current ? (
          <>
            Now <strong>{alarmStateLabel(point.state)}</strong>
          </>
        ) : (
          <>
            {point.from ? `${alarmStateLabel(point.from)} → ` : 'Became '}
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
  const points = alarmStateSteps({ history, now });
  const first = points[0];
  const last = points.at(-1);
  if (!first || !last) return null;
  const span = last.at - first.at;
  const tick = (at: number) => (span > DAY_MS ? dayAndTime : timeOfDay).format(at);
  const totals = timeInStates(points);
  const changes = points.filter((p) => !p.current).length;
  const summary = `${changes} state ${changes === 1 ? 'change' : 'changes'} since ${formatDateTime(
    first.at,
  )}; now ${alarmStateLabel(last.state)}. In ALARM ${formatSpan(totals.ALARM)}, OK ${formatSpan(
    totals.OK,
  )}, without data ${formatSpan(totals.INSUFFICIENT_DATA)}.`;
  return (
    <figure className="chart chart--states" aria-label={`Alarm state over time: ${summary}`}>
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
              tickFormatter={(level: number) => LEVEL_LABELS[level] ?? ''}
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
        {summary} Times in {localTimeZone()}.
      </figcaption>
    </figure>
  );
};
