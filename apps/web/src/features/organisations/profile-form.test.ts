import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  formPathOf,
  IMMEDIATE_FIELDS,
  NULLABLE_FIELDS,
  OID_PATTERN,
  PIC_PATTERN,
  PROFILE_LIMITS,
  profileFormSchema,
  profilePatch,
  proposedProfile,
  toFormValues,
  type Profile,
  type ProfileFormValues,
} from './profile-form';

type JsonSchema = {
  properties: Record<string, Record<string, unknown>>;
  required?: string[];
};
const openapi = JSON.parse(readFileSync(join(__dirname, '../../../../../openapi.json'), 'utf8')) as {
  components: { schemas: Record<string, JsonSchema> };
};
const schemas = openapi.components.schemas;
const update = schemas.UpdateOrganisationDto!.properties;
const contact = schemas.ContactPersonDto!.properties;
const experience = schemas.ExperienceDto!.properties;
const wishes = schemas.PartnerWishesDto!.properties;
const prop = (p: Record<string, unknown> | undefined, key: string) => p?.[key];

const profile: Profile = {
  legalName: 'Vocational Training Centre of Patras',
  displayName: 'KEK Patras',
  oid: 'E10234567',
  pic: null,
  country: 'GR',
  city: 'Patras',
  website: 'https://kek-patras.example',
  organisationType: 'vet_provider',
  naceRevision: 'NACE_REV2',
  naceSections: ['P'],
  naceDivisions: ['85'],
  sizeBand: '10-49',
  foundingYear: 1998,
  description: 'A continuing VET centre.',
  topics: ['digital_skills'],
  targetGroups: [],
  languages: ['el', 'en'],
  experience: { level: 'participated', pastProjects: 3 },
  lookingFor: { countries: ['PT'], naceSections: [], organisationTypes: [], text: null },
  contactPerson: { name: 'Giorgos Nikolaou', email: 'giorgos@kek-patras.example', phone: null, role: null },
  logoUrl: null,
  openToPartnerships: true,
};

const firstMessage = (values: ProfileFormValues, path: string) =>
  profileFormSchema.safeParse(values).error?.issues.find((i) => i.path.join('.') === path)?.message;

describe("the editor's limits", () => {
  it("are the API's (UpdateOrganisationDto in openapi.json)", () => {
    expect({
      legalName: prop(update.legalName, 'maxLength'),
      displayName: prop(update.displayName, 'maxLength'),
      city: prop(update.city, 'maxLength'),
      website: prop(update.website, 'maxLength'),
      logoUrl: prop(update.logoUrl, 'maxLength'),
      description: prop(update.description, 'maxLength'),
      naceSections: prop(update.naceSections, 'maxItems'),
      naceDivisions: prop(update.naceDivisions, 'maxItems'),
      topics: prop(update.topics, 'maxItems'),
      targetGroups: prop(update.targetGroups, 'maxItems'),
      languages: prop(update.languages, 'maxItems'),
      foundingYearMin: prop(update.foundingYear, 'minimum'),
      pastProjectsMax: prop(experience.pastProjects, 'maximum'),
      lookingFor: {
        countries: prop(wishes.countries, 'maxItems'),
        naceSections: prop(wishes.naceSections, 'maxItems'),
        organisationTypes: prop(wishes.organisationTypes, 'maxItems'),
        text: prop(wishes.text, 'maxLength'),
      },
      contactPerson: {
        name: prop(contact.name, 'maxLength'),
        email: prop(contact.email, 'maxLength'),
        phone: prop(contact.phone, 'maxLength'),
        role: prop(contact.role, 'maxLength'),
      },
    }).toEqual(PROFILE_LIMITS);
    expect([prop(update.legalName, 'minLength'), prop(update.displayName, 'minLength')]).toEqual([1, 1]);
    expect(prop(experience.pastProjects, 'minimum')).toBe(0);
    // The API's maximum is the year the document was written; the editor uses the current year.
    expect(prop(update.foundingYear, 'description')).toBe('No later than the current year');
  });

  it("use the API's OID and PIC patterns", () => {
    expect(new RegExp(String(prop(update.oid, 'pattern'))).source).toBe(OID_PATTERN.source);
    expect(new RegExp(String(prop(update.pic, 'pattern'))).source).toBe(PIC_PATTERN.source);
  });

  it('send null only to the fields the API marks nullable', () => {
    const nullable = Object.entries(update)
      .filter(([, p]) => p.nullable === true)
      .map(([field]) => field)
      .sort();
    expect([...NULLABLE_FIELDS].sort()).toEqual(nullable);
    expect(Object.keys(update).sort()).toEqual(Object.keys(toFormValues(profile)).sort());
  });

  it("know the API's experience levels and the fields that apply at once", () => {
    expect(profileFormSchema.shape.experience.shape.level.options).toEqual(prop(experience.level, 'enum'));
    const description = JSON.stringify(
      (openapi as unknown as { paths: Record<string, Record<string, { responses: Record<string, unknown> }>> }).paths[
        '/v1/organisations/{id}'
      ]!.patch!.responses['200'],
    );
    for (const field of IMMEDIATE_FIELDS) expect(description).toContain(field);
  });
});

