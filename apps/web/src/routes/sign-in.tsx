import { Link, useNavigate, useSearch } from '@tanstack/react-router';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../api/client';
import { startSession } from '../api/session';
import { FormAlert, TextField } from '../components/form';
import { PageTitle } from '../components/page';
import { errorMessage } from '../components/states';
import { safeRedirect } from '../features/auth/redirect';
import { signInResolver, type SignInValues } from '../features/auth/sign-in-rules';

export function SignInPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { redirect } = useSearch({ from: '/sign-in' });
  const [failure, setFailure] = useState<string>();
  const {
    register,
    handleSubmit,
    formState: { errors, isSubmitting },
  } = useForm<SignInValues>({ mode: 'onTouched', resolver: signInResolver });

  const submit = handleSubmit(async (values) => {
    setFailure(undefined);
    try {
      const session = unwrap(await api.POST('/v1/auth/login', { body: { ...values, refreshTokenIn: 'cookie' } }));
      startSession(session.user, session);
      await navigate({ href: safeRedirect(redirect), replace: true });
    } catch (error) {
      setFailure(errorMessage(error, t));
    }
  });

  return (
    <section className="page narrow">
      <PageTitle>{t('signIn.title')}</PageTitle>
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
        <TextField
          label={t('fields.password')}
          type="password"
          autoComplete="current-password"
          required
          error={errors.password}
          {...register('password')}
        />
        <button type="submit" className="button" disabled={isSubmitting}>
          {isSubmitting ? t('signIn.submitting') : t('signIn.submit')}
        </button>
      </form>
      <p>
        <Link to="/forgot-password">{t('signIn.forgot')}</Link>
      </p>
      <p>
        {t('signIn.noAccount')} <Link to="/sign-up">{t('signIn.signUp')}</Link>
      </p>
    </section>
  );
}
