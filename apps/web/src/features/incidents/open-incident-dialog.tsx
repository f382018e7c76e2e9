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
import { localTimeZone } from '../../lib/format';
import { serverFieldErrors, withoutError, type FieldErrors } from '../../lib/form-errors';
import { useCurrentUser } from '../auth/queries';
import { useOrganizations } from '../organizations/queries';
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
      title="Open incident"
      description="Its notification clocks start from the times recorded here, not from when you save."
    >
      <form className="dialog__form" noValidate onSubmit={submit}>
        <DialogBody>
          <TextField
            label="Title"
            value={draft.title}
            maxLength={300}
            placeholder="e.g. Customer export downloaded from an unknown IP"
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
              hint={
                isAdmin
                  ? undefined
                  : 'You can name yourself; an administrator can name someone else.'
              }
              onChange={(id) => set('leadId', id)}
            />
            <TextField
              label="Detected (optional)"
              type="datetime-local"
              value={draft.detectedAt}
              error={allErrors.detectedAt}
              hint="Leave empty for now."
              onChange={(e) => set('detectedAt', e.target.value)}
            />
            <TextField
              label="Aware since (optional)"
              type="datetime-local"
              value={draft.awareAt}
              error={allErrors.awareAt}
              hint={`When the company had reason to believe it happened: the 24 h, 72 h and Law 25 clocks start here. Your time zone: ${localTimeZone()}.`}
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
            label="Summary (optional)"
            value={draft.summary}
            rows={4}
            maxLength={20_000}
            error={allErrors.summary}
            placeholder="What is known so far, and how it was found."
            onChange={(e) => set('summary', e.target.value)}
          />
          {create.isError ? <ProblemAlert error={create.error} /> : null}
        </DialogBody>
        <DialogFooter>
          <Button onClick={onClose} disabled={create.isPending}>
            Cancel
          </Button>
          <Button type="submit" variant="primary" loading={create.isPending}>
            Open incident
          </Button>
        </DialogFooter>
      </form>
    </Dialog>
  );
};
