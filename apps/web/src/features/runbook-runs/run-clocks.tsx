import type { RunbookRun } from '@vigil/contracts';
import { Badge, Card } from '../../components/ui';
import { formatDateTime } from '../../lib/format';
import { formatDuration } from '../deadlines/board';
import { Countdown } from '../deadlines/clock-parts';
import { useSecondClock } from '../deadlines/use-second-clock';
import { Meter } from './meter';
import type { RunProgress } from './run-progress';
import {
  formatHours,
  formatMinutes,
  RPO_STATE_META,
  RTO_STATE_META,
  rtoLine,
  rtoShare,
  runRpo,
  runRtoClock,
} from './recovery-clock';

/**
 * Downtime against the recovery time objective, ticking every second while the run goes on; fixed
 * at the restore time once recovered, at the finish time once aborted.
 */
export const RtoTile = ({ run }: { run: RunbookRun }) => {
  const tick = useSecondClock();
  const now = run.status === 'aborted' && run.finishedAt ? Date.parse(run.finishedAt) : tick;
  const clock = runRtoClock(run, now);
  const meta = RTO_STATE_META[clock.state];
  const share = rtoShare(clock);
  return (
    <section className={`big-clock big-clock--${clock.state}`} aria-label="Recovery time">
      <header className="big-clock__head">
        <h2 className="big-clock__name">
          RTO <span className="big-clock__target">{formatHours(run.rtoHours)}</span>
        </h2>
        <Badge tone={meta.tone} dot title={meta.hint}>
          {meta.label}
        </Badge>
      </header>
      <p className="big-clock__value" role="timer" aria-live="off">
        {formatDuration(Math.max(0, clock.elapsedMs))}
      </p>
      <p className="big-clock__caption">
        {run.status === 'running'
          ? 'down since the disruption'
          : run.status === 'recovered'
            ? 'to restore service'
            : 'down when the run was aborted'}
      </p>
      <Meter
        percent={share}
        tone={clock.state === 'running' ? (share >= 75 ? 'warning' : 'info') : meta.tone}
        label={`${share}% of the recovery time objective`}
      />
      <p className="big-clock__line">
        <strong>{rtoLine(clock)}</strong>
      </p>
      <p className="big-clock__at">
        Due <time dateTime={clock.dueAt}>{formatDateTime(clock.dueAt)}</time>
      </p>
      <p className="big-clock__at">
        Disruption{' '}
        <time dateTime={run.disruptionStartedAt}>{formatDateTime(run.disruptionStartedAt)}</time>
      </p>
    </section>
  );
};

/** Data at risk: disruption start − last good backup (or the recovery point used), against the RPO. */
export const RpoTile = ({ run }: { run: RunbookRun }) => {
  const rpo = runRpo(run);
  const meta = RPO_STATE_META[rpo.state];
  const share =
    rpo.exposureMinutes === null
      ? 0
      : Math.max(0, Math.min(100, Math.round((rpo.exposureMinutes / (run.rpoHours * 60)) * 100)));
  return (
    <section className={`big-clock big-clock--rpo-${rpo.state}`} aria-label="Data at risk">
      <header className="big-clock__head">
        <h2 className="big-clock__name">
          RPO <span className="big-clock__target">{formatHours(run.rpoHours)}</span>
        </h2>
        <Badge tone={meta.tone} dot title={meta.hint}>
          {meta.label}
        </Badge>
      </header>
      <p className="big-clock__value">
        {rpo.exposureMinutes === null ? '—' : formatMinutes(Math.max(0, rpo.exposureMinutes))}
      </p>
      <p className="big-clock__caption">
        {rpo.exposureMinutes === null
          ? 'no last good backup recorded'
          : 'of data at risk, from the recovery point to the disruption'}
      </p>
      <Meter
        percent={share}
        tone={rpo.state === 'exceeded' ? 'danger' : rpo.state === 'within' ? 'success' : 'neutral'}
        label={`${share}% of the recovery point objective`}
      />
      {rpo.from ? (
        <p className="big-clock__at">
          {run.recoveryPointAt ? 'Recovery point used' : 'Last good backup'}{' '}
          <time dateTime={rpo.from}>{formatDateTime(rpo.from)}</time>
        </p>
      ) : (
        <p className="big-clock__at">Record the recovery point used when finishing the run.</p>
      )}
    </section>
  );
};

export const ProgressTile = ({ progress }: { progress: RunProgress }) => (
  <section className="big-clock big-clock--progress" aria-label="Progress">
    <header className="big-clock__head">
      <h2 className="big-clock__name">Steps</h2>
      {progress.blocked ? (
        <Badge tone="danger" dot>
          {progress.blocked} blocked
        </Badge>
      ) : null}
    </header>
    <p className="big-clock__value">
      {progress.settled}
      <span className="big-clock__of"> / {progress.total}</span>
    </p>
    <p className="big-clock__caption">
      {progress.done} done{progress.skipped ? `, ${progress.skipped} skipped` : ''}
    </p>
    <Meter percent={progress.percent} tone="success" label={`${progress.percent}% of the steps`} />
    <p className="big-clock__line">
      {progress.settled === progress.total
        ? 'Every step is settled'
        : progress.remainingMinutes !== null
          ? `About ${formatMinutes(progress.remainingMinutes)} of work left by the estimates`
          : `${progress.total - progress.settled} to go`}
    </p>
  </section>
);

