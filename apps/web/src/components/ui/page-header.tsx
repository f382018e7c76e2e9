import type { ReactNode } from 'react';

export interface PageHeaderProps {
  title: string;
  eyebrow?: string;
  description?: ReactNode;
  actions?: ReactNode;
}

export const PageHeader = ({ title, eyebrow, description, actions }: PageHeaderProps) => (
  <header className="page-header">
    {/* React 19 hoists <title> into <head>. */}
    <title>{`${title} · Vigil`}</title>
    <div>
      {eyebrow ? <p className="page-header__eyebrow">{eyebrow}</p> : null}
      <h1 className="page-header__title">{title}</h1>
      {description ? <p className="page-header__description">{description}</p> : null}
    </div>
    {actions ? <div className="page-header__actions">{actions}</div> : null}
  </header>
);
