import { Link, useParams } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../../api/client';
import type { User } from '../../../api/session';
import { PageTitle } from '../../../components/page';
import { RequireSession } from '../../../components/require-session';
import { EmptyState, ErrorState, Loading } from '../../../components/states';
import { OrganisationNav } from '../../../features/organisations/organisation-nav';
import { PendingRevision } from '../../../features/organisations/pending-revision';
import { ProfileEditor } from '../../../features/organisations/profile-editor';
import { StatusBanner } from '../../../features/organisations/status-banner';
import { useOrganisation } from '../../../features/organisations/use-organisation';

export function OrganisationEditorPage() {
  const { id } = useParams({ from: '/my/organisations/$id' });
  return <RequireSession>{(user) => <Editor id={id} user={user} />}</RequireSession>;
}

function Editor({ id, user }: { id: string; user: User }) {
  const { t } = useTranslation();
  const organisation = useOrganisation(id);
  if (organisation.isPending) {
    return (
      <section className="page">
        <PageTitle title={t('editor.title')}>{t('editor.title')}</PageTitle>
        <Loading />
      </section>
    );
  }
  if (organisation.isError) {
    const missing = organisation.error instanceof ApiError && organisation.error.status === 404;
    return (
      <section className="page">
        <PageTitle title={t('editor.title')}>{t('editor.title')}</PageTitle>
        {missing ? (
          <EmptyState title={t('editor.notFound')}>
            <p>
              <Link to="/my/organisations">{t('organisations.backToList')}</Link>
            </p>
          </EmptyState>
        ) : (
          <ErrorState error={organisation.error} onRetry={() => void organisation.refetch()} />
        )}
      </section>
    );
  }
  const org = organisation.data;
  const name = org.profile.displayName;
  return (
    <section className="page editor-page">
      <p className="editor-back">
        <Link to="/my/organisations">{t('organisations.backToList')}</Link>
      </p>
      <PageTitle title={t('editor.documentTitle', { name })}>{name}</PageTitle>
      {org.myRole && (
        <p className="editor-subtitle muted">
          <span className="user-text">{org.profile.legalName}</span> · {t(`organisations.roles.${org.myRole}`)}
        </p>
      )}
      <OrganisationNav id={id} name={name} />
      <StatusBanner organisation={org} />
      {org.pendingRevision && <PendingRevision revision={org.pendingRevision} />}
      <ProfileEditor organisation={org} user={user} />
    </section>
  );
}
