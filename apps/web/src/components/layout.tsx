import { Link, Outlet, useNavigate } from '@tanstack/react-router';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { signOut, updateUser, useSession } from '../api/session';
import { api, unwrap } from '../api/client';
import { changeLanguage, currentLanguage, type Language } from '../i18n';
import { FlashNotice } from './flash';

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

function Nav() {
  const { t } = useTranslation();
  const session = useSession();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const user = session.status === 'signedIn' ? session.user : undefined;
  const moderator = user && (user.role === 'na_staff' || user.role === 'admin');
  const out = async () => {
    await signOut();
    queryClient.clear();
    await navigate({ to: '/' });
  };
  return (
    <nav aria-label={t('layout.mainNav')} className="main-nav">
      <ul>
        <li>
          <Link to="/search" activeProps={{ 'aria-current': 'page' }}>
            {t('layout.search')}
          </Link>
        </li>
        {user && (
          <li>
            <Link to="/my/organisations" activeProps={{ 'aria-current': 'page' }}>
              {t('layout.myOrganisations')}
            </Link>
          </li>
        )}
        {moderator && (
          <li>
            <Link to="/moderation" activeProps={{ 'aria-current': 'page' }}>
              {t('layout.moderation')}
            </Link>
          </li>
        )}
        {user ? (
          <>
            <li>
              <Link to="/account" activeProps={{ 'aria-current': 'page' }}>
                {t('layout.account')}
              </Link>
            </li>
            <li>
              <button type="button" className="link-button" onClick={() => void out()}>
                {t('layout.signOut')}
              </button>
            </li>
          </>
        ) : (
          session.status === 'signedOut' && (
            <>
              <li>
                <Link to="/sign-in" activeProps={{ 'aria-current': 'page' }}>
                  {t('layout.signIn')}
                </Link>
              </li>
              <li>
                <Link to="/sign-up" className="button button-small" activeProps={{ 'aria-current': 'page' }}>
                  {t('layout.signUp')}
                </Link>
              </li>
            </>
          )
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
          <Nav />
          <LanguageSwitch />
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