describe('live validation', () => {
  const values = toFormValues(profile);

  it('accepts a complete, valid profile', () => {
    expect(profileFormSchema.safeParse(values).success).toBe(true);
  });

  it('checks the OID and PIC formats', () => {
    expect(firstMessage({ ...values, oid: 'E1234' }, 'oid')).toBe('validation.oid');
    expect(firstMessage({ ...values, oid: 'e10234567' }, 'oid')).toBe('validation.oid');
    expect(firstMessage({ ...values, oid: '' }, 'oid')).toBe('validation.required');
    expect(firstMessage({ ...values, pic: '12345678' }, 'pic')).toBe('validation.pic');
    expect(firstMessage({ ...values, pic: '' }, 'pic')).toBeUndefined();
    expect(firstMessage({ ...values, pic: '949123456' }, 'pic')).toBeUndefined();
  });

  it('refuses what the API refuses: lengths, years, web addresses, list sizes', () => {
    expect(firstMessage({ ...values, displayName: 'x'.repeat(121) }, 'displayName')).toBe('validation.tooLong');
    expect(firstMessage({ ...values, legalName: '   ' }, 'legalName')).toBe('validation.required');
    expect(firstMessage({ ...values, foundingYear: '999' }, 'foundingYear')).toBe('validation.foundingYear');
    expect(firstMessage({ ...values, foundingYear: String(new Date().getFullYear() + 1) }, 'foundingYear')).toBe(
      'validation.foundingYear',
    );
    expect(firstMessage({ ...values, foundingYear: '' }, 'foundingYear')).toBeUndefined();
    expect(firstMessage({ ...values, website: 'ftp://kek.example' }, 'website')).toBe('validation.url');
    expect(firstMessage({ ...values, website: 'kek-patras.example' }, 'website')).toBe('validation.url');
    expect(firstMessage({ ...values, topics: Array.from({ length: 21 }, (_, i) => `t${i}`) }, 'topics')).toBe(
      'validation.tooMany',
    );
  });

  it('asks for past projects that fit the experience level', () => {
    const none = { ...values, experience: { level: 'none' as const, pastProjects: '2' } };
    expect(firstMessage(none, 'experience.pastProjects')).toBe('validation.noExperienceNoProjects');
    const bad = { ...values, experience: { level: 'coordinated' as const, pastProjects: '1.5' } };
    expect(firstMessage(bad, 'experience.pastProjects')).toBe('validation.pastProjects');
  });

  it('takes an empty contact person, but a started one needs a name and an address', () => {
    const empty = { ...values, contactPerson: { name: '', email: '', phone: '', role: '' } };
    expect(profileFormSchema.safeParse(empty).success).toBe(true);
    const started = { ...values, contactPerson: { name: '', email: 'not-an-address', phone: '', role: 'EU' } };
    expect(firstMessage(started, 'contactPerson.name')).toBe('validation.contactName');
    expect(firstMessage(started, 'contactPerson.email')).toBe('validation.email');
  });
});

describe('the PATCH the editor sends', () => {
  it('carries only the fields that changed', () => {
    const values = toFormValues(profile);
    expect(profilePatch(profile, values)).toEqual({});
    expect(profilePatch(profile, { ...values, city: 'Ioannina', topics: ['digital_skills', 'inclusion'] })).toEqual({
      city: 'Ioannina',
      topics: ['digital_skills', 'inclusion'],
    });
  });

  it('clears nullable fields with null and sends numbers as numbers', () => {
    const values = toFormValues(profile);
    const patch = profilePatch(profile, {
      ...values,
      website: ' ',
      sizeBand: '',
      foundingYear: '',
      contactPerson: { name: '', email: '', phone: '', role: '' },
      pic: '949123456',
      experience: { level: 'coordinated', pastProjects: '4' },
    });
    expect(patch).toEqual({
      website: null,
      sizeBand: null,
      foundingYear: null,
      contactPerson: null,
      pic: '949123456',
      experience: { level: 'coordinated', pastProjects: 4 },
    });
  });

  it('sends a changed object whole, with empty optional parts as null', () => {
    const values = toFormValues(profile);
    const patch = profilePatch(profile, {
      ...values,
      contactPerson: { ...values.contactPerson, phone: '+30 2610 000000' },
      lookingFor: { ...values.lookingFor, text: 'Hotels hosting learners' },
    });
    expect(patch).toEqual({
      contactPerson: {
        name: 'Giorgos Nikolaou',
        email: 'giorgos@kek-patras.example',
        phone: '+30 2610 000000',
        role: null,
      },
      lookingFor: { countries: ['PT'], naceSections: [], organisationTypes: [], text: 'Hotels hosting learners' },
    });
  });

  it("edits a published profile's pending revision, not its live version", () => {
    const organisation = {
      id: '7b0c3c2e-3a51-4c55-9f7c-2f0d7f8d3e11',
      status: 'published' as const,
      statusReason: null,
      oidVerified: false,
      profile,
      myRole: 'member' as const,
      publishedAt: '2026-03-01T10:00:00.000Z',
      updatedAt: '2026-03-02T10:00:00.000Z',
      pendingRevision: {
        id: 'c5d8b7f8-4b1f-4a5e-8f3c-1a2b3c4d5e6f',
        createdAt: '2026-03-02T10:00:00.000Z',
        updatedAt: '2026-03-02T10:00:00.000Z',
        changes: [{ field: 'city' as const, before: 'Patras', after: 'Ioannina' }],
      },
    };
    const base = proposedProfile(organisation);
    expect(base.city).toBe('Ioannina');
    expect(profilePatch(base, toFormValues(base))).toEqual({});
  });
});

describe("placing the API's field problems", () => {
  it('maps list items and whole objects onto the fields the form shows', () => {
    expect(formPathOf('topics.2')).toBe('topics');
    expect(formPathOf('lookingFor.countries.0')).toBe('lookingFor.countries');
    expect(formPathOf('contactPerson.email')).toBe('contactPerson.email');
    expect(formPathOf('contactPerson')).toBe('contactPerson.name');
    expect(formPathOf('experience.pastProjects')).toBe('experience.pastProjects');
    expect(formPathOf('role')).toBeUndefined();
  });
});
