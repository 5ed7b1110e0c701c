import type { Localised, Locale } from '@syndesmos/common';
import { COUNTRIES, isEligibleCountry, type CountryCode } from './countries';
import { LANGUAGES, type LanguageCode } from './languages';
import { NACE_DIVISIONS, NACE_REVISION, NACE_SECTIONS, type NaceDivisionCode, type NaceSectionCode } from './nace';
import { ORGANISATION_TYPES, type OrganisationType } from './organisation-types';
import { REPORT_CATEGORIES, type ReportCategory } from './report-categories';
import { SIZE_BANDS, type SizeBand } from './size-bands';
import { TARGET_GROUPS, type TargetGroupCode } from './target-groups';
import { TOPICS, type TopicCode, type TopicGroup } from './topics';

export interface TaxonomyOption<C extends string = string> {
  readonly code: C;
  readonly label: string;
}

// What clients need to render pickers in one locale: plain data, safe to send as JSON.
export interface LocalisedTaxonomies {
  readonly countries: readonly (TaxonomyOption<CountryCode> & { readonly eligible: boolean })[];
  readonly naceRevision: typeof NACE_REVISION;
  readonly naceSections: readonly TaxonomyOption<NaceSectionCode>[];
  readonly naceDivisions: readonly (TaxonomyOption<NaceDivisionCode> & { readonly section: NaceSectionCode })[];
  readonly organisationTypes: readonly TaxonomyOption<OrganisationType>[];
  readonly topics: readonly (TaxonomyOption<TopicCode> & { readonly group: TopicGroup })[];
  readonly targetGroups: readonly TaxonomyOption<TargetGroupCode>[];
  readonly languages: readonly TaxonomyOption<LanguageCode>[];
  readonly sizeBands: readonly TaxonomyOption<SizeBand>[];
  readonly reportCategories: readonly TaxonomyOption<ReportCategory>[];
}

// The tables never change at run time, so each locale is built once and shared; frozen so that
// no caller can alter what the next one receives.
const cache = new Map<Locale, LocalisedTaxonomies>();

export function localisedTaxonomies(locale: Locale): LocalisedTaxonomies {
  let built = cache.get(locale);
  if (!built) {
    built = deepFreeze(build(locale));
    cache.set(locale, built);
  }
  return built;
}

function build(locale: Locale): LocalisedTaxonomies {
  const collator = new Intl.Collator(locale);
  const byLabel = (a: TaxonomyOption, b: TaxonomyOption) => collator.compare(a.label, b.label);
  // Object.keys puts integer-like keys ('10'…'99') before the others ('01'…'09'), so NACE codes
  // are sorted explicitly rather than trusted to declaration order.
  const byCode = (a: TaxonomyOption, b: TaxonomyOption) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0);

  return {
    countries: codesOf(COUNTRIES)
      .map((code) => ({ code, label: COUNTRIES[code][locale], eligible: isEligibleCountry(code) }))
      .sort(byLabel),
    naceRevision: NACE_REVISION,
    naceSections: options(NACE_SECTIONS, locale).sort(byCode),
    naceDivisions: codesOf(NACE_DIVISIONS)
      .map((code) => ({ code, section: NACE_DIVISIONS[code].section, label: NACE_DIVISIONS[code][locale] }))
      .sort(byCode),
    // Declaration order is deliberate for these (related entries together, 'other' last).
    organisationTypes: options(ORGANISATION_TYPES, locale),
    topics: codesOf(TOPICS).map((code) => ({ code, group: TOPICS[code].group, label: TOPICS[code][locale] })),
    targetGroups: options(TARGET_GROUPS, locale),
    languages: options(LANGUAGES, locale).sort(byLabel),
    // Smallest to largest, as declared (none of these keys is integer-like).
    sizeBands: options(SIZE_BANDS, locale),
    reportCategories: options(REPORT_CATEGORIES, locale),
  };
}

function codesOf<T extends object>(table: T): (keyof T & string)[] {
  return Object.keys(table) as (keyof T & string)[];
}

function options<C extends string>(table: Record<C, Localised>, locale: Locale): TaxonomyOption<C>[] {
  return codesOf(table).map((code) => ({ code, label: table[code][locale] }));
}

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object') {
    for (const child of Object.values(value)) deepFreeze(child);
    Object.freeze(value);
  }
  return value;
}
