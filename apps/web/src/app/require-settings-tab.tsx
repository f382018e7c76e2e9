import type { ReactNode } from 'react';
import { Navigate } from 'react-router';
import { Card, EmptyState, ShieldIcon } from '../components/ui';
import { useCurrentUser } from '../features/auth/queries';
import { useMessages } from '../i18n';
import { canUseSettingsTab, firstSettingsTab, ROLE_LABELS, type SettingsTab } from './access';
import { appMessages } from './messages';

/** `/settings` opens on the first tab this role can use. */
export const SettingsIndex = () => {
  const { role } = useCurrentUser();
  return <Navigate to={firstSettingsTab(role)} replace />;
};

/** One tab of Settings, for the roles that may use it; the others are told so. */
export const RequireSettingsTab = ({
  tab,
  children,
}: {
  tab: SettingsTab;
  children: ReactNode;
}) => {
  const { role } = useCurrentUser();
  const t = useMessages(appMessages);
  if (canUseSettingsTab(role, tab)) return children;
  return (
    <Card>
      <EmptyState
        icon={<ShieldIcon size="lg" />}
        title={t.sectionNotForRole}
        description={t.settingsRefused(ROLE_LABELS[role])}
      />
    </Card>
  );
};
