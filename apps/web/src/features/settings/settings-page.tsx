import { Suspense } from 'react';
import { Outlet } from 'react-router';
import { canUseSettingsTab, type SettingsTab } from '../../app/access';
import {
  AlertIcon,
  BroadcastIcon,
  BuildingIcon,
  ChainIcon,
  DeadlineIcon,
  KeyIcon,
  MonitorIcon,
  PageHeader,
  PageSkeleton,
  PlugIcon,
  TabNav,
  TargetIcon,
  UsersIcon,
  type TabLink,
} from '../../components/ui';
import { useCurrentUser } from '../auth/queries';

const tabs: (TabLink & { tab: SettingsTab })[] = [
  { tab: 'users', to: 'users', label: 'Users', icon: <UsersIcon /> },
  { tab: 'organizations', to: 'organizations', label: 'Organizations', icon: <BuildingIcon /> },
  { tab: 'api-tokens', to: 'api-tokens', label: 'API tokens', icon: <KeyIcon /> },
  { tab: 'ingest-keys', to: 'ingest-keys', label: 'Ingest keys', icon: <PlugIcon /> },
  { tab: 'alert-rules', to: 'alert-rules', label: 'Alert rules', icon: <AlertIcon /> },
  { tab: 'detection-rules', to: 'detection-rules', label: 'Detection rules', icon: <TargetIcon /> },
  { tab: 'sns', to: 'sns', label: 'SNS subscriptions', icon: <BroadcastIcon /> },
  { tab: 'webhooks', to: 'webhooks', label: 'Webhooks', icon: <ChainIcon /> },
  {
    tab: 'response-targets',
    to: 'response-targets',
    label: 'Response targets',
    icon: <DeadlineIcon />,
  },
  { tab: 'appearance', to: 'appearance', label: 'Appearance', icon: <MonitorIcon /> },
];

/**
 * Settings: an admin's people, organizations and credentials; the alert and detection rules that
 * security leads write and responders read; this browser's appearance for everyone who gets here.
 */
export const SettingsPage = () => {
  const { role } = useCurrentUser();
  const visible = tabs.filter((t) => canUseSettingsTab(role, t.tab));
  return (
    <>
      <PageHeader
        title="Settings"
        description={
          role === 'admin'
            ? 'People and their roles, client organizations, the tokens and keys that call the API, what alerts do when they fire, and where reminders go.'
            : 'What alerts do when they fire, the detections that raise them from the audit log, and how fast incidents should be handled.'
        }
      />
      <TabNav label="Settings sections" tabs={visible} />
      <Suspense fallback={<PageSkeleton label="Loading section" />}>
        <Outlet />
      </Suspense>
    </>
  );
};
