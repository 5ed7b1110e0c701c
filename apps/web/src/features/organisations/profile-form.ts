import { z } from 'zod/mini';
import type { Schemas } from '../../api/client';

// The profile editor's values, their rules (the API's own limits: profile-form.test.ts holds
// them to openapi.json's UpdateOrganisationDto) and the PATCH built from them: only the fields
// that changed, `null` to clear a field that may be empty. Messages are catalogue keys.

export type Profile = Schemas['OrganisationProfileResponseDto'];
export type ProfilePatch = Schemas['UpdateOrganisationDto'];
export type ProfileField = keyof ProfilePatch;
export type ExperienceLevel = Schemas['ExperienceDto']['level'];
type Organisation = Schemas['OrganisationResponseDto'];

export const PROFILE_LIMITS = {
  legalName: 300,
  displayName: 120,
  city: 120,
  website: 300,
  logoUrl: 300,
  description: 10000,
  naceSections: 21,
  naceDivisions: 30,
  topics: 20,
  targetGroups: 20,
  languages: 30,
  foundingYearMin: 1000,
  pastProjectsMax: 1000,
  lookingFor: { countries: 60, naceSections: 21, organisationTypes: 20, text: 2000 },
  contactPerson: { name: 120, email: 254, phone: 40, role: 120 },
} as const;

export const OID_PATTERN = /^E\d{8}$/;
export const PIC_PATTERN = /^\d{9}$/;
export const EXPERIENCE_LEVELS = ['none', 'participated', 'coordinated'] as const satisfies readonly ExperienceLevel[];

/** The fields a PATCH may clear with null (README: "null clears a field that may be empty"). */
export const NULLABLE_FIELDS = [
  'pic',
  'website',
  'sizeBand',
  'foundingYear',
  'contactPerson',
  'logoUrl',
] as const satisfies readonly ProfileField[];

/** Fields that apply at once even on a published profile; the rest wait for the National Agency. */
export const IMMEDIATE_FIELDS = [
  'contactPerson',
  'logoUrl',
  'openToPartnerships',
] as const satisfies readonly ProfileField[];

export const isImmediate = (field: string): boolean => (IMMEDIATE_FIELDS as readonly string[]).includes(field);

export const currentYear = (): number => new Date().getFullYear();

/** What the form holds: text inputs as strings, lists as code arrays. */
export interface ProfileFormValues {
  legalName: string;
  displayName: string;
  oid: string;
  pic: string;
  country: string;
  city: string;
  website: string;
  organisationType: string;
  naceSections: string[];
  naceDivisions: string[];
  sizeBand: string;
  foundingYear: string;
  description: string;
  topics: string[];
  targetGroups: string[];
  languages: string[];
  experience: { level: ExperienceLevel; pastProjects: string };
  lookingFor: { countries: string[]; naceSections: string[]; organisationTypes: string[]; text: string };
  contactPerson: { name: string; email: string; phone: string; role: string };
  logoUrl: string;
  openToPartnerships: boolean;
}

/** Every path of the form, for placing the API's field problems (applyApiError). */
export const FORM_PATHS = [
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
  'experience.level',
  'experience.pastProjects',
  'lookingFor.countries',
  'lookingFor.naceSections',
  'lookingFor.organisationTypes',
  'lookingFor.text',
  'contactPerson.name',
  'contactPerson.email',
  'contactPerson.phone',
  'contactPerson.role',
  'logoUrl',
  'openToPartnerships',
] as const;
export type FormPath = (typeof FORM_PATHS)[number];

// A problem the API reports on a whole object, or on one list item, lands on a field the form shows.
const OBJECT_FIELDS: Record<string, FormPath> = {
  experience: 'experience.level',
  lookingFor: 'lookingFor.text',
  contactPerson: 'contactPerson.name',
};

/** The form path for a field the API names ("topics.2" → "topics", "contactPerson" → its name). */
export function formPathOf(apiField: string): FormPath | undefined {
  const field = apiField.replace(/\[\d+\]/g, '').replace(/\.\d+(?=\.|$)/g, '');
  if ((FORM_PATHS as readonly string[]).includes(field)) return field as FormPath;
  return OBJECT_FIELDS[field];
}

export function isHttpUrl(value: string): boolean {
  try {
    const url = new URL(value);
    // The API's IsUrl also wants a host with a top-level domain.
    return (url.protocol === 'http:' || url.protocol === 'https:') && /\.[a-z]{2,}$/i.test(url.hostname);
  } catch {
    return false;
  }
}

