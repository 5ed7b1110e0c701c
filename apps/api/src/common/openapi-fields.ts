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

/** A phone number as people write it: an optional leading +, then at least five digits with
 *  spaces, ( ) . - or / between them; 5 to 30 characters. */
export const PHONE_PATTERN = /^(?=.{5,30}$)\+?(?=(?:\D*\d){5})[\d ()./-]+$/;
export const PHONE = {
  type: String,
  minLength: 5,
  maxLength: 30,
  pattern: PHONE_PATTERN.source,
  example: '+351 21 000 0000',
} as const;

// A value that may be null, as "one of the value or exactly null". Nest writes `nullable`
// beside `allOf: [$ref]` (or an enum without null), which strict validators read as "must
// match" even for null, and drops the `type` Spectral wants beside `nullable` once `oneOf` is
// given; this form needs neither, and generated types still get `X | null`.
const orNull = (schema: object): ApiPropertyOptions => ({ oneOf: [schema, { enum: [null] }] }) as ApiPropertyOptions;

/** An object of this model, or null. Register the model with `ApiExtraModels` on the class that uses it. */
export const nullableRef = (model: Type<unknown>): ApiPropertyOptions => orNull({ $ref: getSchemaPath(model) });

/** One of these codes, or null. */
export const nullableEnum = (values: readonly string[]): ApiPropertyOptions =>
  orNull({ type: 'string', enum: [...values] });
