import { useRouterState } from '@tanstack/react-router';
import { useEffect, useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';

// A notice for the next page, after an action that leaves the page it happened on
// ("password changed: sign in", "account deleted"). It shows on the page it was meant for and
// goes when the user moves on or dismisses it.

export type FlashKind = 'passwordReset' | 'accountDeleted';

let flash: { kind: FlashKind; path: string } | undefined;
const listeners = new Set<() => void>();

function set(next: typeof flash): void {
  flash = next;
  for (const l of listeners) l();
}

/** Call before navigating to `path`. */
export function flashNotice(kind: FlashKind, path: string): void {
  set({ kind, path });
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

const read = () => flash;

export function FlashNotice() {
  const { t } = useTranslation();
  const pathname = useRouterState({ select: (s) => s.location.pathname });
  const current = useSyncExternalStore(subscribe, read, read);
  useEffect(() => {
    if (flash && flash.path !== pathname) set(undefined);
  }, [pathname]);
  if (!current || current.path !== pathname) return null;
  const text = current.kind === 'passwordReset' ? t('resetPassword.doneNotice') : t('account.deletedNotice');
  return (
    <div className="notice notice-success flash" role="status">
      <p>{text}</p>
      <button type="button" className="link-button" onClick={() => set(undefined)}>
        {t('common.dismiss')}
      </button>
    </div>
  );
}
