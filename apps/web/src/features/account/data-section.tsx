import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { signOut } from '../../api/session';
import { errorMessage } from '../../components/states';
import { downloadMyData } from './download';

/** Download everything the platform holds about you, as the API's JSON file. */
export function DataSection() {
  const { t } = useTranslation();
  const download = useMutation({ mutationFn: downloadMyData });
  return (
    <section className="account-section" aria-labelledby="account-data">
      <h2 id="account-data">{t('account.data.title')}</h2>
      <p>{t('account.data.lead')}</p>
      <div className="form-actions">
        <button
          type="button"
          className="button button-secondary"
          disabled={download.isPending}
          onClick={() => download.mutate()}
        >
          {download.isPending ? t('account.data.preparing') : t('account.data.download')}
        </button>
        <span role="status">{download.isSuccess && t('account.data.downloaded', { file: download.data })}</span>
      </div>
      {download.isError && (
        <p role="alert" className="field-error">
          {errorMessage(download.error, t)}
        </p>
      )}
    </section>
  );
}

/** Sign out of this browser (other devices stay signed in). */
export function SignOutSection() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const out = async () => {
    // Leave the page first, so it does not send the signed-out user to sign in.
    await navigate({ to: '/' });
    await signOut();
    queryClient.clear();
  };
  return (
    <section className="account-section" aria-labelledby="account-sign-out">
      <h2 id="account-sign-out">{t('account.signOut.title')}</h2>
      <p>{t('account.signOut.lead')}</p>
      <button type="button" className="button button-secondary" onClick={() => void out()}>
        {t('account.signOut.submit')}
      </button>
    </section>
  );
}
