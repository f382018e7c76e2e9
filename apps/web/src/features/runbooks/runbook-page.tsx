import type { Runbook } from '@vigil/contracts';
import { useState } from 'react';
import { Link, useNavigate, useParams, useSearchParams } from 'react-router';
import {
  Alert,
  ArrowLeftIcon,
  Badge,
  Button,
  ButtonLink,
  Card,
  CompassIcon,
  ConfirmDialog,
  EmptyState,
  ErrorState,
  PageHeader,
  PageSkeleton,
  PencilIcon,
  ProblemAlert,
  Timestamp,
} from '../../components/ui';
import { useMessages } from '../../i18n';
import { isApiError } from '../../lib/api-client';
import { useCurrentUser } from '../auth/queries';
import { DrillBadge, RunStatusBadge } from '../runbook-runs/run-badges';
import { progressText, runProgress } from '../runbook-runs/run-progress';
import { runPath } from '../runbook-runs/paths';
import { useRuns } from '../runbook-runs/queries';
import { formatHours } from '../runbook-runs/recovery-clock';
import { StartRunDialog } from '../runbook-runs/start-run-dialog';
import { Markdown } from './markdown';
import { runbookMessages } from './messages';
import { runbookEditPath, runbookPath } from './paths';
import { useArchiveRunbook, useRunbook, useServices, useUnarchiveRunbook } from './queries';
import { canStartRuns, canWriteRunbooks } from './runbook-access';
import { KindBadge, StepRoleBadge } from './runbook-badges';
import { KIND_LABELS } from './runbook-filter';
import { runbookPageMessages } from './runbook-page.messages';
import { RunbookVersions } from './runbook-versions';
import './runbooks.css';

/** The steps as the people running it will read them. */
export const StepList = ({ runbook }: { runbook: Runbook }) => {
  const t = useMessages(runbookPageMessages).steps;
  return (
    <ol className="step-doc" aria-label={t.label}>
      {[...runbook.steps]
        .sort((a, b) => a.position - b.position)
        .map((step, i) => (
          <li key={step.id} className="step-doc__item">
            <span className="step-doc__number" aria-hidden="true">
              {i + 1}
            </span>
            <div className="step-doc__content">
              <h3 className="step-doc__title">{step.title}</h3>
              <p className="step-doc__meta">
                <StepRoleBadge role={step.role} />
                {step.expectedMinutes ? (
                  <span className="muted">{t.about(step.expectedMinutes)}</span>
                ) : null}
              </p>
              {step.body.trim() ? <Markdown text={step.body} /> : null}
            </div>
          </li>
        ))}
    </ol>
  );
};

/** The services it recovers, each with the objectives a run is held to. */
const Services = ({ runbook }: { runbook: Runbook }) => {
  const t = useMessages(runbookPageMessages).services;
  const services = useServices();
  const byId = new Map((services.data ?? []).map((s) => [s.id, s]));
  return (
    <Card title={t.title} description={t.description}>
      {runbook.services.length === 0 ? (
        <p className="muted">{t.none}</p>
      ) : (
        <ul className="service-list">
          {runbook.services.map((id) => {
            const s = byId.get(id);
            return (
              <li key={id} className="service-list__item">
                <strong>{s?.name ?? id}</strong>
                {s ? (
                  <span className="muted">
                    RTO {formatHours(s.rtoHours)} · RPO {formatHours(s.rpoHours)}
                  </span>
                ) : (
                  <span className="muted">{t.unknown}</span>
                )}
              </li>
            );
          })}
        </ul>
      )}
    </Card>
  );
};

/** The latest runs of this runbook, the running ones first. */
const RecentRuns = ({ runbookId }: { runbookId: string }) => {
  const t = useMessages(runbookPageMessages).recentRuns;
  const runs = useRuns({});
  const mine = (runs.data ?? []).filter((r) => r.runbookId === runbookId).slice(0, 5);
  if (runs.isPending || mine.length === 0) return null;
  return (
    <Card title={t.title}>
      <ul className="service-list">
        {mine.map((run) => (
          <li key={run.id} className="service-list__item">
            <span className="inline-stack">
              <Link to={runPath(run.id)}>
                {run.incidentReference ?? t.noIncident} · v{run.runbookVersion}
              </Link>
              <RunStatusBadge status={run.status} />
              {run.drill ? <DrillBadge /> : null}
            </span>
            <span className="muted">
              {progressText(runProgress(run.steps))} ·{' '}
              <Timestamp value={run.startedAt} layout="inline" />
            </span>
          </li>
        ))}
      </ul>
    </Card>
  );
};

