import { Badge, type BadgeTone } from '../../components/ui';
import type { Outcome } from './audit-filter';

const TONES: Record<Outcome, BadgeTone> = {
  success: 'success',
  failure: 'danger',
  unknown: 'neutral',
};
const LABELS: Record<Outcome, string> = {
  success: 'Success',
  failure: 'Failure',
  unknown: 'Unknown',
};

export const OutcomeBadge = ({ outcome }: { outcome: Outcome }) => (
  <Badge tone={TONES[outcome]} dot>
    {LABELS[outcome]}
  </Badge>
);
