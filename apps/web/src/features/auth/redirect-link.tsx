import { useNavigate } from '@tanstack/react-router';
import type { ReactNode } from 'react';
import { safeRedirect } from './redirect';

/** A link to a path of this site held in a `?redirect=` parameter (path and query), navigated
 *  inside the app so the in-memory session stays; anything else falls back to the default. */
export function RedirectLink({ to, className, children }: { to: string; className?: string; children: ReactNode }) {
  const navigate = useNavigate();
  const href = safeRedirect(to);
  return (
    <a
      href={href}
      className={className}
      onClick={(e) => {
        if (e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
        e.preventDefault();
        void navigate({ href });
      }}
    >
      {children}
    </a>
  );
}
