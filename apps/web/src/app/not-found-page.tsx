import { useLocation } from 'react-router';
import { useCurrentUser } from '../features/auth/queries';
import { homePath } from './access';
import { ButtonLink, Card, CompassIcon, EmptyState, PageHeader } from '../components/ui';

export const NotFoundPage = () => {
  const { pathname } = useLocation();
  const home = homePath(useCurrentUser());
  return (
    <>
      <PageHeader title="Page not found" />
      <Card>
        <EmptyState
          icon={<CompassIcon size="lg" />}
          title="Nothing lives at this address"
          description={
            <>
              <code className="code-chip">{pathname}</code> is not a page in Vigil. The link may be
              old or mistyped.
            </>
          }
          actions={
            <ButtonLink to={home} variant="primary">
              {home === '/' ? 'Go to Overview' : 'Go to the audit log'}
            </ButtonLink>
          }
        />
      </Card>
    </>
  );
};
