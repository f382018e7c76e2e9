import type { BadgeTone } from '../../components/ui';
import './runs.css';

export type MeterTone = BadgeTone;

/** A bar for a share of something (0–100); no inline style, so the width is a 5 % step class. */
export const Meter = ({
  percent,
  tone,
  label,
}: {
  percent: number;
  tone: MeterTone;
  label: string;
}) => {
  const value = Math.max(0, Math.min(100, Math.round(percent)));
  return (
    <span
      className={`meter meter--${tone}`}
      role="meter"
      aria-label={label}
      aria-valuemin={0}
      aria-valuemax={100}
      aria-valuenow={value}
    >
      <span className={`meter__fill meter__fill--${Math.round(value / 5) * 5}`} />
    </span>
  );
};
