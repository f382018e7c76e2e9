import { lazy, type ReactNode } from 'react';
import { createBrowserRouter } from 'react-router';
import { NotFoundPage } from './not-found-page';
import { RootError, RouteError } from './route-error';
import { AppShell } from './shell/app-shell';

// Each area is its own chunk, fetched the first time someone opens it.
const OverviewPage = lazy(() =>
  import('../features/overview/overview-page').then((m) => ({ default: m.OverviewPage })),
);
const IncidentsPage = lazy(() =>
  import('../features/incidents/incidents-page').then((m) => ({ default: m.IncidentsPage })),
);
const AlertsPage = lazy(() =>
  import('../features/alerts/alerts-page').then((m) => ({ default: m.AlertsPage })),
);
const DeadlinesPage = lazy(() =>
  import('../features/deadlines/deadlines-page').then((m) => ({ default: m.DeadlinesPage })),
);
const AuditPage = lazy(() =>
  import('../features/audit/audit-page').then((m) => ({ default: m.AuditPage })),
);
const RunbooksPage = lazy(() =>
  import('../features/runbooks/runbooks-page').then((m) => ({ default: m.RunbooksPage })),
);
const SettingsPage = lazy(() =>
  import('../features/settings/settings-page').then((m) => ({ default: m.SettingsPage })),
);
const SignInPage = lazy(() =>
  import('../features/auth/sign-in-page').then((m) => ({ default: m.SignInPage })),
);

const page = (path: string, element: ReactNode) => ({
  path,
  element,
  errorElement: <RouteError />,
});

export const router = createBrowserRouter([
  {
    path: '/sign-in',
    element: <SignInPage />,
    errorElement: <RootError />,
  },
  {
    path: '/',
    element: <AppShell />,
    errorElement: <RootError />,
    children: [
      { index: true, element: <OverviewPage />, errorElement: <RouteError /> },
      page('incidents', <IncidentsPage />),
      page('alerts', <AlertsPage />),
      page('deadlines', <DeadlinesPage />),
      page('audit', <AuditPage />),
      page('runbooks', <RunbooksPage />),
      page('settings', <SettingsPage />),
      page('*', <NotFoundPage />),
    ],
  },
]);
