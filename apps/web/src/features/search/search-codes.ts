import type { Schemas } from '../../api/client';

// The codes the search API accepts, so a URL someone edited or an old shared link cannot send a
// code the API would refuse: parsing drops what is not listed here. Each list is checked against
// the generated types (schema.d.ts, from openapi.json): a code added to or removed from the API
// makes `exactly` fail to compile, naming the difference.

export type CountryCode = Schemas['CountryCode'];
export type NaceSectionCode = Schemas['NaceSectionCode'];
export type OrganisationTypeCode = Schemas['OrganisationTypeCode'];
export type TopicCode = Schemas['TopicCode'];
export type LanguageCode = Schemas['LanguageCode'];
export type SizeBandCode = Schemas['SizeBandCode'];
export type ExperienceLevel = Schemas['OrganisationHitDto']['experience'];

type Missing<T extends string, A extends readonly string[]> = Exclude<T, A[number]>;

/** The list as a set, provided it names every code of T and no other. */
function exactly<T extends string>() {
  return <const A extends readonly T[]>(
    codes: A & ([Missing<T, A>] extends [never] ? unknown : { missing: Missing<T, A> }),
  ): ReadonlySet<T> => new Set<T>(codes);
}

// prettier-ignore
export const COUNTRY_CODES = exactly<CountryCode>()([
  'AD', 'AE', 'AF', 'AG', 'AI', 'AL', 'AM', 'AO', 'AQ', 'AR', 'AS', 'AT', 'AU', 'AW', 'AX', 'AZ', 'BA', 'BB',
  'BD', 'BE', 'BF', 'BG', 'BH', 'BI', 'BJ', 'BL', 'BM', 'BN', 'BO', 'BQ', 'BR', 'BS', 'BT', 'BV', 'BW', 'BY',
  'BZ', 'CA', 'CC', 'CD', 'CF', 'CG', 'CH', 'CI', 'CK', 'CL', 'CM', 'CN', 'CO', 'CR', 'CU', 'CV', 'CW', 'CX',
  'CY', 'CZ', 'DE', 'DJ', 'DK', 'DM', 'DO', 'DZ', 'EC', 'EE', 'EG', 'EH', 'ER', 'ES', 'ET', 'FI', 'FJ', 'FK',
  'FM', 'FO', 'FR', 'GA', 'GB', 'GD', 'GE', 'GF', 'GG', 'GH', 'GI', 'GL', 'GM', 'GN', 'GP', 'GQ', 'GR', 'GS',
  'GT', 'GU', 'GW', 'GY', 'HK', 'HM', 'HN', 'HR', 'HT', 'HU', 'ID', 'IE', 'IL', 'IM', 'IN', 'IO', 'IQ', 'IR',
  'IS', 'IT', 'JE', 'JM', 'JO', 'JP', 'KE', 'KG', 'KH', 'KI', 'KM', 'KN', 'KP', 'KR', 'KW', 'KY', 'KZ', 'LA',
  'LB', 'LC', 'LI', 'LK', 'LR', 'LS', 'LT', 'LU', 'LV', 'LY', 'MA', 'MC', 'MD', 'ME', 'MF', 'MG', 'MH', 'MK',
  'ML', 'MM', 'MN', 'MO', 'MP', 'MQ', 'MR', 'MS', 'MT', 'MU', 'MV', 'MW', 'MX', 'MY', 'MZ', 'NA', 'NC', 'NE',
  'NF', 'NG', 'NI', 'NL', 'NO', 'NP', 'NR', 'NU', 'NZ', 'OM', 'PA', 'PE', 'PF', 'PG', 'PH', 'PK', 'PL', 'PM',
  'PN', 'PR', 'PS', 'PT', 'PW', 'PY', 'QA', 'RE', 'RO', 'RS', 'RU', 'RW', 'SA', 'SB', 'SC', 'SD', 'SE', 'SG',
  'SH', 'SI', 'SJ', 'SK', 'SL', 'SM', 'SN', 'SO', 'SR', 'SS', 'ST', 'SV', 'SX', 'SY', 'SZ', 'TC', 'TD', 'TF',
  'TG', 'TH', 'TJ', 'TK', 'TL', 'TM', 'TN', 'TO', 'TR', 'TT', 'TV', 'TW', 'TZ', 'UA', 'UG', 'UM', 'US', 'UY',
  'UZ', 'VA', 'VC', 'VE', 'VG', 'VI', 'VN', 'VU', 'WF', 'WS', 'XK', 'YE', 'YT', 'ZA', 'ZM', 'ZW'
]);

