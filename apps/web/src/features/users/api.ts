import type { CreateUser, Page, UpdateUser, User } from '@vigil/contracts';
import { api } from '../../lib/api-client';

const BASE = '/api/v1/users';

export const listUsers = (signal?: AbortSignal) => api.get<Page<User>>(BASE, { signal });

export const createUser = (body: CreateUser) => api.post<User>(BASE, body);

/** Deactivating also ends the person's sessions and API tokens, server-side, at once. */
export const updateUser = ({ id, ...body }: UpdateUser & { id: string }) =>
  api.patch<User>(`${BASE}/${encodeURIComponent(id)}`, body);
