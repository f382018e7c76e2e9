import { useState } from 'react';
import { useParams } from 'react-router';
import { canUse } from '../../app/access';
import {
  AuditIcon,
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
import { useMessages } from '../../i18n';
import { isApiError } from '../../lib/api-client';
import { useCurrentUser } from '../auth/queries';
import { ClientDataSection } from '../data-requests/client-data-section';
import { JURISDICTION_LABELS } from './jurisdictions';
import { messages } from './messages';
import { OrganizationFormDialog } from './organization-form-dialog';
import { useOrganization } from './queries';

/** One client organization: jurisdictions, contacts, and a way into its audit events. */
export const OrganizationPage = () => {
  const { id = '' } = useParams();
  const user = useCurrentUser();
  const organization = useOrganization(id);
  const [editing, setEditing] = useState(false);
  const t = useMessages(messages).page;

  if (organization.isPending) return <PageSkeleton label={t.loading} />;
  if (organization.isError) {
    const missing = isApiError(organization.error) && organization.error.status === 404;
    return (
      <>
        <PageHeader title={t.eyebrow} />
        <Card>
          {missing ? (
            <EmptyState
              icon={<CompassIcon size="lg" />}
              title={t.missingTitle}
              description={t.missing(<code className="code-chip">{id}</code>)}
            />
          ) : (
            <ErrorState error={organization.error} onRetry={() => void organization.refetch()} />
          )}
        </Card>
      </>
    );
  }

  const org = organization.data;
  return (
    <>
      <PageHeader
        eyebrow={t.eyebrow}
        title={org.name}
        description={t.idNote(<code className="code-chip">{org.id}</code>)}
        actions={
          <>
            {canUse(user.role, 'audit') ? (
              <ButtonLink to={`/audit?org=${encodeURIComponent(org.id)}`} icon={<AuditIcon />}>
                {t.auditEvents}
              </ButtonLink>
            ) : null}
            {user.role === 'admin' ? (
              <Button variant="primary" icon={<PencilIcon />} onClick={() => setEditing(true)}>
                {t.edit}
              </Button>
            ) : null}
          </>
        }
      />
      <div className="stack">
        <Card title={t.jurisdictions} description={t.jurisdictionsHint}>
          {org.jurisdictions.length === 0 ? (
            <p className="muted">{t.noJurisdictions}</p>
          ) : (
            <ul className="jurisdiction-list">
              {org.jurisdictions.map((j) => (
                <li key={j}>
                  <strong>{JURISDICTION_LABELS[j].name}</strong>
                  <span className="muted">
                    {j} · {JURISDICTION_LABELS[j].law}
                  </span>
                </li>
              ))}
            </ul>
          )}
        </Card>
        <Card title={t.contacts} description={t.contactsHint} flush>
          {org.contacts.length === 0 ? (
            <p className="card__empty muted">{t.noContacts}</p>
          ) : (
            <div className="table-wrap">
              <table className="table">
                <thead>
                  <tr>
                    <th scope="col">{t.columns.name}</th>
                    <th scope="col">{t.columns.email}</th>
                    <th scope="col">{t.columns.role}</th>
                  </tr>
                </thead>
                <tbody>
                  {org.contacts.map((c) => (
                    <tr key={c.email}>
                      <td>{c.name}</td>
                      <td>
                        <a href={`mailto:${c.email}`}>{c.email}</a>
                      </td>
                      <td>{c.role ?? <span className="muted">—</span>}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
        </Card>
        <ClientDataSection organization={org} />
        <dl className="meta-list">
          <div>
            <dt>{t.created}</dt>
            <dd>
              <Timestamp value={org.createdAt} layout="inline" />
            </dd>
          </div>
          <div>
            <dt>{t.updated}</dt>
            <dd>
              <Timestamp value={org.updatedAt} layout="inline" />
            </dd>
          </div>
        </dl>
      </div>
      {editing ? (
        <OrganizationFormDialog organization={org} onClose={() => setEditing(false)} />
      ) : null}
    </>
  );
};
