import { matchPath, useLocation } from 'react-router';
import { useMessages } from '../../i18n';
import { appMessages } from '../messages';
import { useCurrentUser } from '../../features/auth/queries';
import { navGroupsFor, type NavGroup } from '../nav-items';

const locate = (groups: readonly NavGroup[], pathname: string) => {
  for (const group of groups) {
    for (const item of group.items) {
      if (matchPath({ path: item.to, end: item.to === '/' }, pathname)) {
        return { group: group.labelKey, page: item.labelKey };
      }
    }
  }
  return undefined;
};

export const Breadcrumb = () => {
  const { pathname } = useLocation();
  const t = useMessages(appMessages);
  // The person's own navigation: a client's auditor has "Organization", not "Organizations".
  const here = locate(navGroupsFor(useCurrentUser()), pathname);
  if (!here) return null;
  return (
    <nav aria-label={t.breadcrumb} className="breadcrumb">
      <ol>
        <li>{t.groups[here.group]}</li>
        <li aria-current="page">{t.nav[here.page]}</li>
      </ol>
    </nav>
  );
};
