import type { RunbookRun, RunStep } from '@vigil/contracts';
import { useEffect, useEffectEvent, useState } from 'react';
import { useParams } from 'react-router';
import { ROLE_LABELS } from '../../app/access';
import {
  Alert,
  ArrowLeftIcon,
  Button,
  ButtonLink,
  Card,
  CompassIcon,
  EmptyState,
  ErrorState,
  IncidentIcon,
  PageHeader,
  PageSkeleton,
  RunbookIcon,
  Timestamp,
} from '../../components/ui';
import { useMessages } from '../../i18n';
import { isApiError } from '../../lib/api-client';
import { useCurrentUser } from '../auth/queries';
import { incidentPath } from '../incidents/paths';
import { runbookPath } from '../runbooks/paths';
import { canFinishRuns, canUpdateStep } from '../runbooks/runbook-access';
import { KIND_LABELS } from '../runbooks/runbook-filter';
import '../runbooks/runbooks.css';
import type { StepStatus } from './api';
import { FinishRunDialog } from './finish-run-dialog';
import { useRun, useUpdateRunStep, RUN_REFRESH_MS } from './queries';
import { DrillBadge, RunStatusBadge, stepStatusLabel } from './run-badges';
import { ObjectivesTable, ProgressTile, RpoTile, RtoTile, RunResult } from './run-clocks';
import { byPosition, focusStep, neighbourStep, nextOpenStep, runProgress } from './run-progress';
import { runPageMessages } from './run-page.messages';
import { shortcutFor } from './run-shortcuts';
import { FocusedStep, StepNav } from './run-steps';
import './runs.css';

