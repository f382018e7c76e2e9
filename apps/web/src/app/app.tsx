import { Suspense } from 'react';
import { RouterProvider } from 'react-router/dom';
import { PageSkeleton } from '../components/ui';
import { Providers } from './providers';
import { router } from './router';

export const App = () => (
  <Providers>
    {/* Only the sign-in page suspends here; shell pages suspend inside the shell. */}
    <Suspense
      fallback={
        <main className="full-page">
          <PageSkeleton />
        </main>
      }
    >
      <RouterProvider router={router} />
    </Suspense>
  </Providers>
);
