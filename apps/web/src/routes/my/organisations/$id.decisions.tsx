import { useParams } from '@tanstack/react-router';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { PageTitle } from '../../../components/page';
import { RequireSession } from '../../../components/require-session';
import { EmptyState, ErrorState, Loading } from '../../../components/states';
import { LoadMore } from '../../../components/load-more';
import { formatDateTime } from '../../../i18n/format';
import { DECISION_ACTIONS, decisionActor, type Actor } from '../../../features/organisations/decisions';
import { OrganisationMissing } from '../../../features/organisations/organisation-missing';
import { OrganisationNav } from '../../../features/organisations/organisation-nav';
import { flattenPages, useDecisions, useMembers } from '../../../features/organisations/team-queries';
import { useOrganisation } from '../../../features/organisations/use-organisation';
import { labelLookup, useTaxonomies } from '../../../features/taxonomies/use-taxonomies';
import '../../../features/organisations/team.css';

function useActorText() {
  const { t } = useTranslation();
  const taxonomies = useTaxonomies();
  const label = labelLookup(taxonomies.data);
  return (actor: Actor): string => {
    switch (actor.kind) {
      case 'named':
        return actor.name;
      case 'deleted':
        return t('decisions.deletedAccount');
      case 'agency':
        return t('decisions.agency', { country: label('countries', actor.country) });
      case 'formerMember':
        return t('decisions.formerMember');
    }
  };
}

function DecisionHistory({ id }: { id: string }) {
  const { t } = useTranslation();
  const decisions = useDecisions(id);
  const members = useMembers(id);
  const actorText = useActorText();
  const names = useMemo(
    () => new Map(flattenPages(members.data?.pages).map((m) => [m.userId, m.displayName])),
    [members.data],
  );

  if (decisions.isPending || members.isPending) return <Loading />;
  if (decisions.isError) return <ErrorState error={decisions.error} onRetry={() => void decisions.refetch()} />;
  const items = flattenPages(decisions.data.pages);
  if (items.length === 0) {
    return (
      <EmptyState title={t('decisions.empty')}>
        <p>{t('decisions.emptyHint')}</p>
      </EmptyState>
    );
  }
  return (
    <>
      <ol className="decision-list">
        {items.map((entry) => {
          const tone = DECISION_ACTIONS[entry.action];
          return (
            <li key={entry.id} className="decision">
              <p className="decision-head">
                <span className={`badge${tone === 'neutral' ? '' : ` badge-${tone}`} decision-kind`}>
                  {t(`decisions.actions.${entry.action}`)}
                </span>
              </p>
              <p className="decision-meta">
                {t('decisions.byWhen', {
                  who: actorText(decisionActor(entry, names)),
                  when: formatDateTime(entry.createdAt),
                })}
              </p>
              {entry.reason && (
                <p className="decision-reason">
                  <span className="decision-reason-label">{t('decisions.reason')}: </span>
                  {entry.reason}
                </p>
              )}
            </li>
          );
        })}
      </ol>
      <LoadMore pages={decisions} label={t('decisions.more')} />
    </>
  );
}

function DecisionsScreen({ id }: { id: string }) {
  const { t } = useTranslation();
  const organisation = useOrganisation(id);
  if (organisation.isPending) return <Loading />;
  if (organisation.isError) {
    return (
      <OrganisationMissing error={organisation.error}>
        <ErrorState error={organisation.error} onRetry={() => void organisation.refetch()} />
      </OrganisationMissing>
    );
  }
  const name = organisation.data.profile.displayName;
  return (
    <>
      <OrganisationNav id={id} name={name} />
      <PageTitle title={`${t('decisions.title')} · ${name}`}>{t('decisions.title')}</PageTitle>
      <p className="lead">{name}</p>
      <p>{t('decisions.intro')}</p>
      <DecisionHistory id={id} />
    </>
  );
}

export function OrganisationDecisionsPage() {
  const { id } = useParams({ from: '/my/organisations/$id/decisions' });
  return (
    <section className="page medium">
      <RequireSession>{() => <DecisionsScreen id={id} />}</RequireSession>
    </section>
  );
}
