import { zodResolver } from '@hookform/resolvers/zod';
import { useQueryClient } from '@tanstack/react-query';
import { useBlocker } from '@tanstack/react-router';
import { useEffect, useMemo, useState, type ReactNode } from 'react';
import { Controller, useForm, useWatch, type Control, type FieldError, type UseFormSetError } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { api, ApiError, unwrap, type Schemas } from '../../api/client';
import type { User } from '../../api/session';
import { applyApiError, FormAlert, TextAreaField, TextField } from '../../components/form';
import { SinglePicker } from '../../components/picker';
import { errorMessage, ErrorState, Loading } from '../../components/states';
import { formatNumber } from '../../i18n/format';
import { useTaxonomies } from '../taxonomies/use-taxonomies';
import { DESCRIPTION_MIN_FOR_SUBMISSION, type ChecklistField } from './checklist';
import { ListField } from './list-field';
import { ConfirmDialog } from './confirm-dialog';
import { messageOf, OidField, PicField } from './form-bits';
import { editsBecomeRevision, maySubmit, memberMay, takesProfileEdits } from './permissions';
import {
  currentYear,
  EXPERIENCE_LEVELS,
  formPathOf,
  FORM_PATHS,
  isImmediate,
  PROFILE_LIMITS,
  profileFormSchema,
  profilePatch,
  proposedProfile,
  toFormValues,
  type FormPath,
  type ProfileFormValues,
} from './profile-form';
import { divisionOptions, keepDivisionsOf, profileOptions } from './profile-options';
import { ChecklistSummary, SubmitPanel } from './submit-panel';
import { organisationKey } from './use-organisation';
import { myOrganisationsKey } from './my-organisations';
import './editor.css';

type Organisation = Schemas['OrganisationResponseDto'];

type T = (key: string, options?: Record<string, unknown>) => string;

/** The API's field problems on the fields that show them ("topics.2" on the topics picker). */
function placeProblems(error: unknown, setError: UseFormSetError<ProfileFormValues>): string | undefined {
  if (!(error instanceof ApiError)) return undefined;
  const mapped = error.fields.map((p) => ({ ...p, field: formPathOf(p.field) ?? p.field }));
  const placed = new ApiError(error.status, error.code, error.message, mapped, error.details);
  return applyApiError<ProfileFormValues>(placed, setError, FORM_PATHS);
}

function Section({ id, title, children, note }: { id: string; title: string; children: ReactNode; note?: ReactNode }) {
  return (
    <section className="editor-section" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{title}</h2>
      {note}
      <div className="editor-fields">{children}</div>
    </section>
  );
}

/** The profile form, the checklist beside it, and what the status allows. */
export function ProfileEditor({ organisation, user }: { organisation: Organisation; user: User }) {
  const { t } = useTranslation();
  const taxonomies = useTaxonomies();
  if (taxonomies.isPending) return <Loading />;
  if (taxonomies.isError) return <ErrorState error={taxonomies.error} onRetry={() => void taxonomies.refetch()} />;
  return <EditorForm organisation={organisation} user={user} taxonomies={taxonomies.data} t={t} />;
}

