import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { api, unwrapEmpty } from '../../api/client';
import { FormAlert, TextField } from '../../components/form';
import { errorMessage } from '../../components/states';
import { applyAccountApiError, isApiError } from '../auth/errors';
import { changePasswordSchema, type ChangePasswordValues } from '../auth/schemas';

/** Current, new and confirmed password; the API signs out every other session. */
export function PasswordSection({ email }: { email: string }) {
  const { t } = useTranslation();
  const [done, setDone] = useState(false);
  const [failure, setFailure] = useState<string>();
  const {
    register,
    handleSubmit,
    setError,
    reset,
    formState: { errors, isSubmitting },
  } = useForm<ChangePasswordValues>({
    mode: 'onTouched',
    resolver: zodResolver(changePasswordSchema),
    defaultValues: { currentPassword: '', newPassword: '', confirmPassword: '' },
  });

  const submit = handleSubmit(async ({ currentPassword, newPassword }) => {
    setFailure(undefined);
    setDone(false);
    try {
      unwrapEmpty(await api.POST('/v1/me/password', { body: { currentPassword, newPassword } }));
      reset();
      setDone(true);
    } catch (error) {
      if (isApiError(error, 'WRONG_PASSWORD')) {
        setError('currentPassword', { type: 'server', message: t('account.wrongPassword') }, { shouldFocus: true });
      } else if (isApiError(error, 'VALIDATION_FAILED')) {
        setFailure(applyAccountApiError(error, setError, ['currentPassword', 'newPassword'], t));
      } else {
        setFailure(errorMessage(error, t));
      }
    }
  });

  return (
    <section className="account-section" aria-labelledby="account-password">
      <h2 id="account-password">{t('account.password.title')}</h2>
      <p>{t('account.password.lead')}</p>
      <div role="status">
        {done && (
          <div className="notice notice-success">
            <p>{t('account.password.done')}</p>
          </div>
        )}
      </div>
      <form onSubmit={(e) => void submit(e)} noValidate className="form">
        <FormAlert>{failure}</FormAlert>
        {/* For password managers: which account this password belongs to. */}
        <input type="email" name="username" autoComplete="username" value={email} readOnly hidden />
        <TextField
          label={t('fields.currentPassword')}
          type="password"
          autoComplete="current-password"
          required
          error={errors.currentPassword}
          {...register('currentPassword')}
        />
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
        <div className="form-actions">
          <button type="submit" className="button" disabled={isSubmitting}>
            {isSubmitting ? t('account.password.submitting') : t('account.password.submit')}
          </button>
        </div>
      </form>
    </section>
  );
}