const RunView = ({ run, stale }: { run: RunbookRun; stale: boolean }) => {
  const me = useCurrentUser();
  const t = useMessages(runPageMessages).page;
  const [chosenId, setChosenId] = useState<string>();
  const [blocking, setBlocking] = useState(false);
  const [finishing, setFinishing] = useState(false);
  const [announcement, setAnnouncement] = useState('');
  // Once the person moves through the steps, the new step's title takes the focus.
  const [moved, setMoved] = useState(false);
  const update = useUpdateRunStep();
  const steps = byPosition(run.steps);
  const mine = (s: RunStep) => canUpdateStep(me.role, s.role);
  const step = focusStep(steps, chosenId, mine);
  const index = step ? steps.indexOf(step) : -1;
  const progress = runProgress(steps);
  const running = run.status === 'running';
  const allowed = step ? canUpdateStep(me.role, step.role) : false;
  const canAct = running && allowed;
  const pending =
    update.isPending && update.variables.stepId === step?.id ? update.variables.status : undefined;

  const choose = (id: string | undefined) => {
    if (!id) return;
    setChosenId(id);
    setMoved(true);
    setBlocking(false);
    update.reset();
  };

  const setStatus = (status: StepStatus, note?: string) => {
    if (!step || !canAct || update.isPending) return;
    const id = step.id;
    const title = step.title;
    update.mutate(
      { runId: run.id, stepId: id, status, note },
      {
        onSuccess: (next) => {
          setBlocking(false);
          const after = status === 'pending' ? undefined : nextOpenStep(next.steps, id, mine);
          setAnnouncement(t.announce(title, stepStatusLabel(status), after?.title));
          if (after) {
            setChosenId(after.id);
            setMoved(true);
          }
        },
      },
    );
  };

  const onKey = useEffectEvent((event: KeyboardEvent) => {
    // A dialog (finish, confirm) has the keyboard to itself.
    if (document.querySelector('dialog[open]')) return;
    const action = shortcutFor(event);
    if (!action) return;
    event.preventDefault();
    if (action === 'next' || action === 'previous') {
      choose(neighbourStep(steps, step?.id, action === 'next' ? 1 : -1)?.id);
      return;
    }
    if (!canAct || !step) return;
    const settled = step.status === 'done' || step.status === 'skipped';
    if (action === 'done' && !settled) setStatus('done');
    else if (action === 'skip' && !settled) setStatus('skipped');
    else if (action === 'block' && !settled) setBlocking(true);
    else if (action === 'reopen' && step.status !== 'pending') setStatus('pending');
  });
  useEffect(() => {
    const listener = (event: KeyboardEvent) => onKey(event);
    window.addEventListener('keydown', listener);
    return () => window.removeEventListener('keydown', listener);
  }, []);

  return (
    <>
      <PageHeader
        eyebrow={t.eyebrow(KIND_LABELS[run.kind].long, run.drill, run.runbookVersion)}
        title={run.title}
        description={
          <span className="runbook-facts">
            <RunStatusBadge status={run.status} />
            {run.drill ? <DrillBadge /> : null}
            <span>
              {t.started} <Timestamp value={run.startedAt} layout="inline" />{' '}
              {t.startedBy(run.startedBy)}
            </span>
            {run.incidentReference ? <span>{t.forIncident(run.incidentReference)}</span> : null}
          </span>
        }
        actions={
          <>
            <ButtonLink to={runbookPath(run.runbookId)} variant="ghost" icon={<RunbookIcon />}>
              {t.runbook}
            </ButtonLink>
            {run.incidentId ? (
              <ButtonLink
                to={incidentPath(run.incidentId)}
                variant="secondary"
                icon={<IncidentIcon />}
              >
                {run.incidentReference ?? t.incident}
              </ButtonLink>
            ) : null}
            {running && canFinishRuns(me.role) ? (
              <Button variant="primary" onClick={() => setFinishing(true)}>
                {t.finish}
              </Button>
            ) : null}
          </>
        }
      />
      <p className="visually-hidden" role="status" aria-live="polite">
        {announcement}
      </p>
      <div className="stack">
        {stale ? (
          <Alert tone="warning" title={t.notUpdating}>
            {t.notUpdatingText(RUN_REFRESH_MS / 1000)}
          </Alert>
        ) : null}
        {running ? null : <RunResult run={run} />}
        <div className="big-clocks">
          <RtoTile run={run} />
          <RpoTile run={run} />
          <ProgressTile progress={progress} />
        </div>
        <div className="run-layout">
          {step ? (
            <FocusedStep
              key={step.id}
              step={step}
              index={index}
              total={steps.length}
              canAct={canAct}
              notAllowed={
                !running
                  ? t.closed(run.status)
                  : !allowed && step.role
                    ? t.otherRole(ROLE_LABELS[step.role])
                    : undefined
              }
              pending={pending}
              error={update.isError && update.variables.stepId === step.id ? update.error : null}
              blocking={blocking}
              takeFocus={moved}
              onBlocking={setBlocking}
              onStatus={setStatus}
            />
          ) : (
            <Card>
              <EmptyState
                icon={<RunbookIcon size="lg" />}
                title={t.noSteps}
                description={t.noStepsDetail}
              />
            </Card>
          )}
          <StepNav steps={steps} focusedId={step?.id} onFocus={choose} />
        </div>
        <ObjectivesTable run={run} />
      </div>
      {finishing ? <FinishRunDialog run={run} onClose={() => setFinishing(false)} /> : null}
    </>
  );
};

/** A runbook run, built for a stressful hour: one step in focus, the clocks big, the rest aside. */
export const RunPage = () => {
  const { id = '' } = useParams();
  const run = useRun(id);
  const t = useMessages(runPageMessages).page;
  if (run.isPending) return <PageSkeleton label={t.loading} />;
  if (run.isError && !run.data) {
    const missing = isApiError(run.error) && run.error.status === 404;
    return (
      <>
        <PageHeader title={t.title} />
        <Card>
          {missing ? (
            <EmptyState
              icon={<CompassIcon size="lg" />}
              title={t.missing}
              description={
                <>
                  <code className="code-chip">{id}</code>
                  {t.missingDetail}
                </>
              }
              actions={
                <ButtonLink to="/runbooks" variant="primary" icon={<ArrowLeftIcon />}>
                  {t.allRunbooks}
                </ButtonLink>
              }
            />
          ) : (
            <ErrorState error={run.error} onRetry={() => void run.refetch()} />
          )}
        </Card>
      </>
    );
  }
  return <RunView run={run.data} stale={run.isRefetchError} />;
};
