import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  createApiToken,
  createIngestKey,
  listCredentials,
  revokeCredential,
  type CredentialKind,
} from './api';

export const credentialKeys = {
  all: ['credentials'] as const,
  list: (kind: CredentialKind) => [...credentialKeys.all, kind] as const,
};

export const useCredentials = (kind: CredentialKind) =>
  useQuery({
    queryKey: credentialKeys.list(kind),
    queryFn: ({ signal }) => listCredentials(kind, signal),
    select: (page) => page.items,
  });

export const useCreateApiToken = () => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createApiToken,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: credentialKeys.list('api-tokens') }),
  });
};

export const useCreateIngestKey = () => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createIngestKey,
    onSuccess: () =>
      queryClient.invalidateQueries({ queryKey: credentialKeys.list('ingest-keys') }),
  });
};

export const useRevokeCredential = () => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: revokeCredential,
    onSuccess: (_credential, { kind }) =>
      queryClient.invalidateQueries({ queryKey: credentialKeys.list(kind) }),
  });
};
