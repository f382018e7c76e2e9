import type { Organization } from '@vigil/contracts';
import { useState } from 'react';
import {
  BuildingIcon,
  Button,
  Card,
  EmptyState,
  ErrorState,
  PlusIcon,
  TableSkeleton,
} from '../../components/ui';
import { OrganizationFormDialog } from './organization-form-dialog';
import { OrganizationsTable } from './organizations-table';
import { useOrganizations } from './queries';

type Editing = { mode: 'create' } | { mode: 'edit'; organization: Organization } | null;

/** Settings → Organizations: the admin's list, with create and edit. */
export const OrganizationsTab = () => {
  const organizations = useOrganizations();
  const [editing, setEditing] = useState<Editing>(null);
  const create = (
    <Button variant="primary" icon={<PlusIcon />} onClick={() => setEditing({ mode: 'create' })}>
      New organization
    </Button>
  );

  return (
    <Card
      title="Organizations"
      description="Clients whose audit events Vigil keeps, with the jurisdictions that set their breach-notice rules."
      actions={organizations.data?.length ? create : undefined}
      flush
    >
      {organizations.isPending ? (
        <TableSkeleton label="Loading organizations" />
      ) : organizations.isError ? (
        <ErrorState error={organizations.error} onRetry={() => void organizations.refetch()} />
      ) : organizations.data.length === 0 ? (
        <EmptyState
          icon={<BuildingIcon size="lg" />}
          title="No organizations yet"
          description="Add the clients you keep audit logs for. Their events carry the organization's id, and a client auditor sees only theirs."
          actions={create}
        />
      ) : (
        <OrganizationsTable
          organizations={organizations.data}
          onEdit={(organization) => setEditing({ mode: 'edit', organization })}
        />
      )}
      {editing ? (
        <OrganizationFormDialog
          organization={editing.mode === 'edit' ? editing.organization : undefined}
          onClose={() => setEditing(null)}
        />
      ) : null}
    </Card>
  );
};
