import { Suspense, type MouseEvent } from 'react';
import { Link, Outlet } from 'react-router';
import { PageSkeleton, ShieldIcon } from '../../components/ui';
import { useCurrentUser } from '../../features/auth/queries';
import { StatusPanel } from '../../features/system-status/status-panel';
import { DatabaseModeBadge, RuntimeModeBanner } from '../../features/system-status/runtime-mode';
import { useMessages } from '../../i18n';
import { homePath } from '../access';
import { appMessages } from '../messages';
import { Account } from './account';
import { Breadcrumb } from './breadcrumb';
import { LanguageMenu } from './language-menu';
import { SideNav } from './side-nav';
import { ThemeToggle } from './theme-toggle';

// Focus the main region without changing the URL (a "#main" hash would become a router navigation).
const skipToContent = (event: MouseEvent<HTMLAnchorElement>) => {
  event.preventDefault();
  document.getElementById('main')?.focus();
};

export const AppShell = () => {
  const home = homePath(useCurrentUser());
  const t = useMessages(appMessages);
  return (
    <div className="shell">
      <a className="skip-link" href="#main" onClick={skipToContent}>
        {t.skipToContent}
      </a>
      <aside className="sidebar">
        <Link to={home} className="sidebar__brand" aria-label={t.home}>
          <span className="sidebar__brand-mark" aria-hidden="true">
            <ShieldIcon />
          </span>
          Vigil
          <span className="sidebar__brand-sub" aria-hidden="true">
            {t.console}
          </span>
        </Link>
        <SideNav />
        <div className="sidebar__footer">
          <StatusPanel />
        </div>
      </aside>
      <div className="main-column">
        <RuntimeModeBanner />
        <header className="topbar">
          <div className="topbar__context">
            <Breadcrumb />
            <DatabaseModeBadge />
          </div>
          <div className="topbar__actions">
            <LanguageMenu signedIn />
            <ThemeToggle />
            <Account />
          </div>
        </header>
        <main className="main" id="main" tabIndex={-1}>
          <Suspense fallback={<PageSkeleton />}>
            <Outlet />
          </Suspense>
        </main>
      </div>
    </div>
  );
};
