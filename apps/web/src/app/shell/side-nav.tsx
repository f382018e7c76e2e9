import { useId } from 'react';
import { NavLink } from 'react-router';
import { useCurrentUser } from '../../features/auth/queries';
import { useMessages } from '../../i18n';
import { appMessages } from '../messages';
import { navGroupsFor, type NavGroup } from '../nav-items';

const Group = ({ group }: { group: NavGroup }) => {
  const labelId = useId();
  const t = useMessages(appMessages);
  return (
    <div className="nav-group">
      <p className="nav-group__label" id={labelId}>
        {t.groups[group.labelKey]}
      </p>
      <ul className="nav-list" aria-labelledby={labelId}>
        {group.items.map(({ to, labelKey, icon: Icon }) => (
          <li key={to}>
            <NavLink to={to} end={to === '/'} className="nav-link">
              <Icon />
              {t.nav[labelKey]}
            </NavLink>
          </li>
        ))}
      </ul>
    </div>
  );
};

export const SideNav = () => {
  const user = useCurrentUser();
  const t = useMessages(appMessages);
  return (
    <nav className="sidebar__nav" aria-label={t.mainNav}>
      {navGroupsFor(user).map((group) => (
        <Group group={group} key={group.labelKey} />
      ))}
    </nav>
  );
};
