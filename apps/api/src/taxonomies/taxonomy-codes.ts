import type { ApiPropertyOptions } from '@nestjs/swagger';
import {
  COUNTRIES,
  LANGUAGES,
  NACE_DIVISIONS,
  NACE_SECTIONS,
  ORGANISATION_TYPES,
  REPORT_CATEGORIES,
  SIZE_BANDS,
  TARGET_GROUPS,
  TOPICS,
} from '@syndesmos/taxonomies';

// Every taxonomy's codes, as one named enum schema each in the OpenAPI document, so a
// generated client gets a union type per taxonomy and the document lists each table once.
const CODES = {
  CountryCode: Object.keys(COUNTRIES),
  LanguageCode: Object.keys(LANGUAGES),
  NaceSectionCode: Object.keys(NACE_SECTIONS),
  NaceDivisionCode: Object.keys(NACE_DIVISIONS).sort(),
  OrganisationTypeCode: Object.keys(ORGANISATION_TYPES),
  ReportCategoryCode: Object.keys(REPORT_CATEGORIES),
  SizeBandCode: Object.keys(SIZE_BANDS),
  TargetGroupCode: Object.keys(TARGET_GROUPS),
  TopicCode: Object.keys(TOPICS),
} as const;

export type TaxonomyEnumName = keyof typeof CODES;

export function taxonomyCodes(name: TaxonomyEnumName): string[] {
  return [...CODES[name]];
}

/**
 * `@ApiProperty` options for a code of one taxonomy (or, with `isArray`, a list of them). A
 * nullable code is inlined (`type: string, nullable, enum`): a reference cannot be nullable.
 */
export function taxonomyCode(name: TaxonomyEnumName, options: ApiPropertyOptions = {}): ApiPropertyOptions {
  const codes = [...CODES[name]];
  if (options.nullable) return { ...options, type: String, enum: codes } as ApiPropertyOptions;
  return { ...options, enum: codes, enumName: name } as ApiPropertyOptions;
}
