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
import { useMessages } from '../../i18n';
import { serverFieldErrors, withoutError, type FieldErrors } from '../../lib/form-errors';
import { messages } from './incident-records.messages';
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
  const t = useMessages(messages).evidence.dialog;
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const missing: FieldErrors = {};
    if (!source.trim()) missing.source = t.noSource;
    if (!eventId.trim()) missing.eventId = t.noEventId;
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
      title={t.title}
      description={t.description}
    >
      <form className="dialog__form" noValidate onSubmit={submit}>
        <DialogBody>
          <TextField
            label={t.source}
            value={source}
            maxLength={200}
            placeholder={t.sourcePlaceholder}
            spellCheck={false}
            error={allErrors.source}
            onChange={(e) => {
              setSource(e.target.value);
              setErrors((errs) => withoutError(errs, 'source'));
            }}
            data-autofocus
          />
          <TextField
            label={t.eventId}
            value={eventId}
            maxLength={500}
            placeholder={t.eventIdPlaceholder}
            spellCheck={false}
            error={allErrors.eventId}
            hint={
              <>
                {t.whereBefore}
                <Link to="/audit">{t.auditLog}</Link>
                {t.whereAfter}
              </>
            }
            onChange={(e) => {
              setEventId(e.target.value);
              setErrors((errs) => withoutError(errs, 'eventId'));
            }}
          />
          {link.isError ? <ProblemAlert error={link.error} action={t.action} /> : null}
        </DialogBody>
        <DialogFooter>
          <Button onClick={onClose} disabled={link.isPending}>
            {t.cancel}
          </Button>
          <Button type="submit" variant="primary" loading={link.isPending}>
            {t.submit}
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
  const t = useMessages(messages).evidence;
  const name = `${e.source} ${e.eventId}`;
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
            aria-label={open ? t.hideJson(name) : t.showJson(name)}
            title={open ? t.hideJsonHint : t.showJsonHint}
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
            label={t.copy}
            size="sm"
            variant="ghost"
            aria-label={t.copyHash(name)}
          />
        </td>
      </tr>
      {open ? (
        <tr className="evidence-row__json">
          <td colSpan={7}>
            <div className="drawer__heading-row">
              <span className="table__sub table__sub--flush">
                {t.copied} <Timestamp value={e.linkedAt} layout="inline" /> {t.copiedBy(e.linkedBy)}
              </span>
              <CopyButton text={json} label={t.copyJson} size="sm" />
            </div>
            <pre className="code-block" id={jsonId} tabIndex={0} aria-label={t.eventJson}>
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
  const t = useMessages(messages).evidence;
  const linkButton = canLink ? (
    <Button size="sm" icon={<PlusIcon />} onClick={() => setLinking(true)}>
      {t.link}
    </Button>
  ) : null;
  return (
    <Card
      flush
      title={t.title}
      className="incident-section"
      description={t.description}
      actions={evidence.length ? linkButton : undefined}
    >
      <span id={id} className="section-anchor" tabIndex={-1} />
      {evidence.length === 0 ? (
        <EmptyState
          icon={<ChainIcon size="lg" />}
          title={t.emptyTitle}
          description={t.emptyDescription}
          actions={
            <>
              {linkButton}
              {canBrowseAudit ? <ButtonLink to="/audit">{t.findEvents}</ButtonLink> : null}
            </>
          }
        />
      ) : (
        <div className="table-wrap">
          <table className="table table--compact evidence-table">
            <caption className="visually-hidden">{t.caption}</caption>
            <thead>
              <tr>
                <th scope="col">
                  <span className="visually-hidden">{t.columns.json}</span>
                </th>
                <th scope="col">{t.columns.source}</th>
                <th scope="col">{t.columns.eventId}</th>
                <th scope="col">{t.columns.action}</th>
                <th scope="col">{t.columns.actor}</th>
                <th scope="col">{t.columns.occurred}</th>
                <th scope="col">{t.columns.hash}</th>
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
