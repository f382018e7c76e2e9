import type { DetectionRuleInput, DetectionRuleRecord, Page } from '@vigil/contracts';
import { api } from '../../lib/api-client';
import type { DetectionPreview } from './types';

const BASE = '/api/v1/detection-rules';

export const listDetectionRules = (signal?: AbortSignal) =>
  api.get<Page<DetectionRuleRecord>>(BASE, { signal });

export const createDetectionRule = (body: DetectionRuleInput) =>
  api.post<DetectionRuleRecord>(BASE, body);

export const updateDetectionRule = ({
  id,
  ...body
}: Partial<DetectionRuleInput> & { id: string }) =>
  api.patch<DetectionRuleRecord>(`${BASE}/${encodeURIComponent(id)}`, body);

export const deleteDetectionRule = (id: string) =>
  api.delete<void>(`${BASE}/${encodeURIComponent(id)}`);

/** What the rule would have raised over the last 24 h; raises nothing. */
export const previewDetectionRule = (body: DetectionRuleInput) =>
  api.post<DetectionPreview>(`${BASE}/preview`, body);
