import type { IncidentDetail } from '@vigil/contracts';
import { useState, type FormEvent } from 'react';
import {
  Button,
  Dialog,
  DialogBody,
  DialogFooter,
  ProblemAlert,
  TextAreaField,
  TextField,
} from '../../components/ui';
import { useMessages } from '../../i18n';
import { localTimeZone } from '../../lib/format';
import { serverFieldErrors, withoutError, type FieldErrors } from '../../lib/form-errors';
import { useCurrentUser } from '../auth/queries';
import { useOrganizations } from '../organizations/queries';
import { messages } from './incident-dialogs.messages';
import { CategoryField, LeadField, OrganizationPicker, SeverityPicker } from './incident-fields';
import { emptyIncidentDraft, newIncidentBody, type IncidentDraft } from './incident-form';
import { leadOptions } from './incident-people';
import { useCreateIncident, useLeadCandidates } from './queries';

export interface OpenIncidentDialogProps {
  onClose: () => void;
  onOpened: (incident: IncidentDetail) => void;
}

/** A new incident: what happened, how bad, since when, who leads, which clients it touches. */
export const OpenIncidentDialog = ({ onClose, onOpened }: OpenIncidentDialogProps) => {
  const me = useCurrentUser();
  const isAdmin = me.role === 'admin';
  const users = useLeadCandidates(isAdmin);
  const organizations = useOrganizations();
  const [draft, setDraft] = useState<IncidentDraft>(() => emptyIncidentDraft(me.id));
  const [errors, setErrors] = useState<FieldErrors>({});
  const create = useCreateIncident();
  const allErrors = { ...serverFieldErrors(create.error), ...errors };
  const { fields, open: t } = useMessages(messages);

  const set = <K extends keyof IncidentDraft>(field: K, value: IncidentDraft[K]) => {
    setDraft((d) => ({ ...d, [field]: value }));
    setErrors((e) => withoutError(e, field));
  };

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const result = newIncidentBody(draft);
    if (!result.ok) return setErrors(result.errors);
    setErrors({});
    create.mutate(result.value, { onSuccess: onOpened });
  };

  return (
    <Dialog
      open
      onClose={onClose}
      size="lg"
      busy={create.isPending}
      title={t.title}
      description={t.description}
    >
      <form className="dialog__form" noValidate onSubmit={submit}>
        <DialogBody>
          <TextField
            label={fields.title}
            value={draft.title}
            maxLength={300}
            placeholder={t.titlePlaceholder}
            error={allErrors.title}
            onChange={(e) => set('title', e.target.value)}
            data-autofocus
          />
          <SeverityPicker
            value={draft.severity}
            error={allErrors.severity}
            onChange={(severity) => set('severity', severity)}
          />
          <div className="form-grid">
            <CategoryField
              value={draft.category}
              error={allErrors.category}
              onChange={(value) => set('category', value)}
            />
            <LeadField
              value={draft.leadId}
              options={leadOptions(me, users.data)}
              error={allErrors.leadId}
              hint={isAdmin ? undefined : t.leadHint}
              onChange={(id) => set('leadId', id)}
            />
            <TextField
              label={t.detected}
              type="datetime-local"
              value={draft.detectedAt}
              error={allErrors.detectedAt}
              hint={t.detectedHint}
              onChange={(e) => set('detectedAt', e.target.value)}
            />
            <TextField
              label={t.awareSince}
              type="datetime-local"
              value={draft.awareAt}
              error={allErrors.awareAt}
              hint={t.awareSinceHint(localTimeZone())}
              onChange={(e) => set('awareAt', e.target.value)}
            />
          </div>
          <OrganizationPicker
            organizations={organizations}
            value={draft.organizationIds}
            error={allErrors.organizationIds}
            canManage={isAdmin}
            onChange={(ids) => set('organizationIds', ids)}
          />
          <TextAreaField
            label={t.summary}
            value={draft.summary}
            rows={4}
            maxLength={20_000}
            error={allErrors.summary}
            placeholder={t.summaryPlaceholder}
            onChange={(e) => set('summary', e.target.value)}
          />
          {create.isError ? <ProblemAlert error={create.error} /> : null}
        </DialogBody>
        <DialogFooter>
          <Button onClick={onClose} disabled={create.isPending}>
            {fields.cancel}
          </Button>
          <Button type="submit" variant="primary" loading={create.isPending}>
            {t.submit}
          </Button>
        </DialogFooter>
      </form>
    </Dialog>
  );
};
