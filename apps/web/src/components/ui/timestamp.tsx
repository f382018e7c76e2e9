import { formatDateTime, formatRelative } from '../../lib/format';
import { useNow } from '../../lib/use-now';

export interface TimestampProps {
  value: string | null | undefined;
  /** `stacked`: relative above absolute (tables); `inline`: on one line. */
  layout?: 'stacked' | 'inline';
  /** Shown when there is no time, e.g. "Never". */
  empty?: string;
}

/** A time said both ways: "3 minutes ago" and "Nov 20, 2026, 14:03:11 UTC". */
export const Timestamp = ({ value, layout = 'stacked', empty = '—' }: TimestampProps) => {
  const now = useNow();
  if (!value) return <span className="timestamp timestamp--empty">{empty}</span>;
  const absolute = formatDateTime(value);
  return (
    <time className={`timestamp timestamp--${layout}`} dateTime={value} title={absolute}>
      <span className="timestamp__relative">{formatRelative(value, now)}</span>
      <span className="timestamp__absolute">{absolute}</span>
    </time>
  );
};
