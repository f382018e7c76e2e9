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
import { useMessages } from '../../i18n';
import { messages } from './messages';
import { OrganizationFormDialog } from './organization-form-dialog';
import { OrganizationsTable } from './organizations-table';
import { useOrganizations } from './queries';

type Editing = { mode: 'create' } | { mode: 'edit'; organization: Organization } | null;

/** Settings → Organizations: the admin's list, with create and edit. */
export const OrganizationsTab = () => {
  const words = useMessages(messages);
  const t = words.tab;
  const organizations = useOrganizations();
  const [editing, setEditing] = useState<Editing>(null);
  const create = (
    <Button variant="primary" icon={<PlusIcon />} onClick={() => setEditing({ mode: 'create' })}>
      {t.create}
    </Button>
  );

  return (
    <Card
      title={words.list.title}
      description={t.description}
      actions={organizations.data?.length ? create : undefined}
      flush
    >
      {organizations.isPending ? (
        <TableSkeleton label={words.list.loading} />
      ) : organizations.isError ? (
        <ErrorState error={organizations.error} onRetry={() => void organizations.refetch()} />
      ) : organizations.data.length === 0 ? (
        <EmptyState
          icon={<BuildingIcon size="lg" />}
          title={words.list.emptyTitle}
          description={t.emptyDescription}
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
