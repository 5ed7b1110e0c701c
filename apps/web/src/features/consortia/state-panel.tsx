import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../api/client';
import { ModalDialog } from '../organisations/modal-dialog';
import { NEXT_STATES, rulesBlocking, type Consortium, type ConsortiumStatus } from './consortium-rules';
import { RefusalAlert, RuleList, useConsortiumAction } from './use-consortium-action';

/** The state, and the steps the coordinator may take from it (the API checks the rules). */
export function StatePanel({ consortium }: { consortium: Consortium }) {
  const { t } = useTranslation();
  const refId = useId();
  const [asking, setAsking] = useState(false);
  const [reference, setReference] = useState('');
  const [done, setDone] = useState<ConsortiumStatus>();
  const id = consortium.id;
  const change = useConsortiumAction(async (vars: { to: ConsortiumStatus; applicationReference?: string }) =>
    unwrap(await api.POST('/v1/consortia/{id}/transitions', { params: { path: { id } }, body: vars })),
  );
  const go = (to: ConsortiumStatus, applicationReference?: string) => {
    setDone(undefined);
    change.mutate(
      { to, ...(applicationReference ? { applicationReference } : {}) },
      {
        onSuccess: () => {
          setDone(to);
          setAsking(false);
        },
      },
    );
  };
  const next = NEXT_STATES[consortium.status];
  // A step the rules forbid is not offered as if it could work: the button waits, and says why.
  const blocked = next.map((to) => ({ to, rules: rulesBlocking(to, consortium) })).find((b) => b.rules.length > 0);
  const blockedId = `${refId}-blocked`;
  return (
    <section className="consortium-panel" aria-labelledby="state-heading">
      <h2 id="state-heading">{t('consortia.state.title')}</h2>
      <p>
        {t('consortia.state.current')}{' '}
        <span className={`badge status-${consortium.status}`} data-testid="consortium-status">
          {t(`consortia.status.${consortium.status}`)}
        </span>
        {consortium.applicationReference && (
          <> · {t('consortia.state.reference', { reference: consortium.applicationReference })}</>
        )}
      </p>
      {!asking && <RefusalAlert refusal={change.refusal} />}
      {done && (
        <p className="notice notice-success" role="status">
          {t('consortia.state.changed', { status: t(`consortia.status.${done}`) })}
        </p>
      )}
      {consortium.canManage && next.length > 0 && (
        <div className="actions state-actions">
          {next.map((to) => (
            <button
              key={to}
              type="button"
              className={`button ${to === 'closed' || to === 'forming' ? 'button-secondary' : ''}`}
              disabled={change.isPending || rulesBlocking(to, consortium).length > 0}
              aria-describedby={blocked?.to === to ? blockedId : undefined}
              onClick={() => (to === 'submitted' ? setAsking(true) : go(to))}
            >
              {t(`consortia.state.to.${to}`)}
            </button>
          ))}
        </div>
      )}
      {consortium.canManage && blocked && (
        <div id={blockedId} className="notice notice-warning state-blocked" data-testid="state-blocked">
          <p>{t('consortia.state.blocked', { step: t(`consortia.state.to.${blocked.to}`) })}</p>
          <RuleList rules={blocked.rules} />
        </div>
      )}
      {!consortium.canManage && <p className="muted">{t('consortia.state.coordinatorOnly')}</p>}
      <ModalDialog
        isOpen={asking}
        title={t('consortia.state.submitTitle')}
        busy={change.isPending}
        onClose={() => setAsking(false)}
      >
        <form
          className="form"
          noValidate
          onSubmit={(e) => {
            e.preventDefault();
            go('submitted', reference.trim() || undefined);
          }}
        >
          <RefusalAlert refusal={change.refusal} />
          <div className="field">
            <label htmlFor={refId}>{t('consortia.state.referenceLabel')}</label>
            <p id={`${refId}-hint`} className="field-hint">
              {t('consortia.state.referenceHint')}
            </p>
            <input
              id={refId}
              aria-describedby={`${refId}-hint`}
              value={reference}
              maxLength={100}
              onChange={(e) => setReference(e.target.value)}
            />
          </div>
          <div className="actions">
            <button type="submit" className="button" disabled={change.isPending}>
              {t('consortia.state.to.submitted')}
            </button>
            <button type="button" className="button button-secondary" onClick={() => setAsking(false)}>
              {t('common.cancel')}
            </button>
          </div>
        </form>
      </ModalDialog>
    </section>
  );
}
