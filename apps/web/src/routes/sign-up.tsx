import { zodResolver } from '@hookform/resolvers/zod';
import { Link, useSearch } from '@tanstack/react-router';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../api/client';
import { startSession, useSession, type User } from '../api/session';
import { FormAlert, TextField } from '../components/form';
import { PageTitle } from '../components/page';
import { errorMessage } from '../components/states';
import { applyAccountApiError, isApiError, rateLimitMessage } from '../features/auth/errors';
import { LanguageField } from '../features/auth/language-field';
import { RedirectLink } from '../features/auth/redirect-link';
import { ResendVerification } from '../features/auth/resend-verification';
import { signUpSchema, type SignUpValues } from '../features/auth/schemas';
import '../features/auth/auth.css';
import { currentLanguage } from '../i18n';

const FIELDS = ['displayName', 'email', 'password', 'preferredLanguage'] as const;

/** After signing up: confirm the address, then go on (to the invitation that brought them, or to a profile). */
function CheckYourMail({ user, redirect }: { user: User; redirect?: string }) {
  const { t } = useTranslation();
  return (
    <section className="page narrow">
      <PageTitle>{t('signUp.doneTitle')}</PageTitle>
      <div className="notice notice-success" role="status">
        <p>{t('signUp.doneBody', { email: user.email })}</p>
      </div>
      <p>{t('signUp.doneHint')}</p>
      <ResendVerification email={user.email} />
      <h2 className="next-title">{t('signUp.nextTitle')}</h2>
      <div className="actions">
        {redirect ? (
          <RedirectLink to={redirect} className="button">
            {t('signUp.continue')}
          </RedirectLink>
        ) : (
          <Link to="/my/organisations/new" className="button">
            {t('signUp.createOrganisation')}
          </Link>
        )}
        <Link to="/search" className="button button-secondary">
          {t('signUp.search')}
        </Link>
      </div>
    </section>
  );
}

export function SignUpPage() {
  const { t } = useTranslation();
  const { redirect } = useSearch({ from: '/sign-up' });
  const session = useSession();
  const [registered, setRegistered] = useState<User>();
  const [failure, setFailure] = useState<string>();
  const [emailTaken, setEmailTaken] = useState(false);
  const {
    register,
    handleSubmit,
    setError,
    formState: { errors, isSubmitting },
  } = useForm<SignUpValues>({
    mode: 'onTouched',
    resolver: zodResolver(signUpSchema),
    defaultValues: { displayName: '', email: '', password: '', preferredLanguage: currentLanguage() },
  });

  const submit = handleSubmit(async (values) => {
    setFailure(undefined);
    setEmailTaken(false);
    try {
      const answer = unwrap(await api.POST('/v1/auth/register', { body: { ...values, refreshTokenIn: 'cookie' } }));
      setRegistered(answer.user);
      startSession(answer.user, answer);
    } catch (error) {
      if (isApiError(error, 'EMAIL_TAKEN')) {
        setEmailTaken(true);
        setError('email', { type: 'server', message: t('signUp.emailTaken') }, { shouldFocus: true });
      } else if (isApiError(error, 'TOO_MANY_REQUESTS')) {
        setFailure(rateLimitMessage(error, t));
      } else if (isApiError(error, 'VALIDATION_FAILED')) {
        setFailure(applyAccountApiError(error, setError, FIELDS, t));
      } else {
        setFailure(errorMessage(error, t));
      }
    }
  });

  if (registered) return <CheckYourMail user={registered} redirect={redirect} />;

  if (session.status === 'signedIn') {
    return (
      <section className="page narrow">
        <PageTitle>{t('signUp.title')}</PageTitle>
        <p>{t('signUp.alreadySignedIn', { name: session.user.displayName })}</p>
        <div className="actions">
          <RedirectLink to={redirect ?? '/my/organisations'} className="button">
            {redirect ? t('signUp.continue') : t('signUp.goToOrganisations')}
          </RedirectLink>
        </div>
      </section>
    );
  }

  return (
    <section className="page narrow">
      <PageTitle>{t('signUp.title')}</PageTitle>
      <p>{t('signUp.lead')}</p>
      <form onSubmit={(e) => void submit(e)} noValidate className="form">
        <FormAlert>{failure}</FormAlert>
        <TextField
          label={t('fields.displayName')}
          hint={t('signUp.displayNameHint')}
          autoComplete="name"
          required
          error={errors.displayName}
          {...register('displayName')}
        />
        <div>
          <TextField
            label={t('fields.email')}
            hint={t('signUp.emailHint')}
            type="email"
            autoComplete="email"
            required
            error={errors.email}
            {...register('email')}
          />
          {emailTaken && errors.email && (
            <p className="field-after">
              <Link to="/sign-in" search={{ redirect }}>
                {t('signUp.signInInstead')}
              </Link>{' '}
              · <Link to="/forgot-password">{t('signUp.forgotPassword')}</Link>
            </p>
          )}
        </div>
        <TextField
          label={t('fields.password')}
          hint={t('fields.passwordRules')}
          type="password"
          autoComplete="new-password"
          required
          error={errors.password}
          {...register('password')}
        />
        <LanguageField
          label={t('fields.preferredLanguage')}
          hint={t('signUp.languageHint')}
          error={errors.preferredLanguage}
          {...register('preferredLanguage')}
        />
        <button type="submit" className="button" disabled={isSubmitting}>
          {isSubmitting ? t('signUp.submitting') : t('signUp.submit')}
        </button>
      </form>
      <p>
        {t('signUp.haveAccount')}{' '}
        <Link to="/sign-in" search={{ redirect }}>
          {t('signUp.signIn')}
        </Link>
      </p>
    </section>
  );
}
