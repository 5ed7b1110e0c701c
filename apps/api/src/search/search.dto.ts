import { ApiProperty, ApiPropertyOptional, type ApiPropertyOptions } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsBoolean,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  Length,
  Max,
  MaxLength,
  Min,
} from 'class-validator';
import { EXPERIENCE_LEVELS } from '@syndesmos/organisations';
import {
  ORGANISATION_FACETS,
  type OrganisationFacet,
  type OrganisationHit,
  type OrganisationSearchResult,
} from '@syndesmos/search';
import {
  isLanguageCode,
  isNaceDivision,
  isNaceSection,
  isOrganisationType,
  isSizeBand,
  isTopic,
} from '@syndesmos/taxonomies';
import { bool, countryList, FacetList, list, SearchPageQueryDto } from '../common/query-params';
import { IsTaxonomyCode } from '../common/taxonomy.validators';
import { taxonomyCode, taxonomyCodes, type TaxonomyEnumName } from '../taxonomies/taxonomy-codes';

/**
 * A list of codes in the query string, sent comma-separated (`?country=GR,CY`) or repeated. The
 * codes are inlined: a query parameter that refers to a named enum loses its maxItems.
 */
const codes = (name: TaxonomyEnumName, description: string, maxItems: number) =>
  ApiPropertyOptional({
    isArray: true,
    enum: taxonomyCodes(name),
    maxItems,
    description: `${description}; comma-separated`,
    style: 'form',
    explode: false,
  } as unknown as ApiPropertyOptions);

export class SearchOrganisationsQueryDto extends SearchPageQueryDto {
  @ApiPropertyOptional({
    maxLength: 200,
    description: 'Free text: typo-tolerant, Greek or English',
    example: 'green skills',
  })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  q?: string;

  @codes('CountryCode', 'Only these countries (ISO 3166-1)', 60)
  @IsOptional()
  @countryList()
  @ArrayMaxSize(60)
  country?: string[];

  @codes('CountryCode', 'Not these countries, e.g. your own', 60)
  @IsOptional()
  @countryList()
  @ArrayMaxSize(60)
  excludeCountry?: string[];

  @codes('NaceSectionCode', 'NACE Rev.2 sections', 21)
  @IsOptional()
  @list()
  @ArrayMaxSize(21)
  @IsTaxonomyCode(isNaceSection, 'NACE section')
  naceSection?: string[];

  @codes('NaceDivisionCode', 'NACE Rev.2 divisions', 88)
  @IsOptional()
  @list()
  @ArrayMaxSize(88)
  @IsTaxonomyCode(isNaceDivision, 'NACE division')
  naceDivision?: string[];

  @codes('OrganisationTypeCode', 'Organisation types', 20)
  @IsOptional()
  @list()
  @ArrayMaxSize(20)
  @IsTaxonomyCode(isOrganisationType, 'organisation type')
  organisationType?: string[];

  @codes('TopicCode', 'Topics', 30)
  @IsOptional()
  @list()
  @ArrayMaxSize(30)
  @IsTaxonomyCode(isTopic, 'topic')
  topic?: string[];

  @codes('LanguageCode', 'Working languages (ISO 639-1)', 30)
  @IsOptional()
  @list()
  @ArrayMaxSize(30)
  @IsTaxonomyCode(isLanguageCode, 'language')
  language?: string[];

  @codes('SizeBandCode', 'Size bands', 4)
  @IsOptional()
  @list()
  @ArrayMaxSize(4)
  @IsTaxonomyCode(isSizeBand, 'size band')
  sizeBand?: string[];

  @ApiPropertyOptional({
    isArray: true,
    enum: EXPERIENCE_LEVELS,
    maxItems: EXPERIENCE_LEVELS.length,
    description: 'Erasmus+ experience; comma-separated',
    style: 'form',
    explode: false,
  } as unknown as ApiPropertyOptions)
  @IsOptional()
  @list()
  @ArrayMaxSize(EXPERIENCE_LEVELS.length)
  @IsIn(EXPERIENCE_LEVELS, { each: true })
  experience?: string[];

  @ApiPropertyOptional()
  @IsOptional()
  @bool()
  @IsBoolean()
  oidVerified?: boolean;

  @ApiPropertyOptional()
  @IsOptional()
  @bool()
  @IsBoolean()
  openToPartnerships?: boolean;

  @ApiPropertyOptional({ enum: ['relevance', 'updated', 'name'], default: 'relevance' })
  @IsOptional()
  @IsIn(['relevance', 'updated', 'name'])
  sort?: 'relevance' | 'updated' | 'name';

  @FacetList(ORGANISATION_FACETS)
  facets?: OrganisationFacet[];
}

export class AutocompleteQueryDto {
  @ApiProperty({
    minLength: 1,
    maxLength: 100,
    description: 'The start of a name (or a close misspelling)',
    example: 'iek',
  })
  @IsString()
  @Length(1, 100)
  q!: string;

