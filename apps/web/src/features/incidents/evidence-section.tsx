import type { Evidence, IncidentDetail } from '@vigil/contracts';
import { Fragment, useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import {
  Button,
  ButtonLink,
  Card,
  ChainIcon,
  ChevronRightIcon,
  CopyButton,
  Dialog,
  DialogBody,
  DialogFooter,
  EmptyState,
  PlusIcon,
  ProblemAlert,
  TextField,
  Timestamp,
} from '../../components/ui';
import { serverFieldErrors, withoutError, type FieldErrors } from '../../lib/form-errors';
import { useLinkEvidence } from './queries';

const LinkEvidenceDialog = ({
  incidentId,
  onClose,
}: {
  incidentId: string;
  onClose: () => void;
}) => {
  const [source, setSource] = useState('');
  const [eventId, setEventId] = useState('');
  const [errors, setErrors] = useState<FieldErrors>({});
  const link = useLinkEvidence();
  const allErrors = { ...serverFieldErrors(link.error), ...errors };
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const missing: FieldErrors = {};
    if (!source.trim()) missing.source = 'Name the source the event came from.';
    if (!eventId.trim()) missing.eventId = 'Give the event id, as the source sent it.';
    if (Object.keys(missing).length) return setErrors(missing);
    setErrors({});
    link.mutate(
      { id: incidentId, source: source.trim(), eventId: eventId.trim() },
      { onSuccess: onClose },
    );
  };
  return (
    <Dialog
      open
      onClose={onClose}
      busy={link.isPending}
      title="Link an audit event"
      description="The event is copied into the incident with its hash, so it stays as evidence after the audit log's 12-month retention removes it."
    >
      <form className="dialog__form" noValidate onSubmit={submit}>
        <DialogBody>
          <TextField
            label="Source"
            value={source}
            maxLength={200}
            placeholder="e.g. app-prod, cloudtrail, vigil"
            spellCheck={false}
            error={allErrors.source}
            onChange={(e) => {
              setSource(e.target.value);
              setErrors((errs) => withoutError(errs, 'source'));
            }}
            data-autofocus
          />
          <TextField
            label="Event id"
            value={eventId}
            maxLength={500}
            placeholder="e.g. evt_01J…"
            spellCheck={false}
            error={allErrors.eventId}
            hint={
              <>
                Both are in the event&apos;s drawer in the <Link to="/audit">audit log</Link>.
              </>
            }
            onChange={(e) => {
              setEventId(e.target.value);
              setErrors((errs) => withoutError(errs, 'eventId'));
            }}
          />
          {link.isError ? <ProblemAlert error={link.error} action="Linking evidence" /> : null}
        </DialogBody>
        <DialogFooter>
          <Button onClick={onClose} disabled={link.isPending}>
            Cancel
          </Button>
          <Button type="submit" variant="primary" loading={link.isPending}>
            Link event
          </Button>
        </DialogFooter>
      </form>
    </Dialog>
  );
};

const EvidenceRow = ({ evidence: e }: { evidence: Evidence }) => {
  const [open, setOpen] = useState(false);
  // Rendered as text inside <pre>: nothing from the event is ever parsed as HTML.
  const json = JSON.stringify(e.event, null, 2);
  const jsonId = `evidence-${e.id}-json`;
  return (
    <Fragment>
      <tr>
        <td>
          <Button
            variant="ghost"
            size="sm"
            iconOnly
            aria-expanded={open}
            aria-controls={open ? jsonId : undefined}
            aria-label={`${open ? 'Hide' : 'Show'} the JSON of ${e.source} ${e.eventId}`}
            title={open ? 'Hide the JSON' : 'Show the JSON'}
            onClick={() => setOpen((v) => !v)}
          >
            <ChevronRightIcon
              className={open ? 'evidence-toggle evidence-toggle--open' : 'evidence-toggle'}
            />
          </Button>
        </td>
        <td className="mono">
          {e.source}
          <span className="table__sub">#{e.seq}</span>
        </td>
        <td className="mono break-all">{e.eventId}</td>
        <td>
          <span className="mono">{e.action}</span>
          <span className="table__sub">{e.outcome}</span>
        </td>
        <td>{e.actor ?? <span className="muted">—</span>}</td>
        <td>
          <Timestamp value={e.occurredAt} />
        </td>
        <td className="hash-cell">
          <span className="mono" title={e.hash}>
            {e.hash.slice(0, 12)}…
          </span>
          <CopyButton
            text={e.hash}
            label="Copy"
            size="sm"
            variant="ghost"
            aria-label={`Copy the hash of ${e.source} ${e.eventId}`}
          />
        </td>
      </tr>
      {open ? (
        <tr className="evidence-row__json">
          <td colSpan={7}>
            <div className="drawer__heading-row">
              <span className="table__sub table__sub--flush">
                Copied <Timestamp value={e.linkedAt} layout="inline" /> by {e.linkedBy}
              </span>
              <CopyButton text={json} label="Copy JSON" size="sm" />
            </div>
            <pre className="code-block" id={jsonId} tabIndex={0} aria-label="Event JSON">
              {json}
            </pre>
          </td>
        </tr>
      ) : null}
    </Fragment>
  );
};

/** Audit events copied into the incident with their chain hash: evidence that outlives retention. */
export const EvidenceSection = ({
  incident,
  canLink,
  canBrowseAudit,
  id,
}: {
  incident: IncidentDetail;
  canLink: boolean;
  canBrowseAudit: boolean;
  id: string;
}) => {
  const [linking, setLinking] = useState(false);
  const evidence = incident.evidence ?? [];
  const linkButton = canLink ? (
    <Button size="sm" icon={<PlusIcon />} onClick={() => setLinking(true)}>
      Link audit event
    </Button>
  ) : null;
  return (
    <Card
      flush
      title="Evidence"
      className="incident-section"
      description="Audit events copied in with the hash they have in their source's chain."
      actions={evidence.length ? linkButton : undefined}
    >
      <span id={id} className="section-anchor" tabIndex={-1} />
      {evidence.length === 0 ? (
        <EmptyState
          icon={<ChainIcon size="lg" />}
          title="No evidence linked"
          description="Link the audit events that show what happened: they are copied into the incident and kept after the audit log's retention removes them."
          actions={
            <>
              {linkButton}
              {canBrowseAudit ? (
                <ButtonLink to="/audit">Find events in the audit log</ButtonLink>
              ) : null}
            </>
          }
        />
      ) : (
        <div className="table-wrap">
          <table className="table table--compact evidence-table">
            <caption className="visually-hidden">Evidence, in the order it was linked</caption>
            <thead>
              <tr>
                <th scope="col">
                  <span className="visually-hidden">JSON</span>
                </th>
                <th scope="col">Source</th>
                <th scope="col">Event id</th>
                <th scope="col">Action</th>
                <th scope="col">Actor</th>
                <th scope="col">Occurred</th>
                <th scope="col">Hash</th>
              </tr>
            </thead>
            <tbody>
              {evidence.map((e) => (
                <EvidenceRow key={e.id} evidence={e} />
              ))}
            </tbody>
          </table>
        </div>
      )}
      {linking ? (
        <LinkEvidenceDialog incidentId={incident.id} onClose={() => setLinking(false)} />
      ) : null}
    </Card>
  );
};
