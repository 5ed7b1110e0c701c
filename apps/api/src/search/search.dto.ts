import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
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
import { ORGANISATION_FACETS, type OrganisationFacet } from '@syndesmos/search';
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

const codes = (description: string) =>
  ApiPropertyOptional({ type: String, description: `${description}; comma-separated` });

export class SearchOrganisationsQueryDto extends SearchPageQueryDto {
  @ApiPropertyOptional({ maxLength: 200, description: 'Free text: typo-tolerant, Greek or English' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  q?: string;

  @codes('Only these countries (ISO 3166-1)')
  @IsOptional()
  @countryList()
  @ArrayMaxSize(60)
  country?: string[];

  @codes('Not these countries, e.g. your own')
  @IsOptional()
  @countryList()
  @ArrayMaxSize(60)
  excludeCountry?: string[];

  @codes('NACE Rev.2 sections')
  @IsOptional()
  @list()
  @ArrayMaxSize(21)
  @IsTaxonomyCode(isNaceSection, 'NACE section')
  naceSection?: string[];

  @codes('NACE Rev.2 divisions')
  @IsOptional()
  @list()
  @ArrayMaxSize(88)
  @IsTaxonomyCode(isNaceDivision, 'NACE division')
  naceDivision?: string[];

  @codes('Organisation types')
  @IsOptional()
  @list()
  @ArrayMaxSize(20)
  @IsTaxonomyCode(isOrganisationType, 'organisation type')
  organisationType?: string[];

  @codes('Topics')
  @IsOptional()
  @list()
  @ArrayMaxSize(30)
  @IsTaxonomyCode(isTopic, 'topic')
  topic?: string[];

  @codes('Working languages (ISO 639-1)')
  @IsOptional()
  @list()
  @ArrayMaxSize(30)
  @IsTaxonomyCode(isLanguageCode, 'language')
  language?: string[];

  @codes('Size bands')
  @IsOptional()
  @list()
  @ArrayMaxSize(4)
  @IsTaxonomyCode(isSizeBand, 'size band')
  sizeBand?: string[];

  @ApiPropertyOptional({
    type: String,
    description: `Erasmus+ experience: ${EXPERIENCE_LEVELS.join(', ')}; comma-separated`,
  })
  @IsOptional()
  @list()
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
  @ApiProperty({ minLength: 1, maxLength: 100 })
  @IsString()
  @Length(1, 100)
  q!: string;

  @ApiPropertyOptional({ minimum: 1, maximum: 10, default: 8 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(10)
  limit?: number;
}

export class OrganisationHitDto {
  @ApiProperty() id!: string;
  @ApiProperty() name!: string;
  @ApiProperty() legalName!: string;
  @ApiProperty() city!: string;
  @ApiProperty() country!: string;
  @ApiProperty() organisationType!: string;
  @ApiProperty({ type: [String] }) naceSections!: string[];
  @ApiProperty({ type: [String] }) topics!: string[];
  @ApiProperty({ type: [String] }) languages!: string[];
  @ApiProperty({ nullable: true, type: String }) sizeBand!: string | null;
  @ApiProperty() experience!: string;
  @ApiProperty() oidVerified!: boolean;
  @ApiProperty() openToPartnerships!: boolean;
  @ApiProperty({ description: 'Unix seconds' }) updatedAt!: number;
  @ApiProperty({
    description: 'name and a cropped description with <mark> around matches (HTML-escape everything else)',
  })
  highlight!: { name: string; description: string };
}

export class OrganisationSearchResponseDto {
  @ApiProperty({ type: [OrganisationHitDto] }) hits!: OrganisationHitDto[];
  @ApiProperty({
    description: 'Counts per value of each facet asked for with `facets`, for this query',
    example: { country: { GR: 12 } },
  })
  facets!: Record<string, Record<string, number>>;
  @ApiProperty() page!: number;
  @ApiProperty() pageSize!: number;
  @ApiProperty() totalHits!: number;
  @ApiProperty() totalPages!: number;
  @ApiProperty() processingTimeMs!: number;
}
