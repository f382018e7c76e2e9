import { useLocation } from 'react-router';
import { useCurrentUser } from '../features/auth/queries';
import { useMessages } from '../i18n';
import { homePath } from './access';
import { appMessages } from './messages';
import { ButtonLink, Card, CompassIcon, EmptyState, PageHeader } from '../components/ui';

export const NotFoundPage = () => {
  const { pathname } = useLocation();
  const home = homePath(useCurrentUser());
  const t = useMessages(appMessages).notFound;
  return (
    <>
      <PageHeader title={t.title} />
      <Card>
        <EmptyState
          icon={<CompassIcon size="lg" />}
          title={t.heading}
          description={
            <>
              <code className="code-chip">{pathname}</code> {t.detail}
            </>
          }
          actions={
            <ButtonLink to={home} variant="primary">
              {home === '/' ? t.toOverview : t.toAudit}
            </ButtonLink>
          }
        />
      </Card>
    </>
  );
};
