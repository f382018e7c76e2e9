import type { ResponseTarget } from '@vigil/contracts';
import { api } from '../../lib/api-client';

const BASE = '/api/v1/response-targets';

/** A severity's targets; `isDefault` until an admin saves a row for it. */
export type ResponseTargetRow = ResponseTarget & { isDefault: boolean };

export interface ResponseTargets {
  items: ResponseTargetRow[];
}

/** SEV1 to SEV4, always all four. */
export const listResponseTargets = (signal?: AbortSignal) =>
  api.get<ResponseTargets>(BASE, { signal });

/** Upserts the rows sent (the others keep theirs) and answers with all four. */
export const saveResponseTargets = (items: ResponseTarget[]) =>
  api.put<ResponseTargets>(BASE, { items });
