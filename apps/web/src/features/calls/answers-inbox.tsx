import { Link } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormAlert } from '../../components/form';
import { EmptyState, errorMessage, ErrorState, Loading } from '../../components/states';
import { formatDateTime } from '../../i18n/format';
import { MessageOrganisationButton } from '../channels/open-direct';
import { useLabels } from '../taxonomies/use-taxonomies';
import { AnswerStatusBadge, MetaItems, PhoneNumber } from './call-bits';
import { canInvite, decisionsFor, type AnswerStatus } from './call-rules';
import { useCallAnswers, useDecideAnswer, useInviteAnswer, type Answer, type Call } from './use-calls';

// The answers to a call, for the calling organisation: who answered, in what role, what they
// offer, the contact as the API returns it; shortlist, decline, invite into the call's consortium.

const FILTERS: (AnswerStatus | undefined)[] = [undefined, 'pending', 'shortlisted', 'declined', 'withdrawn'];

export function AnswersInbox({ call }: { call: Call }) {
  const { t } = useTranslation();
  const [status, setStatus] = useState<AnswerStatus>();
  const answers = useCallAnswers(call.id, status, true);
  const counts = call.answerCounts;
  const count = (s: AnswerStatus | undefined) =>
    counts ? (s ? counts[s] : counts.pending + counts.shortlisted + counts.declined + counts.withdrawn) : undefined;
  return (
    <section className="call-panel" aria-labelledby="answers-title">
      <h2 id="answers-title">{t('calls.inbox.title')}</h2>
      <ul className="call-tabs" aria-label={t('calls.inbox.filter')}>
        {FILTERS.map((s) => (
          <li key={s ?? 'all'}>
            <button
              type="button"
              className="link-button"
              aria-current={status === s ? 'true' : undefined}
              onClick={() => setStatus(s)}
            >
              {s ? t(`calls.answerStatus.${s}`) : t('calls.inbox.all')}
              {count(s) !== undefined ? ` (${count(s)})` : ''}
            </button>
          </li>
        ))}
      </ul>
      {answers.isPending ? (
        <Loading />
      ) : answers.isError ? (
        <ErrorState error={answers.error} onRetry={() => void answers.refetch()} />
      ) : answers.data.items.length === 0 ? (
        <EmptyState title={status ? t('calls.inbox.emptyFiltered') : t('calls.inbox.empty')}>
          {!status && <p>{t('calls.inbox.emptyBody')}</p>}
        </EmptyState>
      ) : (
        <ul className="answer-list">
          {answers.data.items.map((a) => (
            <AnswerCard key={a.id} answer={a} call={call} />
          ))}
        </ul>
      )}
    </section>
  );
}

function AnswerCard({ answer, call }: { answer: Answer; call: Call }) {
  const { t } = useTranslation();
  const label = useLabels();
  const decide = useDecideAnswer(call.id);
  const invite = useInviteAnswer(call.id);
  const org = answer.organisation;
  const failure = decide.isError ? decide.error : invite.isError ? invite.error : undefined;
  return (
    <li className="answer-card">
      <h3 className="user-text">
        <Link to="/organisations/$id" params={{ id: org.id }}>
          {org.name ?? t('calls.inbox.unnamed')}
        </Link>
      </h3>
      <p className="call-meta">
        <AnswerStatusBadge status={answer.status} />
        <MetaItems
          items={[
            t(`calls.roles.${answer.role}`),
            org.country && label('countries', org.country),
            org.type && label('organisationTypes', org.type),
            <span className="muted">{formatDateTime(answer.createdAt)}</span>,
          ]}
        />
      </p>
      <h4>{t('calls.fields.offer')}</h4>
      <p className="call-summary user-text">{answer.offer}</p>
      {answer.contact && (
        <div className="call-contact">
          <p>
            <strong>{t('calls.fields.contact')}:</strong> <span className="user-text">{answer.contact.name}</span>
          </p>
          <p>
            <a href={`mailto:${answer.contact.email}`}>{answer.contact.email}</a>
            {answer.contact.phone && (
              <>
                {' · '}
                <PhoneNumber phone={answer.contact.phone} />
              </>
            )}
          </p>
        </div>
      )}
      {answer.invitationId && <p className="notice notice-success">{t('calls.inbox.invited')}</p>}
      <FormAlert>{failure ? errorMessage(failure, t) : undefined}</FormAlert>
      <div className="actions">
        {call.canManage &&
          decisionsFor(answer.status).map((s) => (
            <button
              key={s}
              type="button"
              className={s === 'shortlisted' ? 'button' : 'button button-secondary'}
              disabled={decide.isPending}
              onClick={() => decide.mutate({ answerId: answer.id, status: s })}
            >
              {t(`calls.inbox.${s === 'shortlisted' ? 'shortlist' : 'decline'}`)}
            </button>
          ))}
        {call.canManage && canInvite(answer, call.consortiumId ?? null) && (
          <button type="button" className="button" disabled={invite.isPending} onClick={() => invite.mutate(answer.id)}>
            {invite.isPending ? t('calls.inbox.inviting') : t('calls.inbox.invite')}
          </button>
        )}
        {answer.status !== 'withdrawn' && (
          <MessageOrganisationButton withOrganisationId={org.id} fromOrganisationId={call.organisation.id} />
        )}
      </div>
      {call.canManage && answer.status === 'shortlisted' && !answer.invitationId && !call.consortiumId && (
        <p className="field-hint">{t('calls.inbox.inviteNeedsConsortium')}</p>
      )}
    </li>
  );
}
