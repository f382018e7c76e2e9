import type { ReactNode } from 'react';
import { NavLink } from 'react-router';

export interface TabLink {
  to: string;
  label: string;
  icon?: ReactNode;
}

/** Sub-pages as tabs: each is a link with its own address, so a tab can be bookmarked. */
export const TabNav = ({ label, tabs }: { label: string; tabs: readonly TabLink[] }) => (
  <nav className="tab-nav" aria-label={label}>
    <ul>
      {tabs.map((tab) => (
        <li key={tab.to}>
          <NavLink to={tab.to} className="tab-nav__link">
            {tab.icon}
            {tab.label}
          </NavLink>
        </li>
      ))}
    </ul>
  </nav>
);
