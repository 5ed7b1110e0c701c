import { Link, useNavigate } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormAlert } from '../../components/form';
import { errorMessage } from '../../components/states';
import { ConfirmDialog } from '../organisations/confirm-dialog';
import '../organisations/modal-dialog.css';
import { transitionsFrom, type ClosedReason } from './call-rules';
import { useCallStatus, useCreateConsortium, type Call } from './use-calls';

// The caller's actions on a call: open a draft, pause, reopen, close (saying why), and the
// consortium formed from it.

export function CallStatusActions({ call }: { call: Call }) {
  const { t } = useTranslation();
  const status = useCallStatus(call.id);
  const [closing, setClosing] = useState<ClosedReason>();
  const allowed = transitionsFrom(call.status);
  if (allowed.length === 0) return null;
  const run = (v: { status: 'open' | 'paused' | 'closed'; reason?: ClosedReason }) =>
    status.mutate(v, { onSettled: () => setClosing(undefined) });
  return (
    <div className="call-status-actions">
      <FormAlert>{status.isError ? errorMessage(status.error, t) : undefined}</FormAlert>
      <div className="actions">
        {allowed.includes('open') && (
          <button type="button" className="button" disabled={status.isPending} onClick={() => run({ status: 'open' })}>
            {call.status === 'draft' ? t('calls.manage.open') : t('calls.manage.reopen')}
          </button>
        )}
        {allowed.includes('paused') && (
          <button
            type="button"
            className="button button-secondary"
            disabled={status.isPending}
            onClick={() => run({ status: 'paused' })}
          >
            {t('calls.manage.pause')}
          </button>
        )}
        {allowed.includes('closed') && (
          <>
            <button
              type="button"
              className="button button-secondary"
              disabled={status.isPending}
              onClick={() => setClosing('found_partners')}
            >
              {t('calls.manage.closeFound')}
            </button>
            <button
              type="button"
              className="button button-danger"
              disabled={status.isPending}
              onClick={() => setClosing('withdrawn')}
            >
              {t('calls.manage.closeWithdrawn')}
            </button>
          </>
        )}
      </div>
      <ConfirmDialog
        isOpen={Boolean(closing)}
        title={t('calls.manage.closeTitle')}
        confirmLabel={closing ? t(`calls.manage.confirm.${closing}`) : ''}
        danger={closing === 'withdrawn'}
        busy={status.isPending}
        onConfirm={() => closing && run({ status: 'closed', reason: closing })}
        onCancel={() => setClosing(undefined)}
      >
        <p>{t('calls.manage.closeBody')}</p>
      </ConfirmDialog>
    </div>
  );
}

export function CallConsortium({ call }: { call: Call }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const create = useCreateConsortium(call.id);
  if (call.consortiumId) {
    return (
      <p>
        <Link to="/consortia/$id" params={{ id: call.consortiumId }} className="button button-secondary">
          {t('calls.manage.openConsortium')}
        </Link>
      </p>
    );
  }
  return (
    <div>
      <FormAlert>{create.isError ? errorMessage(create.error, t) : undefined}</FormAlert>
      <p className="field-hint">{t('calls.manage.consortiumHint')}</p>
      <button
        type="button"
        className="button"
        disabled={create.isPending}
        onClick={() =>
          create.mutate(undefined, {
            onSuccess: (c) => void navigate({ to: '/consortia/$id', params: { id: c.id } }),
          })
        }
      >
        {create.isPending ? t('calls.manage.creating') : t('calls.manage.createConsortium')}
      </button>
    </div>
  );
}
