import { useMutation, useQueryClient } from '@tanstack/react-query';
import { setCsrfToken } from '../../lib/api-client';
import { requestOtp, verifyOtp } from './api';

export const authKeys = {
  all: ['auth'] as const,
  me: () => [...authKeys.all, 'me'] as const,
};

export const useRequestOtp = () => useMutation({ mutationFn: requestOtp });

export const useVerifyOtp = () => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: verifyOtp,
    onSuccess: async (result) => {
      setCsrfToken(result.csrfToken);
      // Everything cached so far was fetched without a session.
      await queryClient.invalidateQueries();
    },
  });
};
