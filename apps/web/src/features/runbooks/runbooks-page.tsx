import {
  CheckIcon,
  Card,
  DeadlineIcon,
  EmptyState,
  PageHeader,
  RunbookIcon,
  TargetIcon,
} from '../../components/ui';

export const RunbooksPage = () => (
  <>
    <PageHeader
      title="Runbooks"
      description="Incident response, business continuity and disaster recovery plans, run step by step."
    />
    <Card>
      <EmptyState
        icon={<RunbookIcon size="lg" />}
        title="No runbooks yet"
        description="IR, BCP and DRP runbooks will be listed here with their versions, their last drill and the services they recover."
        items={[
          {
            icon: <DeadlineIcon />,
            title: 'Live RTO and RPO',
            description: 'Clocks against the 48 h and 24 h targets during a run.',
          },
          {
            icon: <CheckIcon />,
            title: 'Step by step',
            description: 'Done, skipped or blocked, each with a note and a time.',
          },
          {
            icon: <TargetIcon />,
            title: 'Drills and backups',
            description: 'Evidence of tested restores, with reminders when due.',
          },
        ]}
      />
    </Card>
  </>
);
