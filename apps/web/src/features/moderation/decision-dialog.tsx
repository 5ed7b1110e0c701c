import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/client';
import { DialogActions } from '../../components/dialog-actions';
import { FormAlert, TextAreaField } from '../../components/form';
import { errorMessage } from '../../components/states';
import { formatNumber } from '../../i18n/format';
import { ModalDialog } from '../organisations/modal-dialog';
import { noteSchema, REASON_MAX, reasonSchema, type DecisionValues } from './reason';
import { DECISION_INPUT, type Decision } from './use-moderation';

// One decision, confirmed in the platform's modal dialog (focus inside, Escape cancels, focus
// returns), asking for the reason or the note the decision takes.

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

function DecisionForm({
  decision,
  name,
  onConfirm,
  onCancel,
  onBusy,
}: {
  decision: Decision;
  name: string;
  onConfirm: (text: string) => Promise<void>;
  onCancel: () => void;
  onBusy: (busy: boolean) => void;
}) {
  const { t } = useTranslation();
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

  const submit = handleSubmit(async ({ text }) => {
    setFailure(undefined);
    onBusy(true);
    try {
      await onConfirm(input === 'none' ? '' : text);
    } catch (error) {
      const field =
        error instanceof ApiError ? error.fields.find((f) => f.field === 'reason' || f.field === 'note') : undefined;
      if (field) setError('text', { type: 'server', message: field.message });
      else setFailure(refusalMessage(error, t));
    } finally {
      onBusy(false);
    }
  });

  return (
    <form onSubmit={(e) => void submit(e)} noValidate className="form decision-form">
      <p>{t(`moderation.decisions.${decision}.body`, { name })}</p>
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
      <DialogActions
        label={t(`moderation.decisions.${decision}.confirm`)}
        busyLabel={t('moderation.dialog.working')}
        busy={isSubmitting}
        danger={destructive}
        autoFocus={input === 'none'}
        onCancel={onCancel}
      />
    </form>
  );
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
  const [busy, setBusy] = useState(false);
  return (
    <ModalDialog isOpen title={t(`moderation.decisions.${decision}.title`, { name })} busy={busy} onClose={onClose}>
      <DecisionForm decision={decision} name={name} onConfirm={onConfirm} onCancel={onClose} onBusy={setBusy} />
    </ModalDialog>
  );
}
