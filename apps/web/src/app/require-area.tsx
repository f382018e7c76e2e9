import type { ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router';
import { ButtonLink, Card, EmptyState, PageHeader, ShieldIcon } from '../components/ui';
import { useCurrentUser } from '../features/auth/queries';
import { canUse, homePath, ROLE_LABELS, type Area } from './access';
import { RoleBadge } from './role-badge';

/** A page for some roles only; the others get told so (the API would answer 403 anyway). */
export const RequireArea = ({ area, children }: { area: Area; children: ReactNode }) => {
  const user = useCurrentUser();
  const { pathname } = useLocation();
  if (canUse(user.role, area)) return children;
  const home = homePath(user);
  // The home page of the console is not theirs: take them to their own without a detour.
  if (pathname === '/') return <Navigate to={home} replace />;
  return (
    <>
      <PageHeader title="Not available" />
      <Card>
        <EmptyState
          icon={<ShieldIcon size="lg" />}
          title="This page is not available to your role"
          description={
            <>
              You are signed in as <RoleBadge role={user.role} />. A{' '}
              {ROLE_LABELS[user.role].toLowerCase()} cannot use this part of Vigil; an administrator
              can change your role if you need it.
            </>
          }
          actions={
            <ButtonLink to={home} variant="primary">
              Go to your start page
            </ButtonLink>
          }
        />
      </Card>
    </>
  );
};
