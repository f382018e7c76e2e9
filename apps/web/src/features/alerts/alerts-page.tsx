import {
  AlertIcon,
  Card,
  EmptyState,
  IncidentIcon,
  LayersIcon,
  PageHeader,
  PlugIcon,
} from '../../components/ui';

export const AlertsPage = () => (
  <>
    <PageHeader
      title="Alerts"
      description="CloudWatch alarms, detections over the audit log and webhook alerts, in one triage queue."
    />
    <Card>
      <EmptyState
        icon={<AlertIcon size="lg" />}
        title="No alerts waiting"
        description="Alerts from every source will arrive here to be acknowledged, suppressed or promoted to an incident."
        items={[
          {
            icon: <PlugIcon />,
            title: 'Every source',
            description: 'SNS, EventBridge, webhooks and detection rules.',
          },
          {
            icon: <LayersIcon />,
            title: 'Grouped flaps',
            description: 'An alarm that flaps stays one alert, not ten incidents.',
          },
          {
            icon: <IncidentIcon />,
            title: 'One-click promote',
            description: 'Open an incident, or attach to one already open.',
          },
        ]}
      />
    </Card>
  </>
);
