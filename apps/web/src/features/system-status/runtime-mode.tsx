import { Badge, DatabaseIcon, InfoIcon } from '../../components/ui';
import { useReadiness } from './queries';

/** Shown when timers have no Redis: nothing is lost, but delivery waits for the next sweep. */
export const RuntimeModeBanner = () => {
  const { data } = useReadiness();
  if (data?.mode.timers !== 'in-process') return null;
  return (
    <div className="banner" role="note">
      <InfoIcon />
      <span>No Redis configured: reminders run in-process from the database sweeper.</span>
    </div>
  );
};

export const DatabaseModeBadge = () => {
  const { data } = useReadiness();
  if (data?.mode.database !== 'embedded') return null;
  return (
    <Badge
      tone="neutral"
      icon={<DatabaseIcon />}
      title="PostgreSQL runs inside the Vigil process, with its data under the data directory."
    >
      Embedded database
    </Badge>
  );
};
