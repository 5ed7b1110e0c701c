import { zodResolver } from '@hookform/resolvers/zod';
import { useQueryClient } from '@tanstack/react-query';
import { Link, useNavigate } from '@tanstack/react-router';
import { useId, useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod/mini';
import { api, unwrap } from '../../api/client';
import { FormAlert, TextAreaField, TextField, applyApiError } from '../../components/form';
import { PageTitle } from '../../components/page';
import { RequireSession } from '../../components/require-session';
import { EmptyState, ErrorState, Loading, errorMessage } from '../../components/states';
import { ACTIONS, type ConsortiumAction } from '../../features/consortia/consortium-rules';
import { consortiaKeys } from '../../features/consortia/use-consortia';
import { useMyOrganisations } from '../../features/organisations/my-organisations';
import '../../features/consortia/consortia.css';

const schema = z.object({
  organisationId: z.string().check(z.minLength(1, 'consortia.new.pickOrganisation')),
  name: z
    .string()
    .check(z.trim(), z.minLength(3, 'consortia.new.nameTooShort'), z.maxLength(200, 'consortia.new.nameTooLong')),
  action: z.enum(ACTIONS as [ConsortiumAction, ...ConsortiumAction[]]),
  summary: z.string().check(z.maxLength(5000, 'consortia.new.summaryTooLong')),
  naDeadline: z.string(),
});
type Values = z.infer<typeof schema>;
const FIELDS = ['organisationId', 'name', 'action', 'summary', 'naDeadline'] as const;

function NewConsortiumForm() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const orgField = useId();
  const orgs = useMyOrganisations();
  const [failure, setFailure] = useState<string>();
  const mine = (orgs.data?.pages.flatMap((p) => p.items) ?? []).filter(
    (m) => (m.role === 'owner' || m.role === 'admin') && m.organisation.status === 'published',
  );
  const {
    register,
    handleSubmit,
    setError,
    formState: { errors, isSubmitting },
  } = useForm<Values>({
    mode: 'onTouched',
    resolver: zodResolver(schema),
    values: {
      organisationId: mine[0]?.organisation.id ?? '',
      name: '',
      action: 'KA220-VET',
      summary: '',
      naDeadline: '',
    },
    resetOptions: { keepDirtyValues: true },
  });
  if (orgs.isPending) return <Loading />;
  if (orgs.isError) return <ErrorState error={orgs.error} onRetry={() => void orgs.refetch()} />;
  if (mine.length === 0) {
    return (
      <EmptyState title={t('consortia.new.noOrganisation')}>
        <p>{t('consortia.new.noOrganisationHint')}</p>
        <Link to="/my/organisations">{t('consortia.new.myOrganisations')}</Link>
      </EmptyState>
    );
  }
  const submit = handleSubmit(async (values) => {
    setFailure(undefined);
    try {
      const created = unwrap(
        await api.POST('/v1/consortia', {
          body: {
            organisationId: values.organisationId,
            name: values.name,
            action: values.action,
            summary: values.summary.trim(),
            naDeadline: values.naDeadline || null,
          },
        }),
      );
      await queryClient.invalidateQueries({ queryKey: consortiaKeys.all });
      await navigate({ to: '/consortia/$id', params: { id: created.id } });
    } catch (error) {
      setFailure(applyApiError(error, setError, FIELDS) ?? (errorMessage(error, t) || undefined));
    }
  });
  return (
    <form className="form consortium-form" noValidate onSubmit={(e) => void submit(e)}>
      <FormAlert>{failure}</FormAlert>
      <div className="field">
        <label htmlFor={orgField}>{t('consortia.new.organisation')}</label>
        <p id={`${orgField}-hint`} className="field-hint">
          {t('consortia.new.organisationHint')}
        </p>
        <select id={orgField} aria-describedby={`${orgField}-hint`} {...register('organisationId')}>
          {mine.map((m) => (
            <option key={m.organisation.id} value={m.organisation.id}>
              {m.organisation.profile.displayName}
            </option>
          ))}
        </select>
      </div>
      <TextField label={t('consortia.new.name')} required error={errors.name} {...register('name')} />
      <fieldset className="field action-choice">
        <legend>{t('consortia.new.action')}</legend>
        {ACTIONS.map((a) => (
          <label key={a} className="radio">
            <input type="radio" value={a} {...register('action')} />
            <span>
              <strong>{a}</strong>
              <span className="field-hint"> — {t(`consortia.actions.${a}`)}</span>
            </span>
          </label>
        ))}
      </fieldset>
      <TextAreaField label={t('consortia.new.summary')} rows={4} error={errors.summary} {...register('summary')} />
      <TextField
        label={t('consortia.new.deadline')}
        hint={t('consortia.new.deadlineHint')}
        type="date"
        error={errors.naDeadline}
        {...register('naDeadline')}
      />
      <div className="actions">
        <button type="submit" className="button" disabled={isSubmitting}>
          {isSubmitting ? t('consortia.new.creating') : t('consortia.new.submit')}
        </button>
        <Link to="/consortia" className="button button-secondary">
          {t('common.cancel')}
        </Link>
      </div>
    </form>
  );
}

export function NewConsortiumPage() {
  const { t } = useTranslation();
  return (
    <section className="page medium">
      <PageTitle>{t('consortia.new.title')}</PageTitle>
      <p className="lead">{t('consortia.new.lead')}</p>
      <RequireSession>{() => <NewConsortiumForm />}</RequireSession>
    </section>
  );
}
