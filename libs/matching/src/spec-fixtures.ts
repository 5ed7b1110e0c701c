import type { LoadedOrg } from './matching.repository';
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
