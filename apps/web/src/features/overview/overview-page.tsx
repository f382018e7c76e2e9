import {
  AlertIcon,
  Card,
  DeadlineIcon,
  EmptyState,
  IncidentIcon,
  OverviewIcon,
  PageHeader,
  RunbookIcon,
} from '../../components/ui';

export const OverviewPage = () => (
  <>
    <PageHeader
      title="Overview"
      description="What needs attention now, across incidents, alerts and notification clocks."
    />
    <Card>
      <EmptyState
        icon={<OverviewIcon size="lg" />}
        title="A calm board, for now"
        description="Once alarms and audit events flow in, this page summarises what is open and what is due, so the first look at 3 a.m. says where to start."
        items={[
          {
            icon: <IncidentIcon />,
            title: 'Open incidents',
            description: 'Counted by severity, with time since detection.',
          },
          {
            icon: <DeadlineIcon />,
            title: 'Next deadlines',
            description: 'Notification clocks closest to running out.',
          },
          {
            icon: <AlertIcon />,
            title: 'Alerts to triage',
            description: 'New alarms and detections by source.',
          },
          {
            icon: <RunbookIcon />,
            title: 'Response times',
            description: 'Time to acknowledge, contain and recover.',
          },
        ]}
      />
    </Card>
  </>
);
