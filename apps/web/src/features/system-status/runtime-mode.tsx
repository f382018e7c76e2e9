import { Badge, DatabaseIcon, InfoIcon } from '../../components/ui';
import { useMessages } from '../../i18n';
import { messages } from './messages';
import { useReadiness } from './queries';

/** Shown when timers have no Redis: nothing is lost, but delivery waits for the next sweep. */
export const RuntimeModeBanner = () => {
  const { data } = useReadiness();
  const t = useMessages(messages).runtime;
  if (data?.mode.timers !== 'in-process') return null;
  return (
    <div className="banner" role="note">
      <InfoIcon />
      <span>{t.inProcessTimers}</span>
    </div>
  );
};

export const DatabaseModeBadge = () => {
  const { data } = useReadiness();
  const t = useMessages(messages).runtime;
  if (data?.mode.database !== 'embedded') return null;
  return (
    <Badge tone="neutral" icon={<DatabaseIcon />} title={t.embeddedDatabaseHint}>
      {t.embeddedDatabase}
    </Badge>
  );
};
