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
import { isApiError } from '../../lib/api-client';
import { useCurrentUser } from '../auth/queries';
import { ClientDataSection } from '../data-requests/client-data-section';
import { JURISDICTION_LABELS } from './jurisdictions';
import { OrganizationFormDialog } from './organization-form-dialog';
import { useOrganization } from './queries';

/** One client organization: jurisdictions, contacts, and a way into its audit events. */
export const OrganizationPage = () => {
  const { id = '' } = useParams();
  const user = useCurrentUser();
  const organization = useOrganization(id);
  const [editing, setEditing] = useState(false);

  if (organization.isPending) return <PageSkeleton label="Loading organization" />;
  if (organization.isError) {
    const missing = isApiError(organization.error) && organization.error.status === 404;
    return (
      <>
        <PageHeader title="Organization" />
        <Card>
          {missing ? (
            <EmptyState
              icon={<CompassIcon size="lg" />}
              title="No such organization"
              description={
                <>
                  <code className="code-chip">{id}</code> does not exist, or is not visible to you.
                </>
              }
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
        eyebrow="Organization"
        title={org.name}
        description={
          <>
            Id <code className="code-chip">{org.id}</code>: the organizationId its events carry.
          </>
        }
        actions={
          <>
            {canUse(user.role, 'audit') ? (
              <ButtonLink to={`/audit?org=${encodeURIComponent(org.id)}`} icon={<AuditIcon />}>
                Audit events
              </ButtonLink>
            ) : null}
            {user.role === 'admin' ? (
              <Button variant="primary" icon={<PencilIcon />} onClick={() => setEditing(true)}>
                Edit
              </Button>
            ) : null}
          </>
        }
      />
      <div className="stack">
        <Card title="Jurisdictions" description="Where the people in this client's data live.">
          {org.jurisdictions.length === 0 ? (
            <p className="muted">None set yet.</p>
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
        <Card title="Contacts" description="People at the client to reach about an incident." flush>
          {org.contacts.length === 0 ? (
            <p className="card__empty muted">No contacts recorded.</p>
          ) : (
            <div className="table-wrap">
              <table className="table">
                <thead>
                  <tr>
                    <th scope="col">Name</th>
                    <th scope="col">Email</th>
                    <th scope="col">Role</th>
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
            <dt>Created</dt>
            <dd>
              <Timestamp value={org.createdAt} layout="inline" />
            </dd>
          </div>
          <div>
            <dt>Updated</dt>
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
