export interface SkeletonProps {
  variant?: 'text' | 'title' | 'block';
  width?: '25' | '40' | '60' | '80' | 'full';
}

export const Skeleton = ({ variant = 'text', width = 'full' }: SkeletonProps) => (
  <span className={`skeleton skeleton--${variant} skeleton-w-${width}`} aria-hidden="true" />
);

/** The shape of a page while its code or data loads. */
export const PageSkeleton = ({ label = 'Loading page' }: { label?: string }) => (
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