const RunbookView = ({
  runbook,
  current,
}: {
  /** The version on screen. */
  runbook: Runbook;
  current: Runbook;
}) => {
  const t = useMessages(runbookPageMessages).view;
  const stepCount = useMessages(runbookMessages).steps;
  const me = useCurrentUser();
  const navigate = useNavigate();
  const [starting, setStarting] = useState(false);
  const [confirmArchive, setConfirmArchive] = useState(false);
  const archive = useArchiveRunbook();
  const unarchive = useUnarchiveRunbook();
  const old = runbook.version !== current.version;
  const canWrite = canWriteRunbooks(me.role);
  const canStart = canStartRuns(me.role) && !current.archived;

  return (
    <>
      <PageHeader
        eyebrow={t.eyebrow(KIND_LABELS[runbook.kind].long, runbook.version)}
        title={runbook.title}
        description={
          <span className="runbook-facts">
            <KindBadge kind={runbook.kind} />
            {current.archived ? <Badge tone="neutral">{t.archived}</Badge> : null}
            {runbook.starter ? (
              <Badge tone="neutral" title={t.starterHint}>
                {t.starter}
              </Badge>
            ) : null}
            <span>{stepCount(runbook.steps.length)}</span>
            <span>
              {t.saved} <Timestamp value={runbook.updatedAt} layout="inline" />
              {runbook.updatedBy ? t.savedBy(runbook.updatedBy) : ''}
            </span>
          </span>
        }
        actions={
          <>
            <ButtonLink to="/runbooks" variant="ghost" icon={<ArrowLeftIcon />}>
              {t.allRunbooks}
            </ButtonLink>
            {canWrite && !old ? (
              <>
                <Button
                  variant="secondary"
                  loading={unarchive.isPending}
                  onClick={() =>
                    current.archived ? unarchive.mutate(current.id) : setConfirmArchive(true)
                  }
                >
                  {current.archived ? t.restore : t.archive}
                </Button>
                <ButtonLink
                  to={runbookEditPath(current.id)}
                  variant="secondary"
                  icon={<PencilIcon />}
                >
                  {t.edit}
                </ButtonLink>
              </>
            ) : null}
            {canStart ? (
              <Button variant="primary" onClick={() => setStarting(true)}>
                {t.startRun}
              </Button>
            ) : null}
          </>
        }
      />
      <div className="stack">
        {old ? (
          <Alert tone="info" title={t.oldTitle(runbook.version, current.version)}>
            {t.oldText} <Link to={runbookPath(current.id)}>{t.showCurrent}</Link>
          </Alert>
        ) : null}
        {current.archived && !old ? (
          <Alert tone="warning" title={t.archived}>
            {t.archivedText}
          </Alert>
        ) : null}
        {unarchive.isError ? <ProblemAlert error={unarchive.error} /> : null}
        <div className="runbook-layout">
          <div className="stack">
            {runbook.summary.trim() ? (
              <Card title={t.purpose}>
                <Markdown text={runbook.summary} />
              </Card>
            ) : null}
            <Card title={t.steps} description={t.stepsDescription}>
              <StepList runbook={runbook} />
            </Card>
          </div>
          <div className="stack">
            <Card title={t.answers}>
              {runbook.categories.length ? (
                <span className="badge-list">
                  {runbook.categories.map((c) => (
                    <Badge key={c}>{c}</Badge>
                  ))}
                </span>
              ) : (
                <p className="muted">{t.noCategory}</p>
              )}
            </Card>
            <Services runbook={runbook} />
            <RecentRuns runbookId={current.id} />
            <RunbookVersions
              key={runbook.version}
              id={current.id}
              current={current.version}
              currentTitle={current.title}
              viewing={runbook.version}
            />
          </div>
        </div>
      </div>
      {starting ? (
        <StartRunDialog
          runbook={current}
          onClose={() => setStarting(false)}
          onStarted={(run) => void navigate(runPath(run.id))}
        />
      ) : null}
      <ConfirmDialog
        open={confirmArchive}
        title={t.archiveTitle(current.title)}
        confirmLabel={t.archive}
        pending={archive.isPending}
        error={archive.isError ? <ProblemAlert error={archive.error} /> : undefined}
        onCancel={() => setConfirmArchive(false)}
        onConfirm={() => archive.mutate(current.id, { onSuccess: () => setConfirmArchive(false) })}
      >
        {t.archiveText}
      </ConfirmDialog>
    </>
  );
};

const parseVersion = (value: string | null): number | undefined => {
  const n = Number(value);
  return value && Number.isInteger(n) && n > 0 ? n : undefined;
};

/** One runbook: its steps rendered, the services it recovers, its versions; start a run. */
export const RunbookPage = () => {
  const t = useMessages(runbookPageMessages).missing;
  const { id = '' } = useParams();
  const [params] = useSearchParams();
  const version = parseVersion(params.get('version'));
  const current = useRunbook(id);
  const shown = useRunbook(id, version);
  const query = version === undefined ? current : shown;

  if (current.isPending || query.isPending) return <PageSkeleton label={t.loading} />;
  const failed = current.isError && !current.data ? current : query.isError ? query : undefined;
  if (failed || !current.data || !query.data) {
    const error = failed?.error ?? current.error;
    const missing = isApiError(error) && error.status === 404;
    return (
      <>
        <PageHeader title={t.title} />
        <Card>
          {missing ? (
            <EmptyState
              icon={<CompassIcon size="lg" />}
              title={version ? t.noVersion(version) : t.noRunbook}
              description={
                <>
                  <code className="code-chip">{id}</code>
                  {t.notVisible}
                </>
              }
              actions={
                <ButtonLink to={version ? runbookPath(id) : '/runbooks'} variant="primary">
                  {version ? t.currentVersion : t.allRunbooks}
                </ButtonLink>
              }
            />
          ) : (
            <ErrorState error={error} onRetry={() => void query.refetch()} />
          )}
        </Card>
      </>
    );
  }
  return <RunbookView runbook={query.data} current={current.data} />;
};
