import type { Settings } from 'meilisearch';

// The organisations index: its document, and its settings as code (applied at start and on
// every reindex).

export interface OrganisationDocument {
  id: string;
  /** The profile's version: an older one never overwrites a newer one. */
  version: number;
  status: 'published';
  name: string;
  /** The name again, only to be highlighted for display (see descriptionDisplay). */
  nameDisplay: string;
  nameSort: string;
  legalName: string;
  description: string;
  /**
   * The description again, only to be cropped and highlighted for display: neither searchable
   * nor localized. Tokenizing a localized attribute for display cost Meilisearch about 1 ms per
   * page of 20 hits; this copy highlights the same words at half that (test/bench/README.md).
   * The searchable `name` and `description` keep their locales.
   */
  descriptionDisplay: string;
  city: string;
  country: string;
  countryLabels: string[];
  organisationType: string;
  organisationTypeLabels: string[];
  naceSections: string[];
  naceDivisions: string[];
  sectorLabels: string[];
  topics: string[];
  topicLabels: string[];
  targetGroups: string[];
  languages: string[];
  sizeBand: string | null;
  experience: string;
  pastProjects: number;
  oidVerified: boolean;
  openToPartnerships: boolean;
  lookingForText: string;
  /** Unix seconds, for "most recently updated". */
  updatedAt: number;
}

export const ORGANISATION_INDEX = 'organisations';

export const ORGANISATION_FACETS = [
  'country',
  'naceSections',
  'naceDivisions',
  'organisationType',
  'topics',
  'languages',
  'sizeBand',
  'experience',
  'oidVerified',
  'openToPartnerships',
] as const;
export type OrganisationFacet = (typeof ORGANISATION_FACETS)[number];

const equalityOnly = (patterns: string[]) => ({
  attributePatterns: patterns,
  features: { facetSearch: false, filter: { equality: true, comparison: false } },
});

export const ORGANISATION_INDEX_SETTINGS: Settings = {
  // In order of importance: a name match beats a description match.
  searchableAttributes: [
    'name',
    'legalName',
    'organisationTypeLabels',
    'sectorLabels',
    'topicLabels',
    'description',
    'city',
    'countryLabels',
    'lookingForText',
  ],
  // Facets and filters need equality only; nothing here is compared with < or >. `id`: the
  // incremental matching refresh asks how well a few known organisations match a subject's words.
  filterableAttributes: [equalityOnly([...ORGANISATION_FACETS, 'status', 'id'])],
  sortableAttributes: ['updatedAt', 'nameSort'],
  rankingRules: ['words', 'typo', 'proximity', 'attribute', 'sort', 'exactness'],
  displayedAttributes: ['*'],
  synonyms: {
    vet: ['vocational education and training', 'vocational training', 'εεκ', 'επαγγελματική εκπαίδευση'],
    'vocational education and training': ['vet'],
    sme: ['small and medium-sized enterprise', 'small business', 'μμε'],
    'small and medium-sized enterprise': ['sme'],
    μμε: ['sme', 'μικρομεσαία επιχείρηση'],
    εεκ: ['vet'],
    school: ['σχολείο'],
    σχολείο: ['school'],
    university: ['πανεπιστήμιο'],
    πανεπιστήμιο: ['university'],
    company: ['εταιρεία', 'επιχείρηση'],
    εταιρεία: ['company'],
    επιχείρηση: ['company', 'enterprise'],
    chamber: ['επιμελητήριο'],
    επιμελητήριο: ['chamber'],
    ngo: ['μκο', 'non-governmental organisation'],
    μκο: ['ngo'],
    municipality: ['δήμος'],
    δήμος: ['municipality'],
    training: ['κατάρτιση'],
    κατάρτιση: ['training'],
    apprenticeship: ['μαθητεία'],
    μαθητεία: ['apprenticeship'],
  },
  typoTolerance: {
    enabled: true,
    minWordSizeForTypos: { oneTypo: 5, twoTypos: 9 },
    // Codes are exact: "E10000001" must not match its neighbours.
    disableOnAttributes: [],
    disableOnNumbers: true,
  },
  pagination: { maxTotalHits: 2000 },
  faceting: { maxValuesPerFacet: 100, sortFacetValuesBy: { '*': 'count' } },
  // Descriptions mix Greek and English; tell the tokenizer both may appear.
  localizedAttributes: [
    {
      attributePatterns: ['description', 'name', 'legalName', 'lookingForText', '*Labels', 'city'],
      locales: ['ell', 'eng'],
    },
  ],
};
