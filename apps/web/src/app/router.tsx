import { lazy, type ReactNode } from 'react';
import { createBrowserRouter } from 'react-router';
import type { Area, SettingsTab } from './access';
import { NotFoundPage } from './not-found-page';
import { RequireArea } from './require-area';
import { RequireSession } from './require-session';
import { RequireSettingsTab, SettingsIndex } from './require-settings-tab';
import { RootError, RouteError } from './route-error';
import { AppShell } from './shell/app-shell';

// Each area is its own chunk, fetched the first time someone opens it.
const OverviewPage = lazy(() =>
  import('../features/overview/overview-page').then((m) => ({ default: m.OverviewPage })),
);
const IncidentsPage = lazy(() =>
  import('../features/incidents/incidents-page').then((m) => ({ default: m.IncidentsPage })),
);
const IncidentPage = lazy(() =>
  import('../features/incidents/incident-page').then((m) => ({ default: m.IncidentPage })),
);
const AlertsPage = lazy(() =>
  import('../features/alerts/alerts-page').then((m) => ({ default: m.AlertsPage })),
);
const DeadlinesPage = lazy(() =>
  import('../features/deadlines/deadlines-page').then((m) => ({ default: m.DeadlinesPage })),
);
const RegisterPage = lazy(() =>
  import('../features/register/register-page').then((m) => ({ default: m.RegisterPage })),
);
const AuditPage = lazy(() =>
  import('../features/audit/audit-page').then((m) => ({ default: m.AuditPage })),
);
const RunbooksPage = lazy(() =>
  import('../features/runbooks/runbooks-page').then((m) => ({ default: m.RunbooksPage })),
);
const RunbookPage = lazy(() =>
  import('../features/runbooks/runbook-page').then((m) => ({ default: m.RunbookPage })),
);
const NewRunbookPage = lazy(() =>
  import('../features/runbooks/runbook-editor-page').then((m) => ({ default: m.NewRunbookPage })),
);
const EditRunbookPage = lazy(() =>
  import('../features/runbooks/runbook-editor-page').then((m) => ({ default: m.EditRunbookPage })),
);
const RunPage = lazy(() =>
  import('../features/runbook-runs/run-page').then((m) => ({ default: m.RunPage })),
);
const ContinuityPage = lazy(() =>
  import('../features/continuity/continuity-page').then((m) => ({ default: m.ContinuityPage })),
);
const OrganizationsPage = lazy(() =>
  import('../features/organizations/organizations-page').then((m) => ({
    default: m.OrganizationsPage,
  })),
);
const OrganizationPage = lazy(() =>
  import('../features/organizations/organization-page').then((m) => ({
    default: m.OrganizationPage,
  })),
);
const OutboxPage = lazy(() =>
  import('../features/outbox/outbox-page').then((m) => ({ default: m.OutboxPage })),
);
const SettingsPage = lazy(() =>
  import('../features/settings/settings-page').then((m) => ({ default: m.SettingsPage })),
);
const AlertRulesTab = lazy(() =>
  import('../features/alert-rules/alert-rules-tab').then((m) => ({ default: m.AlertRulesTab })),
);
const DetectionRulesTab = lazy(() =>
  import('../features/detection-rules/detection-rules-tab').then((m) => ({
    default: m.DetectionRulesTab,
  })),
);
const SnsSubscriptionsTab = lazy(() =>
  import('../features/sns/sns-subscriptions-tab').then((m) => ({
    default: m.SnsSubscriptionsTab,
  })),
);
const WebhooksTab = lazy(() =>
  import('../features/webhooks/webhooks-tab').then((m) => ({ default: m.WebhooksTab })),
);
const ResponseTargetsTab = lazy(() =>
  import('../features/response-targets/response-targets-tab').then((m) => ({
    default: m.ResponseTargetsTab,
  })),
);
const UsersTab = lazy(() =>
  import('../features/users/users-tab').then((m) => ({ default: m.UsersTab })),
);
const OrganizationsTab = lazy(() =>
  import('../features/organizations/organizations-tab').then((m) => ({
    default: m.OrganizationsTab,
  })),
);
const ApiTokensTab = lazy(() =>
  import('../features/credentials/credentials-tab').then((m) => ({ default: m.ApiTokensTab })),
);
const IngestKeysTab = lazy(() =>
  import('../features/credentials/credentials-tab').then((m) => ({ default: m.IngestKeysTab })),
);
const AppearanceTab = lazy(() =>
  import('../features/settings/appearance-tab').then((m) => ({ default: m.AppearanceTab })),
);
const SignInPage = lazy(() =>
  import('../features/auth/sign-in-page').then((m) => ({ default: m.SignInPage })),
);

const page = (path: string, area: Area, element: ReactNode) => ({
  path,
  element: <RequireArea area={area}>{element}</RequireArea>,
  errorElement: <RouteError />,
});

const settingsTab = (tab: SettingsTab, element: ReactNode) => ({
  path: tab,
  element: <RequireSettingsTab tab={tab}>{element}</RequireSettingsTab>,
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
    element: (
      <RequireSession>
        <AppShell />
      </RequireSession>
    ),
    errorElement: <RootError />,
    children: [
      {
        index: true,
        element: (
          <RequireArea area="overview">
            <OverviewPage />
          </RequireArea>
        ),
        errorElement: <RouteError />,
      },
      page('incidents', 'incidents', <IncidentsPage />),
      page('incidents/:id', 'incidents', <IncidentPage />),
      page('alerts', 'alerts', <AlertsPage />),
      page('deadlines', 'deadlines', <DeadlinesPage />),
      page('deadlines/register', 'deadlines', <RegisterPage />),
      page('audit', 'audit', <AuditPage />),
      page('runbooks', 'runbooks', <RunbooksPage />),
      page('runbooks/new', 'runbooks', <NewRunbookPage />),
      page('runbooks/:id', 'runbooks', <RunbookPage />),
      page('runbooks/:id/edit', 'runbooks', <EditRunbookPage />),
      page('runbook-runs/:id', 'runbooks', <RunPage />),
      page('continuity', 'continuity', <ContinuityPage />),
      page('organizations', 'organizations', <OrganizationsPage />),
      page('organizations/:id', 'organizations', <OrganizationPage />),
      page('outbox', 'outbox', <OutboxPage />),
      {
        ...page('settings', 'settings', <SettingsPage />),
        children: [
          { index: true, element: <SettingsIndex /> },
          settingsTab('users', <UsersTab />),
          settingsTab('organizations', <OrganizationsTab />),
          settingsTab('api-tokens', <ApiTokensTab />),
          settingsTab('ingest-keys', <IngestKeysTab />),
          settingsTab('alert-rules', <AlertRulesTab />),
          settingsTab('detection-rules', <DetectionRulesTab />),
          settingsTab('sns', <SnsSubscriptionsTab />),
          settingsTab('webhooks', <WebhooksTab />),
          settingsTab('response-targets', <ResponseTargetsTab />),
          settingsTab('appearance', <AppearanceTab />),
        ],
      },
      { path: '*', element: <NotFoundPage />, errorElement: <RouteError /> },
    ],
  },
]);
