import { useTranslation } from 'react-i18next';
import type { Schemas } from '../../api/client';
import { formatDateTime, formatList } from '../../i18n/format';
import { FieldChanges } from './field-changes';
import { IMMEDIATE_FIELDS } from './profile-form';

type Revision = Schemas['PendingRevisionDto'];

/** The changes members proposed to a published profile, live value beside proposed value. */
export function PendingRevision({ revision }: { revision: Revision }) {
  const { t } = useTranslation();
  return (
    <section className="pending-revision" aria-labelledby="pending-revision-title">
      <h2 id="pending-revision-title">{t('editor.revision.title')}</h2>
      <p>
        {t('editor.revision.waiting', { date: formatDateTime(revision.updatedAt) })}{' '}
        {t('editor.revision.immediate', {
          fields: formatList(IMMEDIATE_FIELDS.map((f) => t(`profile.fields.${f}`))),
        })}
      </p>
      {revision.changes.length > 0 ? (
        <FieldChanges changes={revision.changes} caption={t('editor.revision.caption')} />
      ) : (
        <p className="muted">{t('editor.revision.none')}</p>
      )}
    </section>
  );
}
