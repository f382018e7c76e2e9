import { Link } from 'react-router';
import { canReadRegister } from '../../app/access';
import {
  Alert,
  Badge,
  Button,
  Card,
  EmptyState,
  ErrorState,
  ExportIcon,
  PageHeader,
  ProblemAlert,
  ShieldIcon,
  TableSkeleton,
} from '../../components/ui';
import { formatCount, formatDateTime, localTimeZone } from '../../lib/format';
import { useCurrentUser } from '../auth/queries';
import { DeadlinesNav } from '../deadlines/deadlines-nav';
import { incidentPath } from '../deadlines/deadlines-table';
import { CHANNEL_LABELS, type NoticeChannel } from '../notices/notice-text';
import { useRegister, useRegisterCsv } from './queries';
import { affectedText, gdprRiskText, yesNo } from './register-text';
import type { RegisterEntry } from '@vigil/contracts';
import '../deadlines/deadlines.css';

const When = ({ label, at }: { label: string; at: string | null }) => (
  <span className="cell-stack">
    <span className="cell-stack__sub">{label}</span>
    {at ? <time dateTime={at}>{formatDateTime(at)}</time> : <span className="muted">—</span>}
  </span>
);

const Notices = ({ entry }: { entry: RegisterEntry }) =>
  entry.notices.length === 0 ? (
    <span className="muted">None sent</span>
  ) : (
    <ul className="register-notices">
      {entry.notices.map((n) => (
        <li key={`${n.rule}-${n.sentAt}`} className="cell-stack">
          <span>
            <code className="code-chip">{n.rule}</code>{' '}
            <time dateTime={n.sentAt}>{formatDateTime(n.sentAt)}</time>
          </span>
          <span className="cell-stack__sub">
            {[
              n.channel ? (CHANNEL_LABELS[n.channel as NoticeChannel] ?? n.channel) : null,
              n.recipient ? `to ${n.recipient}` : null,
            ]
              .filter(Boolean)
              .join(' ')}
          </span>
        </li>
      ))}
    </ul>
  );

const RegisterRow = ({ entry: e }: { entry: RegisterEntry }) => (
  <tr data-incident-id={e.incidentId}>
    <td>
      <div className="obligation-cell">
        <Link to={incidentPath(e.incidentId)} className="incident-link mono">
          {e.reference}
        </Link>
        <span className="obligation-cell__title">{e.title}</span>
        {e.description ? <span className="obligation-cell__because">{e.description}</span> : null}
        <details className="register-details">
          <summary>Risk assessment and measures</summary>
          <p>
            <strong>Why (risk of injury or harm): </strong>
            {e.riskRationale}
          </p>
          {e.consultedPersonInCharge ? (
            <p>
              <strong>Person in charge consulted: </strong>
              {e.consultedPersonInCharge}
            </p>
          ) : null}
          <p>
            <strong>Measures taken: </strong>
            {e.measuresTaken.length ? e.measuresTaken.join(' · ') : 'none recorded yet'}
          </p>
          <p>
            <strong>Assessed: </strong>
            {formatDateTime(e.assessedAt)}
          </p>
        </details>
      </div>
    </td>
    <td>
      <div className="stack stack--tight">
        <When label="Occurred or detected" at={e.occurredOrDetectedAt} />
        <When label="Became aware" at={e.awareAt} />
        {e.breachDeterminedAt ? <When label="Breach determined" at={e.breachDeterminedAt} /> : null}
      </div>
    </td>
    <td>{affectedText(e)}</td>
    <td>
      <div className="cell-stack">
        <span>Québec serious injury: {yesNo(e.riskOfSeriousInjury)}</span>
        <span>PIPEDA real risk: {yesNo(e.realRiskOfSignificantHarm)}</span>
        <span>GDPR: {gdprRiskText(e.gdprRisk)}</span>
      </div>
    </td>
    <td>
      <div className="stack stack--tight">
        <When label="To a regulator" at={e.noticeToRegulatorAt} />
        <When label="To the persons" at={e.noticeToPersonsAt} />
        <Notices entry={e} />
      </div>
    </td>
    <td>
      {e.retainUntil ? (
        <time dateTime={e.retainUntil}>{formatDateTime(e.retainUntil)}</time>
      ) : (
        <span className="muted">—</span>
      )}
    </td>
  </tr>
);

/**
 * The confidentiality-incident register: every incident with personal information, notifiable
 * or not, with its notices — what the CAI or the OPC may ask for — and its CSV export.
 */
export const RegisterPage = () => {
  const user = useCurrentUser();
  const allowed = canReadRegister(user.role);
  const register = useRegister(allowed);
  const csv = useRegisterCsv();
  const entries = register.data ?? [];

  return (
    <>
      <PageHeader
        title="Breach register"
        description="Every confidentiality incident involving personal information, notifiable or not: Law 25 (Reg. s. 7), PIPEDA (s. 10.3) and GDPR (Art. 33(5))."
        actions={
          allowed ? (
            <Button
              icon={<ExportIcon />}
              loading={csv.isPending}
              onClick={() => csv.mutate()}
              title="The register as a CSV file, one incident per line"
            >
              Download CSV
            </Button>
          ) : undefined
        }
      />
      {allowed ? <DeadlinesNav /> : null}
      {!allowed ? (
        <Card>
          <EmptyState
            icon={<ShieldIcon size="lg" />}
            title="The register is not available to your role"
            description="The DPO, auditors and administrators read the breach register."
          />
        </Card>
      ) : (
        <div className="stack">
          {csv.isError ? <ProblemAlert error={csv.error} action="The register export" /> : null}
          {csv.isSuccess ? (
            <Alert tone="success" title={`Register saved: ${csv.data.filename}`}>
              It is in your downloads.
            </Alert>
          ) : null}
          <Card
            flush
            title="Incidents"
            description={
              register.data
                ? `${formatCount(entries.length)} ${entries.length === 1 ? 'incident' : 'incidents'}, newest first. Times in ${localTimeZone()}.`
                : 'Loading the register…'
            }
          >
            {register.isPending ? (
              <TableSkeleton rows={4} label="Loading the register" />
            ) : register.isError ? (
              <ErrorState error={register.error} onRetry={() => void register.refetch()} />
            ) : entries.length === 0 ? (
              <EmptyState
                icon={<ShieldIcon size="lg" />}
                title="No confidentiality incidents recorded"
                description="An incident enters the register as soon as its privacy assessment says personal information is involved, whether or not it must be notified."
              />
            ) : (
              <div className="table-wrap">
                <table className="table register-table">
                  <caption className="visually-hidden">
                    Confidentiality incidents, newest first
                  </caption>
                  <thead>
                    <tr>
                      <th scope="col">Incident</th>
                      <th scope="col">Dates</th>
                      <th scope="col">Affected</th>
                      <th scope="col">Risk</th>
                      <th scope="col">Notices</th>
                      <th scope="col">Keep until</th>
                    </tr>
                  </thead>
                  <tbody>
                    {entries.map((entry) => (
                      <RegisterRow key={entry.incidentId} entry={entry} />
                    ))}
                  </tbody>
                </table>
              </div>
            )}
          </Card>
          <p className="form-note">
            Law 25 keeps each entry at least 5 years after the company became aware of the incident;
            PIPEDA 24 months after the breach was determined. <Badge tone="neutral">CSV</Badge> is
            the format to hand to the CAI or the OPC on request.
          </p>
        </div>
      )}
    </>
  );
};
