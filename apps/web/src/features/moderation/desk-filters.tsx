import { useNavigate } from '@tanstack/react-router';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { labelLookup, useTaxonomies } from '../taxonomies/use-taxonomies';
import { QUEUE_KINDS, type ModerationSearch, type QueueKind } from './moderation-search';

/** The desk's filters, kept in the URL: the country (of those moderated) and, for the queue, the kind. */
export function DeskFilters({
  search,
  countries,
  showKind,
}: {
  search: ModerationSearch;
  /** The countries to choose from; null: every country (platform admins). */
  countries: string[] | null;
  showKind: boolean;
}) {
  const { t } = useTranslation();
  const id = useId();
  const navigate = useNavigate();
  const taxonomies = useTaxonomies();
  const label = labelLookup(taxonomies.data);
  const options = countries ?? taxonomies.data?.countries.map((c) => c.code) ?? [];
  const set = (next: Partial<ModerationSearch>) =>
    void navigate({ to: '/moderation', search: { ...search, ...next, item: undefined } });
  return (
    <form
      className="desk-filters"
      role="search"
      aria-label={t('moderation.filters.label')}
      onSubmit={(e) => e.preventDefault()}
    >
      {options.length > 1 && (
        <div className="field">
          <label htmlFor={`${id}-country`}>{t('moderation.filters.country')}</label>
          <select
            id={`${id}-country`}
            value={search.country ?? ''}
            onChange={(e) => set({ country: e.target.value || undefined })}
          >
            <option value="">{t('moderation.filters.allCountries')}</option>
            {options.map((code) => (
              <option key={code} value={code}>
                {label('countries', code)}
              </option>
            ))}
          </select>
        </div>
      )}
      {showKind && (
        <div className="field">
          <label htmlFor={`${id}-kind`}>{t('moderation.filters.kind')}</label>
          <select
            id={`${id}-kind`}
            value={search.kind ?? ''}
            onChange={(e) =>
              set({
                kind: (QUEUE_KINDS as readonly string[]).includes(e.target.value)
                  ? (e.target.value as QueueKind)
                  : undefined,
              })
            }
          >
            <option value="">{t('moderation.filters.allKinds')}</option>
            {QUEUE_KINDS.map((kind) => (
              <option key={kind} value={kind}>
                {t(`moderation.kindsPlural.${kind}`)}
              </option>
            ))}
          </select>
        </div>
      )}
    </form>
  );
}