// prettier-ignore
export const NACE_SECTION_CODES = exactly<NaceSectionCode>()([
  'A', 'B', 'C', 'D', 'E', 'F', 'G', 'H', 'I', 'J', 'K', 'L', 'M', 'N', 'O', 'P', 'Q', 'R', 'S', 'T', 'U'
]);

// prettier-ignore
export const ORGANISATION_TYPE_CODES = exactly<OrganisationTypeCode>()([
  'vet_provider', 'higher_education', 'adult_education', 'school', 'public_body_national',
  'public_body_regional', 'public_body_local', 'sme', 'large_enterprise', 'ngo', 'foundation',
  'social_partner', 'research_centre', 'accreditation_body', 'counselling_body', 'european_network', 'other'
]);

// prettier-ignore
export const TOPIC_CODES = exactly<TopicCode>()([
  'inclusion_diversity', 'digital_transformation', 'environment_climate', 'participation_democratic_life',
  'labour_market_relevance', 'flexible_vet_pathways', 'vet_innovation', 'vet_attractiveness',
  'vet_quality_assurance', 'internationalisation_vet', 'digital_skills', 'green_skills', 'apprenticeships',
  'work_based_learning', 'quality_assurance', 'inclusion', 'entrepreneurship', 'teacher_trainer_development',
  'validation_of_skills', 'key_competences', 'micro_credentials', 'career_guidance', 'upskilling_reskilling',
  'smart_specialisation', 'centres_of_vocational_excellence', 'soft_skills', 'languages_learning',
  'early_school_leaving'
]);

// prettier-ignore
export const LANGUAGE_CODES = exactly<LanguageCode>()([
  'aa', 'ab', 'ae', 'af', 'ak', 'am', 'an', 'ar', 'as', 'av', 'ay', 'az', 'ba', 'be', 'bg', 'bi', 'bm', 'bn',
  'bo', 'br', 'bs', 'ca', 'ce', 'ch', 'co', 'cr', 'cs', 'cu', 'cv', 'cy', 'da', 'de', 'dv', 'dz', 'ee', 'el',
  'en', 'eo', 'es', 'et', 'eu', 'fa', 'ff', 'fi', 'fj', 'fo', 'fr', 'fy', 'ga', 'gd', 'gl', 'gn', 'gu', 'gv',
  'ha', 'he', 'hi', 'ho', 'hr', 'ht', 'hu', 'hy', 'hz', 'ia', 'id', 'ie', 'ig', 'ii', 'ik', 'io', 'is', 'it',
  'iu', 'ja', 'jv', 'ka', 'kg', 'ki', 'kj', 'kk', 'kl', 'km', 'kn', 'ko', 'kr', 'ks', 'ku', 'kv', 'kw', 'ky',
  'la', 'lb', 'lg', 'li', 'ln', 'lo', 'lt', 'lu', 'lv', 'mg', 'mh', 'mi', 'mk', 'ml', 'mn', 'mr', 'ms', 'mt',
  'my', 'na', 'nb', 'nd', 'ne', 'ng', 'nl', 'nn', 'no', 'nr', 'nv', 'ny', 'oc', 'oj', 'om', 'or', 'os', 'pa',
  'pi', 'pl', 'ps', 'pt', 'qu', 'rm', 'rn', 'ro', 'ru', 'rw', 'sa', 'sc', 'sd', 'se', 'sg', 'si', 'sk', 'sl',
  'sm', 'sn', 'so', 'sq', 'sr', 'ss', 'st', 'su', 'sv', 'sw', 'ta', 'te', 'tg', 'th', 'ti', 'tk', 'tl', 'tn',
  'to', 'tr', 'ts', 'tt', 'tw', 'ty', 'ug', 'uk', 'ur', 'uz', 've', 'vi', 'vo', 'wa', 'wo', 'xh', 'yi', 'yo',
  'za', 'zh', 'zu'
]);

// prettier-ignore
export const SIZE_BAND_CODES = exactly<SizeBandCode>()([
  '1-9', '10-49', '50-249', '250+'
]);

export const EXPERIENCE_LEVELS = exactly<ExperienceLevel>()(['none', 'participated', 'coordinated']);
