import { useNavigate, useRouterState } from '@tanstack/react-router';
import { useEffect, type ReactNode } from 'react';
import { useSession, type User } from '../api/session';
import { Loading } from './states';

/** Renders its children for a signed-in user; sends anyone else to sign in, coming back here. */
export function RequireSession({ children }: { children: (user: User) => ReactNode }) {
  const session = useSession();
  const navigate = useNavigate();
  const href = useRouterState({ select: (s) => (s.resolvedLocation ?? s.location).href });
  const signedOut = session.status === 'signedOut';
  // Once per signing out, with the address of that moment. This page stays rendered while the
  // router moves to the sign-in page; redirecting again on each of those renders (as <Navigate>
  // does) put "/sign-in?redirect=…" into its own redirect, over and over, until the tab ran out
  // of memory. So the effect follows the session only, not the address.
  useEffect(() => {
    if (signedOut) void navigate({ to: '/sign-in', search: { redirect: href }, replace: true });
  }, [signedOut]);
  if (session.status !== 'signedIn') return <Loading />;
  return <>{children(session.user)}</>;
}
