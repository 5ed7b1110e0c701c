import { zodResolver } from '@hookform/resolvers/zod';
import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useMemo, useState } from 'react';
import { useForm, useWatch, type Resolver, type UseFormRegister } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { api, ApiError, unwrap } from '../../../api/client';
import { DialogActions } from '../../../components/dialog-actions';
import { applyApiError, FormAlert, SelectField, TextAreaField, TextField } from '../../../components/form';
import { errorMessage } from '../../../components/states';
import { workplanKey, type Workplan } from '../use-workplan';
import { typedEuro } from './outline-bits';
import {
  bodyOf,
  differences,
  fieldsOf,
  formSchema,
  lastMonth,
  toFormValues,
  savedPart,
  type Draft,
  type EditedKind,
  type FieldSpec,
  type FormValues,
} from './part-forms';
import { describe, useChoices, type Choices } from './use-choices';
import type { RuleCheck } from './use-rule-check';

export interface EditTarget {
  kind: EditedKind;
  /** The part changed; none for a new one (and for the frame). */
  id?: string;
  /** Values a new part takes from where it is added (an activity's work package). */
  fixed?: Record<string, unknown>;
}

interface Conflict {
  version: number;
  current: Record<string, unknown>;
}

const PATHS = {
  work_package: 'work-packages',
  activity: 'activities',
  result: 'results',
  event: 'events',
} as const;

async function save(
  consortiumId: string,
  target: EditTarget,
  version: number | undefined,
  body: object,
): Promise<Workplan> {
  const path = { id: consortiumId };
  if (target.kind === 'frame') {
    return unwrap(
      await api.PATCH('/v1/consortia/{id}/workplan/frame', { params: { path }, body: { ...body, version: version! } }),
    );
  }
  const base = `/v1/consortia/{id}/workplan/${PATHS[target.kind]}` as const;
  if (!target.id) {
    const created = unwrap(await api.POST(base, { params: { path }, body: body as never }));
    return created.workplan;
  }
  return unwrap(
    await api.PATCH(`${base}/{partId}` as `/v1/consortia/{id}/workplan/activities/{partId}`, {
      params: { path: { ...path, partId: target.id } },
      body: { ...body, version: version! } as never,
    }),
  );
}

/**
 * One part's form, in place in the outline: it reports its draft (for the rule panel) as people
 * type, saves with the version it read, and on a conflict shows what someone else saved and lets
 * the user take theirs or put their own on top. The plan refreshing underneath leaves the typing
 * alone: the form keeps what it read until the user chooses.
 */
