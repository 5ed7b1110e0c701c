import { useParams } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { PageTitle } from '../../../components/page';
import { RequireSession } from '../../../components/require-session';
import { ErrorState, Loading } from '../../../components/states';
import type { User } from '../../../api/session';
import { InvitationList, InviteForm } from '../../../features/organisations/invitations';
import { MemberList } from '../../../features/organisations/member-list';
import { MEMBER_ROLES, mayInvite } from '../../../features/organisations/member-permissions';
import { OrganisationNav } from '../../../features/organisations/organisation-nav';
import { useOrganisation } from '../../../features/organisations/use-organisation';
import { OrganisationMissing } from '../../../features/organisations/organisation-missing';

function MembersScreen({ id, user }: { id: string; user: User }) {
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
  const org = organisation.data;
  const name = org.profile.displayName;
  const myRole = org.myRole ?? null;
  return (
    <>
      <OrganisationNav id={id} name={name} />
      <PageTitle title={`${t('members.title')} · ${name}`}>{t('members.title')}</PageTitle>
      <p className="lead">{name}</p>
      <details className="role-guide">
        <summary>{t('members.guide.title')}</summary>
        <dl>
          {MEMBER_ROLES.map((role) => (
            <div key={role}>
              <dt>{t(`members.roles.${role}`)}</dt>
              <dd>{t(`members.guide.${role}`)}</dd>
            </div>
          ))}
        </dl>
        <p>{t('members.guide.lastOwner')}</p>
      </details>

      <section aria-labelledby="members-heading" className="team-section">
        <h2 id="members-heading">{t('members.listTitle')}</h2>
        {!mayInvite(myRole) && <p className="field-hint">{t('members.readOnly')}</p>}
        <MemberList organisationId={id} organisationName={name} me={{ userId: user.id, role: myRole }} />
      </section>

      {myRole && mayInvite(myRole) && (
        <>
          <section aria-labelledby="invite-heading" className="team-section">
            <h2 id="invite-heading">{t('members.invite.title')}</h2>
            <p>{t('members.invite.intro')}</p>
            <InviteForm organisationId={id} myRole={myRole} />
          </section>
          <section aria-labelledby="invitations-heading" className="team-section">
            <h2 id="invitations-heading">{t('members.invitations.title')}</h2>
            <InvitationList organisationId={id} />
          </section>
        </>
      )}
    </>
  );
}

export function OrganisationMembersPage() {
  const { id } = useParams({ from: '/my/organisations/$id/members' });
  return (
    <section className="page medium">
      <RequireSession>{(user) => <MembersScreen id={id} user={user} />}</RequireSession>
    </section>
  );
}
