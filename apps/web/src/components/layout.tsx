import { Link, Outlet, useNavigate, useRouterState } from '@tanstack/react-router';
import { useQueryClient } from '@tanstack/react-query';
import { lazy, Suspense, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { signOut, updateUser, useSession } from '../api/session';
import { api, unwrap } from '../api/client';
import { changeLanguage, currentLanguage, type Language } from '../i18n';
import { FlashNotice } from './flash';

// Live parts of the navigation: their own chunks (with socket.io), fetched once signed in.
const NotificationBell = lazy(() =>
  import('../features/notifications/bell').then((m) => ({ default: m.NotificationBell })),
);
const ChannelsNavLink = lazy(() =>
  import('../features/channels/nav-link').then((m) => ({ default: m.ChannelsNavLink })),
);

function LanguageSwitch() {
  const { t } = useTranslation();
  const session = useSession();
  const queryClient = useQueryClient();
  const lng = currentLanguage();
  const choose = async (next: Language) => {
    if (next === lng) return;
    await changeLanguage(next);
    // Taxonomy labels and API messages come in the chosen language.
    await queryClient.invalidateQueries();
    if (session.status === 'signedIn' && session.user.preferredLanguage !== next) {
      const user = unwrap(await api.PATCH('/v1/me', { body: { preferredLanguage: next } }));
      updateUser(user);
    }
  };
  return (
    <div className="language-switch" role="group" aria-label={t('layout.language')}>
      <button type="button" lang="en" aria-pressed={lng === 'en'} onClick={() => void choose('en')}>
        English
      </button>
      <button type="button" lang="el" aria-pressed={lng === 'el'} onClick={() => void choose('el')}>
        Ελληνικά
      </button>
    </div>
  );
}

function NavLink({ to, label }: { to: string; label: string }) {
  return (
    <li>
      <Link to={to} activeProps={{ 'aria-current': 'page' }}>
        {label}
      </Link>
    </li>
  );
}

function Nav() {
  const { t } = useTranslation();
  const session = useSession();
  const pathname = useRouterState({ select: (s) => s.location.pathname });
  // On a phone the links fold behind a Menu button; any navigation folds them again.
  const [open, setOpen] = useState(false);
  const toggle = useRef<HTMLButtonElement>(null);
  useEffect(() => setOpen(false), [pathname]);
  const user = session.status === 'signedIn' ? session.user : undefined;
  const moderator = user && (user.role === 'na_staff' || user.role === 'admin');
  return (
    <nav
      aria-label={t('layout.mainNav')}
      className="main-nav"
      data-open={open}
      onKeyDown={(e) => {
        if (e.key === 'Escape' && open) {
          setOpen(false);
          toggle.current?.focus();
        }
      }}
    >
      <button
        ref={toggle}
        type="button"
        className="menu-toggle"
        aria-expanded={open}
        aria-controls="main-nav-links"
        onClick={() => setOpen((o) => !o)}
      >
        {t('layout.menu')}
      </button>
      <ul id="main-nav-links">
        <NavLink to="/search" label={t('layout.search')} />
        <NavLink to="/calls" label={t('layout.calls')} />
        {user && (
          <>
            <NavLink to="/consortia" label={t('layout.consortia')} />
            <NavLink to="/suggestions" label={t('layout.suggestions')} />
            <NavLink to="/my/organisations" label={t('layout.myOrganisations')} />
          </>
        )}
        {moderator && <NavLink to="/moderation" label={t('layout.moderation')} />}
        {user?.role === 'admin' && <NavLink to="/admin" label={t('layout.admin')} />}
      </ul>
    </nav>
  );
}

/** The signed-in person's own links (messages and notifications with their unread counts, account,
 *  sign out), or sign in / sign up: outside the Menu, so the counts show on a phone too. */
function AccountNav() {
  const { t } = useTranslation();
  const session = useSession();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const out = async () => {
    await signOut();
    queryClient.clear();
    await navigate({ to: '/' });
  };
  if (session.status === 'restoring') return null;
  return (
    <nav aria-label={t('layout.accountNav')} className="account-nav">
      <ul>
        {session.status === 'signedIn' ? (
          <>
            <li>
              <Suspense fallback={<Link to="/channels">{t('layout.channels')}</Link>}>
                <ChannelsNavLink />
              </Suspense>
            </li>
            <li>
              <Suspense fallback={<Link to="/notifications">{t('layout.notifications')}</Link>}>
                <NotificationBell />
              </Suspense>
            </li>
            <NavLink to="/account" label={t('layout.account')} />
            <li>
              <button type="button" className="link-button" onClick={() => void out()}>
                {t('layout.signOut')}
              </button>
            </li>
          </>
        ) : (
          <>
            <NavLink to="/sign-in" label={t('layout.signIn')} />
            <li>
              <Link to="/sign-up" className="button button-small" activeProps={{ 'aria-current': 'page' }}>
                {t('layout.signUp')}
              </Link>
            </li>
          </>
        )}
      </ul>
    </nav>
  );
}

export function Layout() {
  const { t } = useTranslation();
  return (
    <>
      <a className="skip-link" href="#main">
        {t('layout.skip')}
      </a>
      <header className="site-header">
        <div className="site-header-inner">
          <Link to="/" className="brand">
            <span className="brand-mark" aria-hidden="true" />
            {t('app.name')}
          </Link>
          <AccountNav />
          <LanguageSwitch />
          <Nav />
        </div>
      </header>
      <main id="main" className="site-main">
        <FlashNotice />
        <Outlet />
      </main>
      <footer className="site-footer">
        <p>{t('layout.footer')}</p>
        <p>
          <a href="/docs">{t('layout.apiDocs')}</a>
        </p>
      </footer>
    </>
  );
}
