import type { Credential } from '@vigil/contracts';
import { useState } from 'react';
import {
  Badge,
  Button,
  Card,
  ConfirmDialog,
  EmptyState,
  ErrorState,
  KeyIcon,
  PlugIcon,
  PlusIcon,
  ProblemAlert,
  TableSkeleton,
  Timestamp,
} from '../../components/ui';
import { useNow } from '../../lib/use-now';
import type { CredentialKind } from './api';
import { CREDENTIAL_NOUN, CreateCredentialDialog } from './create-credential-dialog';
import { credentialStatus, type CredentialStatus } from './credential-status';
import { useCredentials, useRevokeCredential } from './queries';

const STATUS_BADGE: Record<
  CredentialStatus,
  { tone: 'success' | 'neutral' | 'warning'; label: string }
> = {
  active: { tone: 'success', label: 'Active' },
  revoked: { tone: 'neutral', label: 'Revoked' },
  expired: { tone: 'warning', label: 'Expired' },
};

const COPY: Record<
  CredentialKind,
  { title: string; description: string; empty: string; revokeEffect: string }
> = {
  'api-tokens': {
    title: 'API tokens',
    description:
      'Personal tokens for scripts and integrations; each acts as its person, with their role.',
    empty: 'Scripts that export the audit log or open incidents call the API with a token.',
    revokeEffect:
      'Anything using it gets 401 on its next request. A revoked token cannot be restored; create a new one if it is still needed.',
  },
  'ingest-keys': {
    title: 'Ingest keys',
    description: 'Keys your applications and pipelines use to send audit events, one source each.',
    empty: 'Create a key for each application or pipeline that sends audit events to Vigil.',
    revokeEffect:
      'The application using it can no longer send events: its next batch gets 401. Events already stored stay in the chain. A revoked key cannot be restored.',
  },
};

const CredentialsTab = ({ kind }: { kind: CredentialKind }) => {
  const credentials = useCredentials(kind);
  const revoke = useRevokeCredential();
  const now = useNow();
  const [creating, setCreating] = useState(false);
  const [revoking, setRevoking] = useState<Credential | null>(null);
  const noun = CREDENTIAL_NOUN[kind];
  const copy = COPY[kind];
  const Icon = kind === 'api-tokens' ? KeyIcon : PlugIcon;

  const create = (
    <Button variant="primary" icon={<PlusIcon />} onClick={() => setCreating(true)}>
      New {noun}
    </Button>
  );
  const closeRevoke = () => {
    revoke.reset();
    setRevoking(null);
  };

  return (
    <Card
      title={copy.title}
      description={copy.description}
      actions={credentials.data?.length ? create : undefined}
      flush
    >
      {credentials.isPending ? (
        <TableSkeleton label={`Loading ${copy.title.toLowerCase()}`} />
      ) : credentials.isError ? (
        <ErrorState error={credentials.error} onRetry={() => void credentials.refetch()} />
      ) : credentials.data.length === 0 ? (
        <EmptyState
          icon={<Icon size="lg" />}
          title={`No ${copy.title.toLowerCase()} yet`}
          description={copy.empty}
          actions={create}
        />
      ) : (
        <div className="table-wrap">
          <table className="table">
            <thead>
              <tr>
                <th scope="col">Name</th>
                <th scope="col">Prefix</th>
                <th scope="col">{kind === 'api-tokens' ? 'Acts as' : 'Source'}</th>
                <th scope="col">Created</th>
                <th scope="col">Last used</th>
                <th scope="col">Expires</th>
                <th scope="col">Status</th>
                <th scope="col">
                  <span className="visually-hidden">Actions</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {credentials.data.map((credential) => {
                const status = credentialStatus(credential, now);
                return (
                  <tr
                    key={credential.id}
                    className={status === 'active' ? undefined : 'table__row--muted'}
                  >
                    <td>{credential.name}</td>
                    <td>
                      <code className="code-chip">{credential.prefix}…</code>
                    </td>
                    <td>
                      {kind === 'api-tokens' ? (
                        credential.userEmail
                      ) : (
                        <code className="code-chip">{credential.source}</code>
                      )}
                    </td>
                    <td>
                      <Timestamp value={credential.createdAt} />
                      <span className="table__sub">
                        by {credential.createdBy ?? 'the command line'}
                      </span>
                    </td>
                    <td>
                      <Timestamp value={credential.lastUsedAt} empty="Never" />
                    </td>
                    <td>
                      <Timestamp value={credential.expiresAt} empty="Never" />
                    </td>
                    <td>
                      <Badge tone={STATUS_BADGE[status].tone} dot>
                        {STATUS_BADGE[status].label}
                      </Badge>
                      {credential.revokedAt ? (
                        <span className="table__sub">
                          <Timestamp value={credential.revokedAt} />
                        </span>
                      ) : null}
                    </td>
                    <td className="table__actions">
                      {credential.revokedAt ? null : (
                        <Button
                          size="sm"
                          variant="ghost"
                          aria-label={`Revoke ${credential.name}`}
                          onClick={() => setRevoking(credential)}
                        >
                          Revoke
                        </Button>
                      )}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
      {creating ? <CreateCredentialDialog kind={kind} onClose={() => setCreating(false)} /> : null}
      <ConfirmDialog
        open={revoking !== null}
        title={`Revoke ${revoking?.name ?? noun}?`}
        confirmLabel={`Revoke ${noun}`}
        pending={revoke.isPending}
        error={revoke.isError ? <ProblemAlert error={revoke.error} /> : undefined}
        onCancel={closeRevoke}
        onConfirm={() => {
          if (revoking) revoke.mutate({ kind, id: revoking.id }, { onSuccess: closeRevoke });
        }}
      >
        <p>
          The {noun} <code className="code-chip">{revoking?.prefix}…</code> stops working at once.
        </p>
        <p>{copy.revokeEffect}</p>
      </ConfirmDialog>
    </Card>
  );
};

export const ApiTokensTab = () => <CredentialsTab kind="api-tokens" />;
export const IngestKeysTab = () => <CredentialsTab kind="ingest-keys" />;
