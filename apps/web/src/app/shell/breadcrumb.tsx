import { matchPath, useLocation } from 'react-router';
import { navGroups } from '../nav-items';

const locate = (pathname: string) => {
  for (const group of navGroups) {
    for (const item of group.items) {
      if (matchPath({ path: item.to, end: item.to === '/' }, pathname)) {
        return { group: group.label, page: item.label };
      }
    }
  }
  return undefined;
};

export const Breadcrumb = () => {
  const { pathname } = useLocation();
  const here = locate(pathname);
  if (!here) return null;
  return (
    <nav aria-label="Breadcrumb" className="breadcrumb">
      <ol>
        <li>{here.group}</li>
        <li aria-current="page">{here.page}</li>
      </ol>
    </nav>
  );
};
