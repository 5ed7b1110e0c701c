import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { RouterProvider } from '@tanstack/react-router';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { api, ApiError } from './api/client';
import { getSession, refresh, sessionWasRestored, subscribeSession, updateUser } from './api/session';
import { changeLanguage, currentLanguage, initI18n, storedLanguage } from './i18n';
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

// Signing in brings the account's language with it. Coming back signed in (a reload), the
// last choice made with the switch in this browser wins, and the account follows it: a reload
// right after switching must not undo the switch while its PATCH was still on its way.
let languageApplied = false;
subscribeSession(() => {
  const session = getSession();
  if (session.status !== 'signedIn') {
    languageApplied = false;
    return;
  }
  if (languageApplied) return;
  languageApplied = true;
  const account = session.user.preferredLanguage;
  const chosen = storedLanguage();
  if (sessionWasRestored() && chosen && chosen !== account) {
    void api
      .PATCH('/v1/me', { body: { preferredLanguage: chosen } })
      .then((result) => result.data && updateUser(result.data));
  } else if (account !== currentLanguage()) {
    void changeLanguage(account);
  }
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
