import type { Type } from '@nestjs/common';
import { getSchemaPath, type ApiPropertyOptions } from '@nestjs/swagger';
import { COUNTRIES, LANGUAGES, NACE_SECTIONS, ORGANISATION_TYPES, TOPICS } from '@syndesmos/taxonomies';

// Field shapes the OpenAPI document shares. Taxonomy codes are named enums (one schema each,
// shared by every answer that carries them), so a generated client gets literal unions.

export const COUNTRY_CODE = { enum: Object.keys(COUNTRIES), enumName: 'CountryCode' } as const;
export const LANGUAGE_CODE = { enum: Object.keys(LANGUAGES), enumName: 'LanguageCode' } as const;
export const NACE_SECTION_CODE = { enum: Object.keys(NACE_SECTIONS), enumName: 'NaceSectionCode' } as const;
export const ORGANISATION_TYPE_CODE = {
  enum: Object.keys(ORGANISATION_TYPES),
  enumName: 'OrganisationTypeCode',
} as const;
export const TOPIC_CODE = { enum: Object.keys(TOPICS), enumName: 'TopicCode' } as const;

/** String formats the answers use. */
export const UUID = { type: String, format: 'uuid' } as const;
export const DATE_TIME = { type: String, format: 'date-time' } as const;
export const DAY = { type: String, format: 'date', example: '2027-03-05' } as const;

/**
 * An object that may be null. Nest writes `nullable` beside `allOf: [$ref]`, which a strict
 * validator reads as "must match the object" even for null; `oneOf` with `nullable` reads as
 * "the object, or null" everywhere (validators, generated types). Register the model with
 * `ApiExtraModels` on the class that uses it.
 */
export const nullableRef = (model: Type<unknown>): ApiPropertyOptions => ({
  nullable: true,
  oneOf: [{ $ref: getSchemaPath(model) }],
});
