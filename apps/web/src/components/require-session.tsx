import { Navigate, useLocation } from '@tanstack/react-router';
import type { ReactNode } from 'react';
import { useSession, type User } from '../api/session';
import { Loading } from './states';

/** Renders its children for a signed-in user; sends anyone else to sign in, coming back here. */
export function RequireSession({ children }: { children: (user: User) => ReactNode }) {
  const session = useSession();
  const location = useLocation();
  if (session.status === 'restoring') return <Loading />;
  if (session.status === 'signedOut') {
    return <Navigate to="/sign-in" search={{ redirect: location.href }} replace />;
  }
  return <>{children(session.user)}</>;
}
