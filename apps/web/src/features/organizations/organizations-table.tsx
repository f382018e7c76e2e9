import type { Organization } from '@vigil/contracts';
import { Link } from 'react-router';
import { Badge, Button, PencilIcon, Timestamp } from '../../components/ui';
import { JURISDICTION_LABELS } from './jurisdictions';

export interface OrganizationsTableProps {
  organizations: readonly Organization[];
  /** Admin: an Edit button per row. */
  onEdit?: (organization: Organization) => void;
}

export const JurisdictionBadges = ({ organization }: { organization: Organization }) =>
  organization.jurisdictions.length === 0 ? (
    <span className="muted">None set</span>
  ) : (
    <span className="badge-list">
      {organization.jurisdictions.map((j) => (
        <Badge key={j} title={`${JURISDICTION_LABELS[j].name} · ${JURISDICTION_LABELS[j].law}`}>
          {j}
        </Badge>
      ))}
    </span>
  );

export const OrganizationsTable = ({ organizations, onEdit }: OrganizationsTableProps) => (
  <div className="table-wrap">
    <table className="table">
      <thead>
        <tr>
          <th scope="col">Organization</th>
          <th scope="col">Jurisdictions</th>
          <th scope="col">Contacts</th>
          <th scope="col">Updated</th>
          {onEdit ? (
            <th scope="col">
              <span className="visually-hidden">Actions</span>
            </th>
          ) : null}
        </tr>
      </thead>
      <tbody>
        {organizations.map((organization) => (
          <tr key={organization.id}>
            <td>
              <Link to={`/organizations/${encodeURIComponent(organization.id)}`}>
                {organization.name}
              </Link>
              <span className="table__sub mono">{organization.id}</span>
            </td>
            <td>
              <JurisdictionBadges organization={organization} />
            </td>
            <td>
              {organization.contacts.length === 0 ? (
                <span className="muted">None</span>
              ) : (
                <>
                  {organization.contacts[0]?.name}
                  {organization.contacts.length > 1 ? (
                    <span className="table__sub">and {organization.contacts.length - 1} more</span>
                  ) : (
                    <span className="table__sub">{organization.contacts[0]?.email}</span>
                  )}
                </>
              )}
            </td>
            <td>
              <Timestamp value={organization.updatedAt} />
            </td>
            {onEdit ? (
              <td className="table__actions">
                <Button
                  size="sm"
                  icon={<PencilIcon />}
                  onClick={() => onEdit(organization)}
                  aria-label={`Edit ${organization.name}`}
                >
                  Edit
                </Button>
              </td>
            ) : null}
          </tr>
        ))}
      </tbody>
    </table>
  </div>
);
