import { zodResolver } from '@hookform/resolvers/zod';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { getRouteApi, Link, useNavigate } from '@tanstack/react-router';
import { useEffect, useRef, useState } from 'react';
import { useFieldArray, useForm, type FieldError, type Path } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../api/client';
import { FormAlert, SelectField, TextAreaField, TextField } from '../../components/form';
import { PageTitle } from '../../components/page';
import { RequireSession } from '../../components/require-session';
import { EmptyState, errorMessage, ErrorState, Loading } from '../../components/states';
import { placeProblems } from '../../features/calls/api-problems';
import { CallFacts, SoughtList, UrgentBadge } from '../../features/calls/call-bits';
import {
  CALL_ACTIONS,
  CALL_LIMITS,
  callFormPathOf,
  callFormSchema,
  emptyCall,
  emptySought,
  toCreateCallBody,
  type CallAction,
  type CallFormValues,
} from '../../features/calls/call-form';
import { useRoleOptions } from '../../features/calls/role-options';
import { actingOrganisations, callKey, callsKey, useMemberships } from '../../features/calls/use-calls';
import { messageOf } from '../../features/organisations/form-bits';
import { ListField } from '../../features/organisations/list-field';
import { profileOptions } from '../../features/organisations/profile-options';
import { useTaxonomies } from '../../features/taxonomies/use-taxonomies';
import '../../features/calls/calls.css';

const route = getRouteApi('/calls/new');

export function NewCallPage() {
  const { t } = useTranslation();
  return (
    <section className="page medium">
      <p>
        <Link to="/my/calls">{t('calls.new.back')}</Link>
      </p>
      <PageTitle>{t('calls.new.title')}</PageTitle>
      <p className="lead">{t('calls.new.lead')}</p>
      <RequireSession>{() => <NewCall />}</RequireSession>
    </section>
  );
}

function NewCall() {
  const { t } = useTranslation();
  const { organisationId, consortiumId } = route.useSearch();
  const memberships = useMemberships();
  const taxonomies = useTaxonomies();
  const consortium = useQuery({
    queryKey: ['consortia', 'one', consortiumId],
    enabled: Boolean(consortiumId),
    queryFn: async ({ signal }) =>
      unwrap(await api.GET('/v1/consortia/{id}', { params: { path: { id: consortiumId! } }, signal })),
  });

  if (memberships.isPending || !memberships.done || taxonomies.isPending || (consortiumId && consortium.isPending)) {
    return <Loading />;
  }
  if (memberships.isError) return <ErrorState error={memberships.error} onRetry={() => void memberships.refetch()} />;
  if (taxonomies.isError) return <ErrorState error={taxonomies.error} onRetry={() => void taxonomies.refetch()} />;
  if (consortiumId && consortium.isError) {
    return <ErrorState error={consortium.error} onRetry={() => void consortium.refetch()} />;
  }
  const mine = actingOrganisations(memberships.items);
  if (mine.length === 0) {
    return (
      <EmptyState title={t('calls.new.noOrganisationTitle')}>
        <p>{t('calls.new.noOrganisationBody')}</p>
        <p>
          <Link to="/my/organisations" className="button">
            {t('calls.new.toOrganisations')}
          </Link>
        </p>
      </EmptyState>
    );
  }
  const c = consortium.data;
  // A replacement call is posted by the consortium's coordinator, for the same action and deadline.
  const initial = emptyCall(
    c?.coordinatorId ??
      (mine.some((m) => m.organisation.id === organisationId) ? organisationId : undefined) ??
      (mine.length === 1 ? mine[0]!.organisation.id : ''),
  );
  if (c) {
    initial.action = c.action;
    initial.naDeadline = c.naDeadline ?? '';
  }
  return (
    <CallForm
      initial={initial}
      organisations={mine
        .filter((m) => !c || m.organisation.id === c.coordinatorId)
        .map((m) => ({ id: m.organisation.id, name: m.organisation.profile.displayName }))}
      replacement={c ? { id: c.id, name: c.name } : undefined}
    />
  );
}

