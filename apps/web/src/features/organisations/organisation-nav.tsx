import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import './organisation-nav.css';

export type OrganisationSection = 'profile' | 'members' | 'decisions';

/** The sections of one's own organisation, each its own address. */
export function OrganisationNav({ id, name }: { id: string; name: string }) {
  const { t } = useTranslation();
  const props = { params: { id }, activeProps: { 'aria-current': 'page' as const }, activeOptions: { exact: true } };
  return (
    <nav className="organisation-nav" aria-label={t('organisationNav.label', { name })}>
      <ul>
        <li>
          <Link to="/my/organisations/$id" {...props}>
            {t('organisationNav.profile')}
          </Link>
        </li>
        <li>
          <Link to="/my/organisations/$id/members" {...props}>
            {t('organisationNav.members')}
          </Link>
        </li>
        <li>
          <Link to="/my/organisations/$id/decisions" {...props}>
            {t('organisationNav.decisions')}
          </Link>
        </li>
        <li>
          <Link to="/organisations/$id" params={{ id }}>
            {t('organisationNav.publicView')}
          </Link>
        </li>
      </ul>
    </nav>
  );
}
