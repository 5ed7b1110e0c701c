import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { PageTitle } from '../../../components/page';
import { RequireSession } from '../../../components/require-session';
import { EmptyState, ErrorState, Loading } from '../../../components/states';
import { LoadMore } from '../../../components/load-more';
import { useMyOrganisations } from '../../../features/organisations/my-organisations';
import { StatusBadge } from '../../../features/organisations/status-banner';
import { labelLookup, useTaxonomies } from '../../../features/taxonomies/use-taxonomies';
import '../../../features/organisations/editor.css';

export function MyOrganisationsPage() {
  const { t } = useTranslation();
  return (
    <section className="page">
      <div className="page-heading">
        <PageTitle>{t('organisations.mine.title')}</PageTitle>
        <Link to="/my/organisations/new" className="button">
          {t('organisations.mine.create')}
        </Link>
      </div>
      <RequireSession>{() => <MyOrganisations />}</RequireSession>
    </section>
  );
}

function MyOrganisations() {
  const { t } = useTranslation();
  const taxonomies = useTaxonomies();
  const label = labelLookup(taxonomies.data);
  const pages = useMyOrganisations();

  if (pages.isPending) return <Loading />;
  if (!pages.data) return <ErrorState error={pages.error} onRetry={() => void pages.refetch()} />;
  const items = pages.data.pages.flatMap((p) => p.items);
  if (items.length === 0) {
    return (
      <EmptyState title={t('organisations.mine.emptyTitle')}>
        <p>{t('organisations.mine.emptyBody')}</p>
        <p>
          <Link to="/my/organisations/new" className="button">
            {t('organisations.mine.createFirst')}
          </Link>
        </p>
      </EmptyState>
    );
  }
  return (
    <>
      <ul className="cards organisation-cards">
        {items.map(({ organisation, role }) => (
          <li key={organisation.id} className="organisation-card">
            <h2 className="organisation-card-title">
              <Link to="/my/organisations/$id" params={{ id: organisation.id }}>
                {organisation.profile.displayName}
              </Link>
            </h2>
            <p className="organisation-card-legal muted user-text">{organisation.profile.legalName}</p>
            <p className="organisation-card-meta">
              <StatusBadge status={organisation.status} />
              {organisation.pendingRevision && (
                <span className="badge badge-warning">{t('organisations.mine.pendingChanges')}</span>
              )}
            </p>
            <dl className="organisation-card-facts">
              <div>
                <dt>{t('organisations.mine.role')}</dt>
                <dd>{t(`organisations.roles.${role}`)}</dd>
              </div>
              <div>
                <dt>{t('profile.fields.country')}</dt>
                <dd>{label('countries', organisation.profile.country)}</dd>
              </div>
              <div>
                <dt>{t('profile.fields.oid')}</dt>
                <dd>{organisation.profile.oid}</dd>
              </div>
            </dl>
          </li>
        ))}
      </ul>
      <LoadMore pages={pages} label={t('organisations.mine.loadMore')} className="load-more" />
      {pages.isFetchNextPageError && <ErrorState error={pages.error} onRetry={() => void pages.fetchNextPage()} />}
    </>
  );
}
