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
  useToast,
} from '../../components/ui';
import { useMessages } from '../../i18n';
import { useCurrentUser } from '../auth/queries';
import { useOrganizationNames } from '../organizations/queries';
import { usersTabMessages as messages, userToastMessages } from './messages';
import { useUpdateUser, useUsers } from './queries';
import { UserFormDialog } from './user-form-dialog';

type Dialogs =
  { kind: 'create' } | { kind: 'edit'; user: User } | { kind: 'deactivate'; user: User } | null;

const StatusBadge = ({ user }: { user: User }) => {
  const t = useMessages(messages).status;
  return user.active ? (
    <Badge tone="success" dot>
      {t.active}
    </Badge>
  ) : (
    <Badge tone="neutral" dot>
      {t.deactivated}
    </Badge>
  );
};

/** Settings → Users: who may sign in, with which role. */
export const UsersTab = () => {
  const t = useMessages(messages);
  const me = useCurrentUser();
  const users = useUsers();
  const organizationNames = useOrganizationNames();
  const update = useUpdateUser();
  const toast = useToast();
  const saidDone = useMessages(userToastMessages);
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
      {t.newUser}
    </Button>
  );

  return (
    <Card
      title={t.title}
      description={t.description}
      actions={users.data?.length ? create : undefined}
      flush
    >
      {reactivateError ? (
        <div className="card__notice">
          <ProblemAlert error={reactivateError.error} action={t.reactivation} />
        </div>
      ) : null}
      {users.isPending ? (
        <TableSkeleton label={t.loading} />
      ) : users.isError ? (
        <ErrorState error={users.error} onRetry={() => void users.refetch()} />
      ) : users.data.length === 0 ? (
        <EmptyState
          icon={<UsersIcon size="lg" />}
          title={t.empty.title}
          description={t.empty.description}
          actions={create}
        />
      ) : (
        <div className="table-wrap">
          <table className="table">
            <thead>
              <tr>
                <th scope="col">{t.columns.email}</th>
                <th scope="col">{t.columns.name}</th>
                <th scope="col">{t.columns.role}</th>
                <th scope="col">{t.columns.organization}</th>
                <th scope="col">{t.columns.status}</th>
                <th scope="col">{t.columns.lastSignIn}</th>
                <th scope="col">
                  <span className="visually-hidden">{t.columns.actions}</span>
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
                      {self ? <span className="table__sub">{t.you}</span> : null}
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
                      <Timestamp value={user.lastSignInAt} empty={t.never} />
                    </td>
                    <td className="table__actions">
                      <Button
                        size="sm"
                        icon={<PencilIcon />}
                        aria-label={t.editUser(user.email)}
                        onClick={() => setDialog({ kind: 'edit', user })}
                      >
                        {t.edit}
                      </Button>
                      {self ? null : user.active ? (
                        <Button
                          size="sm"
                          variant="ghost"
                          aria-label={t.deactivateUser(user.email)}
                          onClick={() => setDialog({ kind: 'deactivate', user })}
                        >
                          {t.deactivate}
                        </Button>
                      ) : (
                        <Button
                          size="sm"
                          variant="ghost"
                          aria-label={t.reactivateUser(user.email)}
                          loading={update.isPending && update.variables?.id === user.id}
                          onClick={() => reactivate(user)}
                        >
                          {t.reactivate}
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
        title={dialog?.kind === 'deactivate' ? t.confirm.title(dialog.user.email) : t.deactivate}
        confirmLabel={t.deactivate}
        pending={update.isPending}
        error={update.isError ? <ProblemAlert error={update.error} /> : undefined}
        onCancel={closeDialog}
        onConfirm={() => {
          if (dialog?.kind !== 'deactivate') return;
          const { email } = dialog.user;
          update.mutate(
            { id: dialog.user.id, active: false },
            {
              onSuccess: () => {
                toast({ title: saidDone.deactivated(email) });
                closeDialog();
              },
            },
          );
        }}
      >
        <p>
          {t.confirm.effectBefore}
          <strong>{t.confirm.effect}</strong>
          {t.confirm.effectAfter}
        </p>
        <p>{t.confirm.after}</p>
      </ConfirmDialog>
    </Card>
  );
};
