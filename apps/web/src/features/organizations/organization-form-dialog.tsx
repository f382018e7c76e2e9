import {
  createOrganizationSchema,
  JURISDICTIONS,
  updateOrganizationSchema,
  type Contact,
  type Jurisdiction,
  type Organization,
} from '@vigil/contracts';
import { useId, useState, type FormEvent } from 'react';
import {
  Button,
  Dialog,
  DialogBody,
  DialogFooter,
  PlusIcon,
  ProblemAlert,
  TextField,
  TrashIcon,
  useToast,
} from '../../components/ui';
import { useMessages } from '../../i18n';
import {
  issuesToFieldErrors,
  serverFieldErrors,
  withoutError,
  type FieldErrors,
} from '../../lib/form-errors';
import { JURISDICTION_LABELS } from './jurisdictions';
import { messages, organizationToastMessages } from './messages';
import { useCreateOrganization, useUpdateOrganization } from './queries';

interface ContactDraft {
  key: number;
  name: string;
  email: string;
  role: string;
}

let nextContactKey = 1;
const contactDraft = (contact?: Contact): ContactDraft => ({
  key: nextContactKey++,
  name: contact?.name ?? '',
  email: contact?.email ?? '',
  role: contact?.role ?? '',
});

const isBlank = (c: ContactDraft) => !c.name.trim() && !c.email.trim() && !c.role.trim();

export interface OrganizationFormDialogProps {
  /** Absent to create one. */
  organization?: Organization;
  onClose: () => void;
}

