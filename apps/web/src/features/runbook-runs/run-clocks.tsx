import type { RunbookRun } from '@vigil/contracts';
import { Badge, Card } from '../../components/ui';
import { useMessages } from '../../i18n';
import { formatDateTime } from '../../lib/format';
import { formatDuration } from '../deadlines/board';
import { Countdown } from '../deadlines/clock-parts';
import { useSecondClock } from '../deadlines/use-second-clock';
import { Meter } from './meter';
import { runMessages } from './messages';
import { runPageMessages } from './run-page.messages';
import type { RunProgress } from './run-progress';
import {
  formatHours,
  formatMinutes,
  RPO_STATE_TONE,
  RTO_STATE_TONE,
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
  const t = useMessages(runPageMessages).rto;
  const states = useMessages(runMessages).rtoState;
  const now = run.status === 'aborted' && run.finishedAt ? Date.parse(run.finishedAt) : tick;
  const clock = runRtoClock(run, now);
  const tone = RTO_STATE_TONE[clock.state];
  const share = rtoShare(clock);
  return (
    <section className={`big-clock big-clock--${clock.state}`} aria-label={t.label}>
      <header className="big-clock__head">
        <h2 className="big-clock__name">
          RTO <span className="big-clock__target">{formatHours(run.rtoHours)}</span>
        </h2>
        <Badge tone={tone} dot title={states[clock.state].hint}>
          {states[clock.state].label}
        </Badge>
      </header>
      <p className="big-clock__value" role="timer" aria-live="off">
        {formatDuration(Math.max(0, clock.elapsedMs))}
      </p>
      <p className="big-clock__caption">{t.caption[run.status]}</p>
      <Meter
        percent={share}
        tone={clock.state === 'running' ? (share >= 75 ? 'warning' : 'info') : tone}
        label={t.meter(share)}
      />
      <p className="big-clock__line">
        <strong>{rtoLine(clock)}</strong>
      </p>
      <p className="big-clock__at">
        {t.due} <time dateTime={clock.dueAt}>{formatDateTime(clock.dueAt)}</time>
      </p>
      <p className="big-clock__at">
        {t.disruption}{' '}
        <time dateTime={run.disruptionStartedAt}>{formatDateTime(run.disruptionStartedAt)}</time>
      </p>
    </section>
  );
};

/** Data at risk: disruption start − last good backup (or the recovery point used), against the RPO. */
export const RpoTile = ({ run }: { run: RunbookRun }) => {
  const t = useMessages(runPageMessages).rpo;
  const states = useMessages(runMessages).rpoState;
  const rpo = runRpo(run);
  const share =
    rpo.exposureMinutes === null
      ? 0
      : Math.max(0, Math.min(100, Math.round((rpo.exposureMinutes / (run.rpoHours * 60)) * 100)));
  return (
    <section className={`big-clock big-clock--rpo-${rpo.state}`} aria-label={t.label}>
      <header className="big-clock__head">
        <h2 className="big-clock__name">
          RPO <span className="big-clock__target">{formatHours(run.rpoHours)}</span>
        </h2>
        <Badge tone={RPO_STATE_TONE[rpo.state]} dot title={states[rpo.state].hint}>
          {states[rpo.state].label}
        </Badge>
      </header>
      <p className="big-clock__value">
        {rpo.exposureMinutes === null ? '—' : formatMinutes(Math.max(0, rpo.exposureMinutes))}
      </p>
      <p className="big-clock__caption">{rpo.exposureMinutes === null ? t.noBackup : t.atRisk}</p>
      <Meter
        percent={share}
        tone={rpo.state === 'exceeded' ? 'danger' : rpo.state === 'within' ? 'success' : 'neutral'}
        label={t.meter(share)}
      />
      {rpo.from ? (
        <p className="big-clock__at">
          {run.recoveryPointAt ? t.recoveryPointUsed : t.lastGoodBackup}{' '}
          <time dateTime={rpo.from}>{formatDateTime(rpo.from)}</time>
        </p>
      ) : (
        <p className="big-clock__at">{t.recordPoint}</p>
      )}
    </section>
  );
};

