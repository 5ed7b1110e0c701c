import { Link, useSearch } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { api, unwrapEmpty } from '../api/client';
import { getSession, useSession } from '../api/session';
import { PageTitle } from '../components/page';
import { ErrorState, Loading } from '../components/states';
import { isApiError } from '../features/auth/errors';
import { reloadUser } from '../features/auth/resend-verification';
import { useOnce } from '../features/auth/use-once';
import '../features/auth/auth.css';

async function confirm(token: string): Promise<void> {
  unwrapEmpty(await api.POST('/v1/auth/confirm-email-change', { body: { token } }));
  if (getSession().status === 'signedIn') await reloadUser().catch(() => undefined);
}

export function ConfirmEmailPage() {
  const { t } = useTranslation();
  const { token } = useSearch({ from: '/confirm-email' });
  const session = useSession();
  const result = useOnce(token && `confirm-email:${token}`, () => confirm(token ?? ''));
  const signedIn = session.status === 'signedIn';

  let body;
  if (!token || (result.status === 'failed' && isApiError(result.error, 'LINK_INVALID'))) {
    body = (
      <>
        <div className="notice notice-danger" role="alert">
          <p className="state-title">{t('confirmEmail.invalidTitle')}</p>
          <p>{t('confirmEmail.invalidBody')}</p>
        </div>
        <p>
          {signedIn ? (
            <Link to="/account">{t('confirmEmail.toAccount')}</Link>
          ) : (
            <Link to="/sign-in" search={{ redirect: '/account' }}>
              {t('confirmEmail.signIn')}
            </Link>
          )}
        </p>
      </>
    );
  } else if (result.status === 'failed' && isApiError(result.error, 'EMAIL_TAKEN')) {
    body = (
      <>
        <div className="notice notice-danger" role="alert">
          <p className="state-title">{t('confirmEmail.takenTitle')}</p>
          <p>{t('confirmEmail.takenBody')}</p>
        </div>
        <p>
          <Link to="/account">{t('confirmEmail.toAccount')}</Link>
        </p>
      </>
    );
  } else if (result.status === 'pending') {
    body = <Loading label={t('confirmEmail.confirming')} />;
  } else if (result.status === 'failed') {
    body = <ErrorState error={result.error} onRetry={result.retry} />;
  } else {
    body = (
      <>
        <div className="notice notice-success" role="status">
          <p className="state-title">{t('confirmEmail.doneTitle')}</p>
          <p>{signedIn ? t('confirmEmail.doneSignedIn', { email: session.user.email }) : t('confirmEmail.doneBody')}</p>
        </div>
        <div className="actions">
          {signedIn ? (
            <Link to="/account" className="button">
              {t('confirmEmail.toAccount')}
            </Link>
          ) : (
            <Link to="/sign-in" className="button">
              {t('confirmEmail.signIn')}
            </Link>
          )}
        </div>
      </>
    );
  }

  return (
    <section className="page narrow">
      <PageTitle>{t('confirmEmail.title')}</PageTitle>
      {body}
    </section>
  );
}
