import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { NoticeDraft, NoticeLanguage } from '@vigil/contracts';
import { recordObligationChange } from '../deadlines/queries';
import { completeObligation, getNoticeDraft, saveNoticeDraft } from './api';

export const noticeKeys = {
  all: ['notices'] as const,
  draft: (obligationId: string, language: NoticeLanguage) =>
    [...noticeKeys.all, obligationId, language] as const,
};

export const useNoticeDraft = (obligationId: string, language: NoticeLanguage, enabled = true) =>
  useQuery({
    queryKey: noticeKeys.draft(obligationId, language),
    queryFn: ({ signal }) => getNoticeDraft(obligationId, language, signal),
    enabled,
    // Only this dialog changes a draft: a refetch behind the editor would only risk confusion.
    staleTime: Infinity,
    refetchOnWindowFocus: false,
  });

export const useSaveNoticeDraft = () => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: saveNoticeDraft,
    onSuccess: (draft: NoticeDraft) =>
      queryClient.setQueryData(noticeKeys.draft(draft.obligationId, draft.language), draft),
  });
};

export const useCompleteObligation = () => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: completeObligation,
    onSuccess: async (obligation) => {
      // The drafts now answer with what was sent (read-only) and its hash.
      await queryClient.invalidateQueries({ queryKey: [...noticeKeys.all, obligation.id] });
      await recordObligationChange(queryClient, obligation);
    },
  });
};
