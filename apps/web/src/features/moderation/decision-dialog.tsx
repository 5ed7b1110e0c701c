import { zodResolver } from '@hookform/resolvers/zod';
import { useEffect, useId, useRef, useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/client';
import { FormAlert, TextAreaField } from '../../components/form';
import { errorMessage } from '../../components/states';
import { formatNumber } from '../../i18n/format';
import { noteSchema, REASON_MAX, reasonSchema, type DecisionValues } from './reason';
import { DECISION_INPUT, type Decision } from './use-moderation';

// One decision, confirmed: a modal dialog (the browser's own <dialog>: focus stays inside,
// Escape cancels, focus returns) that asks for the reason or the note the decision takes.

type T = (key: string, options?: Record<string, unknown>) => string;

/** What a refusal means for the person deciding, in their words. */
export function refusalMessage(error: unknown, t: T): string {
  if (error instanceof ApiError) {
    if (error.code === 'INVALID_STATE') return t('moderation.errors.invalidState');
    if (error.code === 'NOT_FOUND') return t('moderation.errors.notFound');
    if (error.code === 'OID_TAKEN') return t('moderation.errors.oidTaken');
    if (error.code === 'FORBIDDEN') return t('moderation.errors.forbidden');
  }
  return errorMessage(error, t);
}

export function DecisionDialog({
  decision,
  name,
  onConfirm,
  onClose,
}: {
  decision: Decision;
  name: string;
  /** Resolves when the decision is taken; throws the API's refusal. */
  onConfirm: (text: string) => Promise<void>;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const bodyId = useId();
  const { input, destructive } = DECISION_INPUT[decision];
  const [failure, setFailure] = useState<string>();
  const {
    register,
    handleSubmit,
    setError,
    formState: { errors, isSubmitting },
  } = useForm<DecisionValues>({
    mode: 'onTouched',
    defaultValues: { text: '' },
    resolver: zodResolver(input === 'reason' ? reasonSchema : noteSchema),
  });

  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
    return () => dialog?.close();
  }, []);

  const submit = handleSubmit(async ({ text }) => {
    setFailure(undefined);
    try {
      await onConfirm(input === 'none' ? '' : text);
    } catch (error) {
      const field =
        error instanceof ApiError ? error.fields.find((f) => f.field === 'reason' || f.field === 'note') : undefined;
      if (field) setError('text', { type: 'server', message: field.message });
      else setFailure(refusalMessage(error, t));
    }
  });

  return (
    <dialog ref={ref} className="decision-dialog" aria-labelledby={titleId} aria-describedby={bodyId} onClose={onClose}>
      <form onSubmit={(e) => void submit(e)} noValidate className="form">
        <h2 id={titleId}>{t(`moderation.decisions.${decision}.title`, { name })}</h2>
        <p id={bodyId}>{t(`moderation.decisions.${decision}.body`, { name })}</p>
        <FormAlert>{failure}</FormAlert>
        {input !== 'none' && (
          <TextAreaField
            label={input === 'reason' ? t('moderation.dialog.reason') : t('moderation.dialog.note')}
            hint={
              input === 'reason'
                ? t('moderation.dialog.reasonHint', { max: formatNumber(REASON_MAX) })
                : t('moderation.dialog.noteHint', { max: formatNumber(REASON_MAX) })
            }
            required={input === 'reason'}
            rows={4}
            maxLength={REASON_MAX}
            autoFocus
            error={errors.text}
            {...register('text')}
          />
        )}
        <div className="actions">
          <button
            type="submit"
            className={`button${destructive ? ' button-danger' : ''}`}
            disabled={isSubmitting}
            autoFocus={input === 'none'}
          >
            {isSubmitting ? t('moderation.dialog.working') : t(`moderation.decisions.${decision}.confirm`)}
          </button>
          <button type="button" className="button button-secondary" onClick={() => ref.current?.close()}>
            {t('common.cancel')}
          </button>
        </div>
      </form>
    </dialog>
  );
}
