import { NavLink } from 'react-router';
import { AuditIcon, DeadlineIcon } from '../../components/ui';

// TabNav's links stay active on sub-paths; the board's own address must not light up on
// /deadlines/register, hence `end`.
const TABS = [
  { to: '/deadlines', label: 'Clocks', icon: <DeadlineIcon /> },
  { to: '/deadlines/register', label: 'Breach register', icon: <AuditIcon /> },
];

/** The board and the register: two addresses, each bookmarkable. */
export const DeadlinesNav = () => (
  <nav className="tab-nav" aria-label="Deadlines sections">
    <ul>
      {TABS.map((tab) => (
        <li key={tab.to}>
          <NavLink to={tab.to} end className="tab-nav__link">
            {tab.icon}
            {tab.label}
          </NavLink>
        </li>
      ))}
    </ul>
  </nav>
);
