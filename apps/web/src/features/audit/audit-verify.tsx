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
import { formatCount } from '../../lib/format';
import { useStopwatch } from '../../lib/use-countdown';
import { PUBLIC_KEY_URL } from './api';
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

const CheckpointTable = ({ checkpoints }: { checkpoints: CheckedCheckpoint[] }) => (
  <div className="table-wrap">
    <table className="table table--compact">
      <caption className="table__caption">Newest signed checkpoint per source</caption>
      <thead>
        <tr>
          <th scope="col">Source</th>
          <th scope="col">Seq</th>
          <th scope="col">Signed</th>
          <th scope="col">Key id</th>
          <th scope="col">Signature</th>
          <th scope="col">Chain</th>
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
                  Valid
                </Badge>
              ) : (
                <Badge tone="danger" dot>
                  Invalid
                </Badge>
              )}
            </td>
            <td>
              {c.matchesChain === null ? (
                <Badge title="The event it signed was purged by retention">Purged</Badge>
              ) : c.matchesChain ? (
                <Badge tone="success" dot>
                  Matches
                </Badge>
              ) : (
                <Badge tone="danger" dot>
                  Differs
                </Badge>
              )}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  </div>
);

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
  const events = `${formatCount(result.checked)} ${result.checked === 1 ? 'event' : 'events'}`;
  if (!result.ok) {
    const broken = result.firstBroken;
    return (
      <Alert tone="danger" title="The audit chain is broken">
        {broken ? (
          <>
            First break in source <strong className="mono">{broken.source}</strong> at{' '}
            <strong className="mono">#{broken.seq}</strong>
            {broken.reason ? <>: {broken.reason}.</> : '.'} Events from there on cannot be proven
            unaltered. Keep this page as evidence and tell your security lead.
          </>
        ) : (
          <>
            {events} were checked in {label}, and at least one does not match its hash. Ask an
            administrator to run <code>audit:verify</code> for the details.
          </>
        )}
      </Alert>
    );
  }
  if (result.checked === 0) {
    return (
      <Alert title={`Nothing to verify in ${label}`}>
        No event was stored in this range. Choose a longer one to check the chain.
      </Alert>
    );
  }
  const sources = result.sources ?? [];
  const checkpoints = result.checkpoints ? newestPerSource(result.checkpoints) : undefined;
  return (
    <div className="stack stack--tight">
      <Alert tone="success" title={`Chain intact: ${events} checked`}>
        Every event in {label}
        {sources.length > 0
          ? ` across ${sources.length} ${sources.length === 1 ? 'source' : 'sources'} (${sources
              .map((s) => s.source)
              .join(', ')})`
          : ''}{' '}
        matches its hash and the link to the one before it.
      </Alert>
      {checkpoints === undefined ? null : checkpoints.length > 0 ? (
        <CheckpointTable checkpoints={checkpoints} />
      ) : (
        <div className="verify__empty">
          <p>
            No signed checkpoint falls in this range yet. Vigil signs the head of each source every
            hour{canSign ? '; you can sign one now to anchor what is there.' : '.'}
          </p>
          {canSign ? (
            <Button size="sm" icon={<ChainIcon />} onClick={onSign} loading={signing}>
              Sign a checkpoint now
            </Button>
          ) : null}
        </div>
      )}
    </div>
  );
};

const PublicKeyLine = () => {
  const keys = usePublicKeys();
  const current = keys.data?.keys.find((k) => k.keyId === keys.data?.current);
  return (
    <p className="verify__key">
      {keys.isPending ? (
        'Loading the signing key…'
      ) : keys.isError ? (
        'The signing key could not be loaded.'
      ) : (
        <>
          Checkpoints are signed with {current?.algorithm ?? 'Ed25519'} key{' '}
          <code
            className="code-chip"
            title="The first 16 hex digits of the SHA-256 of the public key"
          >
            {keys.data.current}
          </code>
          {keys.data.keys.length > 1 ? ` (${keys.data.keys.length} keys in all)` : ''}.{' '}
        </>
      )}
      <a href={PUBLIC_KEY_URL} target="_blank" rel="noreferrer">
        Public key (PEM)
      </a>{' '}
      to check them outside Vigil.
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
      title="Integrity"
      description="Recompute the hash chain over the selected time range and check its signed checkpoints."
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
              title="Sign the current head of every source, then verify"
            >
              Sign checkpoint
            </Button>
          ) : null}
          <Button
            variant="primary"
            icon={<ShieldCheckIcon />}
            onClick={run}
            loading={verify.isPending}
          >
            Verify integrity
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
              Recomputing every hash in {range.label}… <span className="mono">{elapsed} s</span>
            </p>
          </div>
        ) : verify.isError ? (
          <ProblemAlert error={verify.error} action="Verification" />
        ) : verify.data ? (
          <>
            {stale ? (
              <Alert title="The time range changed since this check">
                This result covers {verified?.label}. Verify again for {range.label}.
              </Alert>
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
          <p className="muted">
            Verification proves that no event in the range was changed, removed or reordered since
            it was stored, and that the signed checkpoints still match.
          </p>
        )}
        {sign.isError ? <ProblemAlert error={sign.error} action="Signing a checkpoint" /> : null}
        <PublicKeyLine />
      </div>
    </Card>
  );
};
