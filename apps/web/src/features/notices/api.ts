import type {
  CompleteObligation,
  NoticeDraft,
  NoticeLanguage,
  Obligation,
  SaveNotice,
} from '@vigil/contracts';
import { api, queryString } from '../../lib/api-client';
import { obligationPath } from '../deadlines/api';

/** The saved draft in that language, or a fresh one filled from the incident by the rule's template. */
export const getNoticeDraft = (id: string, language: NoticeLanguage, signal?: AbortSignal) =>
  api.get<NoticeDraft>(`${obligationPath(id)}/notice${queryString({ language })}`, { signal });

export const saveNoticeDraft = ({ id, ...body }: SaveNotice & { id: string }) =>
  api.put<NoticeDraft>(`${obligationPath(id)}/notice`, body);

/** Records the notice as sent: the obligation is met, its text hashed and kept. */
export const completeObligation = ({ id, ...body }: CompleteObligation & { id: string }) =>
  api.post<Obligation>(`${obligationPath(id)}/complete`, body);
