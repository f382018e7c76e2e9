import { createUserSchema, updateUserSchema, type Role, type User } from '@vigil/contracts';
import { useState, type FormEvent } from 'react';
import { ROLE_DESCRIPTIONS, ROLE_LABELS, ROLE_ORDER } from '../../app/access';
import {
  Button,
  Dialog,
  DialogBody,
  DialogFooter,
  ProblemAlert,
  SelectField,
  TextField,
  useToast,
} from '../../components/ui';
import {
  issuesToFieldErrors,
  serverFieldErrors,
  withoutError,
  type FieldErrors,
} from '../../lib/form-errors';
import { useMessages } from '../../i18n';
import { useOrganizations } from '../organizations/queries';
import { userFormMessages as messages, userToastMessages } from './messages';
import { useCreateUser, useUpdateUser } from './queries';

export interface UserFormDialogProps {
  /** Absent to create one. */
  user?: User;
  /** The admin editing: they cannot take their own admin role away. */
  selfId: string;
  onClose: () => void;
}

/** Create a user, or change a user's name, role and organization. */
export const UserFormDialog = ({ user, selfId, onClose }: UserFormDialogProps) => {
  const t = useMessages(messages);
  const editing = user !== undefined;
  const [email, setEmail] = useState('');
  const [displayName, setDisplayName] = useState(user?.displayName ?? '');
  const [role, setRole] = useState<Role>(user?.role ?? 'responder');
  const [organizationId, setOrganizationId] = useState(user?.organizationId ?? '');
  const [errors, setErrors] = useState<FieldErrors>({});
  const organizations = useOrganizations();
  const create = useCreateUser();
  const toast = useToast();
  const saidDone = useMessages(userToastMessages);
  const update = useUpdateUser();
  const mutation = editing ? update : create;
  const allErrors = { ...serverFieldErrors(mutation.error), ...errors };
  const isSelf = user?.id === selfId;

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const name = displayName.trim();
    if (editing) {
      const parsed = updateUserSchema.safeParse({
        role,
        organizationId: organizationId || null,
        displayName: name || null,
      });
      if (!parsed.success) return setErrors(issuesToFieldErrors(parsed.error.issues));
      setErrors({});
      update.mutate(
        { id: user.id, ...parsed.data },
        {
          onSuccess: () => {
            toast({ title: saidDone.updated(user.email) });
            onClose();
          },
        },
      );
      return;
    }
    const parsed = createUserSchema.safeParse({
      email,
      role,
      ...(organizationId ? { organizationId } : {}),
      ...(name ? { displayName: name } : {}),
    });
    if (!parsed.success) return setErrors(issuesToFieldErrors(parsed.error.issues));
    setErrors({});
    create.mutate(parsed.data, {
      onSuccess: (created) => {
        toast({ title: saidDone.created(created.email) });
        onClose();
      },
    });
  };

  return (
    <Dialog
      open
      onClose={onClose}
      busy={mutation.isPending}
      title={editing ? t.editTitle(user.displayName ?? user.email) : t.newTitle}
      description={editing ? user.email : t.newDescription}
    >
      <form onSubmit={submit} noValidate className="dialog__form">
        <DialogBody>
          {editing ? null : (
            <TextField
              label={t.email}
              type="email"
              autoComplete="off"
              value={email}
              onChange={(e) => {
                setEmail(e.target.value);
                setErrors((errs) => withoutError(errs, 'email'));
              }}
              error={allErrors.email}
              data-autofocus
            />
          )}
          <TextField
            label={t.displayName}
            value={displayName}
            onChange={(e) => {
              setDisplayName(e.target.value);
              setErrors((errs) => withoutError(errs, 'displayName'));
            }}
            error={allErrors.displayName}
            data-autofocus={editing || undefined}
          />
          <SelectField
            label={t.role}
            value={role}
            onChange={(e) => {
              setRole(e.target.value as Role);
              setErrors((errs) => withoutError(errs, 'role'));
            }}
            error={allErrors.role}
            hint={isSelf ? t.selfRoleHint : ROLE_DESCRIPTIONS[role]}
            disabled={isSelf}
          >
            {ROLE_ORDER.map((r) => (
              <option key={r} value={r}>
                {ROLE_LABELS[r]}
              </option>
            ))}
          </SelectField>
          <SelectField
            label={role === 'client_auditor' ? t.organization : t.organizationOptional}
            value={organizationId}
            onChange={(e) => {
              setOrganizationId(e.target.value);
              setErrors((errs) => withoutError(errs, 'organizationId'));
            }}
            error={allErrors.organizationId}
            hint={
              role === 'client_auditor'
                ? t.clientAuditorHint
                : organizations.isError
                  ? t.organizationsError
                  : undefined
            }
          >
            <option value="">{organizations.isPending ? t.loading : t.none}</option>
            {(organizations.data ?? []).map((o) => (
              <option key={o.id} value={o.id}>
                {o.name} ({o.id})
              </option>
            ))}
          </SelectField>
          {mutation.isError ? <ProblemAlert error={mutation.error} /> : null}
        </DialogBody>
        <DialogFooter>
          <Button onClick={onClose} disabled={mutation.isPending}>
            {t.cancel}
          </Button>
          <Button type="submit" variant="primary" loading={mutation.isPending}>
            {editing ? t.save : t.create}
          </Button>
        </DialogFooter>
      </form>
    </Dialog>
  );
};
