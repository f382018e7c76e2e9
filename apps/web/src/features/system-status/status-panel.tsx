import { useId } from 'react';
import { Skeleton } from '../../components/ui';
import { useMessages } from '../../i18n';
import { formatClockTime, formatNumber } from '../../lib/format';
import { describeProblem } from '../../lib/problem-text';
import { messages } from './messages';
import { useReadiness } from './queries';
import { checkRows, readinessHeadline, type CheckRow } from './readiness-text';

const formatLatency = (ms: number) => (ms < 1 ? '<1 ms' : `${formatNumber(Math.round(ms))} ms`);

const CheckValue = ({ row }: { row: CheckRow }) => {
  const t = useMessages(messages).panel;
  if (!row.check) {
    return <span className="status-check__value status-check__value--off">{t.notConfigured}</span>;
  }
  const up = row.check.status === 'up';
  return (
    <span
      className={`status-check__value status-check__value--${up ? 'up' : 'down'}`}
      title={row.check.error}
    >
      {up ? t.up : t.down}
      {row.check.latencyMs !== undefined ? (
        <span className="status-check__latency">{formatLatency(row.check.latencyMs)}</span>
      ) : null}
    </span>
  );
};

/** Sidebar footer: is the API, its database and its queue answering right now. */
export const StatusPanel = () => {
  const titleId = useId();
  const t = useMessages(messages);
  const { data, error, isPending, isError, dataUpdatedAt, errorUpdatedAt } = useReadiness();

  const tone = isPending
    ? 'unknown'
    : isError
      ? 'unknown'
      : data.status === 'ok'
        ? 'ok'
        : 'degraded';
  const headline = isPending
    ? t.headline.checking
    : isError
      ? t.headline.unknown
      : readinessHeadline(data);
  const checkedAt = isError ? errorUpdatedAt : dataUpdatedAt;

  return (
    <section className="status-panel" aria-labelledby={titleId}>
      <h2 className="visually-hidden" id={titleId}>
        {t.panel.title}
      </h2>
      <div className="status-panel__head" role="status">
        <span className={`status-dot status-dot--${tone}`} aria-hidden="true" />
        <p className="status-panel__title">{headline}</p>
      </div>
      {isPending ? (
        <div className="status-panel__checks" aria-hidden="true">
          <Skeleton width="80" />
          <Skeleton width="60" />
        </div>
      ) : isError ? (
        <p className="status-panel__error">{describeProblem(error).detail}</p>
      ) : (
        <ul className="status-panel__checks">
          {checkRows(data).map((row) => (
            <li className="status-check" key={row.key}>
              <span className="status-check__name">{row.label}</span>
              <CheckValue row={row} />
            </li>
          ))}
        </ul>
      )}
      {checkedAt > 0 ? (
        <p className="status-panel__meta">
          <span>
            {t.panel.checked}{' '}
            <time dateTime={new Date(checkedAt).toISOString()}>{formatClockTime(checkedAt)}</time>
          </span>
          {data ? <span>v{data.version}</span> : null}
        </p>
      ) : null}
    </section>
  );
};
