import { Badge, type BadgeTone } from '../../components/ui';
import { useMessages } from '../../i18n';
import type { Outcome } from './audit-filter';
import { messages } from './messages';

const TONES: Record<Outcome, BadgeTone> = {
  success: 'success',
  failure: 'danger',
  unknown: 'neutral',
};

export const OutcomeBadge = ({ outcome }: { outcome: Outcome }) => {
  const t = useMessages(messages);
  return (
    <Badge tone={TONES[outcome]} dot>
      {t.outcomes[outcome]}
    </Badge>
  );
};
