import {
  createApiTokenSchema,
  createIngestKeySchema,
  type CreatedCredential,
} from '@vigil/contracts';
import { useRef, useState, type FormEvent } from 'react';
import {
  Alert,
  Button,
  CopyButton,
  Dialog,
  DialogBody,
  DialogFooter,
  ProblemAlert,
  SelectField,
  TextField,
} from '../../components/ui';
import { useMessages } from '../../i18n';
import {
  issuesToFieldErrors,
  serverFieldErrors,
  withoutError,
  type FieldErrors,
} from '../../lib/form-errors';
import { useCurrentUser } from '../auth/queries';
import { useUsers } from '../users/queries';
import type { CredentialKind } from './api';
import { EXPIRY_PRESETS, expiresAtFor, type ExpiryPreset } from './credential-status';
import { credentialMessages } from './messages';
import { useCreateApiToken, useCreateIngestKey } from './queries';

/** Shown once, right after creation: the secret, a Copy button, and why it matters. */
const SecretView = ({
  kind,
  created,
  onDone,
}: {
  kind: CredentialKind;
  created: CreatedCredential;
  onDone: () => void;
}) => {
  const input = useRef<HTMLInputElement>(null);
  const { kinds, secret: t } = useMessages(credentialMessages);
  const copy = kinds[kind];
  const selectSecret = () => {
    input.current?.focus();
    input.current?.select();
  };
  return (
    <>
      <DialogBody>
        <Alert tone="warning" title={copy.createdOnce}>
          {copy.secretIntro}
        </Alert>
        <div className="secret-field">
          <TextField
            ref={input}
            label={copy.secretLabel}
            value={created.secret}
            readOnly
            spellCheck={false}
            inputClassName="input--mono"
            onFocus={(e) => e.currentTarget.select()}
            hint={
              kind === 'api-tokens' ? (
                <>
                  {copy.sendAs} <code>Authorization: Bearer …</code>
                  {t.tokenActsAs} {created.credential.userEmail}.
                </>
              ) : (
                <>
                  {copy.sendAs} <code>Authorization: Bearer …</code> {t.keyTo}{' '}
                  <code>POST /api/v1/audit-events</code>
                  {t.keyWritesTo} <code>{created.credential.source}</code>
                  {t.keyEnd}
                </>
              )
            }
          />
          <CopyButton text={created.secret} onFallback={selectSecret} data-autofocus />
        </div>
      </DialogBody>
      <DialogFooter>
        <Button variant="primary" onClick={onDone}>
          {copy.secretStored}
        </Button>
      </DialogFooter>
    </>
  );
};

const TokenFields = ({
  errors,
  userEmail,
  setUserEmail,
}: {
  errors: FieldErrors;
  userEmail: string;
  setUserEmail: (email: string) => void;
}) => {
  const me = useCurrentUser();
  const users = useUsers();
  const t = useMessages(credentialMessages).form;
  const active = (users.data ?? []).filter((u) => u.active);
  return (
    <SelectField
      label={t.actsAs}
      value={userEmail}
      onChange={(e) => setUserEmail(e.target.value)}
      error={errors.userEmail}
      hint={t.actsAsHint}
    >
      {active.some((u) => u.email === me.email) ? null : (
        <option value={me.email}>{me.email}</option>
      )}
      {active.map((u) => (
        <option key={u.id} value={u.email}>
          {u.email}
          {u.email === me.email ? t.you : ''}
        </option>
      ))}
    </SelectField>
  );
};

export interface CreateCredentialDialogProps {
  kind: CredentialKind;
  onClose: () => void;
}

/** Name it, bind it (to a person or a source), choose when it expires; then see it once. */
export const CreateCredentialDialog = ({ kind, onClose }: CreateCredentialDialogProps) => {
  const me = useCurrentUser();
  const { kinds, form: t } = useMessages(credentialMessages);
  const copy = kinds[kind];
  const [name, setName] = useState('');
  const [source, setSource] = useState('');
  const [userEmail, setUserEmail] = useState(me.email);
  const [expiry, setExpiry] = useState<ExpiryPreset>(kind === 'api-tokens' ? '90' : 'never');
  const [errors, setErrors] = useState<FieldErrors>({});
  const createToken = useCreateApiToken();
  const createKey = useCreateIngestKey();
  const mutation = kind === 'api-tokens' ? createToken : createKey;
  const allErrors = { ...serverFieldErrors(mutation.error), ...errors };
  const created = mutation.data;

  /** The schema's messages, said in the console's language where the form has its own words. */
  const fieldErrors = (issues: Parameters<typeof issuesToFieldErrors>[0]): FieldErrors =>
    Object.fromEntries(
      Object.entries(issuesToFieldErrors(issues)).map(([field, message]) => [
        field,
        t.invalid[field as keyof typeof t.invalid] ?? message,
      ]),
    );

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const expiresAt = expiresAtFor(expiry, Date.now());
    if (kind === 'api-tokens') {
      const parsed = createApiTokenSchema.safeParse({ name, userEmail, expiresAt });
      if (!parsed.success) return setErrors(fieldErrors(parsed.error.issues));
      setErrors({});
      createToken.mutate(parsed.data);
    } else {
      const parsed = createIngestKeySchema.safeParse({ name, source: source.trim(), expiresAt });
      if (!parsed.success) return setErrors(fieldErrors(parsed.error.issues));
      setErrors({});
      createKey.mutate(parsed.data);
    }
  };

  if (created) {
    return (
      // Not dismissible by Escape or a stray click: closing loses the secret for good.
      <Dialog key="secret" open onClose={onClose} dismissible={false} title={copy.createdTitle}>
        <SecretView kind={kind} created={created} onDone={onClose} />
      </Dialog>
    );
  }

  return (
    <Dialog
      key="form"
      open
      onClose={onClose}
      busy={mutation.isPending}
      title={copy.newTitle}
      description={copy.formDescription}
    >
      <form onSubmit={submit} noValidate className="dialog__form">
        <DialogBody>
          <TextField
            label={t.name}
            value={name}
            onChange={(e) => {
              setName(e.target.value);
              setErrors((errs) => withoutError(errs, 'name'));
            }}
            error={allErrors.name}
            placeholder={copy.namePlaceholder}
            data-autofocus
          />
          {kind === 'api-tokens' ? (
            <TokenFields errors={allErrors} userEmail={userEmail} setUserEmail={setUserEmail} />
          ) : (
            <TextField
              label={t.source}
              value={source}
              onChange={(e) => {
                setSource(e.target.value);
                setErrors((errs) => withoutError(errs, 'source'));
              }}
              error={allErrors.source}
              spellCheck={false}
              placeholder="app-prod"
              hint={t.sourceHint}
            />
          )}
          <SelectField
            label={t.expires}
            value={expiry}
            onChange={(e) => {
              setExpiry(e.target.value as ExpiryPreset);
              setErrors((errs) => withoutError(errs, 'expiresAt'));
            }}
            error={allErrors.expiresAt}
          >
            {EXPIRY_PRESETS.map((p) => (
              <option key={p.value} value={p.value}>
                {p.label}
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
            {copy.submit}
          </Button>
        </DialogFooter>
      </form>
    </Dialog>
  );
};
