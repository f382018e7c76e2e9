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
import { IncidentTimeline } from './incident-timeline';
import { ObligationsSection } from './obligations-section';
import { alertPath, incidentReportUrl } from './paths';
import { useIncident, useLeadCandidates } from './queries';
import './incidents.css';

const SECTIONS = [
  { id: 'clocks', label: 'Clocks' },
  { id: 'state', label: 'State' },
  { id: 'runbooks', label: 'Runbooks' },
  { id: 'timeline', label: 'Timeline' },
  { id: 'assessment', label: 'Privacy assessment' },
  { id: 'duties', label: 'Notification duties' },
  { id: 'evidence', label: 'Evidence' },
  { id: 'details', label: 'Details and alerts' },
] as const;

// Scrolls and moves the focus without a hash in the address (it would become a router navigation).
const jump = (event: MouseEvent<HTMLAnchorElement>, id: string) => {
  event.preventDefault();
  const target = document.getElementById(id);
  target?.scrollIntoView({ block: 'start' });
  target?.focus({ preventScroll: true });
};

const SectionNav = () => (
  <nav className="section-nav" aria-label="Sections of this incident">
    <ul>
      {SECTIONS.map((s) => (
        <li key={s.id}>
          <a href={`#${s.id}`} onClick={(e) => jump(e, s.id)}>
            {s.label}
          </a>
        </li>
      ))}
    </ul>
  </nav>
);

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
}) => (
  <Card title="Details" className="incident-section">
    <dl className="detail-list detail-list--wide">
      <Row label="Summary">
        {incident.summary ? <span className="pre-wrap">{incident.summary}</span> : null}
      </Row>
      <Row label="Category">{incident.category}</Row>
      <Row label="Lead">
        <span title={lead.title}>{lead.text}</span>
      </Row>
      <Row label="Affected clients">
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
          <span className="muted">None</span>
        )}
      </Row>
      <Row label="Detected">
        <Timestamp value={incident.detectedAt} layout="inline" />
      </Row>
      <Row label="Aware since">
        {incident.awareAt ? (
          <Timestamp value={incident.awareAt} layout="inline" />
        ) : (
          <span className="muted">Not recorded: client clocks count from detection</span>
        )}
      </Row>
      {incident.awareAtProcessor ? (
        <Row label="Aware as processor">
          <Timestamp value={incident.awareAtProcessor} layout="inline" />
        </Row>
      ) : null}
      <Row label="Opened">
        <Timestamp value={incident.createdAt} layout="inline" />
      </Row>
      <Row label="Last changed">
        <Timestamp value={incident.updatedAt} layout="inline" />
      </Row>
    </dl>
  </Card>
);

const LinkedAlerts = ({ incident, canOpen }: { incident: IncidentDetail; canOpen: boolean }) => (
  <Card
    flush
    title="Linked alerts"
    className="incident-section"
    description={
      incident.alerts.length
        ? 'The alerts promoted to or attached to this incident.'
        : 'Alerts promoted to this incident, or attached by an alert rule, are listed here.'
    }
    actions={
      canOpen ? (
        <ButtonLink size="sm" icon={<AlertIcon />} to="/alerts">
          Alert queue
        </ButtonLink>
      ) : undefined
    }
  >
    {incident.alerts.length === 0 ? (
      <p className="card__empty muted">No alert is linked: this incident was opened by hand.</p>
    ) : (
      <div className="table-wrap">
        <table className="table table--compact">
          <caption className="visually-hidden">Linked alerts, oldest first</caption>
          <thead>
            <tr>
              <th scope="col">Severity</th>
              <th scope="col">Alert</th>
              <th scope="col">Status</th>
              <th scope="col">Opened</th>
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
}) => (
  <PageHeader
    eyebrow={`${incident.reference} · Incident`}
    title={incident.title}
    description={
      <span className="incident-facts">
        <SeverityBadge severity={incident.severity} />
        <IncidentStatusBadge status={incident.status} />
        <span>
          Lead: <strong title={lead.title}>{lead.text}</strong>
        </span>
        <span>
          {incident.organizationIds.length
            ? `Affects ${incident.organizationIds.map((id) => organizationNames.get(id) ?? id).join(', ')}`
            : 'No client affected'}
        </span>
        {incident.category ? <span>{incident.category}</span> : null}
      </span>
    }
    actions={
      <>
        <ButtonLink to="/incidents" variant="ghost" icon={<ArrowLeftIcon />}>
          All incidents
        </ButtonLink>
        <a
          className="button button--secondary"
          href={incidentReportUrl(incident.id, 'en')}
          target="_blank"
          rel="noopener noreferrer"
          title="Timeline, assessment, obligations and notices on one page to print or save as PDF, in a new tab"
        >
          Printable report
        </a>
        <a
          className="button button--ghost"
          href={incidentReportUrl(incident.id, 'fr')}
          target="_blank"
          rel="noopener noreferrer"
          lang="fr-CA"
          title="Le même rapport en français, dans un nouvel onglet"
        >
          Rapport en français
        </a>
        {canEdit ? (
          <Button variant="secondary" icon={<PencilIcon />} onClick={onEdit}>
            Edit
          </Button>
        ) : null}
      </>
    }
  />
);

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

  if (incident.isPending) return <PageSkeleton label="Loading the incident" />;
  if (incident.isError && !incident.data) {
    const missing = isApiError(incident.error) && incident.error.status === 404;
    return (
      <>
        <PageHeader title="Incident" />
        <Card>
          {missing ? (
            <EmptyState
              icon={<CompassIcon size="lg" />}
              title="No such incident"
              description={
                <>
                  <code className="code-chip">{id}</code> does not exist, or is not visible to you.
                </>
              }
              actions={
                <ButtonLink to="/incidents" variant="primary">
                  All incidents
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