type T = (key: string, values?: Record<string, unknown>) => string;

function CallForm({
  initial,
  organisations,
  replacement,
}: {
  initial: CallFormValues;
  organisations: { id: string; name: string }[];
  replacement?: { id: string; name: string };
}) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const taxonomies = useTaxonomies();
  const options = profileOptions(taxonomies.data!, t);
  const [preview, setPreview] = useState<CallFormValues>();
  const [failure, setFailure] = useState<string>();
  const [posting, setPosting] = useState<'open' | 'draft'>();
  const previewHeading = useRef<HTMLHeadingElement>(null);
  const {
    register,
    control,
    handleSubmit,
    setError,
    setFocus,
    formState: { errors },
  } = useForm<CallFormValues>({
    defaultValues: initial,
    mode: 'onTouched',
    resolver: zodResolver(callFormSchema),
  });
  const sought = useFieldArray({ control, name: 'sought' });

  useEffect(() => {
    if (preview) previewHeading.current?.focus();
  }, [preview]);

  const toPreview = handleSubmit((values) => {
    setFailure(undefined);
    setPreview(values);
  });

  const post = async (open: boolean) => {
    if (!preview) return;
    setPosting(open ? 'open' : 'draft');
    setFailure(undefined);
    try {
      const call = unwrap(
        await api.POST('/v1/calls', { body: toCreateCallBody(preview, { open, consortiumId: replacement?.id }) }),
      );
      queryClient.setQueryData(callKey(call.id), call);
      await queryClient.invalidateQueries({ queryKey: callsKey });
      await navigate({ to: '/calls/$id', params: { id: call.id } });
    } catch (error) {
      setPosting(undefined);
      const { placed, unplaced } = placeProblems(error, callFormPathOf, t);
      if (placed.length) {
        // Back to the form, with each problem on its field.
        setPreview(undefined);
        setTimeout(() => {
          for (const p of placed) setError(p.path as Path<CallFormValues>, { type: 'server', message: p.message });
          setFocus(placed[0]!.path as Path<CallFormValues>);
        });
      }
      if (unplaced) setFailure(errorMessage(error, t));
    }
  };

  if (preview) {
    const orgName = organisations.find((o) => o.id === preview.organisationId)?.name ?? '';
    return (
      <div className="call-preview-step">
        <FormAlert>{failure}</FormAlert>
        <h2 ref={previewHeading} tabIndex={-1}>
          {t('calls.new.previewTitle')}
        </h2>
        <p>{t('calls.new.previewLead')}</p>
        <article className="call-preview" aria-label={t('calls.new.previewTitle')}>
          {replacement && (
            <p className="call-meta">
              <UrgentBadge />
              {t('calls.new.replacementFor', { name: replacement.name })}
            </p>
          )}
          <h3 className="user-text">{preview.title.trim()}</h3>
          <p className="muted">{t('calls.byOrganisation', { name: orgName })}</p>
          <p className="call-summary user-text">{preview.summary.trim()}</p>
          <CallFacts
            call={{
              action: preview.action as CallAction,
              answerBy: preview.answerBy,
              naDeadline: preview.naDeadline || null,
              plannedStart: preview.plannedStart || null,
              durationMonths: preview.durationMonths ? Number(preview.durationMonths) : null,
              topics: preview.topics as never,
              languages: preview.languages as never,
              excludedCountries: preview.excludedCountries as never,
            }}
          />
          <h4>{t('calls.detail.sought')}</h4>
          <SoughtList sought={toCreateCallBody(preview, { open: false }).sought as never} />
        </article>
        <div className="actions">
          <button type="button" className="button" disabled={Boolean(posting)} onClick={() => void post(true)}>
            {posting === 'open' ? t('calls.new.posting') : t('calls.new.open')}
          </button>
          <button
            type="button"
            className="button button-secondary"
            disabled={Boolean(posting)}
            onClick={() => void post(false)}
          >
            {posting === 'draft' ? t('calls.new.posting') : t('calls.new.saveDraft')}
          </button>
          <button type="button" className="button button-secondary" onClick={() => setPreview(undefined)}>
            {t('calls.new.edit')}
          </button>
        </div>
      </div>
    );
  }

  const err = (e: FieldError | undefined) => messageOf(e, t);
  return (
    <form className="form call-form" onSubmit={(e) => void toPreview(e)} noValidate>
      <FormAlert>{failure}</FormAlert>
      {replacement && (
        <div className="notice notice-warning">
          <p className="call-meta">
            <UrgentBadge />
            {t('calls.new.replacementFor', { name: replacement.name })}
          </p>
          <p>{t('calls.new.replacementBody')}</p>
        </div>
      )}
      <fieldset className="call-step">
        <legend>{t('calls.new.stepAbout')}</legend>
        <SelectField
          label={t('calls.fields.organisation')}
          required
          hint={t('calls.new.organisationHint')}
          placeholder={t('calls.new.chooseOrganisation')}
          options={organisations.map((o) => ({ value: o.id, label: o.name }))}
          error={err(errors.organisationId)}
          {...register('organisationId')}
        />
        <TextField
          label={t('calls.fields.title')}
          required
          maxLength={CALL_LIMITS.title}
          hint={t('calls.new.titleHint')}
          error={errors.title}
          {...register('title')}
        />
        <TextAreaField
          label={t('calls.fields.summary')}
          required
          rows={5}
          maxLength={CALL_LIMITS.summary}
          hint={t('calls.new.summaryHint')}
          error={errors.summary}
          {...register('summary')}
        />
        <fieldset
          className={`field call-actions-choice${errors.action ? ' field-invalid' : ''}`}
          aria-describedby={errors.action ? 'call-action-error' : undefined}
        >
          <legend>
            {t('calls.fields.action')}
            <span className="required"> ({t('common.required')})</span>
          </legend>
          {CALL_ACTIONS.map((a) => (
            <label key={a} className="call-choice">
              <input type="radio" value={a} {...register('action')} />
              <span>
                <strong>
                  {a} · {t(`calls.actions.${a}.name`)}
                </strong>
                <span className="call-choice-hint">{t(`calls.actions.${a}.means`)}</span>
              </span>
            </label>
          ))}
          {errors.action && (
            <p id="call-action-error" className="field-error">
              {err(errors.action)}
            </p>
          )}
        </fieldset>
        <ListField
          control={control}
          name="topics"
          label={t('calls.fields.topics')}
          options={options.topics}
          groups={options.topicGroups}
          max={CALL_LIMITS.topics}
          error={err(errors.topics as FieldError | undefined)}
        />
        <ListField
          control={control}
          name="languages"
          label={t('calls.fields.languages')}
          options={options.languages}
          max={CALL_LIMITS.languages}
          error={err(errors.languages as FieldError | undefined)}
        />
      </fieldset>

      <fieldset className="call-step">
        <legend>{t('calls.new.stepSought')}</legend>
        <p className="field-hint">{t('calls.new.soughtHint')}</p>
        {sought.fields.map((item, i) => (
          <SoughtFields
            key={item.id}
            index={i}
            control={control}
            register={register}
            errors={errors.sought?.[i]}
            options={options}
            t={t}
            onRemove={sought.fields.length > 1 ? () => sought.remove(i) : undefined}
          />
        ))}
        {errors.sought?.root && <p className="field-error">{err(errors.sought.root)}</p>}
        {sought.fields.length < CALL_LIMITS.sought && (
          <button type="button" className="button button-secondary" onClick={() => sought.append(emptySought())}>
            {t('calls.new.addSought')}
          </button>
        )}
        <ListField
          control={control}
          name="excludedCountries"
          label={t('calls.fields.excludedCountries')}
          hint={t('calls.new.excludedHint')}
          options={options.countries}
          max={CALL_LIMITS.countries}
          error={err(errors.excludedCountries as FieldError | undefined)}
        />
      </fieldset>

      <fieldset className="call-step">
        <legend>{t('calls.new.stepDates')}</legend>
        <div className="call-dates">
          <TextField
            type="date"
            label={t('calls.fields.answerBy')}
            required
            hint={t('calls.new.answerByHint')}
            error={errors.answerBy}
            {...register('answerBy')}
          />
          <TextField
            type="date"
            label={t('calls.fields.naDeadline')}
            hint={t('calls.new.naDeadlineHint')}
            error={errors.naDeadline}
            {...register('naDeadline')}
          />
          <TextField
            type="date"
            label={t('calls.fields.plannedStart')}
            hint={t('calls.new.plannedStartHint')}
            error={errors.plannedStart}
            {...register('plannedStart')}
          />
          <TextField
            type="number"
            inputMode="numeric"
            min={CALL_LIMITS.durationMin}
            max={CALL_LIMITS.durationMax}
            label={t('calls.fields.durationMonths')}
            hint={t('calls.new.durationHint', { min: CALL_LIMITS.durationMin, max: CALL_LIMITS.durationMax })}
            error={errors.durationMonths}
            {...register('durationMonths')}
          />
        </div>
      </fieldset>
      <div className="actions">
        <button type="submit" className="button">
          {t('calls.new.preview')}
        </button>
        <Link to="/my/calls" className="button button-secondary">
          {t('common.cancel')}
        </Link>
      </div>
    </form>
  );
}

