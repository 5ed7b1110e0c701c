import type { ReactNode } from 'react';
import { Dialog, Heading, Modal, ModalOverlay } from 'react-aria-components';
import { DialogActions } from '../../components/dialog-actions';
import './modal-dialog.css';

/**
 * A modal dialog (React Aria): focus moves into it, stays there, and returns to the control
 * that opened it; Escape or a click outside closes it unless `busy`.
 */
export function ModalDialog({
  isOpen,
  title,
  children,
  busy,
  role = 'dialog',
  onClose,
}: {
  isOpen: boolean;
  title: string;
  children: ReactNode;
  busy?: boolean;
  role?: 'dialog' | 'alertdialog';
  onClose: () => void;
}) {
  return (
    <ModalOverlay
      className="dialog-overlay"
      isOpen={isOpen}
      isDismissable={!busy}
      isKeyboardDismissDisabled={busy}
      onOpenChange={(open) => {
        if (!open) onClose();
      }}
    >
      <Modal className="dialog-modal">
        <Dialog className="dialog" role={role}>
          <Heading slot="title" className="dialog-title">
            {title}
          </Heading>
          {children}
        </Dialog>
      </Modal>
    </ModalOverlay>
  );
}

/** A question before an action that cannot be undone from here (removing a member, leaving). */
export function ConfirmDialog({
  isOpen,
  title,
  children,
  confirmLabel,
  busy,
  onConfirm,
  onCancel,
}: {
  isOpen: boolean;
  title: string;
  children: ReactNode;
  confirmLabel: string;
  busy?: boolean;
  onConfirm: () => void;
  onCancel: () => void;
}) {
  return (
    <ModalDialog isOpen={isOpen} title={title} busy={busy} role="alertdialog" onClose={onCancel}>
      <div className="dialog-body">{children}</div>
      <DialogActions label={confirmLabel} danger busy={busy} onConfirm={onConfirm} onCancel={onCancel} />
    </ModalDialog>
  );
}
