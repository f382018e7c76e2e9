import { useId, type ReactNode } from 'react';
import { Button, Skeleton } from '../../components/ui';
import { useMessages } from '../../i18n';
import { describeProblem } from '../../lib/problem-text';
import { messages } from './messages';

export type StatTone = 'neutral' | 'success' | 'warning' | 'danger';

export interface StatCardProps {
  title: string;
  /** "Now", or the period the figure covers ("Last 30 days"). */
  when: string;
  tone?: StatTone;
  /** A link to the page that holds the detail. */
  footer?: ReactNode;
  children: ReactNode;
}

/** One figure with what it means; the coloured edge repeats what the text already says. */
export const StatCard = ({ title, when, tone = 'neutral', footer, children }: StatCardProps) => {
  const titleId = useId();
  return (
    <section className={`stat-card stat-card--${tone}`} aria-labelledby={titleId}>
      <header className="stat-card__head">
        <span className="stat-card__when">{when}</span>
        <h2 className="stat-card__title" id={titleId}>
          {title}
        </h2>
      </header>
      <div className="stat-card__body">{children}</div>
      {footer ? <footer className="stat-card__foot">{footer}</footer> : null}
    </section>
  );
};

export const StatValue = ({ value, unit }: { value: ReactNode; unit?: string }) => (
  <p className="stat-card__value">
    {value}
    {unit ? <span className="stat-card__unit">{unit}</span> : null}
  </p>
);

export const StatSkeleton = ({ label }: { label: string }) => (
  <div className="stat-card__loading" role="status" aria-busy="true">
    <span className="visually-hidden">{label}…</span>
    <Skeleton variant="title" width="25" />
    <Skeleton width="80" />
    <Skeleton width="60" />
  </div>
);

/** A card's failed load in a few words, with the server's reason and a retry. */
export const CardProblem = ({
  title,
  error,
  onRetry,
}: {
  /** "The open incidents could not be loaded". */
  title: string;
  error: unknown;
  onRetry: () => void;
}) => {
  const t = useMessages(messages).cardStates;
  const text = describeProblem(error);
  return (
    <div className="card-problem" role="alert">
      <p className="card-problem__title">{title}</p>
      <p className="card-problem__detail">
        {text.title}
        {text.detail && text.detail !== text.title ? t.detail(text.detail) : ''}
        {text.reference ? <span className="mono"> ({text.reference})</span> : null}
      </p>
      <Button size="sm" onClick={onRetry}>
        {t.tryAgain}
      </Button>
    </div>
  );
};

/** Shown over figures still on screen when a refresh failed: they may be out of date. */
export const StaleNote = ({ error }: { error: unknown }) => {
  const t = useMessages(messages).cardStates;
  return (
    <p className="stat-card__stale" role="status">
      {t.notUpdating(describeProblem(error).title)}
    </p>
  );
};

export const ChartSkeleton = ({ label }: { label: string }) => (
  <div className="chart-skeleton" role="status" aria-busy="true">
    <span className="visually-hidden">{label}…</span>
    <Skeleton variant="block" />
  </div>
);
