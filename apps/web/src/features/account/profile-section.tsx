import { zodResolver } from '@hookform/resolvers/zod';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../api/client';
import { updateUser, type User } from '../../api/session';
import { applyApiError, FormAlert, TextField } from '../../components/form';
import { errorMessage } from '../../components/states';
import { changeLanguage, currentLanguage } from '../../i18n';
import { isApiError } from '../auth/errors';
import { LanguageField } from '../auth/language-field';
import { profileSchema, type ProfileValues } from '../auth/schemas';

/** Name and language. Saving another language switches the interface to it at once. */
export function ProfileSection({ user }: { user: User }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [saved, setSaved] = useState(false);
  const [failure, setFailure] = useState<string>();
  const {
    register,
    handleSubmit,
    setError,
    formState: { errors, isSubmitting },
  } = useForm<ProfileValues>({
    mode: 'onTouched',
    resolver: zodResolver(profileSchema),
    // Follows the account when it changes elsewhere (the header's language switch), keeping edits.
    values: { displayName: user.displayName, preferredLanguage: user.preferredLanguage },
    resetOptions: { keepDirtyValues: true },
  });

  const submit = handleSubmit(async (values) => {
    setFailure(undefined);
    setSaved(false);
    try {
      const next = unwrap(await api.PATCH('/v1/me', { body: values }));
      updateUser(next);
      if (next.preferredLanguage !== currentLanguage()) {
        await changeLanguage(next.preferredLanguage);
        // Taxonomy labels and the API's messages come in the new language.
        await queryClient.invalidateQueries();
      }
      setSaved(true);
    } catch (error) {
      setFailure(
        isApiError(error, 'VALIDATION_FAILED')
          ? applyApiError(error, setError, ['displayName', 'preferredLanguage'])
          : errorMessage(error, t),
      );
    }
  });

  return (
    <section className="account-section" aria-labelledby="account-profile">
      <h2 id="account-profile">{t('account.profile.title')}</h2>
      <form onSubmit={(e) => void submit(e)} noValidate className="form" onChange={() => setSaved(false)}>
        <FormAlert>{failure}</FormAlert>
        <TextField
          label={t('fields.displayName')}
          hint={t('account.profile.nameHint')}
          autoComplete="name"
          required
          error={errors.displayName}
          {...register('displayName')}
        />
        <LanguageField
          label={t('fields.preferredLanguage')}
          hint={t('account.profile.languageHint')}
          error={errors.preferredLanguage}
          {...register('preferredLanguage')}
        />
        <div className="form-actions">
          <button type="submit" className="button" disabled={isSubmitting}>
            {isSubmitting ? t('common.saving') : t('common.save')}
          </button>
          <span role="status" className="saved">
            {saved && t('account.profile.saved')}
          </span>
        </div>
      </form>
    </section>
  );
}
