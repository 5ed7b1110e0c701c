import type { LoadedOrg } from './matching.repository';
import type { PinnableCall } from './pinned';
import type { OrgFacts, Subject } from './scoring';

// Shared by the matching unit specs: an organisation's facts with defaults, as PostgreSQL
// loads it, and a Greek VET school that looks for Portuguese manufacturing SMEs.

export const org = (over: Partial<OrgFacts>): OrgFacts => ({
  id: over.id ?? 'x',
  name: 'Org',
  country: 'GR',
  type: 'vet_provider',
  nace: ['P'],
  topics: ['green_skills'],
  languages: ['en'],
  experience: 'participated',
  open: true,
  ...over,
});

export const loaded = (facts: OrgFacts, status = 'published'): LoadedOrg => ({
  facts,
  status,
  wants: { countries: [], naceSections: [], organisationTypes: [] },
  text: '',
});

export const school = org({ id: 'school' });

export const schoolSubject: Subject = {
  kind: 'organisation',
  org: school,
  wants: { countries: ['PT'], naceSections: ['C'], organisationTypes: ['sme'] },
};

/** An open KA220-VET call by an Italian organisation that takes anyone. */
export const openCall = (over: Partial<PinnableCall>): PinnableCall => ({
  id: 'c1',
  organisationId: 'owner',
  country: 'IT',
  topics: ['green_skills'],
  languages: ['en'],
  soughtCountries: [],
  soughtNaceSections: [],
  soughtOrganisationTypes: [],
  action: 'KA220-VET',
  anyCountry: true,
  anySector: true,
  anyType: true,
  excludedCountries: [],
  open: true,
  ...over,
});
