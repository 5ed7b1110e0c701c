import { zodResolver } from '@hookform/resolvers/zod';
import { Link } from '@tanstack/react-router';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../api/client';
import { applyApiError, FormAlert, TextField } from '../components/form';
import { PageTitle } from '../components/page';
import { errorMessage } from '../components/states';
import { isApiError } from '../features/auth/errors';
import { forgotPasswordSchema, type ForgotPasswordValues } from '../features/auth/schemas';
import '../features/auth/auth.css';

export function ForgotPasswordPage() {
  const { t } = useTranslation();
  const [sentTo, setSentTo] = useState<string>();
  const [failure, setFailure] = useState<string>();
  const {
    register,
    handleSubmit,
    setError,
    formState: { errors, isSubmitting },
  } = useForm<ForgotPasswordValues>({
    mode: 'onTouched',
    resolver: zodResolver(forgotPasswordSchema),
    defaultValues: { email: '' },
  });

  const submit = handleSubmit(async ({ email }) => {
    setFailure(undefined);
    try {
      // The answer is the same whether or not the address has an account.
      unwrap(await api.POST('/v1/auth/password-reset', { body: { email } }));
      setSentTo(email);
    } catch (error) {
      setFailure(
        isApiError(error, 'VALIDATION_FAILED') ? applyApiError(error, setError, ['email']) : errorMessage(error, t),
      );
    }
  });

  return (
    <section className="page narrow">
      <PageTitle>{t('forgotPassword.title')}</PageTitle>
      {sentTo ? (
        <>
          <div className="notice notice-success" role="status">
            <p>{t('forgotPassword.sent', { email: sentTo })}</p>
          </div>
          <p>{t('forgotPassword.sentHint')}</p>
          <div className="actions">
            <button type="button" className="button button-secondary" onClick={() => setSentTo(undefined)}>
              {t('forgotPassword.again')}
            </button>
            <Link to="/sign-in" className="button">
              {t('forgotPassword.backToSignIn')}
            </Link>
          </div>
        </>
      ) : (
        <>
          <p>{t('forgotPassword.lead')}</p>
          <form onSubmit={(e) => void submit(e)} noValidate className="form">
            <FormAlert>{failure}</FormAlert>
            <TextField
              label={t('fields.email')}
              type="email"
              autoComplete="email"
              required
              error={errors.email}
              {...register('email')}
            />
            <button type="submit" className="button" disabled={isSubmitting}>
              {isSubmitting ? t('forgotPassword.submitting') : t('forgotPassword.submit')}
            </button>
          </form>
          <p>
            <Link to="/sign-in">{t('forgotPassword.backToSignIn')}</Link>
          </p>
        </>
      )}
    </section>
  );
}
