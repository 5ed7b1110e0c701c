import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Link, useNavigate, useSearch } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../api/client';
import { signOut, useSession, type User } from '../../api/session';
import { PageTitle } from '../../components/page';
import { errorMessage, Loading } from '../../components/states';
import { isApiError } from '../../features/auth/errors';
import '../../features/auth/auth.css';

function Invalid() {
  const { t } = useTranslation();
  return (
    <div className="notice notice-danger" role="alert">
      <p className="state-title">{t('acceptInvitation.invalidTitle')}</p>
      <p>{t('acceptInvitation.invalidBody')}</p>
    </div>
  );
}

/** Signed in: accept with this account, or (when it is the wrong one) sign out and come back. */
function Accept({ user, token, here }: { user: User; token: string; here: string }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const accept = useMutation({
    mutationFn: async () => unwrap(await api.POST('/v1/invitations/accept', { body: { token } })),
    onSuccess: async ({ organisationId }) => {
      await queryClient.invalidateQueries();
      await navigate({ to: '/my/organisations/$id', params: { id: organisationId }, replace: true });
    },
  });
  const switchAccount = async () => {
    await signOut();
    queryClient.clear();
    await navigate({ to: '/sign-in', search: { redirect: here } });
  };
  const error = accept.error;

  if (isApiError(error, 'INVITATION_INVALID')) return <Invalid />;
  if (isApiError(error, 'ALREADY_MEMBER')) {
    return (
      <>
        <div className="notice" role="status">
          <p>{t('acceptInvitation.alreadyMember')}</p>
        </div>
        <p>
          <Link to="/my/organisations">{t('acceptInvitation.toOrganisations')}</Link>
        </p>
      </>
    );
  }
  return (
    <>
      <p>{t('acceptInvitation.signedInAs', { name: user.displayName, email: user.email })}</p>
      {isApiError(error, 'INVITATION_EMAIL_MISMATCH') ? (
        <>
          <div className="notice notice-warning" role="alert">
            <p className="state-title">{t('acceptInvitation.mismatchTitle')}</p>
            <p>{t('acceptInvitation.mismatchBody', { email: user.email })}</p>
          </div>
          <div className="actions">
            <button type="button" className="button" onClick={() => void switchAccount()}>
              {t('acceptInvitation.switchAccount')}
            </button>
          </div>
        </>
      ) : (
        <>
          {error && (
            <div className="form-alert" role="alert">
              {errorMessage(error, t)}
            </div>
          )}
          <div className="actions">
            <button
              type="button"
              className="button"
              disabled={accept.isPending || accept.isSuccess}
              onClick={() => accept.mutate()}
            >
              {accept.isPending || accept.isSuccess ? t('acceptInvitation.accepting') : t('acceptInvitation.accept')}
            </button>
            <button type="button" className="button button-secondary" onClick={() => void switchAccount()}>
              {t('acceptInvitation.notYou')}
            </button>
          </div>
        </>
      )}
    </>
  );
}

export function AcceptInvitationPage() {
  const { t } = useTranslation();
  const { token } = useSearch({ from: '/invitations/accept' });
  const session = useSession();
  const here = token ? `/invitations/accept?token=${encodeURIComponent(token)}` : '/invitations/accept';

  let body;
  if (!token) body = <Invalid />;
  else if (session.status === 'restoring') body = <Loading />;
  else if (session.status === 'signedIn') body = <Accept user={session.user} token={token} here={here} />;
  else {
    body = (
      <>
        <p>{t('acceptInvitation.signedOut')}</p>
        <div className="actions">
          <Link to="/sign-in" search={{ redirect: here }} className="button">
            {t('acceptInvitation.signIn')}
          </Link>
          <Link to="/sign-up" search={{ redirect: here }} className="button button-secondary">
            {t('acceptInvitation.signUp')}
          </Link>
        </div>
      </>
    );
  }

  return (
    <section className="page narrow">
      <PageTitle>{t('acceptInvitation.title')}</PageTitle>
      <p className="lead">{t('acceptInvitation.lead')}</p>
      {body}
    </section>
  );
}