const text = (max: number) => z.string().check(z.maxLength(max, 'validation.tooLong'));
const requiredText = (max: number) =>
  z.string().check(z.trim(), z.minLength(1, 'validation.required'), z.maxLength(max, 'validation.tooLong'));
const url = (max: number) =>
  z.string().check(
    z.trim(),
    z.refine((v) => v === '' || isHttpUrl(v), 'validation.url'),
    z.maxLength(max, 'validation.tooLong'),
  );
const codes = (max: number) => z.array(z.string()).check(z.maxLength(max, 'validation.tooMany'));

const wholeNumber = /^\d+$/;

export const profileFormSchema = z.object({
  legalName: requiredText(PROFILE_LIMITS.legalName),
  displayName: requiredText(PROFILE_LIMITS.displayName),
  oid: z.string().check(z.trim(), z.minLength(1, 'validation.required'), z.regex(OID_PATTERN, 'validation.oid')),
  pic: z.string().check(
    z.trim(),
    z.refine((v) => v === '' || PIC_PATTERN.test(v), 'validation.pic'),
  ),
  country: z.string().check(z.minLength(1, 'validation.required')),
  city: text(PROFILE_LIMITS.city),
  website: url(PROFILE_LIMITS.website),
  organisationType: z.string().check(z.minLength(1, 'validation.required')),
  naceSections: codes(PROFILE_LIMITS.naceSections),
  naceDivisions: codes(PROFILE_LIMITS.naceDivisions),
  sizeBand: z.string(),
  foundingYear: z.string().check(
    z.trim(),
    z.refine((v) => {
      if (v === '') return true;
      const year = Number(v);
      return wholeNumber.test(v) && year >= PROFILE_LIMITS.foundingYearMin && year <= currentYear();
    }, 'validation.foundingYear'),
  ),
  description: text(PROFILE_LIMITS.description),
  topics: codes(PROFILE_LIMITS.topics),
  targetGroups: codes(PROFILE_LIMITS.targetGroups),
  languages: codes(PROFILE_LIMITS.languages),
  experience: z
    .object({
      level: z.enum(EXPERIENCE_LEVELS),
      pastProjects: z.string().check(
        z.trim(),
        z.refine((v) => wholeNumber.test(v) && Number(v) <= PROFILE_LIMITS.pastProjectsMax, 'validation.pastProjects'),
      ),
    })
    .check(
      z.superRefine((value, ctx) => {
        // The API's consistency rule: no experience means no past projects.
        if (value.level === 'none' && wholeNumber.test(value.pastProjects) && Number(value.pastProjects) > 0) {
          ctx.issues.push({
            code: 'custom',
            message: 'validation.noExperienceNoProjects',
            path: ['pastProjects'],
            input: value.pastProjects,
          });
        }
      }),
    ),
  lookingFor: z.object({
    countries: codes(PROFILE_LIMITS.lookingFor.countries),
    naceSections: codes(PROFILE_LIMITS.lookingFor.naceSections),
    organisationTypes: codes(PROFILE_LIMITS.lookingFor.organisationTypes),
    text: text(PROFILE_LIMITS.lookingFor.text),
  }),
  contactPerson: z
    .object({
      name: z.string().check(z.trim(), z.maxLength(PROFILE_LIMITS.contactPerson.name, 'validation.tooLong')),
      email: z.string().check(z.trim(), z.maxLength(PROFILE_LIMITS.contactPerson.email, 'validation.tooLong')),
      phone: z.string().check(z.trim(), z.maxLength(PROFILE_LIMITS.contactPerson.phone, 'validation.tooLong')),
      role: z.string().check(z.trim(), z.maxLength(PROFILE_LIMITS.contactPerson.role, 'validation.tooLong')),
    })
    .check(
      z.superRefine((value, ctx) => {
        // Empty is "no contact person"; once anything is given, a name and an address are needed.
        if (!value.name && !value.email && !value.phone && !value.role) return;
        if (!value.name) {
          ctx.issues.push({ code: 'custom', message: 'validation.contactName', path: ['name'], input: value.name });
        }
        if (!value.email) {
          ctx.issues.push({ code: 'custom', message: 'validation.contactEmail', path: ['email'], input: value.email });
        } else if (!z.email().safeParse(value.email).success) {
          ctx.issues.push({ code: 'custom', message: 'validation.email', path: ['email'], input: value.email });
        }
      }),
    ),
  logoUrl: url(PROFILE_LIMITS.logoUrl),
  openToPartnerships: z.boolean(),
});

