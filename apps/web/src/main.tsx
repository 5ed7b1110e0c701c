import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { RouterProvider } from '@tanstack/react-router';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { ApiError } from './api/client';
import { getSession, refresh, subscribeSession } from './api/session';
import { changeLanguage, currentLanguage, initI18n } from './i18n';
import { makeRouter } from './router';
import './styles.css';

const queryClient = new QueryClient({
  defaultOptions: {
    queries: {
      staleTime: 30_000,
      // A refusal (4xx) will not change by asking again; an outage might.
      retry: (count, error) => !(error instanceof ApiError && error.status < 500) && count < 2,
    },
  },
});

// Signing in (or coming back signed in) brings the account's language with it.
let languageApplied = false;
subscribeSession(() => {
  const session = getSession();
  if (session.status !== 'signedIn') {
    languageApplied = false;
    return;
  }
  if (languageApplied) return;
  languageApplied = true;
  if (session.user.preferredLanguage !== currentLanguage()) void changeLanguage(session.user.preferredLanguage);
});

async function boot(): Promise<void> {
  void refresh(); // restore the session from the refresh cookie, if there is one
  await initI18n();
  const router = makeRouter(queryClient);
  const element = document.getElementById('root');
  if (!element) throw new Error('#root is missing from index.html');
  createRoot(element).render(
    <StrictMode>
      <QueryClientProvider client={queryClient}>
        <RouterProvider router={router} />
      </QueryClientProvider>
    </StrictMode>,
  );
}

void boot();
