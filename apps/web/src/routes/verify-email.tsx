import { Link, useSearch } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { api, unwrapEmpty } from '../api/client';
import { getSession, useSession } from '../api/session';
import { PageTitle } from '../components/page';
import { ErrorState, Loading } from '../components/states';
import { isApiError } from '../features/auth/errors';
import { reloadUser, ResendVerification } from '../features/auth/resend-verification';
import { useOnce } from '../features/auth/use-once';
import '../features/auth/auth.css';

async function verify(token: string): Promise<void> {
  unwrapEmpty(await api.POST('/v1/auth/verify-email', { body: { token } }));
  // The client waited for the session to settle; a signed-in user sees the change at once.
  if (getSession().status === 'signedIn') await reloadUser().catch(() => undefined);
}

/** What to do when the link did not work: ask for a new one (signed in), or sign in first. */
function LinkInvalid() {
  const { t } = useTranslation();
  const session = useSession();
  return (
    <>
      <div className="notice notice-danger" role="alert">
        <p className="state-title">{t('verifyEmail.invalidTitle')}</p>
        <p>{t('verifyEmail.invalidBody')}</p>
      </div>
      {session.status === 'restoring' && <Loading />}
      {session.status === 'signedIn' &&
        (session.user.emailVerified ? (
          <p>
            {t('verifyEmail.alreadyConfirmed')} <Link to="/my/organisations">{t('verifyEmail.goToOrganisations')}</Link>
          </p>
        ) : (
          <>
            <p>{t('verifyEmail.invalidResend', { email: session.user.email })}</p>
            <ResendVerification email={session.user.email} />
          </>
        ))}
      {session.status === 'signedOut' && (
        <p>
          {t('verifyEmail.invalidSignIn')}{' '}
          <Link to="/sign-in" search={{ redirect: '/account' }}>
            {t('verifyEmail.signIn')}
          </Link>
        </p>
      )}
    </>
  );
}

export function VerifyEmailPage() {
  const { t } = useTranslation();
  const { token } = useSearch({ from: '/verify-email' });
  const session = useSession();
  const result = useOnce(token && `verify-email:${token}`, () => verify(token ?? ''));

  let body;
  if (!token || (result.status === 'failed' && isApiError(result.error, 'LINK_INVALID'))) {
    body = <LinkInvalid />;
  } else if (result.status === 'pending') {
    body = <Loading label={t('verifyEmail.verifying')} />;
  } else if (result.status === 'failed') {
    body = <ErrorState error={result.error} onRetry={result.retry} />;
  } else {
    body = (
      <>
        <div className="notice notice-success" role="status">
          <p className="state-title">{t('verifyEmail.doneTitle')}</p>
          <p>{t('verifyEmail.doneBody')}</p>
        </div>
        <div className="actions">
          {session.status === 'signedIn' ? (
            <>
              <Link to="/my/organisations" className="button">
                {t('verifyEmail.goToOrganisations')}
              </Link>
              <Link to="/my/organisations/new" className="button button-secondary">
                {t('verifyEmail.createOrganisation')}
              </Link>
            </>
          ) : (
            <Link to="/sign-in" className="button">
              {t('verifyEmail.signIn')}
            </Link>
          )}
        </div>
      </>
    );
  }

  return (
    <section className="page narrow">
      <PageTitle>{t('verifyEmail.title')}</PageTitle>
      {body}
    </section>
  );
}
