import type { ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router';
import { ButtonLink, Card, EmptyState, PageHeader, ShieldIcon } from '../components/ui';
import { useCurrentUser } from '../features/auth/queries';
import { useMessages } from '../i18n';
import { canUse, homePath, ROLE_LABELS, type Area } from './access';
import { appMessages } from './messages';
import { RoleBadge } from './role-badge';

/** A page for some roles only; the others get told so (the API would answer 403 anyway). */
export const RequireArea = ({ area, children }: { area: Area; children: ReactNode }) => {
  const user = useCurrentUser();
  const { pathname } = useLocation();
  const t = useMessages(appMessages);
  if (canUse(user.role, area)) return children;
  const home = homePath(user);
  // The home page of the console is not theirs: take them to their own without a detour.
  if (pathname === '/') return <Navigate to={home} replace />;
  return (
    <>
      <PageHeader title={t.notAvailable} />
      <Card>
        <EmptyState
          icon={<ShieldIcon size="lg" />}
          title={t.pageNotForRole}
          description={
            <>
              {t.signedInAs} <RoleBadge role={user.role} />. {t.areaRefused(ROLE_LABELS[user.role])}
            </>
          }
          actions={
            <ButtonLink to={home} variant="primary">
              {t.goToStart}
            </ButtonLink>
          }
        />
      </Card>
    </>
  );
};
