import type { ReactNode } from 'react';

export interface EmptyStateItem {
  icon?: ReactNode;
  title: string;
  description: string;
}

export interface EmptyStateProps {
  icon: ReactNode;
  title: string;
  description: ReactNode;
  /** What will appear here, so an empty page still explains itself. */
  items?: readonly EmptyStateItem[];
  actions?: ReactNode;
}

export const EmptyState = ({ icon, title, description, items, actions }: EmptyStateProps) => (
  <div className="empty-state">
    <div className="empty-state__icon" aria-hidden="true">
      {icon}
    </div>
    <h2 className="empty-state__title">{title}</h2>
    <p className="empty-state__description">{description}</p>
    {items && items.length > 0 ? (
      <ul className={`empty-state__list empty-state__list--${items.length}`}>
        {items.map((item) => (
          <li className="empty-state__item" key={item.title}>
            {item.icon}
            <span>
              <strong>{item.title}</strong>
              {item.description}
            </span>
          </li>
        ))}
      </ul>
    ) : null}
    {actions ? <div className="empty-state__actions">{actions}</div> : null}
  </div>
);
