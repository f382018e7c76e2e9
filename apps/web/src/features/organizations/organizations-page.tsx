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
import { useCurrentUser } from '../auth/queries';
import { OrganizationsTable } from './organizations-table';
import { useOrganizations } from './queries';

/** The client organizations, read-only; admins edit them in Settings. */
export const OrganizationsPage = () => {
  const user = useCurrentUser();
  const organizations = useOrganizations();
  return (
    <>
      <PageHeader
        title="Organizations"
        description="The clients whose audit events Vigil keeps, where their people live, and whom to tell about an incident."
        actions={
          user.role === 'admin' ? (
            <ButtonLink to="/settings/organizations" icon={<SettingsIcon />}>
              Manage in Settings
            </ButtonLink>
          ) : undefined
        }
      />
      <Card flush>
        {organizations.isPending ? (
          <TableSkeleton label="Loading organizations" />
        ) : organizations.isError ? (
          <ErrorState error={organizations.error} onRetry={() => void organizations.refetch()} />
        ) : organizations.data.length === 0 ? (
          <EmptyState
            icon={<BuildingIcon size="lg" />}
            title="No organizations yet"
            description="An administrator adds client organizations in Settings."
          />
        ) : (
          <OrganizationsTable organizations={organizations.data} />
        )}
      </Card>
    </>
  );
};