/** The form's values for a profile. */
export function toFormValues(p: Profile): ProfileFormValues {
  return {
    legalName: p.legalName,
    displayName: p.displayName,
    oid: p.oid,
    pic: p.pic ?? '',
    country: p.country,
    city: p.city,
    website: p.website ?? '',
    organisationType: p.organisationType,
    naceSections: [...p.naceSections],
    naceDivisions: [...p.naceDivisions],
    sizeBand: p.sizeBand ?? '',
    foundingYear: p.foundingYear === null || p.foundingYear === undefined ? '' : String(p.foundingYear),
    description: p.description,
    topics: [...p.topics],
    targetGroups: [...p.targetGroups],
    languages: [...p.languages],
    experience: { level: p.experience.level, pastProjects: String(p.experience.pastProjects) },
    lookingFor: {
      countries: [...p.lookingFor.countries],
      naceSections: [...p.lookingFor.naceSections],
      organisationTypes: [...p.lookingFor.organisationTypes],
      text: p.lookingFor.text ?? '',
    },
    contactPerson: {
      name: p.contactPerson?.name ?? '',
      email: p.contactPerson?.email ?? '',
      phone: p.contactPerson?.phone ?? '',
      role: p.contactPerson?.role ?? '',
    },
    logoUrl: p.logoUrl ?? '',
    openToPartnerships: p.openToPartnerships,
  };
}

const orNull = (v: string): string | null => (v.trim() === '' ? null : v.trim());

/** Every field as the API takes it: empty optional text as null, numbers as numbers. */
export type ProfileBody = Required<ProfilePatch>;

export function toProfileBody(v: ProfileFormValues): ProfileBody {
  const c = v.contactPerson;
  const anyContact = [c.name, c.email, c.phone, c.role].some((s) => s.trim() !== '');
  return {
    legalName: v.legalName.trim(),
    displayName: v.displayName.trim(),
    oid: v.oid.trim(),
    pic: orNull(v.pic),
    country: v.country,
    city: v.city.trim(),
    website: orNull(v.website),
    organisationType: v.organisationType as ProfileBody['organisationType'],
    naceSections: v.naceSections as Schemas['NaceSectionCode'][],
    naceDivisions: v.naceDivisions as Schemas['NaceDivisionCode'][],
    sizeBand: (v.sizeBand || null) as ProfileBody['sizeBand'],
    foundingYear: v.foundingYear.trim() === '' ? null : Number(v.foundingYear),
    description: v.description,
    topics: v.topics as Schemas['TopicCode'][],
    targetGroups: v.targetGroups as Schemas['TargetGroupCode'][],
    languages: v.languages as Schemas['LanguageCode'][],
    experience: { level: v.experience.level, pastProjects: Number(v.experience.pastProjects.trim() || 0) },
    lookingFor: {
      countries: v.lookingFor.countries,
      naceSections: v.lookingFor.naceSections as Schemas['NaceSectionCode'][],
      organisationTypes: v.lookingFor.organisationTypes as Schemas['OrganisationTypeCode'][],
      text: orNull(v.lookingFor.text),
    },
    contactPerson: anyContact
      ? { name: c.name.trim(), email: c.email.trim(), phone: orNull(c.phone), role: orNull(c.role) }
      : null,
    logoUrl: orNull(v.logoUrl),
    openToPartnerships: v.openToPartnerships,
  };
}

/** The PATCH for going from `base` to the form's values: only what changed, null to clear. */
export function profilePatch(base: Profile, values: ProfileFormValues): ProfilePatch {
  // Both sides through the same mapping, so "phone missing" and "phone null" compare equal.
  const before = toProfileBody(toFormValues(base));
  const after = toProfileBody(values);
  const patch: Record<string, unknown> = {};
  for (const field of Object.keys(after) as ProfileField[]) {
    if (JSON.stringify(before[field]) !== JSON.stringify(after[field])) patch[field] = after[field];
  }
  return patch as ProfilePatch;
}

/** The profile members are editing: the live one, with the pending revision's proposals on top. */
export function proposedProfile(organisation: Organisation): Profile {
  const changes = organisation.pendingRevision?.changes ?? [];
  const profile: Record<string, unknown> = { ...organisation.profile };
  for (const change of changes) profile[change.field] = change.after;
  return profile as unknown as Profile;
}
