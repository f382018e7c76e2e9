import { Badge } from '../../components/ui';
import {
  formatObjectiveHours,
  formatRecoveryMinutes,
  outcomeOf,
  type ObjectiveOutcome,
} from './recovery-time';

const OUTCOME_META: Record<
  ObjectiveOutcome,
  { label: string; tone: 'success' | 'danger' | 'neutral' }
> = {
  met: { label: 'Met', tone: 'success' },
  missed: { label: 'Missed', tone: 'danger' },
  not_measured: { label: 'Not measured', tone: 'neutral' },
};

/** "30 h · objective 48 h · Met": what a drill achieved beside what it was held to. */
export const ObjectiveResult = ({
  kind,
  achievedMinutes,
  objectiveHours,
  met,
}: {
  kind: 'RTO' | 'RPO';
  achievedMinutes: number | null;
  objectiveHours: number;
  met: boolean | null;
}) => {
  const outcome = achievedMinutes === null ? 'not_measured' : outcomeOf(met);
  const meta = OUTCOME_META[outcome];
  return (
    <div className={`objective-result objective-result--${outcome}`} data-objective={kind}>
      <span className="objective-result__achieved">
        {achievedMinutes === null ? '—' : formatRecoveryMinutes(achievedMinutes)}
      </span>
      <span className="table__sub table__sub--flush">
        objective {formatObjectiveHours(objectiveHours)}
      </span>
      <Badge tone={meta.tone} dot>
        {meta.label}
      </Badge>
    </div>
  );
};
