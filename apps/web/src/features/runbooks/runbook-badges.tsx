import type { Role, RunbookKind } from '@vigil/contracts';
import { ROLE_LABELS } from '../../app/access';
import { Badge } from '../../components/ui';
import { KIND_LABELS } from './runbook-filter';

export const KindBadge = ({ kind }: { kind: RunbookKind }) => (
  <Badge tone="info" title={`${KIND_LABELS[kind].long}: ${KIND_LABELS[kind].hint}`}>
    <span className="kind-badge">{KIND_LABELS[kind].short}</span>
  </Badge>
);

/** Who carries a step out; a step without a role is anyone's on the run. */
export const StepRoleBadge = ({ role }: { role: Role | null }) =>
  role ? (
    <Badge tone="neutral" title="The role that carries this step out">
      {ROLE_LABELS[role]}
    </Badge>
  ) : (
    <Badge tone="neutral" title="Anyone running the runbook may carry this step out">
      Anyone
    </Badge>
  );
