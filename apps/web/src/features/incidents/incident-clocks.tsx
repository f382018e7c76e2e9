import type { IncidentDetail } from '@vigil/contracts';
import { Card, DeadlineIcon, EmptyState } from '../../components/ui';
import { regimeLabel } from '../deadlines/board';
import { ClockStateBadge, DeadlineSummary } from '../deadlines/clock-parts';
import { useSecondClock } from '../deadlines/use-second-clock';
import { clockSummary, incidentClocks } from './clock';

/**
 * Every clock of the incident, most urgent first: the response targets of its severity and each
 * notification duty, counting down live, with the kind of deadline (legal, contractual or an
 * internal target) said in words. Record-keeping duties have no clock: they are listed below.
 */
export const IncidentClocks = ({ incident, id }: { incident: IncidentDetail; id: string }) => {
  const now = useSecondClock();
  const clocks = incidentClocks([...(incident.responseClocks ?? []), ...incident.obligations], now);
  return (
    <Card
      title="Clocks"
      className="incident-section"
      description={
        clocks.length === 0
          ? undefined
          : `${clockSummary(clocks)}. Legal and contractual deadlines bind; internal targets are ours.`
      }
    >
      <span id={id} className="section-anchor" tabIndex={-1} />
      {clocks.length === 0 ? (
        <EmptyState
          icon={<DeadlineIcon size="lg" />}
          title="No clock is running"
          description="Response targets follow the severity; notification clocks start when a client is affected or the privacy assessment calls for a notice."
        />
      ) : (
        <ul className="clock-grid" aria-label="Clocks, most urgent first">
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
                <span className="clock-tile__recipient">To {obligation.recipient.display}</span>
              ) : null}
              <DeadlineSummary obligation={obligation} state={state} />
            </li>
          ))}
        </ul>
      )}
    </Card>
  );
};
