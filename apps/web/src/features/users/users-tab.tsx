import type { User } from '@vigil/contracts';
import { useState } from 'react';
import { RoleBadge } from '../../app/role-badge';
import {
  Badge,
  Button,
  Card,
  ConfirmDialog,
  EmptyState,
  ErrorState,
  PencilIcon,
  PlusIcon,
  ProblemAlert,
  TableSkeleton,
  Timestamp,
  UsersIcon,
} from '../../components/ui';
import { useCurrentUser } from '../auth/queries';
import { useOrganizationNames } from '../organizations/queries';
import { useUpdateUser, useUsers } from './queries';
import { UserFormDialog } from './user-form-dialog';

type Dialogs =
  { kind: 'create' } | { kind: 'edit'; user: User } | { kind: 'deactivate'; user: User } | null;

const StatusBadge = ({ user }: { user: User }) =>
  user.active ? (
    <Badge tone="success" dot>
      Active
    </Badge>
  ) : (
    <Badge tone="neutral" dot>
      Deactivated
    </Badge>
  );

/** Settings → Users: who may sign in, with which role. */
export const UsersTab = () => {
  const me = useCurrentUser();
  const users = useUsers();
  const organizationNames = useOrganizationNames();
  const update = useUpdateUser();
  const [dialog, setDialog] = useState<Dialogs>(null);
  const [reactivateError, setReactivateError] = useState<{ id: string; error: unknown }>();

  const closeDialog = () => {
    update.reset();
    setDialog(null);
  };

  const reactivate = (user: User) => {
    setReactivateError(undefined);
    update.mutate(
      { id: user.id, active: true },
      { onError: (error) => setReactivateError({ id: user.id, error }) },
    );
  };

  const create = (
    <Button variant="primary" icon={<PlusIcon />} onClick={() => setDialog({ kind: 'create' })}>
      New user
    </Button>
  );

  return (
    <Card
      title="Users"
      description="Everyone who can sign in to Vigil, and what their role lets them do."
      actions={users.data?.length ? create : undefined}
      flush
    >
      {reactivateError ? (
        <div className="card__notice">
          <ProblemAlert error={reactivateError.error} action="Reactivation" />
        </div>
      ) : null}
      {users.isPending ? (
        <TableSkeleton label="Loading users" />
      ) : users.isError ? (
        <ErrorState error={users.error} onRetry={() => void users.refetch()} />
      ) : users.data.length === 0 ? (
        <EmptyState
          icon={<UsersIcon size="lg" />}
          title="No users yet"
          description="Add the people who respond to incidents and audit the logs."
          actions={create}
        />
      ) : (
        <div className="table-wrap">
          <table className="table">
            <thead>
              <tr>
                <th scope="col">Email</th>
                <th scope="col">Name</th>
                <th scope="col">Role</th>
                <th scope="col">Organization</th>
                <th scope="col">Status</th>
                <th scope="col">Last sign-in</th>
                <th scope="col">
                  <span className="visually-hidden">Actions</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {users.data.map((user) => {
                const self = user.id === me.id;
                return (
                  <tr key={user.id} className={user.active ? undefined : 'table__row--muted'}>
                    <td>
                      {user.email}
                      {self ? <span className="table__sub">You</span> : null}
                    </td>
                    <td>{user.displayName ?? <span className="muted">—</span>}</td>
                    <td>
                      <RoleBadge role={user.role} />
                    </td>
                    <td>
                      {user.organizationId ? (
                        <>
                          {organizationNames.get(user.organizationId) ?? user.organizationId}
                          <span className="table__sub mono">{user.organizationId}</span>
                        </>
                      ) : (
                        <span className="muted">—</span>
                      )}
                    </td>
                    <td>
                      <StatusBadge user={user} />
                      {user.deactivatedAt ? (
                        <span className="table__sub">
                          <Timestamp value={user.deactivatedAt} />
                        </span>
                      ) : null}
                    </td>
                    <td>
                      <Timestamp value={user.lastSignInAt} empty="Never" />
                    </td>
                    <td className="table__actions">
                      <Button
                        size="sm"
                        icon={<PencilIcon />}
                        aria-label={`Edit ${user.email}`}
                        onClick={() => setDialog({ kind: 'edit', user })}
                      >
                        Edit
                      </Button>
                      {self ? null : user.active ? (
                        <Button
                          size="sm"
                          variant="ghost"
                          aria-label={`Deactivate ${user.email}`}
                          onClick={() => setDialog({ kind: 'deactivate', user })}
                        >
                          Deactivate
                        </Button>
                      ) : (
                        <Button
                          size="sm"
                          variant="ghost"
                          aria-label={`Reactivate ${user.email}`}
                          loading={update.isPending && update.variables?.id === user.id}
                          onClick={() => reactivate(user)}
                        >
                          Reactivate
                        </Button>
                      )}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
      {dialog?.kind === 'create' ? <UserFormDialog selfId={me.id} onClose={closeDialog} /> : null}
      {dialog?.kind === 'edit' ? (
        <UserFormDialog user={dialog.user} selfId={me.id} onClose={closeDialog} />
      ) : null}
      <ConfirmDialog
        open={dialog?.kind === 'deactivate'}
        title={dialog?.kind === 'deactivate' ? `Deactivate ${dialog.user.email}?` : 'Deactivate'}
        confirmLabel="Deactivate"
        pending={update.isPending}
        error={update.isError ? <ProblemAlert error={update.error} /> : undefined}
        onCancel={closeDialog}
        onConfirm={() => {
          if (dialog?.kind !== 'deactivate') return;
          update.mutate({ id: dialog.user.id, active: false }, { onSuccess: closeDialog });
        }}
      >
        <p>
          This <strong>ends their sessions and revokes their API tokens at once</strong>: anyone
          using them is signed out on their next request.
        </p>
        <p>
          They can no longer sign in. Their history stays in the audit log, and you can reactivate
          them later; revoked tokens stay revoked.
        </p>
      </ConfirmDialog>
    </Card>
  );
};
