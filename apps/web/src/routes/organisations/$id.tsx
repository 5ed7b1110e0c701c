import { useQuery } from '@tanstack/react-query';
import { Link, useParams } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../api/client';
import { useSession } from '../../api/session';
import { PageTitle } from '../../components/page';
import { ErrorState, Loading } from '../../components/states';
import {
  OrganisationMissing,
  OrganisationNotFound,
  isOrganisationId,
} from '../../features/organisations/organisation-missing';
import { InviteToConsortiumButton } from '../../features/consortia/invite-button';
import { MessageOrganisationButton } from '../../features/channels/open-direct';
import { OrganisationNav } from '../../features/organisations/organisation-nav';
import { PublicProfile } from '../../features/organisations/public-profile';
import { ReportAction } from '../../features/organisations/report-dialog';
import { useOrganisation, type Organisation } from '../../features/organisations/use-organisation';

// Visitors read the public endpoint (no contact person); signed-in readers the full one, which
// adds the contact person, and for members their role and their organisation in any state.

function usePublicOrganisation(id: string) {
  return useQuery({
    queryKey: ['publicOrganisation', id],
    queryFn: async ({ signal }) =>
      unwrap(await api.GET('/v1/public/organisations/{id}', { params: { path: { id } }, signal })),
  });
}

/** A member opening their own organisation before it is published (e.g. from a "rejected" mail). */
function NotPublishedYet({ organisation }: { organisation: Organisation }) {
  const { t } = useTranslation();
  return (
    <div className="not-published">
      <OrganisationNav id={organisation.id} name={organisation.profile.displayName} />
      <PageTitle>{organisation.profile.displayName}</PageTitle>
      <div className="notice notice-warning">
        <p>{t('publicProfile.notPublished', { status: t(`publicProfile.status.${organisation.status}`) })}</p>
        {organisation.statusReason && (
          <p className="decision-reason-text">
            <strong>{t('publicProfile.statusReason')}:</strong> {organisation.statusReason}
          </p>
        )}
      </div>
      <p>
        <Link to="/my/organisations/$id" params={{ id: organisation.id }} className="button">
          {t('publicProfile.openEditor')}
        </Link>
      </p>
    </div>
  );
}

function ProfileScreen({ organisation, signedIn }: { organisation: Organisation; signedIn: boolean }) {
  const { t } = useTranslation();
  const member = !!organisation.myRole;
  if (organisation.status !== 'published' && member) return <NotPublishedYet organisation={organisation} />;
  return (
    <>
      {member && <OrganisationNav id={organisation.id} name={organisation.profile.displayName} />}
      {organisation.status !== 'published' && (
        <p className="notice notice-warning">
          {t('publicProfile.notPublicModerator', { status: t(`publicProfile.status.${organisation.status}`) })}
        </p>
      )}
      <PublicProfile
        organisation={organisation}
        signedIn={signedIn}
        actions={
          (member || (signedIn && organisation.status === 'published')) && (
            <div className="actions profile-actions">
              {member && (
                <Link to="/my/organisations/$id" params={{ id: organisation.id }} className="button">
                  {t('publicProfile.manage')}
                </Link>
              )}
              {!member && signedIn && organisation.status === 'published' && (
                <>
                  <MessageOrganisationButton withOrganisationId={organisation.id} />
                  <InviteToConsortiumButton
                    organisationId={organisation.id}
                    organisationName={organisation.profile.displayName}
                  />
                </>
              )}
              {!member && signedIn && organisation.status === 'published' && (
                <ReportAction organisationId={organisation.id} organisationName={organisation.profile.displayName} />
              )}
            </div>
          )
        }
      />
    </>
  );
}

function SignedInProfile({ id }: { id: string }) {
  const organisation = useOrganisation(id);
  if (organisation.isPending) return <Loading />;
  if (organisation.isError) {
    return (
      <OrganisationMissing error={organisation.error}>
        <ErrorState error={organisation.error} onRetry={() => void organisation.refetch()} />
      </OrganisationMissing>
    );
  }
  return <ProfileScreen organisation={organisation.data} signedIn />;
}

function VisitorProfile({ id }: { id: string }) {
  const organisation = usePublicOrganisation(id);
  if (organisation.isPending) return <Loading />;
  if (organisation.isError) {
    return (
      <OrganisationMissing error={organisation.error}>
        <ErrorState error={organisation.error} onRetry={() => void organisation.refetch()} />
      </OrganisationMissing>
    );
  }
  return <ProfileScreen organisation={organisation.data} signedIn={false} />;
}

export function PublicOrganisationPage() {
  const { id } = useParams({ from: '/organisations/$id' });
  const session = useSession();
  return (
    <section className="page medium">
      {!isOrganisationId(id) ? (
        <OrganisationNotFound />
      ) : session.status === 'restoring' ? (
        <Loading />
      ) : session.status === 'signedIn' ? (
        <SignedInProfile id={id} />
      ) : (
        <VisitorProfile id={id} />
      )}
    </section>
  );
}
