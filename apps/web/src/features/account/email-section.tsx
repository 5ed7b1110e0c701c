import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../api/client';
import type { User } from '../../api/session';
import { applyApiError, FormAlert, TextField } from '../../components/form';
import { errorMessage } from '../../components/states';
import { isApiError, rateLimitMessage } from '../auth/errors';
import { emailChangeSchema, type EmailChangeValues } from '../auth/schemas';

/** The address, whether it is confirmed (with a new link if not), and changing it. */
export function EmailSection({ user }: { user: User }) {
  const { t } = useTranslation();
  const [sentTo, setSentTo] = useState<string>();
  const [failure, setFailure] = useState<string>();
  const {
    register,
    handleSubmit,
    setError,
    reset,
    formState: { errors, isSubmitting },
  } = useForm<EmailChangeValues>({
    mode: 'onTouched',
    resolver: zodResolver(emailChangeSchema),
    defaultValues: { newEmail: '', password: '' },
  });

  const submit = handleSubmit(async (values) => {
    setFailure(undefined);
    setSentTo(undefined);
    try {
      unwrap(await api.POST('/v1/me/email', { body: values }));
      setSentTo(values.newEmail);
      reset();
    } catch (error) {
      if (isApiError(error, 'WRONG_PASSWORD')) {
        setError('password', { type: 'server', message: t('account.wrongPassword') }, { shouldFocus: true });
      } else if (isApiError(error, 'EMAIL_TAKEN')) {
        setError('newEmail', { type: 'server', message: t('account.email.taken') }, { shouldFocus: true });
      } else if (isApiError(error, 'TOO_MANY_REQUESTS')) {
        setFailure(rateLimitMessage(error, t));
      } else if (isApiError(error, 'VALIDATION_FAILED')) {
        setFailure(applyApiError(error, setError, ['newEmail', 'password']));
      } else {
        setFailure(errorMessage(error, t));
      }
    }
  });

  return (
    <section className="account-section" aria-labelledby="account-email">
      <h2 id="account-email">{t('account.email.title')}</h2>
      <p className="account-address">
        <span className="account-address-value">{user.email}</span>{' '}
        {user.emailVerified ? (
          <span className="badge badge-success">{t('account.email.verified')}</span>
        ) : (
          <span className="badge badge-warning">{t('account.email.unverified')}</span>
        )}
      </p>
      <h3>{t('account.email.changeTitle')}</h3>
      <p>{t('account.email.changeLead')}</p>
      <div role="status">
        {sentTo && (
          <div className="notice notice-success">
            <p>{t('account.email.changeSent', { email: sentTo })}</p>
          </div>
        )}
      </div>
      <form onSubmit={(e) => void submit(e)} noValidate className="form">
        <FormAlert>{failure}</FormAlert>
        <input type="email" name="username" autoComplete="username" value={user.email} readOnly hidden />
        <TextField
          label={t('fields.newEmail')}
          type="email"
          autoComplete="email"
          required
          error={errors.newEmail}
          {...register('newEmail')}
        />
        <TextField
          label={t('fields.currentPassword')}
          hint={t('account.email.passwordHint')}
          type="password"
          autoComplete="current-password"
          required
          error={errors.password}
          {...register('password')}
        />
        <div className="form-actions">
          <button type="submit" className="button" disabled={isSubmitting}>
            {isSubmitting ? t('account.email.submitting') : t('account.email.submit')}
          </button>
        </div>
      </form>
    </section>
  );
}
