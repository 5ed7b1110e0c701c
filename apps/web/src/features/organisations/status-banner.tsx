import { useTranslation } from 'react-i18next';
import type { Schemas } from '../../api/client';
import { formatDate } from '../../i18n/format';
import { labelLookup, useTaxonomies } from '../taxonomies/use-taxonomies';
import type { OrganisationStatus } from './permissions';

type Organisation = Schemas['OrganisationResponseDto'];

export const STATUS_BADGE: Record<OrganisationStatus, string> = {
  draft: 'badge',
  submitted: 'badge badge-warning',
  published: 'badge badge-success',
  rejected: 'badge badge-danger',
  suspended: 'badge badge-danger',
};

const NOTICE: Record<OrganisationStatus, string> = {
  draft: 'notice',
  submitted: 'notice notice-warning',
  published: 'notice notice-success',
  rejected: 'notice notice-danger',
  suspended: 'notice notice-danger',
};

/** The status badge: "Draft", "Submitted"… */
export function StatusBadge({ status }: { status: OrganisationStatus }) {
  const { t } = useTranslation();
  return <span className={STATUS_BADGE[status]}>{t(`organisations.status.${status}`)}</span>;
}

/** Where the profile stands, and what that means for its members. */
export function StatusBanner({ organisation }: { organisation: Organisation }) {
  const { t } = useTranslation();
  const taxonomies = useTaxonomies();
  const country = labelLookup(taxonomies.data)('countries', organisation.profile.country);
  const { status, statusReason, publishedAt } = organisation;
  return (
    <section className={`${NOTICE[status]} status-banner`} aria-labelledby="status-banner-title">
      <h2 id="status-banner-title" className="status-banner-title" tabIndex={-1}>
        <StatusBadge status={status} />
        <span>
          {status === 'draft' && t('editor.banner.draftTitle')}
          {status === 'submitted' && t('editor.banner.submittedTitle', { country })}
          {status === 'published' &&
            (publishedAt
              ? t('editor.banner.publishedTitle', { date: formatDate(publishedAt) })
              : t('editor.banner.publishedTitleUndated'))}
          {status === 'rejected' && t('editor.banner.rejectedTitle')}
          {status === 'suspended' && t('editor.banner.suspendedTitle')}
        </span>
      </h2>
      {(status === 'rejected' || status === 'suspended') && (
        <p className="status-reason">
          <strong>{t('editor.banner.reason')}</strong>{' '}
          <span className="user-text">{statusReason || t('editor.banner.noReason')}</span>
        </p>
      )}
      <p>
        {status === 'draft' && t('editor.banner.draftBody', { country })}
        {status === 'submitted' && t('editor.banner.submittedBody')}
        {status === 'published' && t('editor.banner.publishedBody')}
        {status === 'rejected' && t('editor.banner.rejectedBody', { country })}
        {status === 'suspended' && t('editor.banner.suspendedBody')}
      </p>
    </section>
  );
}