export const ProgressTile = ({ progress }: { progress: RunProgress }) => {
  const t = useMessages(runPageMessages).progress;
  return (
    <section className="big-clock big-clock--progress" aria-label={t.label}>
      <header className="big-clock__head">
        <h2 className="big-clock__name">{t.steps}</h2>
        {progress.blocked ? (
          <Badge tone="danger" dot>
            {t.blocked(progress.blocked)}
          </Badge>
        ) : null}
      </header>
      <p className="big-clock__value">
        {progress.settled}
        <span className="big-clock__of"> / {progress.total}</span>
      </p>
      <p className="big-clock__caption">{t.doneSkipped(progress.done, progress.skipped)}</p>
      <Meter percent={progress.percent} tone="success" label={t.meter(progress.percent)} />
      <p className="big-clock__line">
        {progress.settled === progress.total
          ? t.allSettled
          : progress.remainingMinutes !== null
            ? t.workLeft(formatMinutes(progress.remainingMinutes))
            : t.toGo(progress.total - progress.settled)}
      </p>
    </section>
  );
};

/** What the run achieved against its objectives, once finished. */
export const RunResult = ({ run }: { run: RunbookRun }) => {
  const t = useMessages(runPageMessages).result;
  const rto = runRtoClock(run, Date.parse(run.finishedAt ?? run.startedAt));
  const rpo = runRpo(run);
  const recovered = run.status === 'recovered';
  return (
    <Card
      title={recovered ? t.title.recovered : t.title.aborted}
      className="run-result"
      description={run.finishedAt ? t.finished(formatDateTime(run.finishedAt)) : t.finishedNoTime}
    >
      <dl className="run-result__grid">
        <div className={`run-result__item run-result__item--${recovered ? rto.state : 'none'}`}>
          <dt>{t.achievedRto}</dt>
          <dd>
            <span className="run-result__value">
              {run.achievedRtoMinutes === null ? '—' : formatMinutes(run.achievedRtoMinutes)}
            </span>
            <span className="run-result__target">{t.target(formatHours(run.rtoHours))}</span>
            {recovered ? (
              <Badge tone={RTO_STATE_TONE[rto.state]} dot>
                {rto.state === 'met' ? t.rtoMet : t.rtoMissed}
              </Badge>
            ) : (
              <Badge tone="neutral">{t.notRestored}</Badge>
            )}
            {run.restoredAt ? (
              <span className="run-result__at">
                {t.restored} <time dateTime={run.restoredAt}>{formatDateTime(run.restoredAt)}</time>
              </span>
            ) : null}
          </dd>
        </div>
        <div className={`run-result__item run-result__item--rpo-${rpo.state}`}>
          <dt>{t.achievedRpo}</dt>
          <dd>
            <span className="run-result__value">
              {run.achievedRpoMinutes === null ? '—' : formatMinutes(run.achievedRpoMinutes)}
            </span>
            <span className="run-result__target">{t.target(formatHours(run.rpoHours))}</span>
            <Badge tone={RPO_STATE_TONE[rpo.state]} dot>
              {rpo.state === 'within'
                ? t.rpoMet
                : rpo.state === 'exceeded'
                  ? t.rpoMissed
                  : t.noRecoveryPoint}
            </Badge>
            {run.recoveryPointAt ? (
              <span className="run-result__at">
                {t.recoveryPoint}{' '}
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
export const ObjectivesTable = ({ run }: { run: RunbookRun }) => {
  const t = useMessages(runPageMessages).objectives;
  const rto = formatHours(run.rtoHours);
  const rpo = formatHours(run.rpoHours);
  return (
    <Card
      flush
      title={t.title}
      description={run.objectives.length ? t.tightest(rto, rpo) : undefined}
    >
      {run.objectives.length === 0 ? (
        <p className="card__empty muted">{t.noService(rto, rpo)}</p>
      ) : (
        <div className="table-wrap">
          <table className="table table--compact">
            <caption className="visually-hidden">{t.caption}</caption>
            <thead>
              <tr>
                <th scope="col">{t.service}</th>
                <th scope="col">{t.rto}</th>
                <th scope="col">{t.due}</th>
                <th scope="col">{t.rpo}</th>
                <th scope="col">{t.dataAtRisk}</th>
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
                      <span className="muted">{t.unknown}</span>
                    ) : (
                      <span className="inline-stack">
                        {formatMinutes(Math.max(0, o.rpoExposureMinutes))}
                        <Badge tone={o.rpoMet ? 'success' : 'danger'} dot>
                          {o.rpoMet ? t.within : t.exceeds}
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
};