export function PartForm({
  plan,
  target,
  check,
  onDraft,
  onClose,
}: {
  plan: Workplan;
  target: EditTarget;
  check: RuleCheck;
  onDraft: (draft: Draft | null) => void;
  onClose: (savedId?: string) => void;
}) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const choices = useChoices(plan);
  const fields = useMemo(() => fieldsOf(target.kind, plan.canManage), [target.kind, plan.canManage]);
  const live = savedPart(plan, target);
  const isNew = target.kind !== 'frame' && !target.id;
  // What the form was opened on (or last reloaded into): the base of "what changed".
  const [read, setRead] = useState(() => ({
    values: isNew ? toFormValues(fields, target.fixed) : toFormValues(fields, live),
    version: live?.version,
  }));
  const [conflict, setConflict] = useState<Conflict>();
  const [failure, setFailure] = useState<string>();
  const [removed, setRemoved] = useState(false);
  const schema = useMemo(() => formSchema(fields, plan), [fields, plan]);
  const {
    register,
    handleSubmit,
    setError,
    reset,
    control,
    formState: { errors, isSubmitting },
  } = useForm<FormValues>({
    resolver: zodResolver(schema) as unknown as Resolver<FormValues>,
    defaultValues: read.values,
  });
  const values = useWatch({ control }) as FormValues;
  const gone = (!isNew && !live) || removed;

  const changes = useMemo(() => {
    const body = bodyOf(fields, values, isNew ? undefined : read.values);
    return isNew ? { ...target.fixed, ...body } : body;
  }, [fields, values, isNew, read.values, target.fixed]);
  const valid = schema.safeParse(values).success;
  // The check applies the draft to the plan as it is now (use-rule-check adds the current
  // version), so the panel follows other people's changes too; the save keeps the version read.
  // None while saving: a check racing the save would meet the version the save replaced.
  const draft = useMemo(
    () =>
      gone || !valid || isSubmitting || (!isNew && Object.keys(changes).length === 0)
        ? null
        : { kind: target.kind, id: target.id, values: changes },
    [gone, valid, isSubmitting, isNew, changes, target.kind, target.id],
  );
  // Told when the draft's content changes, not each time its object is rebuilt.
  const draftKey = JSON.stringify(draft);
  useEffect(() => onDraft(draftKey === 'null' ? null : (JSON.parse(draftKey) as Draft)), [draftKey, onDraft]);
  useEffect(() => () => onDraft(null), [onDraft]);

  const submit = handleSubmit(async (formValues) => {
    setFailure(undefined);
    const body = bodyOf(fields, formValues, isNew ? undefined : read.values);
    try {
      const next = await save(
        plan.consortiumId,
        target,
        conflict?.version ?? read.version,
        isNew ? { ...target.fixed, ...body } : body,
      );
      queryClient.setQueryData(workplanKey(plan.consortiumId), next);
      onClose(target.id);
    } catch (error) {
      if (error instanceof ApiError && error.code === 'VERSION_CONFLICT') {
        const details = error.details as { version: number; current: Record<string, unknown> };
        setConflict({ version: details.version, current: details.current });
        return;
      }
      if (error instanceof ApiError && error.status === 404 && !isNew) {
        setRemoved(true);
        return;
      }
      setFailure(
        applyApiError(
          error,
          setError,
          fields.map((f) => f.name),
        ) ??
          (errorMessage(error, t) || undefined),
      );
    }
  });

  const title = t(`workplan.editor.formTitle.${target.kind}.${isNew ? 'new' : 'edit'}`);
  return (
    <form
      className="form workplan-form"
      noValidate
      aria-label={title}
      data-testid="workplan-form"
      onSubmit={(e) => void submit(e)}
    >
      <h4 className="workplan-form-title">{title}</h4>
      {gone && (
        <div className="notice notice-warning" role="alert" data-testid="workplan-removed">
          {t('workplan.editor.removed')}
        </div>
      )}
      {conflict && !gone && (
        <ConflictView
          fields={fields}
          values={values}
          conflict={conflict}
          choices={choices}
          plan={plan}
          onTheirs={() => {
            const theirs = toFormValues(fields, conflict.current);
            setRead({ values: theirs, version: conflict.version });
            reset(theirs);
            setConflict(undefined);
          }}
          onMine={() => void submit()}
        />
      )}
      <FormAlert>{failure}</FormAlert>
      <div className="workplan-form-fields">
        {fields.map((f, i) => (
          <Field
            key={f.name}
            field={f}
            register={register}
            error={errors[f.name]?.message as string | undefined}
            errorType={errors[f.name]?.type as string | undefined}
            choices={choices}
            value={values[f.name]}
            lastMonth={lastMonth(plan)}
            autoFocus={i === 0}
          />
        ))}
      </div>
      <p className="workplan-form-check" role="status" data-testid="workplan-form-check">
        {draft && check.state !== 'saved'
          ? t(`workplan.editor.check.${check.state}`, { errors: check.report.errors, warnings: check.report.warnings })
          : ''}
      </p>
      {!gone && (
        <DialogActions
          label={conflict ? t('workplan.editor.saveMine') : t('common.save')}
          busyLabel={t('common.saving')}
          busy={isSubmitting}
          onCancel={() => onClose()}
        />
      )}
      {gone && (
        <div className="actions">
          <button type="button" className="button button-secondary" onClick={() => onClose()}>
            {t('common.close')}
          </button>
        </div>
      )}
    </form>
  );
}

