import type { IncidentDetail } from '@vigil/contracts';
import { useState, type MouseEvent, type ReactNode } from 'react';
import { Link, useParams } from 'react-router';
import {
  canAssessPrivacy,
  canEditIncidents,
  canLinkEvidence,
  canMoveIncidents,
  canReadObligations,
  canRecordNotices,
  canUse,
  canWriteIncidentNotes,
} from '../../app/access';
import {
  AlertIcon,
  ArrowLeftIcon,
  Button,
  ButtonLink,
  Card,
  CompassIcon,
  EmptyState,
  ErrorState,
  PageHeader,
  PageSkeleton,
  PencilIcon,
  Timestamp,
} from '../../components/ui';
import { useLocale, useMessages } from '../../i18n';
import { isApiError } from '../../lib/api-client';
import { AlertStatusBadge, SeverityBadge } from '../alerts/alert-badges';
import type { AlertStatus, Severity as AlertSeverity } from '../alerts/types';
import { useCurrentUser } from '../auth/queries';
import { useOrganizationNames } from '../organizations/queries';
import { AssessmentSection } from './assessment-section';
import { EditIncidentDialog } from './edit-incident-dialog';
import { EvidenceSection } from './evidence-section';
import { IncidentStatusBadge } from './incident-badges';
import { IncidentClocks } from './incident-clocks';
import { leadLabel } from './incident-people';
import { IncidentRunsSection } from './incident-runs-section';
import { IncidentState } from './incident-state';
import { messages } from './incident-page.messages';
import { IncidentTimeline } from './incident-timeline';
import { ObligationsSection } from './obligations-section';
import { alertPath, incidentReportUrl } from './paths';
import { useIncident, useLeadCandidates } from './queries';
import './incidents.css';

const SECTIONS = [
  'clocks',
  'state',
  'runbooks',
  'timeline',
  'assessment',
  'duties',
  'evidence',
  'details',
] as const;

// Scrolls and moves the focus without a hash in the address (it would become a router navigation).
const jump = (event: MouseEvent<HTMLAnchorElement>, id: string) => {
  event.preventDefault();
  const target = document.getElementById(id);
  target?.scrollIntoView({ block: 'start' });
  target?.focus({ preventScroll: true });
};

