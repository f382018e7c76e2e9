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
import { useMessages } from '../../i18n';
import { useCurrentUser } from '../auth/queries';
import { messages } from './messages';

const tabs: (Omit<TabLink, 'label'> & { tab: SettingsTab })[] = [
  { tab: 'users', to: 'users', icon: <UsersIcon /> },
  { tab: 'organizations', to: 'organizations', icon: <BuildingIcon /> },
  { tab: 'api-tokens', to: 'api-tokens', icon: <KeyIcon /> },
  { tab: 'ingest-keys', to: 'ingest-keys', icon: <PlugIcon /> },
  { tab: 'alert-rules', to: 'alert-rules', icon: <AlertIcon /> },
  { tab: 'detection-rules', to: 'detection-rules', icon: <TargetIcon /> },
  { tab: 'sns', to: 'sns', icon: <BroadcastIcon /> },
  { tab: 'webhooks', to: 'webhooks', icon: <ChainIcon /> },
  { tab: 'response-targets', to: 'response-targets', icon: <DeadlineIcon /> },
  { tab: 'appearance', to: 'appearance', icon: <MonitorIcon /> },
];

/**
 * Settings: an admin's people, organizations and credentials; the alert and detection rules that
 * security leads write and responders read; this browser's appearance for everyone who gets here.
 */
export const SettingsPage = () => {
  const { role } = useCurrentUser();
  const t = useMessages(messages);
  const visible = tabs
    .filter((tab) => canUseSettingsTab(role, tab.tab))
    .map((tab) => ({ ...tab, label: t.tabs[tab.tab] }));
  return (
    <>
      <PageHeader
        title={t.page.title}
        description={role === 'admin' ? t.page.adminDescription : t.page.description}
      />
      <TabNav label={t.page.sections} tabs={visible} />
      <Suspense fallback={<PageSkeleton label={t.page.loading} />}>
        <Outlet />
      </Suspense>
    </>
  );
};
