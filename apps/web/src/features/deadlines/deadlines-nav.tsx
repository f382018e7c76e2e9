import { NavLink } from 'react-router';
import { AuditIcon, DeadlineIcon } from '../../components/ui';
import { useMessages } from '../../i18n';
import { messages } from './messages';

// TabNav's links stay active on sub-paths; the board's own address must not light up on
// /deadlines/register, hence `end`.
const TABS = [
  { to: '/deadlines', label: 'clocks', icon: <DeadlineIcon /> },
  { to: '/deadlines/register', label: 'register', icon: <AuditIcon /> },
] as const;

/** The board and the register: two addresses, each bookmarkable. */
export const DeadlinesNav = () => {
  const t = useMessages(messages).nav;
  return (
    <nav className="tab-nav" aria-label={t.label}>
      <ul>
        {TABS.map((tab) => (
          <li key={tab.to}>
            <NavLink to={tab.to} end className="tab-nav__link">
              {tab.icon}
              {t[tab.label]}
            </NavLink>
          </li>
        ))}
      </ul>
    </nav>
  );
};