function Field({
  field: f,
  register,
  error,
  errorType,
  choices,
  value,
  lastMonth: last,
  autoFocus,
}: {
  field: FieldSpec;
  register: UseFormRegister<FormValues>;
  error?: string;
  errorType?: string;
  choices: Choices;
  value: string | string[] | undefined;
  lastMonth: number;
  autoFocus: boolean;
}) {
  const { t } = useTranslation();
  const label = t(`workplan.editor.fields.${f.name}`);
  const fieldError = error ? { type: errorType ?? 'validate', message: error } : undefined;
  const common = { label, required: f.required, error: fieldError, autoFocus, ...register(f.name) };
  switch (f.kind) {
    case 'textarea':
      return <TextAreaField rows={3} {...common} />;
    case 'euro':
      return (
        <TextField
          inputMode="numeric"
          hint={typedEuro(typeof value === 'string' ? value : '') ?? t('workplan.editor.hints.euro')}
          {...common}
        />
      );
    case 'month':
      return <TextField inputMode="numeric" hint={t('workplan.editor.hints.month', { last })} {...common} />;
    case 'count':
    case 'duration':
      return <TextField inputMode="numeric" {...common} />;
    case 'date':
      return <TextField type="date" {...common} />;
    case 'lead':
    case 'choice':
      return (
        <SelectField
          options={choices(f.kind === 'lead' ? 'partners' : f.options!)}
          placeholder={f.required ? t('workplan.editor.choose') : t('workplan.editor.none')}
          {...common}
        />
      );
    case 'members':
    case 'choices':
      return (
        <fieldset className={`field workplan-choices${error ? ' field-invalid' : ''}`}>
          <legend>{label}</legend>
          <div className="workplan-choices-list">
            {choices(f.kind === 'members' ? 'partners' : f.options!).map((o) => (
              <label key={o.value} className="checkbox">
                <input type="checkbox" value={o.value} {...register(f.name)} />
                <span>{o.label}</span>
              </label>
            ))}
          </div>
          {error && <p className="field-error">{errorType === 'server' ? error : t(error)}</p>}
        </fieldset>
      );
    default:
      return <TextField {...common} />;
  }
}

/** What someone else saved while this form was open, beside what the user typed. */
function ConflictView({
  fields,
  values,
  conflict,
  choices,
  plan,
  onTheirs,
  onMine,
}: {
  fields: FieldSpec[];
  values: FormValues;
  conflict: Conflict;
  choices: Choices;
  plan: Workplan;
  onTheirs: () => void;
  onMine: () => void;
}) {
  const { t } = useTranslation();
  const differing = new Set(differences(fields, values, conflict.current));
  const shown = (f: FieldSpec, v: string | string[] | undefined) => describe(f, v, choices, plan);
  const theirs = toFormValues(fields, conflict.current);
  return (
    <div className="notice notice-warning workplan-conflict" role="alert" data-testid="workplan-conflict">
      <p>
        <strong>{t('workplan.editor.conflict.title')}</strong> {t('workplan.editor.conflict.body')}
      </p>
      {differing.size > 0 && (
        <div className="table-wrap">
          <table>
            <caption className="visually-hidden">{t('workplan.editor.conflict.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('workplan.editor.conflict.field')}</th>
                <th scope="col">{t('workplan.editor.conflict.theirs')}</th>
                <th scope="col">{t('workplan.editor.conflict.yours')}</th>
              </tr>
            </thead>
            <tbody>
              {fields
                .filter((f) => differing.has(f.name))
                .map((f) => (
                  <tr key={f.name}>
                    <th scope="row">{t(`workplan.editor.fields.${f.name}`)}</th>
                    <td data-testid={`conflict-theirs-${f.name}`}>{shown(f, theirs[f.name])}</td>
                    <td>{shown(f, values[f.name])}</td>
                  </tr>
                ))}
            </tbody>
          </table>
        </div>
      )}
      <div className="actions">
        <button type="button" className="button button-secondary" onClick={onTheirs}>
          {t('workplan.editor.conflict.loadTheirs')}
        </button>
        <button type="button" className="button" onClick={onMine}>
          {t('workplan.editor.conflict.applyMine')}
        </button>
      </div>
    </div>
  );
}
