import { useTranslation } from 'react-i18next';
import { describeValue, type FieldChange, type ProfileField } from '../organisations/field-changes';
import type { Organisation } from '../organisations/use-organisation';
import { labelLookup, useTaxonomies } from '../taxonomies/use-taxonomies';

// The whole profile as NA staff review it: every field, contact details included, each value as
// plain text in the interface language (never HTML: descriptions are the members' own words).

const FIELDS: ProfileField[] = [
  'legalName',
  'displayName',
  'oid',
  'pic',
  'country',
  'city',
  'website',
  'organisationType',
  'naceSections',
  'naceDivisions',
  'sizeBand',
  'foundingYear',
  'description',
  'topics',
  'targetGroups',
  'languages',
  'experience',
  'lookingFor',
  'contactPerson',
  'openToPartnerships',
  'logoUrl',
];

type Profile = Organisation['profile'];

function valueOf(profile: Profile, field: ProfileField): FieldChange['before'] {
  const value: unknown = profile[field as keyof Profile];
  // The profile's values are the shapes FieldChangeDto describes: text, numbers, booleans,
  // lists of codes and the three small objects.
  return value as FieldChange['before'];
}

export function ProfileDetails({ organisation }: { organisation: Organisation }) {
  const { t } = useTranslation();
  const taxonomies = useTaxonomies();
  const label = labelLookup(taxonomies.data);
  return (
    <dl className="profile-details">
      {FIELDS.map((field) => (
        <div key={field} className="profile-detail">
          <dt>{t(`profile.fields.${field}`)}</dt>
          <dd>
            {describeValue(field, valueOf(organisation.profile, field), label, t)}
            {field === 'oid' && (
              <>
                {' '}
                <span className={`badge ${organisation.oidVerified ? 'badge-success' : ''}`}>
                  {organisation.oidVerified ? t('moderation.detail.oidVerified') : t('moderation.detail.oidUnverified')}
                </span>
              </>
            )}
          </dd>
        </div>
      ))}
    </dl>
  );
}
