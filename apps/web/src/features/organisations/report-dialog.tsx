import { zodResolver } from '@hookform/resolvers/zod';
import { useEffect, useId, useRef, useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod/mini';
import { ApiError, api, unwrap } from '../../api/client';
import { DialogActions } from '../../components/dialog-actions';
import { FormAlert, TextAreaField, applyApiError } from '../../components/form';
import { errorMessage } from '../../components/states';
import { useTaxonomies } from '../taxonomies/use-taxonomies';
import { ModalDialog } from './modal-dialog';
import './public-profile.css';

/** ReportDto.text's limit in openapi.json (a unit test checks they agree). */
export const REPORT_TEXT_MAX = 2000;

export const reportSchema = z.object({
  category: z.string().check(z.minLength(1, 'report.categoryRequired')),
  text: z
    .string()
    .check(z.trim(), z.minLength(1, 'validation.required'), z.maxLength(REPORT_TEXT_MAX, 'validation.tooLong')),
});
type ReportValues = z.infer<typeof reportSchema>;
type Category = NonNullable<ReturnType<typeof useTaxonomies>['data']>['reportCategories'][number]['code'];

function ReportForm({
  organisationId,
  onDone,
  onCancel,
}: {
  organisationId: string;
  onDone: () => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const taxonomies = useTaxonomies();
  const groupId = useId();
  const [failure, setFailure] = useState<string>();
  const {
    register,
    handleSubmit,
    setError,
    formState: { errors, isSubmitting },
  } = useForm<ReportValues>({
    mode: 'onTouched',
    resolver: zodResolver(reportSchema),
    defaultValues: { category: '', text: '' },
  });

  const submit = handleSubmit(async (values) => {
    setFailure(undefined);
    try {
      unwrap(
        await api.POST('/v1/organisations/{id}/reports', {
          params: { path: { id: organisationId } },
          body: { category: values.category as Category, text: values.text },
        }),
      );
      onDone();
    } catch (error) {
      const rest = applyApiError(error, setError, ['category', 'text']);
      if (rest !== undefined || !(error instanceof ApiError)) setFailure(errorMessage(error, t));
    }
  });

  const categoryError = errors.category
    ? errors.category.type === 'server'
      ? errors.category.message
      : t(errors.category.message ?? 'validation.required')
    : undefined;
  const categories = taxonomies.data?.reportCategories ?? [];

  return (
    <form className="form report-form" noValidate onSubmit={(e) => void submit(e)}>
      <FormAlert>{failure}</FormAlert>
      <fieldset
        className={`field report-categories${categoryError ? ' field-invalid' : ''}`}
        aria-describedby={categoryError ? `${groupId}-error` : undefined}
        aria-invalid={categoryError ? true : undefined}
      >
        <legend>
          {t('report.category')}
          <span className="required"> ({t('common.required')})</span>
        </legend>
        {taxonomies.isPending && <p className="field-hint">{t('common.loading')}</p>}
        {categories.map((c) => (
          <label key={c.code} className="choice">
            <input type="radio" value={c.code} {...register('category')} />
            {c.label}
          </label>
        ))}
        {categoryError && (
          <p id={`${groupId}-error`} className="field-error">
            {categoryError}
          </p>
        )}
      </fieldset>
      <TextAreaField
        label={t('report.text')}
        hint={t('report.textHint', { max: REPORT_TEXT_MAX })}
        required
        rows={5}
        maxLength={REPORT_TEXT_MAX}
        error={errors.text}
        {...register('text')}
      />
      <DialogActions
        label={t('report.submit')}
        busyLabel={t('report.submitting')}
        busy={isSubmitting}
        onCancel={onCancel}
      />
    </form>
  );
}

/** "Report this profile": a dialog with the category and what is wrong; thanks once sent. */
export function ReportAction({
  organisationId,
  organisationName,
}: {
  organisationId: string;
  organisationName: string;
}) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const [sent, setSent] = useState(false);
  const thanks = useRef<HTMLParagraphElement>(null);
  // The button that opened the dialog is gone once the report is sent: focus the thanks instead.
  useEffect(() => {
    if (sent) thanks.current?.focus();
  }, [sent]);
  if (sent) {
    return (
      <p ref={thanks} tabIndex={-1} className="notice notice-success report-sent" role="status">
        {t('report.sent')}
      </p>
    );
  }
  return (
    <>
      <button type="button" className="button button-secondary" onClick={() => setOpen(true)}>
        {t('report.open')}
      </button>
      <ModalDialog isOpen={open} title={t('report.title', { name: organisationName })} onClose={() => setOpen(false)}>
        <p>{t('report.intro')}</p>
        <ReportForm
          organisationId={organisationId}
          onDone={() => {
            setOpen(false);
            setSent(true);
          }}
          onCancel={() => setOpen(false)}
        />
      </ModalDialog>
    </>
  );
}
