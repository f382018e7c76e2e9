import type { RunbookRun } from '@vigil/contracts';
import { Badge, type BadgeTone } from '../../components/ui';
import { pick, useMessages } from '../../i18n';
import type { StepStatus } from './api';
import { runMessages } from './messages';

const RUN_STATUS_TONE: Record<RunbookRun['status'], BadgeTone> = {
  running: 'info',
  recovered: 'success',
  aborted: 'neutral',
};

export const RunStatusBadge = ({ status }: { status: RunbookRun['status'] }) => {
  const t = useMessages(runMessages);
  return (
    <Badge tone={RUN_STATUS_TONE[status]} dot>
      {t.runStatus[status]}
    </Badge>
  );
};

export const DrillBadge = () => {
  const t = useMessages(runMessages);
  return (
    <Badge tone="warning" title={t.drill.hint}>
      {t.drill.label}
    </Badge>
  );
};

const STEP_STATUS_TONE: Record<StepStatus, BadgeTone> = {
  pending: 'neutral',
  done: 'success',
  skipped: 'neutral',
  blocked: 'danger',
};

/** "To do", "Done", …: a step's status in the active language. */
export const stepStatusLabel = (status: StepStatus): string => pick(runMessages).stepStatus[status];

export const StepStatusBadge = ({ status }: { status: StepStatus }) => {
  const t = useMessages(runMessages);
  return (
    <Badge tone={STEP_STATUS_TONE[status]} dot>
      {t.stepStatus[status]}
    </Badge>
  );
};
