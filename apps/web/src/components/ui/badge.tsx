import type { ReactNode } from 'react';

export type BadgeTone = 'neutral' | 'info' | 'success' | 'warning' | 'danger';

export interface BadgeProps {
  tone?: BadgeTone;
  /** A leading dot: colour is never the only signal, the text says the same. */
  dot?: boolean;
  icon?: ReactNode;
  title?: string;
  children: ReactNode;
}

export const Badge = ({ tone = 'neutral', dot = false, icon, title, children }: BadgeProps) => (
  <span className={`badge badge--${tone}`} title={title}>
    {dot ? <span className="badge__dot" aria-hidden="true" /> : icon}
    {children}
  </span>
);
