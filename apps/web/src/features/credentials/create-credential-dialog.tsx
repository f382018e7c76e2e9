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
import { useCreateApiToken, useCreateIngestKey } from './queries';

export const CREDENTIAL_NOUN: Record<CredentialKind, string> = {
  'api-tokens': 'API token',
  'ingest-keys': 'ingest key',
};

const capitalised = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

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
  const noun = CREDENTIAL_NOUN[kind];
  const selectSecret = () => {
    input.current?.focus();
    input.current?.select();
  };
  return (
    <>
      <DialogBody>
        <Alert tone="warning" title={`This is the only time the ${noun} is shown`}>
          Vigil keeps only a hash of it. Copy it into your secret store now; if it is lost, revoke
          it and create another.
        </Alert>
        <div className="secret-field">
          <TextField
            ref={input}
            label={capitalised(noun)}
            value={created.secret}
            readOnly
            spellCheck={false}
            inputClassName="input--mono"
            onFocus={(e) => e.currentTarget.select()}
            hint={
              kind === 'api-tokens' ? (
                <>
                  Send it as <code>Authorization: Bearer …</code>; it acts as{' '}
                  {created.credential.userEmail}.
                </>
              ) : (
                <>
                  Send it as <code>Authorization: Bearer …</code> to{' '}
                  <code>POST /api/v1/audit-events</code>; it writes to source{' '}
                  <code>{created.credential.source}</code> only.
                </>
              )
            }
          />
          <CopyButton text={created.secret} onFallback={selectSecret} data-autofocus />
        </div>
      </DialogBody>
      <DialogFooter>
        <Button variant="primary" onClick={onDone}>
          I have stored it
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
  const active = (users.data ?? []).filter((u) => u.active);
  return (
    <SelectField
      label="Acts as"
      value={userEmail}
      onChange={(e) => setUserEmail(e.target.value)}
      error={errors.userEmail}
      hint="The token has this person's role and sees what they see."
    >
      {active.some((u) => u.email === me.email) ? null : (
        <option value={me.email}>{me.email}</option>
      )}
      {active.map((u) => (
        <option key={u.id} value={u.email}>
          {u.email}
          {u.email === me.email ? ' (you)' : ''}
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
  const noun = CREDENTIAL_NOUN[kind];
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

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const expiresAt = expiresAtFor(expiry, Date.now());
    if (kind === 'api-tokens') {
      const parsed = createApiTokenSchema.safeParse({ name, userEmail, expiresAt });
      if (!parsed.success) return setErrors(issuesToFieldErrors(parsed.error.issues));
      setErrors({});
      createToken.mutate(parsed.data);
    } else {
      const parsed = createIngestKeySchema.safeParse({ name, source: source.trim(), expiresAt });
      if (!parsed.success) return setErrors(issuesToFieldErrors(parsed.error.issues));
      setErrors({});
      createKey.mutate(parsed.data);
    }
  };

  if (created) {
    return (
      // Not dismissible by Escape or a stray click: closing loses the secret for good.
      <Dialog
        key="secret"
        open
        onClose={onClose}
        dismissible={false}
        title={`${capitalised(noun)} created`}
      >
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
      title={`New ${noun}`}
      description={
        kind === 'api-tokens'
          ? 'For scripts and integrations that call the API as a person.'
          : 'For an application or pipeline that sends audit events, bound to one source.'
      }
    >
      <form onSubmit={submit} noValidate className="dialog__form">
        <DialogBody>
          <TextField
            label="Name"
            value={name}
            onChange={(e) => {
              setName(e.target.value);
              setErrors((errs) => withoutError(errs, 'name'));
            }}
            error={allErrors.name}
            placeholder={
              kind === 'api-tokens' ? 'e.g. Weekly export script' : 'e.g. App production'
            }
            data-autofocus
          />
          {kind === 'api-tokens' ? (
            <TokenFields errors={allErrors} userEmail={userEmail} setUserEmail={setUserEmail} />
          ) : (
            <TextField
              label="Source"
              value={source}
              onChange={(e) => {
                setSource(e.target.value);
                setErrors((errs) => withoutError(errs, 'source'));
              }}
              error={allErrors.source}
              spellCheck={false}
              placeholder="app-prod"
              hint="The stream its events are chained in, like app-prod or aws.cloudtrail. One key writes to one source."
            />
          )}
          <SelectField
            label="Expires"
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
            Cancel
          </Button>
          <Button type="submit" variant="primary" loading={mutation.isPending}>
            Create {noun}
          </Button>
        </DialogFooter>
      </form>
    </Dialog>
  );
};
