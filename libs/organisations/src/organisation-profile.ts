// The editable profile of an organisation, as stored (JSONB) and as proposed in revisions.
// Codes refer to libs/taxonomies.

export const EXPERIENCE_LEVELS = ['none', 'participated', 'coordinated'] as const;
export type ExperienceLevel = (typeof EXPERIENCE_LEVELS)[number];

export interface ContactPerson {
  name: string;
  email: string;
  phone?: string | null;
  role?: string | null;
}

export interface PartnerWishes {
  countries: string[];
  naceSections: string[];
  organisationTypes: string[];
  text: string | null;
}

export interface OrganisationProfile {
  legalName: string;
  displayName: string;
  /** Erasmus+ Organisation ID: "E" followed by 8 digits. */
  oid: string;
  /** Older 9-digit Participant Identification Code. */
  pic: string | null;
  country: string;
  city: string;
  website: string | null;
  organisationType: string;
  /** Always 'NACE_REV2' today; stored so a later revision of NACE can coexist. */
  naceRevision: 'NACE_REV2';
  naceSections: string[];
  naceDivisions: string[];
  sizeBand: string | null;
  foundingYear: number | null;
  description: string;
  topics: string[];
  targetGroups: string[];
  languages: string[];
  experience: { level: ExperienceLevel; pastProjects: number };
  lookingFor: PartnerWishes;
  contactPerson: ContactPerson | null;
  logoUrl: string | null;
  openToPartnerships: boolean;
}

/** Fields that apply at once even on a published profile: they need no moderation. */
export const MINOR_FIELDS = [
  'contactPerson',
  'logoUrl',
  'openToPartnerships',
] as const satisfies readonly (keyof OrganisationProfile)[];
export type MinorField = (typeof MINOR_FIELDS)[number];
