import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { CurrentUser } from '@vigil/contracts';
import { use } from 'react';
import { CurrentUserContext } from '../../app/current-user';
import { isApiError, setCsrfToken } from '../../lib/api-client';
import {
  fetchSession,
  fetchSsoStatus,
  logout,
  requestOtp,
  updatePreferences,
  verifyOtp,
  type SessionState,
} from './api';

export const authKeys = {
  all: ['auth'] as const,
  session: () => [...authKeys.all, 'session'] as const,
  sso: () => [...authKeys.all, 'sso'] as const,
};

/** Mutations whose 401 is an answer (a wrong code), not a sign that the session ended. */
export const EXPECTS_UNAUTHORIZED = { expectsUnauthorized: true } as const;

/** Who is signed in. The CSRF token that comes with the session is kept for unsafe calls. */
export const useSession = () =>
  useQuery({
    queryKey: authKeys.session(),
    queryFn: async ({ signal }) => {
      const session = await fetchSession(signal);
      setCsrfToken(session.csrfToken);
      return session;
    },
    staleTime: 5 * 60_000,
  });

/** The signed-in person, inside the pages that `RequireSession` guards. */
export const useCurrentUser = (): CurrentUser => {
  const user = use(CurrentUserContext);
  if (!user) throw new Error('useCurrentUser must be used inside <RequireSession>');
  return user;
};

export const useSsoStatus = () =>
  useQuery({ queryKey: authKeys.sso(), queryFn: ({ signal }) => fetchSsoStatus(signal) });

export const useRequestOtp = () =>
  useMutation({ mutationFn: requestOtp, meta: EXPECTS_UNAUTHORIZED });

export const useVerifyOtp = () => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: verifyOtp,
    meta: EXPECTS_UNAUTHORIZED,
    onSuccess: async (result) => {
      setCsrfToken(result.csrfToken);
      // Everything cached so far was fetched without this session.
      queryClient.removeQueries({ predicate: (q) => q.queryKey[0] !== authKeys.all[0] });
      queryClient.setQueryData<SessionState>(authKeys.session(), result);
    },
  });
};

/** Ends the session, forgets every cached answer, and (through the guard) leaves for sign-in. */
export const useSignOut = () => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async () => {
      try {
        await logout();
      } catch (error) {
        // Already ended elsewhere (expired, deactivated): the person is signed out either way.
        if (!isApiError(error) || error.status !== 401) throw error;
      }
    },
    meta: EXPECTS_UNAUTHORIZED,
    onSuccess: () => {
      setCsrfToken(undefined);
      // Nothing fetched for this person may outlive their session in this tab.
      queryClient.removeQueries({
        predicate: (q) => !(q.queryKey[0] === authKeys.all[0] && q.queryKey[1] === 'session'),
      });
      const signedOut: SessionState = { user: null, signedOut: true };
      queryClient.setQueryData<SessionState>(authKeys.session(), signedOut);
    },
  });
};

/** Keeps a language (or "follow the browser") with the account, so every browser opens in it. */
export const useUpdatePreferences = () => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updatePreferences,
    onSuccess: (user) => {
      queryClient.setQueryData<SessionState>(authKeys.session(), (session) =>
        session?.user ? { ...session, user } : session,
      );
    },
  });
};
