import { pick } from '../../i18n';
import { uiMessages } from './messages';

export interface SkeletonProps {
  variant?: 'text' | 'title' | 'block';
  width?: '25' | '40' | '60' | '80' | 'full';
}

export const Skeleton = ({ variant = 'text', width = 'full' }: SkeletonProps) => (
  <span className={`skeleton skeleton--${variant} skeleton-w-${width}`} aria-hidden="true" />
);

/** The shape of a page while its code or data loads. */
export const PageSkeleton = ({ label = pick(uiMessages).loadingPage }: { label?: string }) => (
  <div className="page-skeleton" aria-busy="true" role="status">
    <span className="visually-hidden">{label}…</span>
    <Skeleton variant="text" width="25" />
    <Skeleton variant="title" width="40" />
    <Skeleton variant="text" width="60" />
    <Skeleton variant="block" />
    <Skeleton variant="text" width="80" />
    <Skeleton variant="text" width="60" />
  </div>
);

/** A table's rows while they load. */
export const TableSkeleton = ({
  rows = 5,
  label = pick(uiMessages).loading,
}: {
  rows?: number;
  label?: string;
}) => (
  <div className="table-skeleton" aria-busy="true" role="status">
    <span className="visually-hidden">{label}…</span>
    {Array.from({ length: rows }, (_, i) => (
      <div className="table-skeleton__row" key={i}>
        <Skeleton width="25" />
        <Skeleton width="40" />
        <Skeleton width="25" />
        <Skeleton width="60" />
      </div>
    ))}
  </div>
);
