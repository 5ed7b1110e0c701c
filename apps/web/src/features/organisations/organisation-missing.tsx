import { Link } from '@tanstack/react-router';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/client';
import { PageTitle } from '../../components/page';

/** True for the answer the API gives about an organisation that is unknown or not visible
 *  (and for an address whose id is not even a UUID). */
export function isMissing(error: unknown): boolean {
  return error instanceof ApiError && (error.code === 'NOT_FOUND' || error.code === 'VALIDATION_FAILED');
}

/**
 * A friendly page for an organisation that does not exist or that the reader may not see
 * (the API answers both with 404, so as not to reveal which); any other error shows `children`.
 */
export function OrganisationMissing({ error, children }: { error: unknown; children: ReactNode }) {
  if (!isMissing(error)) return <>{children}</>;
  return <OrganisationNotFound />;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Whether an address's id can name an organisation at all (else: not found, without asking). */
export function isOrganisationId(id: string): boolean {
  return UUID.test(id);
}

export function OrganisationNotFound() {
  const { t } = useTranslation();
  return (
    <div className="organisation-missing">
      <PageTitle>{t('publicProfile.notFoundTitle')}</PageTitle>
      <p>{t('publicProfile.notFoundBody')}</p>
      <ul className="organisation-missing-links">
        <li>
          <Link to="/search">{t('publicProfile.notFoundSearch')}</Link>
        </li>
        <li>
          <Link to="/">{t('notFound.home')}</Link>
        </li>
      </ul>
    </div>
  );
}
