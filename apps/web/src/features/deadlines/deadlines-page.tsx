import {
  CheckIcon,
  Card,
  DeadlineIcon,
  EmptyState,
  MailIcon,
  PageHeader,
  TargetIcon,
} from '../../components/ui';

export const DeadlinesPage = () => (
  <>
    <PageHeader
      title="Deadlines"
      description="The notification clocks that follow a breach: client 24 h, GDPR 72 h, Québec Law 25 and PIPEDA."
    />
    <Card>
      <EmptyState
        icon={<DeadlineIcon size="lg" />}
        title="No clocks running"
        description="Each obligation will be listed here by due time, with the moment its clock started and the rule that started it."
        items={[
          {
            icon: <TargetIcon />,
            title: 'Due and overdue',
            description: 'Relative and absolute times, with the time zone.',
          },
          {
            icon: <MailIcon />,
            title: 'Notices on record',
            description: 'Who was told, when, by which channel.',
          },
          {
            icon: <CheckIcon />,
            title: 'Breach register',
            description: 'Law 25 and PIPEDA records, exportable as CSV.',
          },
        ]}
      />
    </Card>
  </>
);
