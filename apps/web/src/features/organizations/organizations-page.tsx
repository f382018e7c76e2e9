import {
  BuildingIcon,
  ButtonLink,
  Card,
  EmptyState,
  ErrorState,
  PageHeader,
  SettingsIcon,
  TableSkeleton,
} from '../../components/ui';
import { useMessages } from '../../i18n';
import { useCurrentUser } from '../auth/queries';
import { messages } from './messages';
import { OrganizationsTable } from './organizations-table';
import { useOrganizations } from './queries';

/** The client organizations, read-only; admins edit them in Settings. */
export const OrganizationsPage = () => {
  const user = useCurrentUser();
  const organizations = useOrganizations();
  const t = useMessages(messages).list;
  return (
    <>
      <PageHeader
        title={t.title}
        description={t.description}
        actions={
          user.role === 'admin' ? (
            <ButtonLink to="/settings/organizations" icon={<SettingsIcon />}>
              {t.manage}
            </ButtonLink>
          ) : undefined
        }
      />
      <Card flush>
        {organizations.isPending ? (
          <TableSkeleton label={t.loading} />
        ) : organizations.isError ? (
          <ErrorState error={organizations.error} onRetry={() => void organizations.refetch()} />
        ) : organizations.data.length === 0 ? (
          <EmptyState
            icon={<BuildingIcon size="lg" />}
            title={t.emptyTitle}
            description={t.emptyDescription}
          />
        ) : (
          <OrganizationsTable organizations={organizations.data} />
        )}
      </Card>
    </>
  );
};
