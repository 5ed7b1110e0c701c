import { useTranslation } from 'react-i18next';

/**
 * A dialog's footer: its action, then Cancel, both disabled while `busy` (when the action shows
 * `busyLabel`). The action submits the dialog's form unless it has `onConfirm`.
 */
export function DialogActions({
  label,
  busyLabel,
  busy,
  danger,
  autoFocus,
  onConfirm,
  onCancel,
}: {
  label: string;
  busyLabel?: string;
  busy?: boolean;
  /** The action cannot be undone (deleting, dismissing, rejecting). */
  danger?: boolean;
  autoFocus?: boolean;
  onConfirm?: () => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  return (
    <div className="actions">
      <button
        type={onConfirm ? 'button' : 'submit'}
        className={danger ? 'button button-danger' : 'button'}
        disabled={busy}
        autoFocus={autoFocus}
        onClick={onConfirm}
      >
        {busy && busyLabel ? busyLabel : label}
      </button>
      <button type="button" className="button button-secondary" disabled={busy} onClick={onCancel}>
        {t('common.cancel')}
      </button>
    </div>
  );
}