/** The lists each sought partner is described by; empty means any. */
const SOUGHT_LISTS = ['countries', 'naceSections', 'organisationTypes'] as const;

type SoughtErrors = NonNullable<ReturnType<typeof useForm<CallFormValues>>['formState']['errors']['sought']>[number];

function SoughtFields({
  index,
  control,
  register,
  errors,
  options,
  t,
  onRemove,
}: {
  index: number;
  control: ReturnType<typeof useForm<CallFormValues>>['control'];
  register: ReturnType<typeof useForm<CallFormValues>>['register'];
  errors: SoughtErrors | undefined;
  options: ReturnType<typeof profileOptions>;
  t: T;
  onRemove?: () => void;
}) {
  const n = index + 1;
  const err = (e: FieldError | undefined) => messageOf(e, t);
  const roles = useRoleOptions();
  return (
    <fieldset className="call-step call-sought-item">
      <legend>{t('calls.new.soughtEntry', { n })}</legend>
      {SOUGHT_LISTS.map((list) => (
        <ListField
          key={list}
          control={control}
          name={`sought.${index}.${list}`}
          label={t(`calls.fields.${list}`)}
          hint={t('calls.new.anyIfEmpty')}
          options={options[list]}
          showCodes={list === 'naceSections'}
          max={CALL_LIMITS[list]}
          error={err(errors?.[list] as FieldError | undefined)}
        />
      ))}
      <div className="call-dates">
        <TextField
          type="number"
          inputMode="numeric"
          min={CALL_LIMITS.countMin}
          max={CALL_LIMITS.countMax}
          label={t('calls.fields.count')}
          required
          error={errors?.count}
          {...register(`sought.${index}.count`)}
        />
        <SelectField label={t('calls.fields.role')} required options={roles} {...register(`sought.${index}.role`)} />
      </div>
      <TextAreaField
        label={t('calls.fields.tasks')}
        required
        rows={3}
        maxLength={CALL_LIMITS.tasks}
        hint={t('calls.new.tasksHint')}
        error={errors?.tasks}
        {...register(`sought.${index}.tasks`)}
      />
      {onRemove && (
        <button type="button" className="button button-secondary button-small" onClick={onRemove}>
          {t('calls.new.removeSought', { n })}
        </button>
      )}
    </fieldset>
  );
}
