import { zodResolver } from '@hookform/resolvers/zod';
import { useQueryClient } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useState } from 'react';
import { useForm, type Path } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../api/client';
import { FormAlert, SelectField, TextAreaField, TextField } from '../../components/form';
import { EmptyState, errorMessage, ErrorState, Loading } from '../../components/states';
import { formatDate, formatDateTime } from '../../i18n/format';
import { messageOf } from '../organisations/form-bits';
import { placeProblems } from './api-problems';
import {
  answerFormPathOf,
  answerFormSchema,
  ANSWER_LIMITS,
  toCreateAnswerBody,
  type AnswerFormValues,
} from './answer-form';
import { AnswerStatusBadge, MetaItems } from './call-bits';
import { takesAnswers } from './call-rules';
import { useRoleOptions } from './role-options';
import { todayUtc } from './call-form';
import { actingOrganisations, callsKey, useMyAnswers, useWithdrawAnswer, type Answer, type Call } from './use-calls';

// Answering a call for one of my organisations, and what my organisations already answered.

export function AnswerCall({ call, userName, userEmail }: { call: Call; userName: string; userEmail: string }) {
  const { t } = useTranslation();
  const mine = useMyAnswers();
  if (mine.isPending) return <Loading />;
  if (mine.error) return <ErrorState error={mine.error} onRetry={mine.refetch} />;
  const answered = mine.items.filter((a) => a.callId === call.id);
  const active = new Set(answered.filter((a) => a.status !== 'withdrawn').map((a) => a.organisation.id));
  const canAnswerFor = actingOrganisations(mine.memberships.items)
    .filter((m) => m.organisation.id !== call.organisation.id && !active.has(m.organisation.id))
    .map((m) => ({ id: m.organisation.id, name: m.organisation.profile.displayName }));
  const open = takesAnswers(call, todayUtc());
  return (
    <section className="call-panel" aria-labelledby="answer-title">
      <h2 id="answer-title">{t('calls.answer.title')}</h2>
      {answered.length > 0 && (
        <ul className="answer-list">
          {answered.map((a) => (
            <MyAnswer
              key={a.id}
              answer={a}
              name={
                mine.memberships.items.find((m) => m.organisation.id === a.organisation.id)?.organisation.profile
                  .displayName
              }
            />
          ))}
        </ul>
      )}
      {!open ? (
        <p className="notice">{t('calls.answer.notOpen')}</p>
      ) : canAnswerFor.length === 0 ? (
        answered.length === 0 && (
          <EmptyState title={t('calls.answer.noOrganisationTitle')}>
            <p>{t('calls.answer.noOrganisationBody')}</p>
            <p>
              <Link to="/my/organisations">{t('calls.new.toOrganisations')}</Link>
            </p>
          </EmptyState>
        )
      ) : (
        <AnswerForm call={call} organisations={canAnswerFor} userName={userName} userEmail={userEmail} />
      )}
    </section>
  );
}

/** One of my answers; `listed` (on my answers) names the call it answers, `showCall` once loaded. */
export function MyAnswer({
  answer,
  name,
  listed,
  showCall,
}: {
  answer: Answer;
  name?: string;
  listed?: boolean;
  showCall?: Call;
}) {
  const { t } = useTranslation();
  const withdraw = useWithdrawAnswer();
  return (
    <li className="answer-card">
      {listed && (
        <h3 className="user-text">
          <Link to="/calls/$id" params={{ id: answer.callId }}>
            {showCall?.title ?? t('calls.detail.title')}
          </Link>
        </h3>
      )}
      <p className="call-meta">
        <AnswerStatusBadge status={answer.status} />
        <MetaItems
          items={[
            t('calls.answer.answeredAs', {
              name: name ?? answer.organisation.name ?? '',
              role: t(`calls.roles.${answer.role}`),
            }),
            <span className="muted">{formatDateTime(answer.createdAt)}</span>,
          ]}
        />
      </p>
      {showCall && (
        <p className="muted">
          {t('calls.byOrganisation', { name: showCall.organisation.name })} · {t('calls.fields.answerBy')}:{' '}
          {formatDate(showCall.answerBy)}
        </p>
      )}
      <p className="call-summary user-text">{answer.offer}</p>
      {answer.invitationId && (
        <p className="notice notice-success">
          {t('calls.answer.invited')} <Link to="/consortia">{t('calls.answer.toInvitations')}</Link>
        </p>
      )}
      <FormAlert>{withdraw.isError ? errorMessage(withdraw.error, t) : undefined}</FormAlert>
      {answer.status !== 'withdrawn' && (
        <button
          type="button"
          className="button button-secondary button-small"
          disabled={withdraw.isPending}
          onClick={() => withdraw.mutate({ callId: answer.callId, answerId: answer.id })}
        >
          {t('calls.answer.withdraw')}
        </button>
      )}
    </li>
  );
}