/** What the run achieved against its objectives, once finished. */
export const RunResult = ({ run }: { run: RunbookRun }) => {
  const rto = runRtoClock(run, Date.parse(run.finishedAt ?? run.startedAt));
  const rpo = runRpo(run);
  const recovered = run.status === 'recovered';
  return (
    <Card
      title={recovered ? 'Recovered' : 'Aborted'}
      className="run-result"
      description={run.finishedAt ? `Finished ${formatDateTime(run.finishedAt)}.` : 'Finished.'}
    >
      <dl className="run-result__grid">
        <div className={`run-result__item run-result__item--${recovered ? rto.state : 'none'}`}>
          <dt>Achieved RTO</dt>
          <dd>
            <span className="run-result__value">
              {run.achievedRtoMinutes === null ? '—' : formatMinutes(run.achievedRtoMinutes)}
            </span>
            <span className="run-result__target">target {formatHours(run.rtoHours)}</span>
            {recovered ? (
              <Badge tone={RTO_STATE_META[rto.state].tone} dot>
                {rto.state === 'met' ? 'RTO met' : 'RTO missed'}
              </Badge>
            ) : (
              <Badge tone="neutral">Service not restored</Badge>
            )}
            {run.restoredAt ? (
              <span className="run-result__at">
                Restored <time dateTime={run.restoredAt}>{formatDateTime(run.restoredAt)}</time>
              </span>
            ) : null}
          </dd>
        </div>
        <div className={`run-result__item run-result__item--rpo-${rpo.state}`}>
          <dt>Achieved RPO</dt>
          <dd>
            <span className="run-result__value">
              {run.achievedRpoMinutes === null ? '—' : formatMinutes(run.achievedRpoMinutes)}
            </span>
            <span className="run-result__target">target {formatHours(run.rpoHours)}</span>
            <Badge tone={RPO_STATE_META[rpo.state].tone} dot>
              {rpo.state === 'within'
                ? 'RPO met'
                : rpo.state === 'exceeded'
                  ? 'RPO missed'
                  : 'No recovery point'}
            </Badge>
            {run.recoveryPointAt ? (
              <span className="run-result__at">
                Recovery point{' '}
                <time dateTime={run.recoveryPointAt}>{formatDateTime(run.recoveryPointAt)}</time>
              </span>
            ) : null}
          </dd>
        </div>
      </dl>
    </Card>
  );
};

/** Each service the run recovers, with its own objectives: the tightest is the run's. */
export const ObjectivesTable = ({ run }: { run: RunbookRun }) => (
  <Card
    flush
    title="Objectives per service"
    description={
      run.objectives.length
        ? `The run is held to the tightest: RTO ${formatHours(run.rtoHours)}, RPO ${formatHours(run.rpoHours)}.`
        : undefined
    }
  >
    {run.objectives.length === 0 ? (
      <p className="card__empty muted">
        No service is named: the company objectives apply, RTO {formatHours(run.rtoHours)} and RPO{' '}
        {formatHours(run.rpoHours)}.
      </p>
    ) : (
      <div className="table-wrap">
        <table className="table table--compact">
          <caption className="visually-hidden">Recovery objectives of each service</caption>
          <thead>
            <tr>
              <th scope="col">Service</th>
              <th scope="col">RTO</th>
              <th scope="col">Due</th>
              <th scope="col">RPO</th>
              <th scope="col">Data at risk</th>
            </tr>
          </thead>
          <tbody>
            {run.objectives.map((o) => (
              <tr key={o.serviceId}>
                <td>
                  <strong>{o.name}</strong>
                  <span className="table__sub mono">{o.serviceId}</span>
                </td>
                <td>{formatHours(o.rtoHours)}</td>
                <td>
                  <span className="cell-stack">
                    {run.status === 'running' ? <Countdown deadline={o.rtoDueAt} /> : null}
                    <time className="table__sub table__sub--flush" dateTime={o.rtoDueAt}>
                      {formatDateTime(o.rtoDueAt)}
                    </time>
                  </span>
                </td>
                <td>{formatHours(o.rpoHours)}</td>
                <td>
                  {o.rpoExposureMinutes === null ? (
                    <span className="muted">Unknown</span>
                  ) : (
                    <span className="inline-stack">
                      {formatMinutes(Math.max(0, o.rpoExposureMinutes))}
                      <Badge tone={o.rpoMet ? 'success' : 'danger'} dot>
                        {o.rpoMet ? 'Within' : 'Exceeds'}
                      </Badge>
                    </span>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    )}
  </Card>
);
