import type { CreateOrganization, Organization, Page, UpdateOrganization } from '@vigil/contracts';
import { api } from '../../lib/api-client';

const BASE = '/api/v1/organizations';

/** Everyone may read; a client's auditor gets its own organization only. */
export const listOrganizations = (signal?: AbortSignal) =>
  api.get<Page<Organization>>(BASE, { signal });

export const getOrganization = (id: string, signal?: AbortSignal) =>
  api.get<Organization>(`${BASE}/${encodeURIComponent(id)}`, { signal });

export const createOrganization = (body: CreateOrganization) => api.post<Organization>(BASE, body);

export const updateOrganization = ({ id, ...body }: UpdateOrganization & { id: string }) =>
  api.patch<Organization>(`${BASE}/${encodeURIComponent(id)}`, body);
