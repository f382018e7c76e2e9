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
} from '../../components/ui';
import {
  issuesToFieldErrors,
  serverFieldErrors,
  withoutError,
  type FieldErrors,
} from '../../lib/form-errors';
import { useOrganizations } from '../organizations/queries';
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
  const editing = user !== undefined;
  const [email, setEmail] = useState('');
  const [displayName, setDisplayName] = useState(user?.displayName ?? '');
  const [role, setRole] = useState<Role>(user?.role ?? 'responder');
  const [organizationId, setOrganizationId] = useState(user?.organizationId ?? '');
  const [errors, setErrors] = useState<FieldErrors>({});
  const organizations = useOrganizations();
  const create = useCreateUser();
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
      update.mutate({ id: user.id, ...parsed.data }, { onSuccess: onClose });
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
    create.mutate(parsed.data, { onSuccess: onClose });
  };

  return (
    <Dialog
      open
      onClose={onClose}
      busy={mutation.isPending}
      title={editing ? `Edit ${user.displayName ?? user.email}` : 'New user'}
      description={
        editing
          ? user.email
          : 'They sign in with a code mailed to this address (or with SSO, when it is set up).'
      }
    >
      <form onSubmit={submit} noValidate className="dialog__form">
        <DialogBody>
          {editing ? null : (
            <TextField
              label="Email"
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
            label="Display name (optional)"
            value={displayName}
            onChange={(e) => {
              setDisplayName(e.target.value);
              setErrors((errs) => withoutError(errs, 'displayName'));
            }}
            error={allErrors.displayName}
            data-autofocus={editing || undefined}
          />
          <SelectField
            label="Role"
            value={role}
            onChange={(e) => {
              setRole(e.target.value as Role);
              setErrors((errs) => withoutError(errs, 'role'));
            }}
            error={allErrors.role}
            hint={
              isSelf
                ? 'You cannot drop your own admin role: another admin has to.'
                : ROLE_DESCRIPTIONS[role]
            }
            disabled={isSelf}
          >
            {ROLE_ORDER.map((r) => (
              <option key={r} value={r}>
                {ROLE_LABELS[r]}
              </option>
            ))}
          </SelectField>
          <SelectField
            label={role === 'client_auditor' ? 'Organization' : 'Organization (optional)'}
            value={organizationId}
            onChange={(e) => {
              setOrganizationId(e.target.value);
              setErrors((errs) => withoutError(errs, 'organizationId'));
            }}
            error={allErrors.organizationId}
            hint={
              role === 'client_auditor'
                ? 'A client auditor sees the events of this organization only.'
                : organizations.isError
                  ? 'The organizations could not be loaded.'
                  : undefined
            }
          >
            <option value="">{organizations.isPending ? 'Loading…' : 'None'}</option>
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
            Cancel
          </Button>
          <Button type="submit" variant="primary" loading={mutation.isPending}>
            {editing ? 'Save changes' : 'Create user'}
          </Button>
        </DialogFooter>
      </form>
    </Dialog>
  );
};
