import {
  AuditIcon,
  Card,
  ChainIcon,
  EmptyState,
  ExportIcon,
  PageHeader,
  UsersIcon,
} from '../../components/ui';

export const AuditPage = () => (
  <>
    <PageHeader
      title="Audit log"
      description="Access and administrative activity, kept 12 months, append-only and hash-chained."
    />
    <Card>
      <EmptyState
        icon={<AuditIcon size="lg" />}
        title="No audit events yet"
        description="Events from your applications, CloudTrail and Vigil itself will be searchable here by actor, action, organization, IP and time."
        items={[
          {
            icon: <ChainIcon />,
            title: 'Verify a range',
            description: 'Prove from the hash chain that nothing was altered.',
          },
          {
            icon: <ExportIcon />,
            title: 'Export',
            description: 'CSV or NDJSON that matches the screen, itself audited.',
          },
          {
            icon: <UsersIcon />,
            title: 'Who looked at what',
            description: 'Sign-ins, views and exports in Vigil are logged too.',
          },
        ]}
      />
    </Card>
  </>
);