  @ApiPropertyOptional({ type: 'integer', minimum: 1, maximum: 10, default: 8 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(10)
  limit?: number;
}

export class HighlightDto {
  @ApiProperty({ example: '<mark>IEK</mark> Athens', description: 'The name with <mark> around matches' })
  name!: string;
  @ApiProperty({ description: 'A cropped description with <mark> around matches' }) description!: string;
}

export class OrganisationHitDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ example: 'IEK Athens' }) name!: string;
  @ApiProperty({ example: 'Institute of Vocational Training Athens' }) legalName!: string;
  @ApiProperty({ example: 'Athens' }) city!: string;
  @ApiProperty(taxonomyCode('CountryCode', { example: 'GR' })) country!: string;
  @ApiProperty(taxonomyCode('OrganisationTypeCode', { example: 'vet_provider' })) organisationType!: string;
  @ApiProperty(taxonomyCode('NaceSectionCode', { isArray: true, example: ['P'] })) naceSections!: string[];
  @ApiProperty(taxonomyCode('TopicCode', { isArray: true, example: ['digital_skills'] })) topics!: string[];
  @ApiProperty(taxonomyCode('LanguageCode', { isArray: true, example: ['el', 'en'] })) languages!: string[];
  @ApiProperty(taxonomyCode('SizeBandCode', { nullable: true, example: '10-49' })) sizeBand!: string | null;
  @ApiProperty({ enum: EXPERIENCE_LEVELS, example: 'participated' }) experience!: string;
  @ApiProperty() oidVerified!: boolean;
  @ApiProperty() openToPartnerships!: boolean;
  @ApiProperty({ format: 'date-time', description: 'When the profile last changed' }) updatedAt!: string;
  @ApiProperty({
    type: HighlightDto,
    description: 'Matches marked with <mark>; HTML-escape everything else before rendering',
  })
  highlight!: HighlightDto;
}

const COUNTS = {
  type: 'object',
  additionalProperties: { type: 'integer', minimum: 0 },
  description: 'Hits per value',
} as const;

/** One entry per facet asked for with `facets`: hits per value, for this query. */
export class FacetCountsDto {
  @ApiPropertyOptional({ ...COUNTS, example: { GR: 12, CY: 3 } }) country?: Record<string, number>;
  @ApiPropertyOptional(COUNTS) naceSections?: Record<string, number>;
  @ApiPropertyOptional(COUNTS) naceDivisions?: Record<string, number>;
  @ApiPropertyOptional(COUNTS) organisationType?: Record<string, number>;
  @ApiPropertyOptional(COUNTS) topics?: Record<string, number>;
  @ApiPropertyOptional(COUNTS) languages?: Record<string, number>;
  @ApiPropertyOptional(COUNTS) sizeBand?: Record<string, number>;
  @ApiPropertyOptional(COUNTS) experience?: Record<string, number>;
  @ApiPropertyOptional({ ...COUNTS, example: { true: 4, false: 11 } }) oidVerified?: Record<string, number>;
  @ApiPropertyOptional(COUNTS) openToPartnerships?: Record<string, number>;
}
// Fails to compile when a facet is added to the index but not documented above.
type Undocumented = Exclude<OrganisationFacet, keyof FacetCountsDto>;
export const EVERY_FACET_DOCUMENTED: [Undocumented] extends [never] ? true : never = true;

export class OrganisationSearchResponseDto {
  @ApiProperty({ type: [OrganisationHitDto] }) hits!: OrganisationHitDto[];
  @ApiProperty({ type: FacetCountsDto }) facets!: FacetCountsDto;
  @ApiProperty({ type: 'integer', minimum: 1, maximum: 100, example: 1 }) page!: number;
  @ApiProperty({ type: 'integer', minimum: 1, maximum: 50, example: 20 }) pageSize!: number;
  @ApiProperty({ type: 'integer', minimum: 0, description: 'Exact count of matching organisations' })
  totalHits!: number;
  @ApiProperty({ type: 'integer', minimum: 0 }) totalPages!: number;
  @ApiProperty({ type: 'integer', minimum: 0 }) processingTimeMs!: number;
}

export class AutocompleteItemDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ example: 'IEK Athens' }) name!: string;
  @ApiProperty(taxonomyCode('CountryCode', { example: 'GR' })) country!: string;
}

export function toOrganisationHitResponse(h: OrganisationHit): OrganisationHitDto {
  return {
    id: h.id,
    name: h.name,
    legalName: h.legalName,
    city: h.city,
    country: h.country,
    organisationType: h.organisationType,
    naceSections: h.naceSections,
    topics: h.topics,
    languages: h.languages,
    sizeBand: h.sizeBand,
    experience: h.experience,
    oidVerified: h.oidVerified,
    openToPartnerships: h.openToPartnerships,
    // The index keeps Unix seconds to sort on; answers give times as ISO 8601 like everywhere else.
    updatedAt: new Date(h.updatedAt * 1000).toISOString(),
    highlight: { name: h.highlight.name, description: h.highlight.description },
  };
}

export function toOrganisationSearchResponse(r: OrganisationSearchResult): OrganisationSearchResponseDto {
  return {
    hits: r.hits.map(toOrganisationHitResponse),
    facets: r.facets,
    page: r.page,
    pageSize: r.pageSize,
    totalHits: r.totalHits,
    totalPages: r.totalPages,
    processingTimeMs: r.processingTimeMs,
  };
}
