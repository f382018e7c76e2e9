import { WEBHOOK_EVENTS, type CreatedWebhook, type Webhook } from '@vigil/contracts';
import { useId, useRef, useState, type FormEvent } from 'react';
import {
  Alert,
  Button,
  CopyButton,
  Dialog,
  DialogBody,
  DialogFooter,
  ProblemAlert,
  TextField,
} from '../../components/ui';
import { useMessages } from '../../i18n';
import { serverFieldErrors, withoutError, type FieldErrors } from '../../lib/form-errors';
import { messages } from './messages';
import { useCreateWebhook, useUpdateWebhook } from './queries';
import { SignatureHelp } from './signature-help';
import {
  draftOf,
  toCreateWebhook,
  toWebhookPatch,
  WEBHOOK_EVENT_LABELS,
  type WebhookDraft,
} from './webhook-form';

/** Shown once, right after creation: the signing secret, a Copy button, and how to use it. */
const SecretView = ({ created, onDone }: { created: CreatedWebhook; onDone: () => void }) => {
  const t = useMessages(messages).dialog;
  const input = useRef<HTMLInputElement>(null);
  const titleId = useId();
  const selectSecret = () => {
    input.current?.focus();
    input.current?.select();
  };
  return (
    <>
      <DialogBody>
        <Alert tone="warning" title={t.secretOnce}>
          {t.secretOnceBody}
        </Alert>
        <div className="secret-field">
          <TextField
            ref={input}
            label={t.secret}
            value={created.secret}
            readOnly
            spellCheck={false}
            inputClassName="input--mono"
            onFocus={(e) => e.currentTarget.select()}
            hint={t.secretFor(<span className="break-all">{created.url}</span>)}
          />
          <CopyButton text={created.secret} onFallback={selectSecret} data-autofocus />
        </div>
        <section className="form-section webhook-verify" aria-labelledby={titleId}>
          <h3 className="form-section__title" id={titleId}>
            {t.howToCheck}
          </h3>
          <SignatureHelp />
        </section>
      </DialogBody>
      <DialogFooter>
        <Button variant="primary" onClick={onDone}>
          {t.stored}
        </Button>
      </DialogFooter>
    </>
  );
};

export interface WebhookDialogProps {
  /** Absent to create one. */
  webhook?: Webhook;
  onClose: () => void;
}

/** Create or edit a webhook: its name, where it posts and what; a new one shows its secret once. */
export const WebhookDialog = ({ webhook, onClose }: WebhookDialogProps) => {
  const t = useMessages(messages).dialog;
  const [draft, setDraft] = useState<WebhookDraft>(() => draftOf(webhook));
  const [errors, setErrors] = useState<FieldErrors>({});
  const create = useCreateWebhook();
  const update = useUpdateWebhook();
  const mutation = webhook ? update : create;
  const eventsHint = useId();
  const allErrors = { ...serverFieldErrors(mutation.error), ...errors };
  const created = create.data;

  const edit = (patch: Partial<WebhookDraft>) => {
    setDraft((d) => ({ ...d, ...patch }));
    setErrors((errs) => Object.keys(patch).reduce(withoutError, errs));
  };

  const toggle = (event: (typeof WEBHOOK_EVENTS)[number]) =>
    edit({
      events: draft.events.includes(event)
        ? draft.events.filter((e) => e !== event)
        : [...draft.events, event],
    });

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (webhook) {
      const result = toWebhookPatch(webhook, draft);
      if (!result.ok) return setErrors(result.errors);
      setErrors({});
      if (Object.keys(result.value).length === 0) return onClose();
      update.mutate({ id: webhook.id, ...result.value }, { onSuccess: onClose });
    } else {
      const result = toCreateWebhook(draft);
      if (!result.ok) return setErrors(result.errors);
      setErrors({});
      create.mutate(result.value);
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
        size="lg"
        title={t.createdTitle}
      >
        <SecretView created={created} onDone={onClose} />
      </Dialog>
    );
  }

  return (
    <Dialog
      key="form"
      open
      onClose={onClose}
      busy={mutation.isPending}
      size="lg"
      title={webhook ? t.editTitle(webhook.name) : t.newTitle}
      description={t.description}
    >
      <form onSubmit={submit} noValidate className="dialog__form">
        <DialogBody>
          <TextField
            label={t.name}
            value={draft.name}
            maxLength={200}
            error={allErrors.name}
            placeholder={t.namePlaceholder}
            onChange={(e) => edit({ name: e.target.value })}
            data-autofocus
          />
          <TextField
            label={t.url}
            type="url"
            value={draft.url}
            maxLength={2000}
            spellCheck={false}
            inputClassName="input--mono"
            error={allErrors.url}
            placeholder="https://hooks.slack.com/services/…"
            hint={t.urlHint}
            onChange={(e) => edit({ url: e.target.value })}
          />
          <fieldset className="fieldset" aria-describedby={eventsHint}>
            <legend className="field__label">{t.sends}</legend>
            <p className="field__hint" id={eventsHint}>
              {t.sendsHint}
            </p>
            <div className="webhook-events">
              {WEBHOOK_EVENTS.map((e) => (
                <label className="checkbox" key={e}>
                  <input
                    type="checkbox"
                    checked={draft.events.includes(e)}
                    onChange={() => toggle(e)}
                  />
                  <span>
                    <strong>{WEBHOOK_EVENT_LABELS[e].label}</strong>
                    <span className="checkbox__hint">{WEBHOOK_EVENT_LABELS[e].hint}</span>
                  </span>
                </label>
              ))}
            </div>
            {allErrors.events ? <p className="field__error">{allErrors.events}</p> : null}
          </fieldset>
          {webhook ? <p className="form-note">{t.secretKept}</p> : null}
          {mutation.isError ? <ProblemAlert error={mutation.error} /> : null}
        </DialogBody>
        <DialogFooter>
          <Button onClick={onClose} disabled={mutation.isPending}>
            {t.cancel}
          </Button>
          <Button type="submit" variant="primary" loading={mutation.isPending}>
            {webhook ? t.save : t.create}
          </Button>
        </DialogFooter>
      </form>
    </Dialog>
  );
};
