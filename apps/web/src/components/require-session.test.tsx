import { act, cleanup, render, screen } from '@testing-library/react';
import {
  createMemoryHistory,
  createRootRoute,
  createRoute,
  createRouter,
  Outlet,
  RouterProvider,
  useNavigate,
} from '@tanstack/react-router';
import { afterEach, describe, expect, it } from 'vitest';
import { endSessionLocally, getSession, startSession, type User } from '../api/session';
import { RequireSession } from './require-session';

const USER = { id: 'u1', displayName: 'Maria', email: 'maria@example.eu' } as User;

function makeRouter() {
  const root = createRootRoute({ component: Outlet });
  const home = createRoute({ getParentRoute: () => root, path: '/', component: () => <p>home</p> });
  const signIn = createRoute({
    getParentRoute: () => root,
    path: '/sign-in',
    validateSearch: (s: Record<string, unknown>) => ({
      redirect: typeof s.redirect === 'string' ? s.redirect : undefined,
    }),
    component: () => <p>sign in</p>,
  });
  const Account = () => {
    const navigate = useNavigate();
    return (
      <RequireSession>
        {(user) => (
          <button
            type="button"
            onClick={() => {
              endSessionLocally();
              void navigate({ to: '/' });
            }}
          >
            {user.displayName}: sign out
          </button>
        )}
      </RequireSession>
    );
  };
  const account = createRoute({ getParentRoute: () => root, path: '/account', component: Account });
  return createRouter({
    routeTree: root.addChildren([home, signIn, account]),
    history: createMemoryHistory({ initialEntries: ['/account?tab=x'] }),
  });
}

describe('a page that needs a session', () => {
  afterEach(() => {
    cleanup();
    endSessionLocally();
  });

  it('sends a signed-out visitor to sign in, coming back to the page with its query', async () => {
    endSessionLocally();
    const router = makeRouter();
    render(<RouterProvider router={router} />);
    expect(await screen.findByText('sign in')).toBeTruthy();
    expect(router.state.location.search).toEqual({ redirect: '/account?tab=x' });
  });

  it('lets a signed-in user sign out from it without redirecting to itself again and again', async () => {
    startSession(USER, { accessToken: 't', expiresIn: 900 });
    const router = makeRouter();
    render(<RouterProvider router={router} />);
    const button = await screen.findByRole('button', { name: 'Maria: sign out' });
    await act(async () => button.click());
    await screen.findByText(/home|sign in/);
    expect(getSession().status).toBe('signedOut');
    const redirect = (router.state.location.search as { redirect?: string }).redirect;
    expect(redirect === undefined || !redirect.includes('sign-in')).toBe(true);
  });
});