const SectionNav = () => {
  const t = useMessages(messages).sections;
  return (
    <nav className="section-nav" aria-label={t.label}>
      <ul>
        {SECTIONS.map((id) => (
          <li key={id}>
            <a href={`#${id}`} onClick={(e) => jump(e, id)}>
              {t[id]}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
};

const Row = ({ label, children }: { label: string; children: ReactNode }) => (
  <div>
    <dt>{label}</dt>
    <dd>{children ?? <span className="muted">—</span>}</dd>
  </div>
);

const Details = ({
  incident,
  organizationNames,
  lead,
}: {
  incident: IncidentDetail;
  organizationNames: Map<string, string>;
  lead: { text: string; title?: string };
}) => {
  const t = useMessages(messages).details;
  return (
    <Card title={t.title} className="incident-section">
      <dl className="detail-list detail-list--wide">
        <Row label={t.summary}>
          {incident.summary ? <span className="pre-wrap">{incident.summary}</span> : null}
        </Row>
        <Row label={t.category}>{incident.category}</Row>
        <Row label={t.lead}>
          <span title={lead.title}>{lead.text}</span>
        </Row>
        <Row label={t.clients}>
          {incident.organizationIds.length ? (
            <ul className="plain-list">
              {incident.organizationIds.map((id) => (
                <li key={id}>
                  <Link to={`/organizations/${encodeURIComponent(id)}`}>
                    {organizationNames.get(id) ?? id}
                  </Link>
                </li>
              ))}
            </ul>
          ) : (
            <span className="muted">{t.none}</span>
          )}
        </Row>
        <Row label={t.detected}>
          <Timestamp value={incident.detectedAt} layout="inline" />
        </Row>
        <Row label={t.awareSince}>
          {incident.awareAt ? (
            <Timestamp value={incident.awareAt} layout="inline" />
          ) : (
            <span className="muted">{t.awareNotRecorded}</span>
          )}
        </Row>
        {incident.awareAtProcessor ? (
          <Row label={t.awareAsProcessor}>
            <Timestamp value={incident.awareAtProcessor} layout="inline" />
          </Row>
        ) : null}
        <Row label={t.opened}>
          <Timestamp value={incident.createdAt} layout="inline" />
        </Row>
        <Row label={t.lastChanged}>
          <Timestamp value={incident.updatedAt} layout="inline" />
        </Row>
      </dl>
    </Card>
  );
};

const LinkedAlerts = ({ incident, canOpen }: { incident: IncidentDetail; canOpen: boolean }) => {
  const t = useMessages(messages).alerts;
  return (
    <Card
      flush
      title={t.title}
      className="incident-section"
      description={incident.alerts.length ? t.description : t.emptyDescription}
      actions={
        canOpen ? (
          <ButtonLink size="sm" icon={<AlertIcon />} to="/alerts">
            {t.queue}
          </ButtonLink>
        ) : undefined
      }
    >
      {incident.alerts.length === 0 ? (
        <p className="card__empty muted">{t.none}</p>
      ) : (
        <div className="table-wrap">
          <table className="table table--compact">
            <caption className="visually-hidden">{t.caption}</caption>
            <thead>
              <tr>
                <th scope="col">{t.severity}</th>
                <th scope="col">{t.alert}</th>
                <th scope="col">{t.status}</th>
                <th scope="col">{t.opened}</th>
              </tr>
            </thead>
            <tbody>
              {incident.alerts.map((alert) => (
                <tr key={alert.id}>
                  <td>
                    <SeverityBadge severity={alert.severity as AlertSeverity} />
                  </td>
                  <td>
                    {canOpen ? <Link to={alertPath(alert.id)}>{alert.title}</Link> : alert.title}
                  </td>
                  <td>
                    <AlertStatusBadge status={alert.status as AlertStatus} />
                  </td>
                  <td>
                    <Timestamp value={alert.openedAt} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </Card>
  );
};

const Header = ({
  incident,
  lead,
  organizationNames,
  canEdit,
  onEdit,
}: {
  incident: IncidentDetail;
  lead: { text: string; title?: string };
  organizationNames: Map<string, string>;
  canEdit: boolean;
  onEdit: () => void;
}) => {
  const { header: t, page } = useMessages(messages);
  // The report in the interface's language first, then the same in the other one.
  const reportLanguage = useLocale() === 'fr-CA' ? 'fr' : 'en';
  const otherLanguage = reportLanguage === 'fr' ? 'en' : 'fr';
  return (
    <PageHeader
      eyebrow={t.eyebrow(incident.reference)}
      title={incident.title}
      description={
        <span className="incident-facts">
          <SeverityBadge severity={incident.severity} />
          <IncidentStatusBadge status={incident.status} />
          <span>
            {t.lead} <strong title={lead.title}>{lead.text}</strong>
          </span>
          <span>
            {incident.organizationIds.length
              ? t.affects(
                  incident.organizationIds.map((id) => organizationNames.get(id) ?? id).join(', '),
                )
              : t.noClient}
          </span>
          {incident.category ? <span>{incident.category}</span> : null}
        </span>
      }
      actions={
        <>
          <ButtonLink to="/incidents" variant="ghost" icon={<ArrowLeftIcon />}>
            {page.allIncidents}
          </ButtonLink>
          <a
            className="button button--secondary"
            href={incidentReportUrl(incident.id, reportLanguage)}
            target="_blank"
            rel="noopener noreferrer"
            title={t.reportHint}
          >
            {t.report}
          </a>
          <a
            className="button button--ghost"
            href={incidentReportUrl(incident.id, otherLanguage)}
            target="_blank"
            rel="noopener noreferrer"
            lang={otherLanguage === 'fr' ? 'fr-CA' : 'en'}
            title={t.otherReport.hint}
          >
            {t.otherReport.label}
          </a>
          {canEdit ? (
            <Button variant="secondary" icon={<PencilIcon />} onClick={onEdit}>
              {t.edit}
            </Button>
          ) : null}
        </>
      }
    />
  );
};

const IncidentView = ({ incident }: { incident: IncidentDetail }) => {
  const me = useCurrentUser();
  const role = me.role;
  const users = useLeadCandidates(role === 'admin');
  const organizationNames = useOrganizationNames();
  const [editing, setEditing] = useState(false);
  const lead = leadLabel(incident.leadId, me, users.data, incident.lead);
  return (
    <>
      <Header
        incident={incident}
        lead={lead}
        organizationNames={organizationNames}
        canEdit={canEditIncidents(role)}
        onEdit={() => setEditing(true)}
      />
      <SectionNav />
      <div className="stack">
        <IncidentClocks incident={incident} id="clocks" />
        <IncidentState incident={incident} canMove={canMoveIncidents(role)} id="state" />
        <IncidentRunsSection incident={incident} id="runbooks" />
        <IncidentTimeline
          incidentId={incident.id}
          canWrite={canWriteIncidentNotes(role)}
          id="timeline"
        />
        <AssessmentSection incident={incident} canAssess={canAssessPrivacy(role)} id="assessment" />
        <ObligationsSection
          incident={incident}
          canRecord={canRecordNotices(role)}
          canReadAll={canReadObligations(role)}
          id="duties"
        />
        <EvidenceSection
          incident={incident}
          canLink={canLinkEvidence(role)}
          canBrowseAudit={canUse(role, 'audit')}
          id="evidence"
        />
        <span id="details" className="section-anchor" tabIndex={-1} />
        <div className="grid-2 incident-grid">
          <Details incident={incident} organizationNames={organizationNames} lead={lead} />
          <LinkedAlerts incident={incident} canOpen={canUse(role, 'alerts')} />
        </div>
      </div>
      {editing ? (
        <EditIncidentDialog incident={incident} onClose={() => setEditing(false)} />
      ) : null}
    </>
  );
};

/** One incident: its clocks, state, timeline, privacy assessment, duties, evidence and alerts. */
export const IncidentPage = () => {
  const { id = '' } = useParams();
  const incident = useIncident(id);
  const t = useMessages(messages).page;

  if (incident.isPending) return <PageSkeleton label={t.loading} />;
  if (incident.isError && !incident.data) {
    const missing = isApiError(incident.error) && incident.error.status === 404;
    return (
      <>
        <PageHeader title={t.title} />
        <Card>
          {missing ? (
            <EmptyState
              icon={<CompassIcon size="lg" />}
              title={t.notFoundTitle}
              description={
                <>
                  <code className="code-chip">{id}</code>
                  {t.notFoundRest}
                </>
              }
              actions={
                <ButtonLink to="/incidents" variant="primary">
                  {t.allIncidents}
                </ButtonLink>
              }
            />
          ) : (
            <ErrorState error={incident.error} onRetry={() => void incident.refetch()} />
          )}
        </Card>
      </>
    );
  }
  return <IncidentView incident={incident.data} />;
};
