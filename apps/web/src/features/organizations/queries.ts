import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { Organization } from '@vigil/contracts';
import { useMemo } from 'react';
import { createOrganization, getOrganization, listOrganizations, updateOrganization } from './api';

export const organizationKeys = {
  all: ['organizations'] as const,
  list: () => [...organizationKeys.all, 'list'] as const,
  detail: (id: string) => [...organizationKeys.all, 'detail', id] as const,
};

export const useOrganizations = () =>
  useQuery({
    queryKey: organizationKeys.list(),
    queryFn: ({ signal }) => listOrganizations(signal),
    select: (page) => page.items,
  });

/** id → name, for showing "Acme Inc." where the API sends `acme`. */
export const useOrganizationNames = (): Map<string, string> => {
  const { data } = useOrganizations();
  return useMemo(() => new Map((data ?? []).map((o: Organization) => [o.id, o.name])), [data]);
};

export const useOrganization = (id: string) =>
  useQuery({
    queryKey: organizationKeys.detail(id),
    queryFn: ({ signal }) => getOrganization(id, signal),
  });

export const useCreateOrganization = () => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createOrganization,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: organizationKeys.all }),
  });
};

export const useUpdateOrganization = () => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updateOrganization,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: organizationKeys.all }),
  });
};
