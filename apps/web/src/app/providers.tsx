import { MutationCache, QueryCache, QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { useState, type ReactNode } from 'react';
import { authKeys } from '../features/auth/queries';
import { isApiError } from '../lib/api-client';
import { ToastProvider } from '../components/ui';
import { LocaleProvider } from '../i18n';
import { ThemeProvider } from './theme';

const isUnauthorized = (error: unknown) => isApiError(error) && error.status === 401;

const createQueryClient = () => {
  // A 401 anywhere means the session ended (expired, signed out in another tab, deactivated):
  // asking for the session again lets the guard send the person to sign in, with ?next= set.
  const sessionEnded = () => void client.invalidateQueries({ queryKey: authKeys.session() });
  const client: QueryClient = new QueryClient({
    queryCache: new QueryCache({
      onError: (error, query) => {
        if (isUnauthorized(error) && query.queryKey[0] !== authKeys.all[0]) sessionEnded();
      },
    }),
    mutationCache: new MutationCache({
      onError: (error, _variables, _context, mutation) => {
        if (isUnauthorized(error) && !mutation.meta?.expectsUnauthorized) sessionEnded();
      },
    }),
    defaultOptions: {
      queries: {
        staleTime: 30_000,
        // A 4xx will not change on retry; a network blip or a 5xx may.
        retry: (failures, error) =>
          failures < 2 && (!isApiError(error) || error.isNetworkError || error.status >= 500),
      },
      mutations: { retry: false },
    },
  });
  return client;
};

export const Providers = ({ children }: { children: ReactNode }) => {
  const [queryClient] = useState(createQueryClient);
  return (
    <QueryClientProvider client={queryClient}>
      <ThemeProvider>
        <LocaleProvider>
          <ToastProvider>{children}</ToastProvider>
        </LocaleProvider>
      </ThemeProvider>
    </QueryClientProvider>
  );
};
