import type { Organization } from '@vigil/contracts';
import { Link } from 'react-router';
import { Badge, Button, PencilIcon, Timestamp } from '../../components/ui';
import { useMessages } from '../../i18n';
import { JURISDICTION_LABELS } from './jurisdictions';
import { messages } from './messages';

export interface OrganizationsTableProps {
  organizations: readonly Organization[];
  /** Admin: an Edit button per row. */
  onEdit?: (organization: Organization) => void;
}

export const JurisdictionBadges = ({ organization }: { organization: Organization }) => {
  const t = useMessages(messages).table;
  return organization.jurisdictions.length === 0 ? (
    <span className="muted">{t.noJurisdictions}</span>
  ) : (
    <span className="badge-list">
      {organization.jurisdictions.map((j) => (
        <Badge key={j} title={`${JURISDICTION_LABELS[j].name} · ${JURISDICTION_LABELS[j].law}`}>
          {j}
        </Badge>
      ))}
    </span>
  );
};

export const OrganizationsTable = ({ organizations, onEdit }: OrganizationsTableProps) => {
  const t = useMessages(messages).table;
  return (
    <div className="table-wrap">
      <table className="table">
        <thead>
          <tr>
            <th scope="col">{t.columns.organization}</th>
            <th scope="col">{t.columns.jurisdictions}</th>
            <th scope="col">{t.columns.contacts}</th>
            <th scope="col">{t.columns.updated}</th>
            {onEdit ? (
              <th scope="col">
                <span className="visually-hidden">{t.columns.actions}</span>
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
                  <span className="muted">{t.noContacts}</span>
                ) : (
                  <>
                    {organization.contacts[0]?.name}
                    {organization.contacts.length > 1 ? (
                      <span className="table__sub">
                        {t.moreContacts(organization.contacts.length - 1)}
                      </span>
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
                    aria-label={t.editNamed(organization.name)}
                  >
                    {t.edit}
                  </Button>
                </td>
              ) : null}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
};
