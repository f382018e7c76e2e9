import type { RunbookRun } from '@vigil/contracts';
import { Badge, type BadgeTone } from '../../components/ui';
import type { StepStatus } from './api';

const RUN_STATUS: Record<RunbookRun['status'], { label: string; tone: BadgeTone }> = {
  running: { label: 'Running', tone: 'info' },
  recovered: { label: 'Recovered', tone: 'success' },
  aborted: { label: 'Aborted', tone: 'neutral' },
};

export const RunStatusBadge = ({ status }: { status: RunbookRun['status'] }) => (
  <Badge tone={RUN_STATUS[status].tone} dot>
    {RUN_STATUS[status].label}
  </Badge>
);

export const DrillBadge = () => (
  <Badge tone="warning" title="A rehearsal: no real service is down">
    Drill
  </Badge>
);

export const STEP_STATUS: Record<StepStatus, { label: string; tone: BadgeTone }> = {
  pending: { label: 'To do', tone: 'neutral' },
  done: { label: 'Done', tone: 'success' },
  skipped: { label: 'Skipped', tone: 'neutral' },
  blocked: { label: 'Blocked', tone: 'danger' },
};

export const StepStatusBadge = ({ status }: { status: StepStatus }) => (
  <Badge tone={STEP_STATUS[status].tone} dot>
    {STEP_STATUS[status].label}
  </Badge>
);
