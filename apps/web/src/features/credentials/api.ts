import type {
  CreateApiToken,
  CreatedCredential,
  CreateIngestKey,
  Credential,
  Page,
} from '@vigil/contracts';
import { api } from '../../lib/api-client';

export type CredentialKind = 'api-tokens' | 'ingest-keys';

const base = (kind: CredentialKind) => `/api/v1/${kind}`;

export const listCredentials = (kind: CredentialKind, signal?: AbortSignal) =>
  api.get<Page<Credential>>(base(kind), { signal });

/** The response holds the secret: the only time anyone sees it. */
export const createApiToken = (body: CreateApiToken) =>
  api.post<CreatedCredential>(base('api-tokens'), body);

export const createIngestKey = (body: CreateIngestKey) =>
  api.post<CreatedCredential>(base('ingest-keys'), body);

export const revokeCredential = ({ kind, id }: { kind: CredentialKind; id: string }) =>
  api.post<Credential>(`${base(kind)}/${encodeURIComponent(id)}/revoke`);
