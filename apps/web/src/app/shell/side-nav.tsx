import { useId } from 'react';
import { NavLink } from 'react-router';
import { useCurrentUser } from '../../features/auth/queries';
import { navGroupsFor, type NavGroup } from '../nav-items';

const Group = ({ group }: { group: NavGroup }) => {
  const labelId = useId();
  return (
    <div className="nav-group">
      <p className="nav-group__label" id={labelId}>
        {group.label}
      </p>
      <ul className="nav-list" aria-labelledby={labelId}>
        {group.items.map(({ to, label, icon: Icon }) => (
          <li key={to}>
            <NavLink to={to} end={to === '/'} className="nav-link">
              <Icon />
              {label}
            </NavLink>
          </li>
        ))}
      </ul>
    </div>
  );
};

export const SideNav = () => {
  const user = useCurrentUser();
  return (
    <nav className="sidebar__nav" aria-label="Main">
      {navGroupsFor(user).map((group) => (
        <Group group={group} key={group.label} />
      ))}
    </nav>
  );
};
