import { Badge } from '../../components/ui';
import { useMessages } from '../../i18n';
import { messages } from './messages';
import {
  formatObjectiveHours,
  formatRecoveryMinutes,
  outcomeOf,
  type ObjectiveOutcome,
} from './recovery-time';

const OUTCOME_TONE: Record<ObjectiveOutcome, 'success' | 'danger' | 'neutral'> = {
  met: 'success',
  missed: 'danger',
  not_measured: 'neutral',
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
  const t = useMessages(messages).recovery;
  const outcome = achievedMinutes === null ? 'not_measured' : outcomeOf(met);
  return (
    <div className={`objective-result objective-result--${outcome}`} data-objective={kind}>
      <span className="objective-result__achieved">
        {achievedMinutes === null ? '—' : formatRecoveryMinutes(achievedMinutes)}
      </span>
      <span className="table__sub table__sub--flush">
        {t.objective(formatObjectiveHours(objectiveHours))}
      </span>
      <Badge tone={OUTCOME_TONE[outcome]} dot>
        {t.outcomes[outcome]}
      </Badge>
    </div>
  );
};
