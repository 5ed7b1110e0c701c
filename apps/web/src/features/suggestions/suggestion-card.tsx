import { Link, useNavigate } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormAlert } from '../../components/form';
import { errorMessage } from '../../components/states';
import { formatNumber } from '../../i18n/format';
import { InviteToConsortiumButton } from '../consortia/invite-button';
import { labelLookup, useTaxonomies } from '../taxonomies/use-taxonomies';
import { DismissDialog } from './dismiss-dialog';
import { useSuggestionActions, type Suggestion } from './suggestion-queries';
import type { Subject } from './subjects';

/** One suggestion: who or what, the score with its reasons, and what I can do about it. */
export function SuggestionCard({
  suggestion: s,
  subject,
  onDismissed,
}: {
  suggestion: Suggestion;
  subject: Subject;
  onDismissed: (name: string) => void;
}) {
  const { t } = useTranslation();
  const label = labelLookup(useTaxonomies().data);
  const navigate = useNavigate();
  const { save, dismiss, act } = useSuggestionActions(subject);
  const [dismissing, setDismissing] = useState(false);
  const headingId = `suggestion-${s.id}`;
  const isCall = s.target.kind === 'call';
  const failure = save.error ?? act.error;

  const message = () =>
    act.mutate(
      { id: s.id, action: 'message' },
      { onSuccess: (r) => r.channel && void navigate({ to: '/channels/$id', params: { id: r.channel.id } }) },
    );

  return (
    <li className="suggestion" aria-labelledby={headingId}>
      <div className="suggestion-head">
        <h3 id={headingId} className="suggestion-name user-text">
          {isCall ? (
            <Link to="/calls/$id" params={{ id: s.target.id }}>
              {s.target.name}
            </Link>
          ) : (
            <Link to="/organisations/$id" params={{ id: s.target.id }}>
              {s.target.name}
            </Link>
          )}
        </h3>
        <p className="suggestion-meta">
          <span className="badge">{t(`suggestions.kind.${s.target.kind}`)}</span>
          {s.target.country && <span>{label('countries', s.target.country)}</span>}
          {s.status !== 'new' && <span className="badge badge-success">{t(`suggestions.status.${s.status}`)}</span>}
        </p>
      </div>
      <p className="suggestion-score">
        <strong>{t('suggestions.score', { score: formatNumber(s.score, { maximumFractionDigits: 1 }) })}</strong>
        <span className="muted"> · {t('suggestions.rank', { rank: formatNumber(s.rank) })}</span>
      </p>
      {s.reasons.length > 0 && (
        <>
          <p className="suggestion-why">{t('suggestions.why')}</p>
          <ul className="suggestion-reasons">
            {s.reasons.map((r) => (
              <li key={r}>{r}</li>
            ))}
          </ul>
        </>
      )}
      {subject.mayAct ? (
        <div
          className="actions suggestion-actions"
          role="group"
          aria-label={t('suggestions.actionsFor', { name: s.target.name })}
        >
          {isCall ? (
            <Link
              to="/calls/$id"
              params={{ id: s.target.id }}
              className="button button-small"
              onClick={() => act.mutate({ id: s.id, action: 'answer' })}
            >
              {t('suggestions.actions.answer')}
            </Link>
          ) : (
            <>
              <button type="button" className="button button-small" disabled={act.isPending} onClick={message}>
                {t('suggestions.actions.message')}
              </button>
              {subject.kind === 'consortium' ? (
                <button
                  type="button"
                  className="button button-secondary button-small"
                  disabled={act.isPending || act.data?.action === 'invite'}
                  onClick={() => act.mutate({ id: s.id, action: 'invite' })}
                >
                  {act.data?.action === 'invite' ? t('suggestions.actions.invited') : t('suggestions.actions.invite')}
                </button>
              ) : (
                <InviteToConsortiumButton organisationId={s.target.id} organisationName={s.target.name} />
              )}
            </>
          )}
          <button
            type="button"
            className="button button-secondary button-small"
            disabled={save.isPending || s.status !== 'new'}
            onClick={() => save.mutate(s.id)}
          >
            {s.status === 'saved' ? t('suggestions.actions.saved') : t('suggestions.actions.save')}
          </button>
          <button type="button" className="button button-secondary button-small" onClick={() => setDismissing(true)}>
            {t('suggestions.actions.dismiss')}
          </button>
        </div>
      ) : null}
      {failure && <FormAlert>{errorMessage(failure, t)}</FormAlert>}
      <DismissDialog
        isOpen={dismissing}
        name={s.target.name}
        busy={dismiss.isPending}
        error={dismiss.error}
        onCancel={() => {
          dismiss.reset();
          setDismissing(false);
        }}
        onDismiss={(reason) => {
          // The card leaves the list as soon as the API answers, so this outlives it.
          dismiss.mutateAsync({ id: s.id, reason }).then(
            () => onDismissed(s.target.name),
            () => undefined, // shown in the dialog
          );
        }}
      />
    </li>
  );
}