/** Create or edit a client organization: its name, jurisdictions and people to notify. */
export const OrganizationFormDialog = ({ organization, onClose }: OrganizationFormDialogProps) => {
  const t = useMessages(messages).form;
  const editing = organization !== undefined;
  const [id, setId] = useState('');
  const [name, setName] = useState(organization?.name ?? '');
  const [jurisdictions, setJurisdictions] = useState<Jurisdiction[]>(
    organization?.jurisdictions ?? [],
  );
  const [contacts, setContacts] = useState<ContactDraft[]>(() =>
    (organization?.contacts ?? []).map(contactDraft),
  );
  const [errors, setErrors] = useState<FieldErrors>({});
  const create = useCreateOrganization();
  const update = useUpdateOrganization();
  const toast = useToast();
  const saidDone = useMessages(organizationToastMessages);
  const mutation = editing ? update : create;
  const legendId = useId();
  const allErrors = { ...serverFieldErrors(mutation.error), ...errors };

  const toggle = (j: Jurisdiction) =>
    setJurisdictions((current) =>
      current.includes(j) ? current.filter((x) => x !== j) : [...current, j],
    );

  const editContact = (key: number, field: keyof Omit<ContactDraft, 'key'>, value: string) => {
    setContacts((current) => current.map((c) => (c.key === key ? { ...c, [field]: value } : c)));
    setErrors((e) => withoutError(e, `contact.${key}.${field}`));
  };

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const kept = contacts.filter((c) => !isBlank(c));
    const body = {
      name,
      // In the order of the list, whatever order they were ticked in.
      jurisdictions: JURISDICTIONS.filter((j) => jurisdictions.includes(j)),
      contacts: kept.map((c) => ({
        name: c.name,
        email: c.email,
        ...(c.role.trim() ? { role: c.role } : {}),
      })),
    };
    const fail = (issues: Parameters<typeof issuesToFieldErrors>[0]) => {
      // Errors on contacts point at rows of the kept list; map them back to the drafts.
      const remapped: FieldErrors = {};
      for (const [path, message] of Object.entries(issuesToFieldErrors(issues))) {
        const match = /^contacts\.(\d+)\.(.+)$/.exec(path);
        const draft = match ? kept[Number(match[1])] : undefined;
        remapped[draft && match ? `contact.${draft.key}.${match[2]}` : path] = message;
      }
      setErrors(remapped);
    };
    if (editing) {
      const parsed = updateOrganizationSchema.safeParse(body);
      if (!parsed.success) return fail(parsed.error.issues);
      setErrors({});
      update.mutate(
        { id: organization.id, ...parsed.data },
        {
          onSuccess: (saved) => {
            toast({ title: saidDone.updated(saved.name) });
            onClose();
          },
        },
      );
    } else {
      const parsed = createOrganizationSchema.safeParse(
        id.trim() ? { ...body, id: id.trim() } : body,
      );
      if (!parsed.success) return fail(parsed.error.issues);
      setErrors({});
      create.mutate(parsed.data, {
        onSuccess: (saved) => {
          toast({ title: saidDone.created(saved.name) });
          onClose();
        },
      });
    }
  };

  const contactError = (c: ContactDraft, field: string, index: number) =>
    allErrors[`contact.${c.key}.${field}`] ?? allErrors[`contacts.${index}.${field}`];

  return (
    <Dialog
      open
      onClose={onClose}
      size="lg"
      busy={mutation.isPending}
      title={editing ? t.editTitle(organization.name) : t.newTitle}
      description={editing ? t.editDescription(organization.id) : t.newDescription}
    >
      <form onSubmit={submit} noValidate className="dialog__form">
        <DialogBody>
          <div className="form-grid">
            <TextField
              label={t.name}
              value={name}
              onChange={(e) => {
                setName(e.target.value);
                setErrors((errs) => withoutError(errs, 'name'));
              }}
              error={allErrors.name}
              autoComplete="organization"
              data-autofocus
            />
            {editing ? null : (
              <TextField
                label={t.id}
                value={id}
                onChange={(e) => {
                  setId(e.target.value);
                  setErrors((errs) => withoutError(errs, 'id'));
                }}
                error={allErrors.id}
                hint={t.idHint}
                spellCheck={false}
              />
            )}
          </div>
          <fieldset className="fieldset" aria-describedby={`${legendId}-hint`}>
            <legend className="field__label">{t.jurisdictions}</legend>
            <p className="field__hint" id={`${legendId}-hint`}>
              {t.jurisdictionsHint}
            </p>
            <div className="checkbox-grid">
              {JURISDICTIONS.map((j) => (
                <label className="checkbox" key={j}>
                  <input
                    type="checkbox"
                    checked={jurisdictions.includes(j)}
                    onChange={() => toggle(j)}
                  />
                  <span>
                    <strong>{JURISDICTION_LABELS[j].name}</strong>
                    <span className="checkbox__hint">
                      {j} · {JURISDICTION_LABELS[j].law}
                    </span>
                  </span>
                </label>
              ))}
            </div>
            {allErrors.jurisdictions ? (
              <p className="field__error">{allErrors.jurisdictions}</p>
            ) : null}
          </fieldset>
          <fieldset className="fieldset">
            <legend className="field__label">{t.contacts}</legend>
            <p className="field__hint">{t.contactsHint}</p>
            {contacts.length === 0 ? (
              <p className="fieldset__empty">{t.noContacts}</p>
            ) : (
              <ul className="contact-rows">
                {contacts.map((c, index) => (
                  <li className="contact-row" key={c.key}>
                    <TextField
                      label={t.contactName(index + 1)}
                      value={c.name}
                      onChange={(e) => editContact(c.key, 'name', e.target.value)}
                      error={contactError(c, 'name', index)}
                    />
                    <TextField
                      label={t.contactEmail(index + 1)}
                      type="email"
                      value={c.email}
                      onChange={(e) => editContact(c.key, 'email', e.target.value)}
                      error={contactError(c, 'email', index)}
                    />
                    <TextField
                      label={t.contactRole(index + 1)}
                      value={c.role}
                      placeholder={t.rolePlaceholder}
                      onChange={(e) => editContact(c.key, 'role', e.target.value)}
                      error={contactError(c, 'role', index)}
                    />
                    <Button
                      variant="ghost"
                      iconOnly
                      className="contact-row__remove"
                      aria-label={t.removeContact(index + 1)}
                      title={t.remove}
                      onClick={() => setContacts((all) => all.filter((x) => x.key !== c.key))}
                    >
                      <TrashIcon />
                    </Button>
                  </li>
                ))}
              </ul>
            )}
            <div>
              <Button
                size="sm"
                icon={<PlusIcon />}
                onClick={() => setContacts((all) => [...all, contactDraft()])}
              >
                {t.addContact}
              </Button>
            </div>
          </fieldset>
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
