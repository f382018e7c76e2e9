import type { Page } from '@vigil/contracts';
import { api } from '../../lib/api-client';
import type { SnsSubscription } from './types';

const BASE = '/api/v1/integrations/sns/subscriptions';

export const listSnsSubscriptions = (signal?: AbortSignal) =>
  api.get<Page<SnsSubscription>>(BASE, { signal });

/** Vigil visits the SubscribeURL (an AWS address, checked again server-side). */
export const confirmSnsSubscription = (messageId: string) =>
  api.post<SnsSubscription>(`${BASE}/${encodeURIComponent(messageId)}/confirm`);
