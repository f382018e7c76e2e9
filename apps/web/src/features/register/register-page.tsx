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
import { useMessages } from '../../i18n';
import { formatCount, formatDateTime, localTimeZone } from '../../lib/format';
import { useCurrentUser } from '../auth/queries';
import { DeadlinesNav } from '../deadlines/deadlines-nav';
import { incidentPath } from '../deadlines/deadlines-table';
import { CHANNEL_LABELS, type NoticeChannel } from '../notices/notice-text';
import { registerPageMessages as messages } from './messages';
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

const Notices = ({ entry }: { entry: RegisterEntry }) => {
  const t = useMessages(messages).row;
  return entry.notices.length === 0 ? (
    <span className="muted">{t.noNotices}</span>
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
              n.recipient ? t.recipient(n.recipient) : null,
            ]
              .filter(Boolean)
              .join(' ')}
          </span>
        </li>
      ))}
    </ul>
  );
};

const RegisterRow = ({ entry: e }: { entry: RegisterEntry }) => {
  const t = useMessages(messages).row;
  return (
    <tr data-incident-id={e.incidentId}>
      <td>
        <div className="obligation-cell">
          <Link to={incidentPath(e.incidentId)} className="incident-link mono">
            {e.reference}
          </Link>
          <span className="obligation-cell__title">{e.title}</span>
          {e.description ? <span className="obligation-cell__because">{e.description}</span> : null}
          <details className="register-details">
            <summary>{t.details}</summary>
            <p>
              <strong>{t.why}</strong>
              {e.riskRationale}
            </p>
            {e.consultedPersonInCharge ? (
              <p>
                <strong>{t.consulted}</strong>
                {e.consultedPersonInCharge}
              </p>
            ) : null}
            <p>
              <strong>{t.measures}</strong>
              {e.measuresTaken.length ? e.measuresTaken.join(' · ') : t.noMeasures}
            </p>
            <p>
              <strong>{t.assessed}</strong>
              {formatDateTime(e.assessedAt)}
            </p>
          </details>
        </div>
      </td>
      <td>
        <div className="stack stack--tight">
          <When label={t.occurred} at={e.occurredOrDetectedAt} />
          <When label={t.aware} at={e.awareAt} />
          {e.breachDeterminedAt ? (
            <When label={t.breachDetermined} at={e.breachDeterminedAt} />
          ) : null}
        </div>
      </td>
      <td>{affectedText(e)}</td>
      <td>
        <div className="cell-stack">
          <span>{t.quebecInjury(yesNo(e.riskOfSeriousInjury))}</span>
          <span>{t.pipedaRisk(yesNo(e.realRiskOfSignificantHarm))}</span>
          <span>{t.gdpr(gdprRiskText(e.gdprRisk))}</span>
        </div>
      </td>
      <td>
        <div className="stack stack--tight">
          <When label={t.toRegulator} at={e.noticeToRegulatorAt} />
          <When label={t.toPersons} at={e.noticeToPersonsAt} />
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
};

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
  const t = useMessages(messages);

  return (
    <>
      <PageHeader
        title={t.header.title}
        description={t.header.description}
        actions={
          allowed ? (
            <Button
              icon={<ExportIcon />}
              loading={csv.isPending}
              onClick={() => csv.mutate()}
              title={t.header.downloadHint}
            >
              {t.header.download}
            </Button>
          ) : undefined
        }
      />
      {allowed ? <DeadlinesNav /> : null}
      {!allowed ? (
        <Card>
          <EmptyState
            icon={<ShieldIcon size="lg" />}
            title={t.forbidden.title}
            description={t.forbidden.description}
          />
        </Card>
      ) : (
        <div className="stack">
          {csv.isError ? <ProblemAlert error={csv.error} action={t.exportAction} /> : null}
          {csv.isSuccess ? (
            <Alert tone="success" title={t.saved(csv.data.filename)}>
              {t.inDownloads}
            </Alert>
          ) : null}
          <Card
            flush
            title={t.card.title}
            description={
              register.data
                ? t.card.count(formatCount(entries.length), entries.length, localTimeZone())
                : t.card.loading
            }
          >
            {register.isPending ? (
              <TableSkeleton rows={4} label={t.card.loadingLabel} />
            ) : register.isError ? (
              <ErrorState error={register.error} onRetry={() => void register.refetch()} />
            ) : entries.length === 0 ? (
              <EmptyState
                icon={<ShieldIcon size="lg" />}
                title={t.empty.title}
                description={t.empty.description}
              />
            ) : (
              <div className="table-wrap">
                <table className="table register-table">
                  <caption className="visually-hidden">{t.table.caption}</caption>
                  <thead>
                    <tr>
                      <th scope="col">{t.table.incident}</th>
                      <th scope="col">{t.table.dates}</th>
                      <th scope="col">{t.table.affected}</th>
                      <th scope="col">{t.table.risk}</th>
                      <th scope="col">{t.table.notices}</th>
                      <th scope="col">{t.table.keepUntil}</th>
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
            {t.retention.before}
            <Badge tone="neutral">CSV</Badge>
            {t.retention.after}
          </p>
        </div>
      )}
    </>
  );
};
