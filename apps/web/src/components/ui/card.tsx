import { useId, type ReactNode } from 'react';

export interface CardProps {
  title?: ReactNode;
  description?: ReactNode;
  actions?: ReactNode;
  /** Skip the body padding, for tables and lists that run edge to edge. */
  flush?: boolean;
  className?: string;
  children: ReactNode;
}

export const Card = ({ title, description, actions, flush, className, children }: CardProps) => {
  const titleId = useId();
  const hasHeader = title !== undefined || actions !== undefined;
  return (
    <section
      className={['card', className ?? ''].join(' ').trim()}
      aria-labelledby={title !== undefined ? titleId : undefined}
    >
      {hasHeader ? (
        <header className="card__header">
          <div>
            {title !== undefined ? (
              <h2 className="card__title" id={titleId}>
                {title}
              </h2>
            ) : null}
            {description !== undefined ? <p className="card__description">{description}</p> : null}
          </div>
          {actions}
        </header>
      ) : null}
      {flush ? children : <div className="card__body">{children}</div>}
    </section>
  );
};
