import { Suspense } from 'react';
import { Outlet } from 'react-router';
import {
  BuildingIcon,
  KeyIcon,
  MonitorIcon,
  PageHeader,
  PageSkeleton,
  PlugIcon,
  TabNav,
  UsersIcon,
} from '../../components/ui';

const tabs = [
  { to: 'users', label: 'Users', icon: <UsersIcon /> },
  { to: 'organizations', label: 'Organizations', icon: <BuildingIcon /> },
  { to: 'api-tokens', label: 'API tokens', icon: <KeyIcon /> },
  { to: 'ingest-keys', label: 'Ingest keys', icon: <PlugIcon /> },
  { to: 'appearance', label: 'Appearance', icon: <MonitorIcon /> },
];

/** Admin settings: people and roles, client organizations, and the credentials that call the API. */
export const SettingsPage = () => (
  <>
    <PageHeader
      title="Settings"
      description="People and their roles, client organizations, and the tokens and keys that call the API."
    />
    <TabNav label="Settings sections" tabs={tabs} />
    <Suspense fallback={<PageSkeleton label="Loading section" />}>
      <Outlet />
    </Suspense>
  </>
);
