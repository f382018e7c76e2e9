import {
  Card,
  DeadlineIcon,
  EmptyState,
  IncidentIcon,
  LayersIcon,
  PageHeader,
  TargetIcon,
} from '../../components/ui';

export const IncidentsPage = () => (
  <>
    <PageHeader
      title="Incidents"
      description="Open, run and close incidents: from detection through containment and recovery to the review."
    />
    <Card>
      <EmptyState
        icon={<IncidentIcon size="lg" />}
        title="No incidents to show"
        description="Every incident with its severity, lead and next notification deadline will be listed here."
        items={[
          {
            icon: <TargetIcon />,
            title: 'Severity and state',
            description: 'SEV1 to SEV4, from detected to closed, each step timestamped.',
          },
          {
            icon: <DeadlineIcon />,
            title: 'Next deadline',
            description: 'The notification clock that runs out first.',
          },
          {
            icon: <LayersIcon />,
            title: 'Timeline',
            description: 'Every change, note, alert and notice, with who and when.',
          },
        ]}
      />
    </Card>
  </>
);
