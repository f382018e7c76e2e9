import type { IncidentDetail } from '@vigil/contracts';
import { Card, DeadlineIcon, EmptyState } from '../../components/ui';
import { useMessages } from '../../i18n';
import { regimeLabel } from '../deadlines/board';
import { ClockStateBadge, DeadlineSummary } from '../deadlines/clock-parts';
import { useSecondClock } from '../deadlines/use-second-clock';
import { clockSummary, incidentClocks } from './clock';
import { messages } from './incident-page.messages';

/**
 * Every clock of the incident, most urgent first: the response targets of its severity and each
 * notification duty, counting down live, with the kind of deadline (legal, contractual or an
 * internal target) said in words. Record-keeping duties have no clock: they are listed below.
 */
export const IncidentClocks = ({ incident, id }: { incident: IncidentDetail; id: string }) => {
  const now = useSecondClock();
  const clocks = incidentClocks([...(incident.responseClocks ?? []), ...incident.obligations], now);
  const t = useMessages(messages).clocks;
  return (
    <Card
      title={t.title}
      className="incident-section"
      description={clocks.length === 0 ? undefined : t.description(clockSummary(clocks))}
    >
      <span id={id} className="section-anchor" tabIndex={-1} />
      {clocks.length === 0 ? (
        <EmptyState
          icon={<DeadlineIcon size="lg" />}
          title={t.emptyTitle}
          description={t.emptyDescription}
        />
      ) : (
        <ul className="clock-grid" aria-label={t.list}>
          {clocks.map(({ obligation, state }) => (
            <li
              key={obligation.id}
              className={`clock-tile clock-tile--${state}`}
              data-rule={obligation.rule}
            >
              <span className="clock-tile__head">
                <span className="clock-tile__regime">{regimeLabel(obligation.regime)}</span>
                <ClockStateBadge state={state} />
              </span>
              <span className="clock-tile__title">{obligation.title}</span>
              {obligation.kind !== 'response' ? (
                <span className="clock-tile__recipient">{t.to(obligation.recipient.display)}</span>
              ) : null}
              <DeadlineSummary obligation={obligation} state={state} />
            </li>
          ))}
        </ul>
      )}
    </Card>
  );
};
