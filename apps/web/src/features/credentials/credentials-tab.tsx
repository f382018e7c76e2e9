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
import { useMessages } from '../../i18n';
import { useNow } from '../../lib/use-now';
import type { CredentialKind } from './api';
import { CreateCredentialDialog } from './create-credential-dialog';
import { credentialStatus, type CredentialStatus } from './credential-status';
import { credentialMessages } from './messages';
import { useCredentials, useRevokeCredential } from './queries';

const STATUS_TONE: Record<CredentialStatus, 'success' | 'neutral' | 'warning'> = {
  active: 'success',
  revoked: 'neutral',
  expired: 'warning',
};

const CredentialsTab = ({ kind }: { kind: CredentialKind }) => {
  const credentials = useCredentials(kind);
  const revoke = useRevokeCredential();
  const now = useNow();
  const [creating, setCreating] = useState(false);
  const [revoking, setRevoking] = useState<Credential | null>(null);
  const messages = useMessages(credentialMessages);
  const copy = messages.kinds[kind];
  const t = messages.table;
  const Icon = kind === 'api-tokens' ? KeyIcon : PlugIcon;

  const create = (
    <Button variant="primary" icon={<PlusIcon />} onClick={() => setCreating(true)}>
      {copy.create}
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
        <TableSkeleton label={copy.loading} />
      ) : credentials.isError ? (
        <ErrorState error={credentials.error} onRetry={() => void credentials.refetch()} />
      ) : credentials.data.length === 0 ? (
        <EmptyState
          icon={<Icon size="lg" />}
          title={copy.emptyTitle}
          description={copy.empty}
          actions={create}
        />
      ) : (
        <div className="table-wrap">
          <table className="table">
            <thead>
              <tr>
                <th scope="col">{t.name}</th>
                <th scope="col">{t.prefix}</th>
                <th scope="col">{kind === 'api-tokens' ? t.actsAs : t.source}</th>
                <th scope="col">{t.created}</th>
                <th scope="col">{t.lastUsed}</th>
                <th scope="col">{t.expires}</th>
                <th scope="col">{t.status}</th>
                <th scope="col">
                  <span className="visually-hidden">{t.actions}</span>
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
                      <span className="table__sub">{t.createdBy(credential.createdBy)}</span>
                    </td>
                    <td>
                      <Timestamp value={credential.lastUsedAt} empty={t.never} />
                    </td>
                    <td>
                      <Timestamp value={credential.expiresAt} empty={t.never} />
                    </td>
                    <td>
                      <Badge tone={STATUS_TONE[status]} dot>
                        {messages.status[status]}
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
                          aria-label={t.revokeLabel(credential.name)}
                          onClick={() => setRevoking(credential)}
                        >
                          {t.revoke}
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
        title={t.revokeTitle(revoking?.name ?? copy.noun)}
        confirmLabel={copy.revoke}
        pending={revoke.isPending}
        error={revoke.isError ? <ProblemAlert error={revoke.error} /> : undefined}
        onCancel={closeRevoke}
        onConfirm={() => {
          if (revoking) revoke.mutate({ kind, id: revoking.id }, { onSuccess: closeRevoke });
        }}
      >
        <p>
          {copy.revokeStops} <code className="code-chip">{revoking?.prefix}…</code> {t.stopsWorking}
        </p>
        <p>{copy.revokeEffect}</p>
      </ConfirmDialog>
    </Card>
  );
};

export const ApiTokensTab = () => <CredentialsTab kind="api-tokens" />;
export const IngestKeysTab = () => <CredentialsTab kind="ingest-keys" />;
