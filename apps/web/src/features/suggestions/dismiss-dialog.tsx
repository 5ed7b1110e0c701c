import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { DialogActions } from '../../components/dialog-actions';
import { FormAlert, TextAreaField } from '../../components/form';
import { errorMessage } from '../../components/states';
import { ModalDialog } from '../organisations/modal-dialog';

/** The reasons offered; the API keeps the words (up to 500 characters) for the acceptance figures. */
export const DISMISS_REASONS = ['notRelevant', 'alreadyInContact', 'countryDoesNotFit', 'notOpen', 'other'] as const;
export type DismissReason = (typeof DISMISS_REASONS)[number];

/** What is sent as `reason`: the chosen reason's words, then the note if any. */
export function dismissReasonText(label: string, note: string): string {
  const extra = note.trim();
  return (extra ? `${label}: ${extra}` : label).slice(0, 500);
}

export function DismissDialog({
  isOpen,
  name,
  busy,
  error,
  onDismiss,
  onCancel,
}: {
  isOpen: boolean;
  name: string;
  busy: boolean;
  error: unknown;
  onDismiss: (reason: string) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const [reason, setReason] = useState<DismissReason>('notRelevant');
  const [note, setNote] = useState('');
  const group = useId();
  const submit = (e: FormEvent) => {
    e.preventDefault();
    onDismiss(dismissReasonText(t(`suggestions.dismiss.reasons.${reason}`), note));
  };
  return (
    <ModalDialog isOpen={isOpen} title={t('suggestions.dismiss.title', { name })} busy={busy} onClose={onCancel}>
      <form onSubmit={submit} className="form" noValidate>
        <p className="dialog-body">{t('suggestions.dismiss.intro')}</p>
        <fieldset className="reason-options">
          <legend>{t('suggestions.dismiss.reason')}</legend>
          {DISMISS_REASONS.map((r) => (
            <label key={r} className="radio">
              <input type="radio" name={group} value={r} checked={reason === r} onChange={() => setReason(r)} />
              {t(`suggestions.dismiss.reasons.${r}`)}
            </label>
          ))}
        </fieldset>
        <TextAreaField
          label={t('suggestions.dismiss.note')}
          hint={t('suggestions.dismiss.noteHint')}
          value={note}
          maxLength={400}
          rows={3}
          onChange={(e) => setNote(e.target.value)}
        />
        <FormAlert>{error ? errorMessage(error, t) : undefined}</FormAlert>
        <DialogActions
          label={t('suggestions.dismiss.confirm')}
          busyLabel={t('common.saving')}
          busy={busy}
          danger
          onCancel={onCancel}
        />
      </form>
    </ModalDialog>
  );
}
