import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CHECKLIST_FIELDS, DESCRIPTION_MIN_FOR_SUBMISSION, isComplete, submitChecklist } from './checklist';
import { toFormValues, toProfileBody, type Profile } from './profile-form';

// The web app imports no lib: the test reads the API's rule as text so the two cannot drift.
const rules = readFileSync(join(__dirname, '../../../../../libs/organisations/src/organisation.rules.ts'), 'utf8');
const missingForSubmission = rules.slice(rules.indexOf('export function missingForSubmission'));
const body = missingForSubmission.slice(0, missingForSubmission.indexOf('\n}\n'));

const complete = {
  city: 'Patras',
  naceSections: ['P'],
  sizeBand: '10-49',
  description: 'A continuing VET centre in Western Greece running courses in tourism, logistics and digital skills.',
  topics: ['digital_skills'],
  languages: ['el'],
  contactPerson: { name: 'Giorgos', email: 'giorgos@kek.example' },
};

const todo = (profile: Parameters<typeof submitChecklist>[0]) =>
  submitChecklist(profile)
    .filter((i) => !i.done)
    .map((i) => i.field);

describe('what submit still needs', () => {
  it("checks the fields the API's completeness rule checks, in its order", () => {
    const apiFields = [...body.matchAll(/need\(\s*'([a-zA-Z]+)'/g)].map((m) => m[1]);
    expect(apiFields).toEqual([...CHECKLIST_FIELDS]);
    expect(rules).toContain(`DESCRIPTION_MIN_FOR_SUBMISSION = ${DESCRIPTION_MIN_FOR_SUBMISSION};`);
  });

  it('ticks everything for a complete profile', () => {
    const items = submitChecklist(complete);
    expect(items.every((i) => i.done)).toBe(true);
    expect(isComplete(items)).toBe(true);
  });

  it('leaves unticked what is missing', () => {
    expect(
      todo({
        ...complete,
        city: '  ',
        naceSections: [],
        sizeBand: null,
        topics: [],
        languages: [],
        contactPerson: null,
      }),
    ).toEqual(['city', 'naceSections', 'sizeBand', 'topics', 'languages', 'contactPerson']);
    expect(isComplete(submitChecklist({ ...complete, languages: [] }))).toBe(false);
  });

  it('counts the description without surrounding spaces, as the API does', () => {
    const short = 'x'.repeat(DESCRIPTION_MIN_FOR_SUBMISSION - 1);
    expect(todo({ ...complete, description: `   ${short}   ` })).toEqual(['description']);
    expect(todo({ ...complete, description: `${short}y` })).toEqual([]);
  });

  it("reads a fresh draft's form values as the API reads the stored profile", () => {
    const draft: Profile = {
      legalName: 'Vocational Training Centre of Patras',
      displayName: 'KEK Patras',
      oid: 'E10234567',
      pic: null,
      country: 'GR',
      city: '',
      website: null,
      organisationType: 'vet_provider',
      naceRevision: 'NACE_REV2',
      naceSections: [],
      naceDivisions: [],
      sizeBand: null,
      foundingYear: null,
      description: '',
      topics: [],
      targetGroups: [],
      languages: [],
      experience: { level: 'none', pastProjects: 0 },
      lookingFor: { countries: [], naceSections: [], organisationTypes: [], text: null },
      contactPerson: null,
      logoUrl: null,
      openToPartnerships: true,
    };
    expect(todo(toProfileBody(toFormValues(draft)))).toEqual([...CHECKLIST_FIELDS]);
  });
});
