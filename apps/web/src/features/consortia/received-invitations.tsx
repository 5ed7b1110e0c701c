import { useNavigate } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../api/client';
import { ErrorState, Loading } from '../../components/states';
import { formatDate, formatList } from '../../i18n/format';
import { useLabels } from '../taxonomies/use-taxonomies';
import { useReceivedInvitations, type ReceivedInvitation } from './use-consortia';
import { RefusalAlert, useConsortiumAction } from './use-consortium-action';

function InvitationCard({ invitation: inv }: { invitation: ReceivedInvitation }) {
  const { t } = useTranslation();
  const label = useLabels();
  const navigate = useNavigate();
  const decide = useConsortiumAction(async (decision: 'accept' | 'decline') => {
    const params = { path: { id: inv.id } };
    return unwrap(
      decision === 'accept'
        ? await api.POST('/v1/consortium-invitations/{id}/accept', { params })
        : await api.POST('/v1/consortium-invitations/{id}/decline', { params }),
    );
  });
  const countries = [...new Set(inv.members.map((m) => label('countries', m.country)))];
  return (
    <article className="consortium-card invitation-card" aria-labelledby={`inv-${inv.id}`}>
      <h3 id={`inv-${inv.id}`}>{inv.consortium.name}</h3>
      <p className="consortium-card-meta">
        <span className="badge">{inv.consortium.action}</span>
        <span className="badge">{t(`consortia.roles.${inv.role}`)}</span>
      </p>
      <p>
        {t('consortia.received.for', {
          organisation: inv.organisation?.name ?? '',
          coordinator: inv.coordinator?.name ?? '',
        })}
      </p>
      {inv.consortium.summary && <p className="muted">{inv.consortium.summary}</p>}
      <p className="muted">
        {t('consortia.received.members', { count: inv.members.length, countries: formatList(countries) })} ·{' '}
        {formatDate(inv.createdAt)}
      </p>
      {inv.message && <blockquote className="invitation-message">{inv.message}</blockquote>}
      <RefusalAlert refusal={decide.refusal} />
      <div className="actions">
        <button
          type="button"
          className="button"
          disabled={decide.isPending}
          onClick={() =>
            // Not mutate's own onSuccess: the accepted invitation leaves the list (and this card
            // unmounts) before it would run.
            void decide
              .mutateAsync('accept')
              .then(() => navigate({ to: '/consortia/$id', params: { id: inv.consortiumId } }))
              .catch(() => undefined)
          }
        >
          {t('consortia.received.accept')}
          <span className="visually-hidden">: {inv.consortium.name}</span>
        </button>
        <button
          type="button"
          className="button button-secondary"
          disabled={decide.isPending}
          onClick={() => decide.mutate('decline')}
        >
          {t('consortia.received.decline')}
          <span className="visually-hidden">: {inv.consortium.name}</span>
        </button>
      </div>
    </article>
  );
}

/** Invitations my organisations received, to accept or decline. Hidden when there are none. */
export function ReceivedInvitations() {
  const { t } = useTranslation();
  const list = useReceivedInvitations();
  const items = list.data?.pages.flatMap((p) => p.items) ?? [];
  if (list.isPending) return <Loading />;
  if (list.isError) return <ErrorState error={list.error} onRetry={() => void list.refetch()} />;
  if (items.length === 0) return null;
  return (
    <section aria-labelledby="received-heading" className="received-invitations">
      <h2 id="received-heading">{t('consortia.received.title', { count: items.length })}</h2>
      <ul className="consortium-list" data-testid="received-invitations">
        {items.map((inv) => (
          <li key={inv.id}>
            <InvitationCard invitation={inv} />
          </li>
        ))}
      </ul>
      {list.hasNextPage && (
        <button type="button" className="button button-secondary" onClick={() => void list.fetchNextPage()}>
          {t('consortia.mine.more')}
        </button>
      )}
    </section>
  );
}
