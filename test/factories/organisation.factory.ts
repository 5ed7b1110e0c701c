import type { HttpClient } from '../support/http-client';

let oidCounter = Math.floor(Math.random() * 1_000_000);

/** A unique, well-formed Erasmus+ OID. */
export function nextOid(): string {
  oidCounter += 1;
  return `E${String(20_000_000 + (oidCounter % 70_000_000)).padStart(8, '0')}`;
}

/** A create body that is complete enough to submit; override what the test is about. */
export function anOrganisation(overrides: Record<string, unknown> = {}): Record<string, any> {
  return {
    legalName: 'Vocational Training Centre of Patras',
    displayName: 'KEK Patras',
    oid: nextOid(),
    pic: null,
    country: 'GR',
    city: 'Patras',
    website: 'https://kek-patras.example',
    organisationType: 'vet_provider',
    naceSections: ['P'],
    naceDivisions: ['85'],
    sizeBand: '10-49',
    foundingYear: 1998,
    description:
      'A continuing VET centre in Western Greece running courses in tourism, logistics and digital skills for adults and apprentices.',
    topics: ['digital_skills', 'work_based_learning'],
    targetGroups: ['cvet_learners'],
    languages: ['el', 'en'],
    experience: { level: 'participated', pastProjects: 3 },
    lookingFor: {
      countries: ['PT', 'ES'],
      naceSections: ['I'],
      organisationTypes: ['sme'],
      text: 'Hotels hosting learners',
    },
    contactPerson: { name: 'Giorgos Nikolaou', email: 'giorgos@kek-patras.example', phone: null, role: 'EU projects' },
    logoUrl: null,
    openToPartnerships: true,
    ...overrides,
  };
}

export async function createOrganisation(api: HttpClient, token: string, overrides: Record<string, unknown> = {}) {
  const res = await api.post('/v1/organisations', anOrganisation(overrides), { token });
  if (res.status !== 201) throw new Error(`create organisation failed: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body as { id: string; status: string; profile: Record<string, any> };
}
