import { zodResolver } from '@hookform/resolvers/zod';
import { Link, useNavigate, useSearch } from '@tanstack/react-router';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { api, unwrapEmpty } from '../api/client';
import { endSessionLocally, getSession } from '../api/session';
import { flashNotice } from '../components/flash';
import { FormAlert, TextField } from '../components/form';
import { PageTitle } from '../components/page';
import { errorMessage } from '../components/states';
import { applyAccountApiError, isApiError } from '../features/auth/errors';
import { resetPasswordSchema, type ResetPasswordValues } from '../features/auth/schemas';
import '../features/auth/auth.css';

function LinkInvalid() {
  const { t } = useTranslation();
  return (
    <>
      <div className="notice notice-danger" role="alert">
        <p className="state-title">{t('resetPassword.invalidTitle')}</p>
        <p>{t('resetPassword.invalidBody')}</p>
      </div>
      <div className="actions">
        <Link to="/forgot-password" className="button">
          {t('resetPassword.requestNew')}
        </Link>
      </div>
    </>
  );
}

export function ResetPasswordPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { token } = useSearch({ from: '/reset-password' });
  const [invalid, setInvalid] = useState(false);
  const [failure, setFailure] = useState<string>();
  const {
    register,
    handleSubmit,
    setError,
    formState: { errors, isSubmitting },
  } = useForm<ResetPasswordValues>({
    mode: 'onTouched',
    resolver: zodResolver(resetPasswordSchema),
    defaultValues: { newPassword: '', confirmPassword: '' },
  });

  const submit = handleSubmit(async ({ newPassword }) => {
    setFailure(undefined);
    try {
      unwrapEmpty(await api.POST('/v1/auth/password-reset/confirm', { body: { token: token ?? '', newPassword } }));
      // A reset ends every session of the account, this browser's too.
      if (getSession().status === 'signedIn') endSessionLocally();
      flashNotice('passwordReset', '/sign-in');
      await navigate({ to: '/sign-in', replace: true });
    } catch (error) {
      if (isApiError(error, 'LINK_INVALID')) setInvalid(true);
      else if (isApiError(error, 'VALIDATION_FAILED'))
        setFailure(applyAccountApiError(error, setError, ['newPassword'], t));
      else setFailure(errorMessage(error, t));
    }
  });

  return (
    <section className="page narrow">
      <PageTitle>{t('resetPassword.title')}</PageTitle>
      {!token || invalid ? (
        <LinkInvalid />
      ) : (
        <form onSubmit={(e) => void submit(e)} noValidate className="form">
          <FormAlert>{failure}</FormAlert>
          <TextField
            label={t('fields.newPassword')}
            hint={t('fields.passwordRules')}
            type="password"
            autoComplete="new-password"
            required
            error={errors.newPassword}
            {...register('newPassword')}
          />
          <TextField
            label={t('fields.confirmPassword')}
            type="password"
            autoComplete="new-password"
            required
            error={errors.confirmPassword}
            {...register('confirmPassword')}
          />
          <button type="submit" className="button" disabled={isSubmitting}>
            {isSubmitting ? t('resetPassword.submitting') : t('resetPassword.submit')}
          </button>
        </form>
      )}
    </section>
  );
}
