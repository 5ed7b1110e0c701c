import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../api/client';
import { updateUser } from '../../api/session';
import { errorMessage } from '../../components/states';
import { isApiError } from './errors';

/** Re-reads the account, so a confirmation made elsewhere (another tab, the mail) shows here. */
export async function reloadUser(): Promise<void> {
  updateUser(unwrap(await api.GET('/v1/me')));
}

/** "Send the link again": mails a new confirmation link to the signed-in user's address. */
export function ResendVerification({ email }: { email: string }) {
  const { t } = useTranslation();
  const resend = useMutation({
    mutationFn: async () => {
      try {
        unwrap(await api.POST('/v1/me/verification'));
      } catch (error) {
        // Already confirmed (in another tab, or by the link meanwhile): show it as it is.
        if (isApiError(error, 'INVALID_STATE')) await reloadUser();
        throw error;
      }
    },
  });
  const confirmed = resend.isError && isApiError(resend.error, 'INVALID_STATE');
  return (
    <div className="resend">
      <button
        type="button"
        className="button button-secondary"
        disabled={resend.isPending}
        onClick={() => resend.mutate()}
      >
        {resend.isPending ? t('verifyEmail.resending') : t('verifyEmail.resend')}
      </button>
      <div role="status" className="resend-status">
        {resend.isSuccess && <p>{t('verifyEmail.resent', { email })}</p>}
        {confirmed && <p>{t('verifyEmail.alreadyConfirmed')}</p>}
      </div>
      {resend.isError && !confirmed && (
        <p role="alert" className="field-error">
          {errorMessage(resend.error, t)}
        </p>
      )}
    </div>
  );
}
