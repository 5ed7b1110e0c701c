import { zodResolver } from '@hookform/resolvers/zod';
import { useQueryClient } from '@tanstack/react-query';
import { Link, useNavigate } from '@tanstack/react-router';
import { useState } from 'react';
import { Controller, useForm, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { api, ApiError, unwrap, type Schemas } from '../../../api/client';
import { applyApiError, FormAlert, TextField } from '../../../components/form';
import { PageTitle } from '../../../components/page';
import { SinglePicker } from '../../../components/picker';
import { RequireSession } from '../../../components/require-session';
import { errorMessage, ErrorState, Loading } from '../../../components/states';
import { messageOf, OidField, PicField } from '../../../features/organisations/form-bits';
import {
  newOrganisationSchema,
  NEW_ORGANISATION_PATHS,
  type NewOrganisationValues,
} from '../../../features/organisations/new-organisation';
import { PROFILE_LIMITS } from '../../../features/organisations/profile-form';
import { profileOptions } from '../../../features/organisations/profile-options';
import { organisationKey } from '../../../features/organisations/use-organisation';
import { myOrganisationsKey } from '../../../features/organisations/my-organisations';
import { useTaxonomies } from '../../../features/taxonomies/use-taxonomies';
import '../../../features/organisations/editor.css';

export function NewOrganisationPage() {
  const { t } = useTranslation();
  return (
    <section className="page medium">
      <p className="editor-back">
        <Link to="/my/organisations">{t('organisations.backToList')}</Link>
      </p>
      <PageTitle>{t('organisations.new.title')}</PageTitle>
      <p className="lead">{t('organisations.new.lead')}</p>
      <RequireSession>{() => <NewOrganisationForm />}</RequireSession>
    </section>
  );
}

function NewOrganisationForm() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const taxonomies = useTaxonomies();
  const [failure, setFailure] = useState<string>();
  const {
    register,
    control,
    handleSubmit,
    setError,
    formState: { errors, isSubmitting },
  } = useForm<NewOrganisationValues>({
    defaultValues: { legalName: '', displayName: '', oid: '', pic: '', country: '', organisationType: '' },
    mode: 'onTouched',
    resolver: zodResolver(newOrganisationSchema),
  });
  const [oid, pic] = useWatch({ control, name: ['oid', 'pic'] });

  if (taxonomies.isPending) return <Loading />;
  if (taxonomies.isError) return <ErrorState error={taxonomies.error} onRetry={() => void taxonomies.refetch()} />;
  const options = profileOptions(taxonomies.data, t);

  const submit = handleSubmit(async (values) => {
    setFailure(undefined);
    try {
      const created = unwrap(
        await api.POST('/v1/organisations', {
          body: {
            legalName: values.legalName,
            displayName: values.displayName,
            oid: values.oid,
            pic: values.pic || null,
            country: values.country,
            organisationType: values.organisationType as Schemas['OrganisationTypeCode'],
          },
        }),
      );
      queryClient.setQueryData(organisationKey(created.id), created);
      await queryClient.invalidateQueries({ queryKey: myOrganisationsKey });
      await navigate({ to: '/my/organisations/$id', params: { id: created.id } });
    } catch (error) {
      if (error instanceof ApiError && error.code === 'OID_TAKEN') {
        setError('oid', { type: 'server', message: error.message }, { shouldFocus: true });
        return;
      }
      const unplaced = applyApiError(error, setError, NEW_ORGANISATION_PATHS);
      setFailure(unplaced ?? (error instanceof ApiError && error.fields.length ? undefined : errorMessage(error, t)));
    }
  });

  return (
    <form className="form" onSubmit={(e) => void submit(e)} noValidate>
      <FormAlert>{failure}</FormAlert>
      <TextField
        label={t('profile.fields.legalName')}
        required
        autoComplete="organization"
        maxLength={PROFILE_LIMITS.legalName}
        error={errors.legalName}
        {...register('legalName')}
      />
      <TextField
        label={t('profile.fields.displayName')}
        required
        maxLength={PROFILE_LIMITS.displayName}
        hint={t('editor.hints.displayName')}
        error={errors.displayName}
        {...register('displayName')}
      />
      <OidField value={oid} error={errors.oid} {...register('oid')} />
      <PicField value={pic} error={errors.pic} {...register('pic')} />
      <Controller
        control={control}
        name="country"
        render={({ field }) => (
          <SinglePicker
            label={t('profile.fields.country')}
            required
            options={options.countries}
            value={field.value || null}
            onChange={(code) => field.onChange(code ?? '')}
            onBlur={field.onBlur}
            inputRef={field.ref}
            hint={t('editor.hints.country')}
            error={messageOf(errors.country, t)}
          />
        )}
      />
      <Controller
        control={control}
        name="organisationType"
        render={({ field }) => (
          <SinglePicker
            label={t('profile.fields.organisationType')}
            required
            options={options.organisationTypes}
            value={field.value || null}
            onChange={(code) => field.onChange(code ?? '')}
            onBlur={field.onBlur}
            inputRef={field.ref}
            error={messageOf(errors.organisationType, t)}
          />
        )}
      />
      <div className="actions">
        <button type="submit" className="button" disabled={isSubmitting}>
          {isSubmitting ? t('organisations.new.creating') : t('organisations.new.submit')}
        </button>
        <Link to="/my/organisations" className="button button-secondary">
          {t('common.cancel')}
        </Link>
      </div>
    </form>
  );
}
