import { useState } from 'react';
import {
  Alert,
  Badge,
  Button,
  Card,
  ChainIcon,
  ProblemAlert,
  ShieldCheckIcon,
  Timestamp,
} from '../../components/ui';
import { useMessages } from '../../i18n';
import { useStopwatch } from '../../lib/use-countdown';
import { PUBLIC_KEY_URL } from './api';
import { messages } from './messages';
import { useCreateCheckpoints, usePublicKeys, useVerifyChain } from './queries';
import type { CheckedCheckpoint, VerifyResult } from './types';

export interface VerifyRange {
  from?: string;
  to?: string;
  /** "the last 7 days", for the result's heading. */
  label: string;
}

/** The newest checkpoint of each source, newest source first. */
const newestPerSource = (checkpoints: readonly CheckedCheckpoint[]): CheckedCheckpoint[] => {
  const bySource = new Map<string, CheckedCheckpoint>();
  for (const c of checkpoints) {
    const seen = bySource.get(c.source);
    if (!seen || c.seq > seen.seq || (c.seq === seen.seq && c.createdAt > seen.createdAt)) {
      bySource.set(c.source, c);
    }
  }
  return [...bySource.values()].sort((a, b) => a.source.localeCompare(b.source));
};

const CheckpointTable = ({ checkpoints }: { checkpoints: CheckedCheckpoint[] }) => {
  const t = useMessages(messages).verify.checkpoints;
  return (
    <div className="table-wrap">
      <table className="table table--compact">
        <caption className="table__caption">{t.caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t.source}</th>
            <th scope="col">{t.seq}</th>
            <th scope="col">{t.signed}</th>
            <th scope="col">{t.keyId}</th>
            <th scope="col">{t.signature}</th>
            <th scope="col">{t.chain}</th>
          </tr>
        </thead>
        <tbody>
          {checkpoints.map((c) => (
            <tr key={c.id}>
              <td className="mono">{c.source}</td>
              <td className="mono">#{c.seq}</td>
              <td>
                <Timestamp value={c.createdAt} />
              </td>
              <td className="mono">{c.keyId}</td>
              <td>
                {c.signatureValid ? (
                  <Badge tone="success" dot>
                    {t.valid}
                  </Badge>
                ) : (
                  <Badge tone="danger" dot>
                    {t.invalid}
                  </Badge>
                )}
              </td>
              <td>
                {c.matchesChain === null ? (
                  <Badge title={t.purgedHint}>{t.purged}</Badge>
                ) : c.matchesChain ? (
                  <Badge tone="success" dot>
                    {t.matches}
                  </Badge>
                ) : (
                  <Badge tone="danger" dot>
                    {t.differs}
                  </Badge>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
};

const Result = ({
  result,
  label,
  canSign,
  onSign,
  signing,
}: {
  result: VerifyResult;
  label: string;
  canSign: boolean;
  onSign: () => void;
  signing: boolean;
}) => {
  const t = useMessages(messages).verify;
  if (!result.ok) {
    const broken = result.firstBroken;
    return (
      <Alert tone="danger" title={t.broken.title}>
        {broken ? (
          <>
            {t.broken.firstBreak}
            <strong className="mono">{broken.source}</strong>
            {t.broken.at}
            <strong className="mono">#{broken.seq}</strong>
            {broken.reason ? t.broken.reason(broken.reason) : t.broken.noReason}
            {t.broken.consequence}
          </>
        ) : (
          <>
            {t.broken.unlocated(result.checked, label)}
            <code>audit:verify</code>
            {t.broken.unlocatedEnd}
          </>
        )}
      </Alert>
    );
  }
  if (result.checked === 0) {
    return <Alert title={t.nothing(label)}>{t.nothingBody}</Alert>;
  }
  const sources = (result.sources ?? []).map((s) => s.source);
  const checkpoints = result.checkpoints ? newestPerSource(result.checkpoints) : undefined;
  return (
    <div className="stack stack--tight">
      <Alert tone="success" title={t.intact(result.checked)}>
        {t.intactBody(label, sources)}
      </Alert>
      {checkpoints === undefined ? null : checkpoints.length > 0 ? (
        <CheckpointTable checkpoints={checkpoints} />
      ) : (
        <div className="verify__empty">
          <p>{t.noCheckpoint(canSign)}</p>
          {canSign ? (
            <Button size="sm" icon={<ChainIcon />} onClick={onSign} loading={signing}>
              {t.signNow}
            </Button>
          ) : null}
        </div>
      )}
    </div>
  );
};

const PublicKeyLine = () => {
  const t = useMessages(messages).verify.key;
  const keys = usePublicKeys();
  const current = keys.data?.keys.find((k) => k.keyId === keys.data?.current);
  return (
    <p className="verify__key">
      {keys.isPending ? (
        t.loading
      ) : keys.isError ? (
        t.error
      ) : (
        <>
          {t.signedWith(current?.algorithm ?? 'Ed25519')}
          <code className="code-chip" title={t.keyIdHint}>
            {keys.data.current}
          </code>
          {keys.data.keys.length > 1 ? t.keysInAll(keys.data.keys.length) : ''}.{' '}
        </>
      )}
      <a href={PUBLIC_KEY_URL} target="_blank" rel="noreferrer">
        {t.link}
      </a>
      {t.linkEnd}
    </p>
  );
};

export interface AuditVerifyPanelProps {
  range: VerifyRange;
  /** admin, security_lead, auditor: may sign a checkpoint on demand. */
  canSign: boolean;
}

/** "Verify integrity": recompute the hash chain over the range and check the signatures. */
export const AuditVerifyPanel = ({ range, canSign }: AuditVerifyPanelProps) => {
  const t = useMessages(messages).verify;
  const verify = useVerifyChain();
  const sign = useCreateCheckpoints();
  const stopwatch = useStopwatch();
  const [verified, setVerified] = useState<VerifyRange>();
  const elapsed = stopwatch.elapsed;

  const run = () => {
    stopwatch.start();
    setVerified(range);
    verify.mutate({ from: range.from, to: range.to }, { onSettled: stopwatch.stop });
  };
  const signThenVerify = () => sign.mutate(undefined, { onSuccess: run });

  const stale =
    verified !== undefined && (verified.from !== range.from || verified.to !== range.to);

  return (
    <Card
      title={t.title}
      description={t.description}
      actions={
        <div className="card__actions">
          {canSign ? (
            <Button
              icon={<ChainIcon />}
              onClick={() => {
                if (!verify.isPending) signThenVerify();
              }}
              loading={sign.isPending}
              aria-disabled={verify.isPending || undefined}
              title={t.signHint}
            >
              {t.sign}
            </Button>
          ) : null}
          <Button
            variant="primary"
            icon={<ShieldCheckIcon />}
            onClick={run}
            loading={verify.isPending}
          >
            {t.verify}
          </Button>
        </div>
      }
    >
      <div className="stack stack--tight">
        {verify.isPending ? (
          <div className="verify__running" role="status">
            <div className="progress progress--indeterminate" aria-hidden="true">
              <span />
            </div>
            <p>
              {t.running(range.label)}
              <span className="mono">{t.seconds(elapsed)}</span>
            </p>
          </div>
        ) : verify.isError ? (
          <ProblemAlert error={verify.error} action={t.action} />
        ) : verify.data ? (
          <>
            {stale ? (
              <Alert title={t.stale}>{t.staleBody(verified?.label, range.label)}</Alert>
            ) : null}
            <Result
              result={verify.data}
              label={verified?.label ?? range.label}
              canSign={canSign}
              onSign={signThenVerify}
              signing={sign.isPending}
            />
          </>
        ) : (
          <p className="muted">{t.intro}</p>
        )}
        {sign.isError ? <ProblemAlert error={sign.error} action={t.signAction} /> : null}
        <PublicKeyLine />
      </div>
    </Card>
  );
};
