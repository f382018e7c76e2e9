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
import { draftOfIncident, incidentPatch, type IncidentDraft } from './incident-form';
import { leadLabel, leadOptions } from './incident-people';
import { useLeadCandidates, useUpdateIncident } from './queries';

/** Edit the incident's facts; each change is a timeline entry, clock changes re-derive duties. */
export const EditIncidentDialog = ({
  incident,
  onClose,
}: {
  incident: IncidentDetail;
  onClose: () => void;
}) => {
  const me = useCurrentUser();
  const isAdmin = me.role === 'admin';
  const users = useLeadCandidates(isAdmin);
  const organizations = useOrganizations();
  const [draft, setDraft] = useState<IncidentDraft>(() => draftOfIncident(incident));
  const [errors, setErrors] = useState<FieldErrors>({});
  const update = useUpdateIncident();
  const allErrors = { ...serverFieldErrors(update.error), ...errors };
  const result = incidentPatch(incident, draft);
  const unchanged = result.ok && Object.keys(result.value).length === 0;
  const { fields, edit: t } = useMessages(messages);

  const set = <K extends keyof IncidentDraft>(field: K, value: IncidentDraft[K]) => {
    setDraft((d) => ({ ...d, [field]: value }));
    setErrors((e) => withoutError(e, field));
  };

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!result.ok) return setErrors(result.errors);
    if (unchanged) return onClose();
    setErrors({});
    update.mutate({ id: incident.id, ...result.value }, { onSuccess: onClose });
  };

  const current = incident.leadId
    ? { id: incident.leadId, label: leadLabel(incident.leadId, me, users.data, incident.lead).text }
    : undefined;

  return (
    <Dialog
      open
      onClose={onClose}
      size="lg"
      busy={update.isPending}
      title={t.title(incident.reference)}
      description={t.description}
    >
      <form className="dialog__form" noValidate onSubmit={submit}>
        <DialogBody>
          <TextField
            label={fields.title}
            value={draft.title}
            maxLength={300}
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
              current={current}
              error={allErrors.leadId}
              onChange={(id) => set('leadId', id)}
            />
            <TextField
              label={t.detected}
              type="datetime-local"
              value={draft.detectedAt}
              error={allErrors.detectedAt}
              hint={t.detectedHint(localTimeZone())}
              onChange={(e) => set('detectedAt', e.target.value)}
            />
            <TextField
              label={t.awareSince}
              type="datetime-local"
              value={draft.awareAt}
              error={allErrors.awareAt}
              hint={t.awareSinceHint}
              onChange={(e) => set('awareAt', e.target.value)}
            />
            <TextField
              label={t.awareAsProcessor}
              type="datetime-local"
              value={draft.awareAtProcessor}
              error={allErrors.awareAtProcessor}
              hint={t.awareAsProcessorHint}
              onChange={(e) => set('awareAtProcessor', e.target.value)}
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
            label={fields.summary}
            value={draft.summary}
            rows={4}
            maxLength={20_000}
            error={allErrors.summary}
            onChange={(e) => set('summary', e.target.value)}
          />
          {update.isError ? <ProblemAlert error={update.error} /> : null}
        </DialogBody>
        <DialogFooter>
          <Button onClick={onClose} disabled={update.isPending}>
            {fields.cancel}
          </Button>
          <Button
            type="submit"
            variant="primary"
            loading={update.isPending}
            disabled={unchanged}
            title={unchanged ? t.unchanged : undefined}
          >
            {t.submit}
          </Button>
        </DialogFooter>
      </form>
    </Dialog>
  );
};
