import type { OrganisationDocument } from '@syndesmos/search';
import { COUNTRIES, NACE_DIVISIONS, NACE_SECTIONS, ORGANISATION_TYPES, TOPICS } from '@syndesmos/taxonomies';
import type { OrganisationEntity } from './organisation.entity';

type Labelled = Record<string, { en: string; el: string }>;

// Labels in every language, so "Μεταποίηση" and "manufacturing" both find section C.
const labels = (table: Labelled, codes: string[]): string[] =>
  codes.flatMap((c) => (table[c] ? [table[c].en, table[c].el] : []));

/** What search knows about a published organisation: no contact details, no internal state. */
export function toSearchDocument(org: OrganisationEntity): OrganisationDocument {
  const p = org.profile;
  return {
    id: org.id,
    version: org.version,
    status: 'published',
    name: p.displayName,
    nameDisplay: p.displayName,
    nameSort: p.displayName.toLocaleLowerCase('en'),
    legalName: p.legalName,
    description: p.description,
    descriptionDisplay: p.description,
    city: p.city,
    country: p.country,
    countryLabels: labels(COUNTRIES as Labelled, [p.country]),
    organisationType: p.organisationType,
    organisationTypeLabels: labels(ORGANISATION_TYPES as Labelled, [p.organisationType]),
    naceSections: p.naceSections,
    naceDivisions: p.naceDivisions,
    sectorLabels: [
      ...labels(NACE_SECTIONS as Labelled, p.naceSections),
      ...labels(NACE_DIVISIONS as unknown as Labelled, p.naceDivisions),
    ],
    topics: p.topics,
    topicLabels: labels(TOPICS as unknown as Labelled, p.topics),
    targetGroups: p.targetGroups,
    languages: p.languages,
    sizeBand: p.sizeBand,
    experience: p.experience.level,
    pastProjects: p.experience.pastProjects,
    oidVerified: org.oidVerifiedAt !== null,
    openToPartnerships: p.openToPartnerships,
    lookingForText: p.lookingFor.text ?? '',
    updatedAt: Math.floor(org.updatedAt.getTime() / 1000),
  };
}
