import { diffProfiles, memberMay, missingForSubmission, splitMinor } from './organisation.rules';
import type { OrganisationProfile } from './organisation-profile';

const base: OrganisationProfile = {
  legalName: 'Vocational Lyceum of Chania',
  displayName: 'EPAL Chania',
  oid: 'E10000001',
  pic: null,
  country: 'GR',
  city: 'Chania',
  website: null,
  organisationType: 'vet_provider',
  naceRevision: 'NACE_REV2',
  naceSections: ['P'],
  naceDivisions: ['85'],
  sizeBand: '50-249',
  foundingYear: 1985,
  description: 'A public vocational upper-secondary school in Crete with tourism, cooking and mechanics programmes.',
  topics: ['green_skills'],
  targetGroups: [],
  languages: ['el', 'en'],
  experience: { level: 'participated', pastProjects: 2 },
  lookingFor: { countries: [], naceSections: [], organisationTypes: [], text: null },
  contactPerson: { name: 'Maria', email: 'maria@epal.example' },
  logoUrl: null,
  openToPartnerships: true,
};

describe('organisation rules', () => {
  it('finds a complete profile ready for submission', () => {
    expect(missingForSubmission(base)).toEqual([]);
  });

  it('lists everything an incomplete profile lacks', () => {
    const missing = missingForSubmission({ ...base, city: ' ', topics: [], contactPerson: null, description: 'short' });
    expect(missing.map((m) => m.field)).toEqual(['city', 'description', 'topics', 'contactPerson']);
  });

  it('lets members edit but only owners and admins manage people, and only owners delete', () => {
    expect(memberMay('member', 'edit')).toBe(true);
    expect(memberMay('member', 'manage_members')).toBe(false);
    expect(memberMay('admin', 'manage_members')).toBe(true);
    expect(memberMay('admin', 'manage_owners')).toBe(false);
    expect(memberMay('owner', 'delete')).toBe(true);
    expect(memberMay(null, 'edit')).toBe(false);
  });

  it('diffs only the fields that changed', () => {
    const changes = diffProfiles(base, { ...base, city: 'Heraklion', topics: ['green_skills', 'digital_skills'] });
    expect(changes).toEqual([
      { field: 'city', before: 'Chania', after: 'Heraklion' },
      { field: 'topics', before: ['green_skills'], after: ['green_skills', 'digital_skills'] },
    ]);
  });

  it('separates minor fields from moderated ones', () => {
    expect(splitMinor({ logoUrl: 'https://x.example/logo.png', city: 'Rethymno' })).toEqual({
      minor: { logoUrl: 'https://x.example/logo.png' },
      major: { city: 'Rethymno' },
    });
  });
});
