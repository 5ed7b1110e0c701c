import { useTranslation } from 'react-i18next';
import type { User } from '../api/session';
import { PageTitle } from '../components/page';
import { RequireSession } from '../components/require-session';
import { DataSection, SignOutSection } from '../features/account/data-section';
import { DeleteAccountSection } from '../features/account/delete-account';
import { EmailSection } from '../features/account/email-section';
import { PasswordSection } from '../features/account/password-section';
import { ProfileSection } from '../features/account/profile-section';
import { ResendVerification } from '../features/auth/resend-verification';
import '../features/auth/auth.css';
import '../features/account/account.css';
import { formatDate } from '../i18n/format';

function Account({ user }: { user: User }) {
  const { t } = useTranslation();
  return (
    <div className="page medium account">
      <PageTitle>{t('account.title')}</PageTitle>
      <p className="lead">{t('account.lead', { date: formatDate(user.createdAt) })}</p>
      {!user.emailVerified && (
        <div className="notice notice-warning account-unverified">
          <p className="state-title">{t('account.email.unverifiedTitle')}</p>
          <p>{t('account.email.unverifiedBody', { email: user.email })}</p>
          <ResendVerification email={user.email} />
        </div>
      )}
      <ProfileSection user={user} />
      <EmailSection user={user} />
      <PasswordSection email={user.email} />
      <DataSection />
      <SignOutSection />
      <DeleteAccountSection user={user} />
    </div>
  );
}

export function AccountPage() {
  return <RequireSession>{(user) => <Account user={user} />}</RequireSession>;
}