function EditorForm({
  organisation,
  user,
  taxonomies,
  t,
}: {
  organisation: Organisation;
  user: User;
  taxonomies: Schemas['TaxonomiesResponseDto'];
  t: T;
}) {
  const queryClient = useQueryClient();
  const base = useMemo(() => proposedProfile(organisation), [organisation]);
  const options = useMemo(() => profileOptions(taxonomies, t), [taxonomies, t]);
  const {
    register,
    control,
    handleSubmit,
    reset,
    setValue,
    setError,
    setFocus,
    getValues,
    formState: { errors, isDirty, isSubmitting },
  } = useForm<ProfileFormValues>({
    defaultValues: toFormValues(base),
    mode: 'onTouched',
    resolver: zodResolver(profileFormSchema),
  });
  const [failure, setFailure] = useState<string>();
  const [saved, setSaved] = useState<string>();
  const [shownStatus, setShownStatus] = useState(organisation.status);
  const id = organisation.id;
  const canEdit = memberMay(organisation.myRole, 'edit');
  // A submitted profile takes only the fields that apply at once; the rest waits for a withdrawal.
  const locked = !canEdit || !takesProfileEdits(organisation.status);
  const revision = editsBecomeRevision(organisation.status);
  const panel =
    memberMay(organisation.myRole, 'submit') && (maySubmit(organisation.status) || organisation.status === 'submitted');
  const immediateHint = revision || organisation.status === 'submitted' ? t('editor.appliesAtOnce') : undefined;

  // Someone saved (here or elsewhere) or the language changed: show the new data unless the
  // form holds unsaved edits.
  const version = `${organisation.updatedAt}|${organisation.pendingRevision?.updatedAt ?? ''}`;
  useEffect(() => {
    if (!isDirty) reset(toFormValues(base));
    if (organisation.status !== shownStatus) {
      setSaved(undefined);
      setShownStatus(organisation.status);
    }
    // Only a new version of the organisation resets the form, not every render.
  }, [version]);

  const blocker = useBlocker({
    shouldBlockFn: () => isDirty && !isSubmitting,
    enableBeforeUnload: () => isDirty,
    withResolver: true,
  });

  // Not the description: its count watches it alone (DescriptionHint), so typing a long text
  // does not draw the whole form again at every key.
  const [sections, oid, pic, level] = useWatch({
    control,
    name: ['naceSections', 'oid', 'pic', 'experience.level'],
  });
  const divisions = useMemo(() => divisionOptions(taxonomies, sections), [taxonomies, sections]);

  const save = handleSubmit(async (values) => {
    setFailure(undefined);
    setSaved(undefined);
    const patch = profilePatch(base, values);
    const fields = Object.keys(patch);
    if (fields.length === 0) {
      reset(values);
      setSaved(t('editor.save.nothing'));
      return;
    }
    try {
      const updated = unwrap(await api.PATCH('/v1/organisations/{id}', { params: { path: { id } }, body: patch }));
      queryClient.setQueryData(organisationKey(id), updated);
      void queryClient.invalidateQueries({ queryKey: myOrganisationsKey });
      reset(toFormValues(proposedProfile(updated)));
      const waits = editsBecomeRevision(updated.status) && fields.some((f) => !isImmediate(f));
      setSaved(waits ? t('editor.save.revision') : t('editor.save.done'));
    } catch (error) {
      if (error instanceof ApiError && error.code === 'OID_TAKEN') {
        setError('oid', { type: 'server', message: error.message }, { shouldFocus: true });
        return;
      }
      const unplaced = placeProblems(error, setError);
      if (error instanceof ApiError && error.fields.length && !unplaced) {
        const first = formPathOf(error.fields[0]!.field);
        if (first) setFocus(first);
      }
      setFailure(unplaced ?? (error instanceof ApiError && error.fields.length ? undefined : errorMessage(error, t)));
    }
  });

  const goToField = (field: ChecklistField) => {
    const path: FormPath = field === 'contactPerson' ? 'contactPerson.name' : field;
    setFocus(path);
  };

  const err = (path: FormPath): string | undefined => {
    const [head, tail] = path.split('.') as [keyof ProfileFormValues, string | undefined];
    const node = errors[head] as Record<string, FieldError | undefined> | FieldError | undefined;
    const error = tail ? (node as Record<string, FieldError | undefined> | undefined)?.[tail] : (node as FieldError);
    return messageOf(error, t);
  };
  const max = (n: number) => t('editor.atMost', { count: n, formatted: formatNumber(n) });

  return (
    <div className={`editor-layout${panel ? ' editor-layout-panel' : ''}`}>
      <form className="editor-form" onSubmit={(e) => void save(e)} noValidate aria-labelledby="editor-form-title">
        <h2 id="editor-form-title" className="visually-hidden">
          {t('editor.formTitle')}
        </h2>
        {panel && maySubmit(organisation.status) && <ChecklistSummary control={control} />}
        {!canEdit && <p className="notice">{t('editor.readOnly')}</p>}
        {canEdit && organisation.status === 'submitted' && (
          <p className="notice notice-warning">{t('editor.lockedWhileSubmitted')}</p>
        )}

        <fieldset className="editor-fieldset" disabled={locked}>
          <Section id="identity" title={t('editor.sections.identity')}>
            <TextField
              label={t('profile.fields.legalName')}
              required
              maxLength={PROFILE_LIMITS.legalName}
              autoComplete="organization"
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
            <div className="editor-row">
              <OidField value={oid} error={errors.oid} {...register('oid')} />
              <PicField value={pic} error={errors.pic} {...register('pic')} />
            </div>
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
                  disabled={locked}
                  error={err('organisationType')}
                />
              )}
            />
          </Section>

          <Section id="place" title={t('editor.sections.place')}>
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
                  disabled={locked}
                  hint={t('editor.hints.country')}
                  error={err('country')}
                />
              )}
            />
            <TextField
              label={t('profile.fields.city')}
              maxLength={PROFILE_LIMITS.city}
              autoComplete="address-level2"
              hint={t('editor.neededToSubmit')}
              error={errors.city}
              {...register('city')}
            />
            <TextField
              label={t('profile.fields.website')}
              type="url"
              inputMode="url"
              autoComplete="url"
              spellCheck={false}
              maxLength={PROFILE_LIMITS.website}
              hint={t('editor.hints.url')}
              error={errors.website}
              {...register('website')}
            />
          </Section>

          <Section id="sectors" title={t('editor.sections.sectors')}>
            <ListField
              control={control}
              name="naceSections"
              label={t('profile.fields.naceSections')}
              options={options.naceSections}
              showCodes
              max={PROFILE_LIMITS.naceSections}
              onChosen={(codes) => {
                // Divisions belong to sections: a removed section takes its divisions along.
                const kept = keepDivisionsOf(getValues('naceDivisions'), codes, options.sectionOf);
                if (kept.length !== getValues('naceDivisions').length) {
                  setValue('naceDivisions', kept, { shouldDirty: true, shouldValidate: true });
                }
              }}
              disabled={locked}
              hint={t('editor.neededToSubmit')}
              error={err('naceSections')}
            />
            <ListField
              control={control}
              name="naceDivisions"
              label={t('profile.fields.naceDivisions')}
              options={divisions.options}
              groups={divisions.groups}
              showCodes
              max={PROFILE_LIMITS.naceDivisions}
              disabled={locked || sections.length === 0}
              hint={sections.length === 0 ? t('editor.hints.divisionsFirst') : t('editor.hints.divisions')}
              error={err('naceDivisions')}
            />
          </Section>

          <Section id="about" title={t('editor.sections.about')}>
            <div className="editor-row">
              <div className={`field${errors.sizeBand ? ' field-invalid' : ''}`}>
                <label htmlFor="profile-size-band">{t('profile.fields.sizeBand')}</label>
                <p className="field-hint" id="profile-size-band-hint">
                  {t('editor.neededToSubmit')}
                </p>
                <select
                  id="profile-size-band"
                  aria-describedby={`profile-size-band-hint${errors.sizeBand ? ' profile-size-band-error' : ''}`}
                  aria-invalid={errors.sizeBand ? true : undefined}
                  {...register('sizeBand')}
                >
                  <option value="">{t('editor.sizeNotGiven')}</option>
                  {options.sizeBands.map((o) => (
                    <option key={o.code} value={o.code}>
                      {o.label}
                    </option>
                  ))}
                </select>
                {errors.sizeBand && (
                  <p className="field-error" id="profile-size-band-error">
                    {err('sizeBand')}
                  </p>
                )}
              </div>
              <TextField
                label={t('profile.fields.foundingYear')}
                inputMode="numeric"
                maxLength={4}
                hint={t('editor.hints.foundingYear', { min: PROFILE_LIMITS.foundingYearMin, max: currentYear() })}
                error={errors.foundingYear}
                {...register('foundingYear')}
              />
            </div>
            <TextAreaField
              label={t('profile.fields.description')}
              rows={8}
              maxLength={PROFILE_LIMITS.description}
              hint={<DescriptionHint control={control} />}
              error={errors.description}
              {...register('description')}
            />
          </Section>

          <Section id="expertise" title={t('editor.sections.expertise')}>
            <ListField
              control={control}
              name="topics"
              label={t('profile.fields.topics')}
              options={options.topics}
              groups={options.topicGroups}
              max={PROFILE_LIMITS.topics}
              disabled={locked}
              hint={t('editor.neededToSubmit')}
              error={err('topics')}
            />
            <ListField
              control={control}
              name="targetGroups"
              label={t('profile.fields.targetGroups')}
              options={options.targetGroups}
              max={PROFILE_LIMITS.targetGroups}
              disabled={locked}
              error={err('targetGroups')}
            />
            <ListField
              control={control}
              name="languages"
              label={t('profile.fields.languages')}
              options={options.languages}
              max={PROFILE_LIMITS.languages}
              disabled={locked}
              hint={t('editor.neededToSubmit')}
              error={err('languages')}
            />
          </Section>

          <Section id="experience" title={t('profile.fields.experience')}>
            <fieldset className="field editor-radios">
              <legend>{t('editor.experienceLevel')}</legend>
              {EXPERIENCE_LEVELS.map((value) => (
                <label key={value} className="radio">
                  <input
                    type="radio"
                    value={value}
                    {...register('experience.level', {
                      onChange: () => {
                        if (getValues('experience.level') === 'none') {
                          setValue('experience.pastProjects', '0', { shouldValidate: true });
                        }
                      },
                    })}
                  />
                  {t(`profile.experienceLevels.${value}`)}
                </label>
              ))}
            </fieldset>
            <TextField
              label={t('editor.pastProjects')}
              inputMode="numeric"
              maxLength={4}
              readOnly={level === 'none'}
              hint={
                level === 'none'
                  ? t('editor.hints.noProjects')
                  : t('editor.hints.pastProjects', { max: PROFILE_LIMITS.pastProjectsMax })
              }
              error={errors.experience?.pastProjects}
              {...register('experience.pastProjects')}
            />
          </Section>

          <Section
            id="looking-for"
            title={t('profile.fields.lookingFor')}
            note={<p className="field-hint">{t('editor.hints.lookingFor')}</p>}
          >
            <ListField
              control={control}
              name="lookingFor.countries"
              label={t('editor.lookingFor.countries')}
              options={options.countries}
              max={PROFILE_LIMITS.lookingFor.countries}
              disabled={locked}
              error={err('lookingFor.countries')}
            />
            <ListField
              control={control}
              name="lookingFor.naceSections"
              label={t('editor.lookingFor.naceSections')}
              options={options.naceSections}
              showCodes
              max={PROFILE_LIMITS.lookingFor.naceSections}
              disabled={locked}
              error={err('lookingFor.naceSections')}
            />
            <ListField
              control={control}
              name="lookingFor.organisationTypes"
              label={t('editor.lookingFor.organisationTypes')}
              options={options.organisationTypes}
              max={PROFILE_LIMITS.lookingFor.organisationTypes}
              disabled={locked}
              error={err('lookingFor.organisationTypes')}
            />
            <TextAreaField
              label={t('editor.lookingFor.text')}
              rows={3}
              maxLength={PROFILE_LIMITS.lookingFor.text}
              hint={max(PROFILE_LIMITS.lookingFor.text)}
              error={errors.lookingFor?.text}
              {...register('lookingFor.text')}
            />
          </Section>
        </fieldset>

        <fieldset className="editor-fieldset" disabled={!canEdit}>
          <Section
            id="contact"
            title={t('profile.fields.contactPerson')}
            note={
              <p className="field-hint">
                {t('editor.hints.contactPerson')} {immediateHint}
              </p>
            }
          >
            <div className="editor-row">
              <TextField
                label={t('editor.contact.name')}
                autoComplete="name"
                maxLength={PROFILE_LIMITS.contactPerson.name}
                error={errors.contactPerson?.name}
                {...register('contactPerson.name')}
              />
              <TextField
                label={t('editor.contact.role')}
                autoComplete="organization-title"
                maxLength={PROFILE_LIMITS.contactPerson.role}
                error={errors.contactPerson?.role}
                {...register('contactPerson.role')}
              />
            </div>
            <div className="editor-row">
              <TextField
                label={t('editor.contact.email')}
                type="email"
                autoComplete="email"
                spellCheck={false}
                maxLength={PROFILE_LIMITS.contactPerson.email}
                error={errors.contactPerson?.email}
                {...register('contactPerson.email')}
              />
              <TextField
                label={t('editor.contact.phone')}
                type="tel"
                autoComplete="tel"
                maxLength={PROFILE_LIMITS.contactPerson.phone}
                error={errors.contactPerson?.phone}
                {...register('contactPerson.phone')}
              />
            </div>
          </Section>

          <Section id="presentation" title={t('editor.sections.presentation')}>
            <TextField
              label={t('profile.fields.logoUrl')}
              type="url"
              inputMode="url"
              spellCheck={false}
              maxLength={PROFILE_LIMITS.logoUrl}
              hint={[t('editor.hints.logoUrl'), immediateHint].filter(Boolean).join(' ')}
              error={errors.logoUrl}
              {...register('logoUrl')}
            />
            <div className="field field-check">
              <label className="checkbox">
                <input type="checkbox" aria-describedby="open-hint" {...register('openToPartnerships')} />
                {t('profile.fields.openToPartnerships')}
              </label>
              <p className="field-hint" id="open-hint">
                {t('editor.hints.open')} {immediateHint}
              </p>
            </div>
          </Section>
        </fieldset>

        {canEdit && (
          <div className={`editor-save${isDirty ? ' editor-save-dirty' : ''}`}>
            <FormAlert>{failure}</FormAlert>
            {saved && !isDirty && (
              <p className="notice notice-success" role="status">
                {saved}
              </p>
            )}
            <div className="actions">
              <button type="submit" className="button" disabled={isSubmitting}>
                {isSubmitting ? t('editor.save.saving') : t('common.save')}
              </button>
              {isDirty && (
                <button
                  type="button"
                  className="button button-secondary"
                  onClick={() => {
                    reset(toFormValues(base));
                    setFailure(undefined);
                  }}
                >
                  {t('editor.save.discard')}
                </button>
              )}
              {isDirty && <span className="muted">{t('editor.save.unsaved')}</span>}
            </div>
          </div>
        )}
      </form>

      {panel && (
        <SubmitPanel
          organisation={organisation}
          user={user}
          control={control}
          dirty={isDirty}
          onGoToField={goToField}
        />
      )}

      <ConfirmDialog
        isOpen={blocker.status === 'blocked'}
        title={t('editor.leave.title')}
        confirmLabel={t('editor.leave.confirm')}
        cancelLabel={t('editor.leave.stay')}
        danger
        onConfirm={() => blocker.proceed?.()}
        onCancel={() => blocker.reset?.()}
      >
        <p>{t('editor.leave.body')}</p>
      </ConfirmDialog>
    </div>
  );
}

/** The description's length against its limits, re-drawn alone as the description is typed. */
function DescriptionHint({ control }: { control: Control<ProfileFormValues> }) {
  const { t } = useTranslation();
  const description = useWatch({ control, name: 'description' });
  return t('editor.hints.description', {
    count: description.length,
    formatted: formatNumber(description.length),
    min: DESCRIPTION_MIN_FOR_SUBMISSION,
    max: formatNumber(PROFILE_LIMITS.description),
  });
}