function AnswerForm({
  call,
  organisations,
  userName,
  userEmail,
}: {
  call: Call;
  organisations: { id: string; name: string }[];
  userName: string;
  userEmail: string;
}) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const roles = useRoleOptions();
  const [failure, setFailure] = useState<string>();
  const firstRole = call.sought[0]?.role ?? 'partner';
  const {
    register,
    handleSubmit,
    setError,
    reset,
    formState: { errors, isSubmitting },
  } = useForm<AnswerFormValues>({
    defaultValues: {
      organisationId: organisations.length === 1 ? organisations[0]!.id : '',
      role: firstRole,
      offer: '',
      contactName: userName,
      contactEmail: userEmail,
      contactPhone: '',
    },
    mode: 'onTouched',
    resolver: zodResolver(answerFormSchema),
  });
  const submit = handleSubmit(async (values) => {
    setFailure(undefined);
    try {
      unwrap(
        await api.POST('/v1/calls/{id}/answers', {
          params: { path: { id: call.id } },
          body: toCreateAnswerBody(values),
        }),
      );
      await client.invalidateQueries({ queryKey: callsKey });
      reset();
    } catch (error) {
      const { placed, unplaced } = placeProblems(error, answerFormPathOf, t);
      for (const p of placed) setError(p.path as Path<AnswerFormValues>, { type: 'server', message: p.message });
      if (unplaced) setFailure(errorMessage(error, t));
    }
  });
  return (
    <form className="form" onSubmit={(e) => void submit(e)} noValidate aria-labelledby="answer-title">
      <FormAlert>{failure}</FormAlert>
      <SelectField
        label={t('calls.answer.organisation')}
        required
        placeholder={t('calls.new.chooseOrganisation')}
        options={organisations.map((o) => ({ value: o.id, label: o.name }))}
        error={messageOf(errors.organisationId, t)}
        {...register('organisationId')}
      />
      <SelectField label={t('calls.fields.role')} required options={roles} {...register('role')} />
      <TextAreaField
        label={t('calls.fields.offer')}
        required
        rows={5}
        maxLength={ANSWER_LIMITS.offer}
        hint={t('calls.answer.offerHint')}
        error={errors.offer}
        {...register('offer')}
      />
      <p className="field-hint">{t('calls.answer.contactHint')}</p>
      <TextField
        label={t('calls.answer.contactName')}
        required
        autoComplete="name"
        maxLength={ANSWER_LIMITS.contactName}
        error={errors.contactName}
        {...register('contactName')}
      />
      <TextField
        type="email"
        label={t('calls.answer.contactEmail')}
        required
        autoComplete="email"
        maxLength={ANSWER_LIMITS.contactEmail}
        error={errors.contactEmail}
        {...register('contactEmail')}
      />
      <TextField
        type="tel"
        label={t('calls.answer.contactPhone')}
        autoComplete="tel"
        maxLength={ANSWER_LIMITS.phone}
        error={errors.contactPhone}
        {...register('contactPhone')}
      />
      <div className="actions">
        <button type="submit" className="button" disabled={isSubmitting}>
          {isSubmitting ? t('calls.answer.sending') : t('calls.answer.send')}
        </button>
      </div>
    </form>
  );
}
