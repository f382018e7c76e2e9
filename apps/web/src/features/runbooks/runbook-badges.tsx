import type { Role, RunbookKind } from '@vigil/contracts';
import { ROLE_LABELS } from '../../app/access';
import { Badge } from '../../components/ui';
import { useMessages } from '../../i18n';
import { runbookMessages } from './messages';

export const KindBadge = ({ kind }: { kind: RunbookKind }) => {
  const t = useMessages(runbookMessages);
  const words = t.kinds[kind];
  return (
    <Badge tone="info" title={t.kindTitle(words.long, words.hint)}>
      <span className="kind-badge">{words.short}</span>
    </Badge>
  );
};

/** Who carries a step out; a step without a role is anyone's on the run. */
export const StepRoleBadge = ({ role }: { role: Role | null }) => {
  const t = useMessages(runbookMessages);
  return role ? (
    <Badge tone="neutral" title={t.stepRole}>
      {ROLE_LABELS[role]}
    </Badge>
  ) : (
    <Badge tone="neutral" title={t.anyoneHint}>
      {t.anyone}
    </Badge>
  );
};
